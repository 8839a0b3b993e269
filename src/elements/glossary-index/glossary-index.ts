import { html, nothing, unsafeCSS, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { GlossaryDocument, GlossaryTerm } from '../../data/types.js';
import { alphabeticalByTitle } from '../../data/title-order.js';
import { toSupportedLocale } from '../../i18n/locale.js';
import { REFERENCE_STRINGS } from '../../i18n/reference-strings.js';
import { fill, type CoreStrings, type ReferenceStrings } from '../../i18n/strings.js';
import { reserve } from '../../styles/reserve.js';
import { focusRing, surface, tokens } from '../../styles/shared.js';
import { entryUrl } from '../../text/urls.js';
import { heading } from '../shared/heading.js';
import { headingLevel } from '../shared/heading-level.js';
import { GlossaryDataElement } from '../shared/glossary-element.js';
import { styles } from './glossary-index.styles.js';

/** How long typing must pause before the result count is announced, so screen readers are not flooded. */
const ANNOUNCE_DELAY_MS = 500;

/** Lower case without accents, for matching what people type ("naloxona" finds "Naloxona"). */
function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The letter an entry is filed under: its first letter without accents (Ñ kept in Spanish), or # for digits. */
export function letterOf(title: string, locale: string): string {
  const first = title.trim().charAt(0).toLocaleUpperCase(locale);
  if (locale === 'es' && first === 'Ñ') return 'Ñ';
  const base = first.normalize('NFD').charAt(0);
  return /\p{L}/u.test(base) ? base : '#';
}

/**
 * A glossary's terms in the locale's alphabetical order, worked out once per glossary and language:
 * the index asks on every render and every keystroke of the filter, and a collator is costly to make
 * (15–35 ms on first use here, four times that on a phone). A document the content build sorted
 * (`alphabetical`, in this language) is shown as listed, with no collator at all.
 */
const sortedByLanguage = new WeakMap<readonly GlossaryTerm[], Map<string, readonly GlossaryTerm[]>>();
function sortedTerms(document: GlossaryDocument, language: string): readonly GlossaryTerm[] {
  const { terms } = document;
  let byLanguage = sortedByLanguage.get(terms);
  if (!byLanguage) sortedByLanguage.set(terms, (byLanguage = new Map()));
  let sorted = byLanguage.get(language);
  if (!sorted) {
    const listedInOrder = document.alphabetical && toSupportedLocale(document.locale) === language;
    sorted = listedInOrder ? terms : alphabeticalByTitle(terms, language);
    byLanguage.set(language, sorted);
  }
  return sorted;
}

/** One plural rule set per language: the count is written on every render and every pause in typing. */
const pluralsByLanguage = new Map<string, Intl.PluralRules>();
function pluralRules(language: string): Intl.PluralRules {
  let rules = pluralsByLanguage.get(language);
  if (!rules) pluralsByLanguage.set(language, (rules = new Intl.PluralRules(language)));
  return rules;
}

/**
 * The whole glossary A to Z, in the locale's order (Spanish order for `es`), with letter navigation and
 * a filter that matches titles and aliases as you type and announces the number of results politely.
 * Each entry opens its compact card in place, or links to the page's term URL when one is configured.
 *
 * @tag glossary-index
 * @summary The glossary A–Z with a filter.
 *
 * @csspart base - The outer box.
 * @csspart filter - The filter field.
 * @csspart letters - The letter navigation.
 * @csspart entry - One entry's button or link.
 * @csspart count - The number of entries shown.
 *
 * @cssprop [--glossary-space=1em] - Spacing unit: inner padding, and every gap and margin as a multiple of it.
 */
export class GlossaryIndexElement extends GlossaryDataElement {
  static override styles = [tokens, surface, focusRing, styles, unsafeCSS(reserve('glossary-index'))];

  /** Level of the index heading, 2–6 (default 2); letters are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private query = '';
  @state() private announcement = '';
  @state() private opened = new Set<string>();

  private announceTimer?: ReturnType<typeof setTimeout>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  /** The entries that match the filter, in the locale's alphabetical order. */
  get visibleEntries(): readonly GlossaryTerm[] {
    const store = this.glossary.store;
    if (store?.status !== 'ready') return [];
    const wanted = searchable(this.query.trim());
    const sorted = store.document ? sortedTerms(store.document, this.language) : [];
    return wanted
      ? sorted.filter((entry) => [entry.title, ...entry.aliases].some((word) => searchable(word).includes(wanted)))
      : sorted;
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = this.countText(this.visibleEntries.length, this.strings(REFERENCE_STRINGS));
    }, ANNOUNCE_DELAY_MS);
  }

  private countText(count: number, t: CoreStrings & ReferenceStrings): string {
    if (count === 0) return fill(t.indexResultsNone, { query: this.query.trim() });
    const plural = pluralRules(this.language).select(count);
    return fill(plural === 'one' ? t.indexResultsOne : t.indexResultsOther, { count: String(count) });
  }

  private jumpTo(letter: string): void {
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(`letter-${letter}`)}`);
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }

  private toggle(id: string): void {
    const next = new Set(this.opened);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.opened = next;
  }

  private entry(entry: GlossaryTerm, level: number): TemplateResult {
    const url = entryUrl(this.context.termUrl, entry.id);
    if (url) return html`<li><a part="entry" class="entry" href=${url}>${entry.title}</a></li>`;
    const open = this.opened.has(entry.id);
    return html`<li>
      <button
        part="entry"
        class="entry"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="card-${entry.id}"
        @click=${() => this.toggle(entry.id)}
      >
        ${entry.title}
      </button>
      <div id="card-${entry.id}" class="card" ?hidden=${!open}>
        ${
          open
            ? html`<glossary-card
              variant="compact"
              term=${entry.id}
              heading-level=${level}
            ></glossary-card>`
            : nothing
        }
      </div>
    </li>`;
  }

  protected override render(): TemplateResult {
    const store = this.glossary.store;
    const t = this.strings(REFERENCE_STRINGS);
    const level = headingLevel(this.headingLevel);
    const locale = this.language;
    const entries = this.visibleEntries;
    const groups = new Map<string, GlossaryTerm[]>();
    for (const entry of entries) {
      const letter = letterOf(entry.title, locale);
      groups.set(letter, [...(groups.get(letter) ?? []), entry]);
    }
    const ready = store?.status === 'ready';
    const busy = !ready && store?.status !== 'failed';
    return html`<section part="base" class="index surface ${busy ? 'reserve' : ''}" aria-labelledby="title" aria-busy=${busy ? 'true' : 'false'}>
      ${heading(level, t.indexHeading, { id: 'title' })}
      ${
        store?.status === 'failed'
          ? html`<p role="status">${t.cardUnavailable}</p>`
          : html`<div class="filter">
              <label for="filter">${t.indexFilterLabel}</label>
              <input
                part="filter"
                class="control"
                id="filter"
                type="search"
                autocomplete="off"
                spellcheck="false"
                .value=${this.query}
                @input=${this.onInput}
                ?disabled=${!ready}
              />
            </div>
            <p part="count" class="count" aria-hidden="true">${ready ? this.countText(entries.length, t) : t.cardLoading}</p>
            <p class="visually-hidden" role="status">${this.announcement}</p>
            ${
              groups.size > 0
                ? html`<nav part="letters" class="letters" aria-label=${t.indexLetters}>
                  <ul role="list">
                    ${[...groups.keys()].map(
                      (letter) =>
                        html`<li><button type="button" @click=${() => this.jumpTo(letter)}>${letter}</button></li>`,
                    )}
                  </ul>
                </nav>`
                : nothing
            }
            ${[...groups].map(
              ([letter, list]) =>
                html`<section class="group" aria-labelledby="letter-${letter}">
                  ${heading(level + 1, letter, { id: `letter-${letter}`, depth: 1, focusable: true })}
                  <ul class="entries" role="list">
                    ${list.map((entry) => this.entry(entry, Math.min(level + 2, 6)))}
                  </ul>
                </section>`,
            )}`
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'glossary-index': GlossaryIndexElement;
  }
}
