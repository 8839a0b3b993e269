import { html, isServer, nothing, unsafeCSS, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { GlossaryTerm } from '../../data/types.js';
import { definedTerm } from '../../data/structured-data.js';
import { warnOnce } from '../../warn.js';
import { REFERENCE_STRINGS } from '../../i18n/reference-strings.js';
import { readerCountry } from '../../region/region.js';
import { fill, type CoreStrings, type ReferenceStrings } from '../../i18n/strings.js';
import { reserve } from '../../styles/reserve.js';
import { focusRing, safetyNote, surface, tokens } from '../../styles/shared.js';
import { entryUrl, safeUrl } from '../../text/urls.js';
import { heading } from '../shared/heading.js';
import { headingLevel } from '../shared/heading-level.js';
import { GlossaryDataElement } from '../shared/glossary-element.js';
import { HtmlPreparation, safeHtml } from '../shared/safe-html.js';
import { styles } from './glossary-card.styles.js';

/** Detail of `glossary-card-toggle`. */
export interface GlossaryCardToggleDetail {
  id: string;
  expanded: boolean;
}

/** The Trusted Types policy that lets a card write its JSON-LD, made on first use; null once refused. */
let jsonPolicy: { createScript(text: string): unknown } | null | undefined;

/**
 * The text for a JSON-LD script. Under Trusted Types a script's text is a sink even for JSON, which
 * never runs, so it goes through a policy of its own, `glossary-json-ld`, which passes only the JSON
 * the card has just serialized. A page whose `trusted-types` directive leaves the name out gets no
 * structured data, one warning, and no error.
 */
function jsonScriptText(json: string): unknown {
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): typeof jsonPolicy } })
    .trustedTypes;
  if (!factory) return json;
  if (jsonPolicy === undefined) {
    try {
      jsonPolicy = factory.createPolicy('glossary-json-ld', { createScript: (text: string) => text });
    } catch {
      jsonPolicy = null;
      warnOnce(
        'json-ld-policy',
        "structured-data: this page's Trusted Types policy does not allow 'glossary-json-ld'; no structured data is written.",
      );
    }
  }
  return jsonPolicy ? jsonPolicy.createScript(json) : undefined;
}

/**
 * The whole entry as a card: the definition, the entry's note for the reader's country (same region
 * as the crisis footer), its sections (principles, examples, comparisons, why it matters), its common
 * questions, related terms, sources, the review date, a clinician's sign-off when one was given, and a
 * not-medical-advice note. Shared safety caveats in the entry show as labelled notes.
 * `variant="compact"` shows the definition with a button that expands the rest in place.
 *
 * @tag glossary-card
 * @summary The full, themeable definition card of one glossary entry.
 *
 * @csspart base - The card's outer box.
 * @csspart title - The entry's title (a heading at `heading-level`).
 * @csspart short - The short definition.
 * @csspart body - The full definition and sections.
 * @csspart related - The related terms.
 * @csspart sources - The sources list.
 * @csspart region-note - The entry's note for the reader's country ("In Canada: …"), when it has one.
 * @csspart meta - The review date, the clinician's sign-off and the not-medical-advice note.
 * @csspart toggle - The "Show more" button of the compact variant.
 * @csspart status - The loading, not-found or unavailable message.
 *
 * @cssprop [--glossary-space=1em] - Spacing unit: inner padding, and every gap and margin as a multiple of it.
 *
 * @fires {GlossaryCardToggleDetail} glossary-card-toggle - The compact card was expanded or collapsed. `detail: { id, expanded }`.
 */
export class GlossaryCardElement extends GlossaryDataElement {
  static override styles = [tokens, surface, focusRing, safetyNote, styles, unsafeCSS(reserve('glossary-card'))];

  /** Entry id, title or alias. */
  @property({ reflect: true }) term?: string;
  /** Level of the title heading, 2–6 (default 2); sections and questions are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** `full` (default) or `compact`. */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';
  /** Place the entry's schema.org `DefinedTerm` JSON-LD in the light DOM, where crawlers read it. */
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;

  @state() private expanded = false;

  /** Shows whole entries: reads its entry's own document, or the full document, that a term index names. */
  protected override readonly readsEntries = true;

  protected override get shownEntry(): string | undefined {
    return this.term;
  }

  /** Sanitizes the entry's HTML before the card leaves its loading state (added after the glossary controller, which finds the entry). */
  private readonly content = new HtmlPreparation(this, () => {
    const entry = this.entry;
    return (
      entry && {
        htmls: [entry.body, ...entry.sections.map((s) => s.html)],
        transform: this.contentTransform,
        subject: `${entry.id} ${this.language}`,
      }
    );
  });

  /** The entry shown, once the glossary has loaded, in the reader's words (region-aware tokens filled). */
  get entry(): GlossaryTerm | undefined {
    const store = this.glossary.store;
    const found = store?.status === 'ready' && this.term ? store.lookup(this.term) : undefined;
    return found && this.inReaderWords(found);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('term') || changed.has('variant')) this.expanded = false;
  }

  protected override updated(): void {
    this.syncStructuredData(this.entry);
  }

  /** Keeps one `<script type="application/ld+json">` child in step with the entry shown. */
  private syncStructuredData(entry: GlossaryTerm | undefined): void {
    let script = this.querySelector<HTMLScriptElement>(':scope > script[data-glossary-structured-data]');
    if (!this.structuredData || !entry) {
      script?.remove();
      return;
    }
    if (!script) {
      script = document.createElement('script');
      script.type = 'application/ld+json';
      script.dataset['glossaryStructuredData'] = '';
      this.append(script);
    }
    const name = this.glossary.store?.document?.name ?? 'Glossary';
    // A JSON script's text is data, not markup; "<" is escaped so it cannot close the tag.
    const json = JSON.stringify(definedTerm(entry, name, entryUrl(this.context.termUrl, entry.id))).replace(
      /</g,
      '\\u003c',
    );
    if (script.textContent === json) return;
    const text = jsonScriptText(json);
    if (text === undefined) script.remove();
    else script.text = text as string;
  }

  private toggle(): void {
    this.expanded = !this.expanded;
    const id = this.entry?.id;
    if (id) {
      this.emit<GlossaryCardToggleDetail>('glossary-card-toggle', { id, expanded: this.expanded });
    }
  }

  private status(message: string, busy: boolean): TemplateResult {
    return html`<div part="base status" class="card surface status ${busy ? 'reserve' : ''}" role="status" aria-busy=${busy ? 'true' : 'false'}>
      ${busy ? html`<span class="skeleton" aria-hidden="true"></span>` : nothing}
      <p>${message}</p>
    </div>`;
  }

  /** A date as the locale writes it, in a `<time>`. */
  private date(iso: string, t: ReferenceStrings): TemplateResult {
    const [year, month, day] = iso.split('-').map(Number);
    const monthName = t.cardMonths.split(/\s+/)[(month ?? 0) - 1];
    // A date the schema let through but no month names (a partner's override with too few): ISO.
    const text = monthName ? fill(t.cardDate, { day: String(day), month: monthName, year: String(year) }) : iso;
    return html`<time datetime=${iso}>${text}</time>`;
  }

  private reviewed(entry: GlossaryTerm, t: CoreStrings & ReferenceStrings): TemplateResult | typeof nothing {
    if (!entry.reviewed) return nothing;
    const [before = '', after = ''] = t.cardReviewed.split('{date}');
    return html`<p>${before}${this.date(entry.reviewed, t)}${after}</p>`;
  }

  /** "Medically reviewed by …": only for a sign-off the build found signed, never otherwise. */
  private clinicalReview(entry: GlossaryTerm, t: ReferenceStrings): TemplateResult | typeof nothing {
    const review = entry.clinicalReview;
    if (!review?.name || !review.date) return nothing;
    const who = review.credentials ? t.cardMedicalReview : t.cardMedicalReview.replace(/,? \{credentials\},?/, '');
    const [before = '', after = ''] = fill(who, { name: review.name, credentials: review.credentials }).split('{date}');
    return html`<p class="clinical-review">${before}${this.date(review.date, t)}${after}</p>`;
  }

  /** The entry's note for the reader's country, labelled with the country's name. */
  private regionNote(entry: GlossaryTerm, t: ReferenceStrings): TemplateResult | typeof nothing {
    const country = readerCountry(this.context.region);
    const note = entry.regionNotes?.[country];
    if (!note) return nothing;
    const label = fill(t.cardRegionNote, { country: countryName(country, this.language) });
    return html`<aside part="region-note" class="region-note" aria-label=${label}>
      <p><strong>${label}:</strong> ${note}</p>
    </aside>`;
  }

  private related(
    entry: GlossaryTerm,
    t: CoreStrings & ReferenceStrings,
    level: number,
  ): TemplateResult | typeof nothing {
    const store = this.glossary.store;
    // An entry's own document holds that entry only: the related titles come from the term index.
    const catalog = this.glossary.catalog;
    const related = entry.related
      .map((id) => store?.lookup(id) ?? catalog?.lookup(id))
      .filter((term) => term !== undefined);
    if (related.length === 0) return nothing;
    const template = this.context.termUrl;
    return html`<section part="related" class="related" aria-labelledby="related">
      ${heading(level, t.cardRelated, { id: 'related', depth: 1 })}
      <ul role="list">
        ${related.map((term) => {
          const url = entryUrl(template, term.id);
          return html`<li>
            ${
              url
                ? html`<a href=${url}>${term.title}</a>`
                : html`<glossary-term term=${term.id}>${term.title}</glossary-term>`
            }
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private sources(
    entry: GlossaryTerm,
    t: CoreStrings & ReferenceStrings,
    level: number,
  ): TemplateResult | typeof nothing {
    const links = entry.sources
      .map((source) => ({ title: source.title, url: safeUrl(source.url) }))
      .filter((source) => source.url !== undefined);
    if (links.length === 0) return nothing;
    return html`<section part="sources" class="sources" aria-labelledby="sources">
      ${heading(level, t.cardSources, { id: 'sources', depth: 1 })}
      <ul>
        ${links.map(
          (source) => html`<li><a href=${source.url ?? ''} rel="noopener noreferrer">${source.title}</a></li>`,
        )}
      </ul>
    </section>`;
  }

  private rest(entry: GlossaryTerm, t: CoreStrings & ReferenceStrings, level: number): TemplateResult {
    return html`${entry.sections.map(
      (section) =>
        html`<section class="section" aria-labelledby="section-${section.id}">
            ${heading(level, section.title, { id: `section-${section.id}`, depth: 1 })}
            <div class="html">${safeHtml(section.html, this.contentTransform)}</div>
          </section>`,
    )}
      ${
        // A server has no document through which the questions could find the card's language: it is
        // written on them there (a Spanish page's questions were rendered in English). In the browser
        // they inherit it, as every nested element does.
        entry.faq.length > 0
          ? html`<glossary-faq
            term=${entry.id}
            heading-level=${level}
            with-heading
            locale=${isServer ? this.language : nothing}
          ></glossary-faq>`
          : nothing
      }
      ${this.related(entry, t, level)} ${this.sources(entry, t, level)}`;
  }

  protected override render(): TemplateResult {
    const store = this.glossary.store;
    const t = this.strings(REFERENCE_STRINGS);
    if (!store || store.status === 'loading') return this.status(t.cardLoading, true);
    if (store.status === 'failed') return this.status(t.cardUnavailable, false);
    const entry = this.entry;
    if (!entry) return this.status(t.cardNotFound, false);
    if (!this.content.ready) return this.status(t.cardLoading, true);
    const level = headingLevel(this.headingLevel);
    const compact = this.variant === 'compact';
    const app = entryUrl(this.context.appUrl, entry.id);
    const more = entryUrl(this.context.termUrl, entry.id);
    return html`<article part="base" class="card surface ${compact ? 'compact' : 'full'}" aria-labelledby="title" lang=${store.document?.locale ?? this.language}>
      ${heading(level, entry.title, { id: 'title', part: 'title' })}
      <p part="short" class="short">${entry.short}</p>
      ${
        entry.languageNote
          ? html`<aside class="language-note" aria-label=${t.cardLanguageNote}>
            <p><strong>${t.cardLanguageNote}:</strong> ${entry.languageNote}</p>
          </aside>`
          : nothing
      }
      <div part="body" class="body">
        <div class="html">${safeHtml(entry.body, this.contentTransform)}</div>
        ${this.regionNote(entry, t)}
        ${
          compact
            ? html`<button
                part="toggle"
                class="toggle"
                type="button"
                aria-expanded=${this.expanded ? 'true' : 'false'}
                aria-controls="rest"
                @click=${this.toggle}
              >
                ${this.expanded ? t.cardShowLess : t.cardShowMore}<span class="visually-hidden">: ${entry.title}</span>
              </button>
              <div id="rest" ?hidden=${!this.expanded}>${this.expanded ? this.rest(entry, t, level + 1) : nothing}</div>`
            : this.rest(entry, t, level + 1)
        }
      </div>
      <footer part="meta" class="meta">
        ${this.reviewed(entry, t)} ${this.clinicalReview(entry, t)}
        <p>${t.cardNotMedicalAdvice}</p>
        ${compact && more ? html`<p><a href=${more}>${t.cardReadMore}<span class="visually-hidden">: ${entry.title}</span></a></p>` : nothing}
        ${app ? html`<p><a href=${app} rel="noopener noreferrer">${t.cardOpenApp}</a></p>` : nothing}
      </footer>
    </article>`;
  }
}

/** A country's name in the reader's language ("Canada", "Canadá"); its code where the browser has no names. */
function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'glossary-card': GlossaryCardElement;
  }
}
