import { html, nothing, unsafeCSS, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { GlossaryTerm } from '../../data/types.js';
import { REFERENCE_STRINGS } from '../../i18n/reference-strings.js';
import { reserve } from '../../styles/reserve.js';
import { focusRing, safetyNote, surface, tokens } from '../../styles/shared.js';
import { heading } from '../shared/heading.js';
import { headingLevel } from '../shared/heading-level.js';
import { GlossaryDataElement } from '../shared/glossary-element.js';
import { HtmlPreparation, safeHtml } from '../shared/safe-html.js';
import { styles } from './glossary-faq.styles.js';

/** Detail of `glossary-faq-toggle`. */
export interface GlossaryFaqToggleDetail {
  id: string;
  question: string;
  open: boolean;
}

/** The URL hash that opens a question: `#faq-<entry id>-<question id>`. */
export function questionHash(entryId: string, questionId: string): string {
  return `faq-${entryId}-${questionId}`;
}

/**
 * An entry's common questions, each a disclosure (WAI-ARIA APG): a heading holding a button that
 * shows and hides its answer. Without `term`, every question of the glossary, grouped by entry.
 * A question opens from the URL (`#faq-naloxone-safe-if-unsure`), and closed answers are still found
 * by the browser's find-in-page (`hidden="until-found"`).
 *
 * @tag glossary-faq
 * @summary Common questions as accessible disclosures.
 *
 * @csspart base - The outer box.
 * @csspart question - One question's button.
 * @csspart answer - One answer.
 *
 * @cssprop [--glossary-space=1em] - Spacing unit: inner padding, and every gap and margin as a multiple of it.
 *
 * @fires {GlossaryFaqToggleDetail} glossary-faq-toggle - A question opened or closed. `detail: { id, question, open }`.
 */
export class GlossaryFaqElement extends GlossaryDataElement {
  static override styles = [tokens, surface, focusRing, safetyNote, styles, unsafeCSS(reserve('glossary-faq'))];

  /** Entry id, title or alias; without it, every question of the glossary. */
  @property({ reflect: true }) term?: string;
  /** Level of the first headings, 2–6 (default 2). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Keep only one question open at a time. */
  @property({ type: Boolean }) single = false;
  /** Start with a "Common questions" heading (used by `<glossary-card>`). */
  @property({ attribute: 'with-heading', type: Boolean }) withHeading = false;

  @state() private open = new Set<string>();

  /** Shows whole entries: reads its entry's own document, or the full document, that a term index names. */
  protected override readonly readsEntries = true;

  /** One entry's questions come from that entry's own document; every entry's, from the full one. */
  protected override get shownEntry(): string | undefined {
    return this.term;
  }

  /** Sanitizes the answers shown (after the glossary controller, which finds the entries). */
  private readonly content = new HtmlPreparation(this, () => {
    const entries = this.entries;
    return entries.length > 0
      ? {
          htmls: entries.flatMap((entry) => entry.faq.map((q) => q.a)),
          transform: this.contentTransform,
          subject: `${entries.map((entry) => entry.id).join(' ')} ${this.language}`,
        }
      : undefined;
  });
  /** The entries whose questions were last checked against the URL hash. */
  private hashCheckedFor?: GlossaryTerm;
  private readonly onHashChange = () => this.openFromHash();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** The entries whose questions are shown, in the reader's words (region-aware tokens filled). */
  get entries(): GlossaryTerm[] {
    const store = this.glossary.store;
    if (store?.status !== 'ready') return [];
    const found = this.term ? store.lookup(this.term) : undefined;
    const entries = this.term ? (found ? [found] : []) : store.terms.filter((entry) => entry.faq.length > 0);
    return entries.map((entry) => this.inReaderWords(entry));
  }

  protected override updated(): void {
    // Once the answers are in place, a question named in the URL opens (once per set of entries).
    const first = this.entries[0];
    if (this.content.ready && first && first !== this.hashCheckedFor) {
      this.hashCheckedFor = first;
      // After this update, not during it: opening is a new state, and Lit warns about (and pays for)
      // an update scheduled from updated().
      void this.updateComplete.then(() => this.openFromHash());
    }
  }

  /** Opens and scrolls to the question named in the URL hash, if it is one of ours. */
  private openFromHash(): void {
    const key = decodeURIComponent(location.hash.slice(1));
    const ours = this.entries.some((entry) => entry.faq.some((q) => questionHash(entry.id, q.id) === key));
    if (!key || !ours) return;
    this.setOpen(key, true);
    void this.updateComplete.then(() => {
      const button = this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
      button?.scrollIntoView({ block: 'start' });
      button?.focus({ preventScroll: true });
    });
  }

  private setOpen(key: string, open: boolean): void {
    const next = new Set(this.single && open ? [] : this.open);
    if (open) next.add(key);
    else next.delete(key);
    this.open = next;
  }

  private toggle(entry: GlossaryTerm, questionId: string): void {
    const key = questionHash(entry.id, questionId);
    const open = !this.open.has(key);
    this.setOpen(key, open);
    this.emit<GlossaryFaqToggleDetail>('glossary-faq-toggle', { id: entry.id, question: questionId, open });
  }

  private questions(entry: GlossaryTerm, level: number): TemplateResult {
    return html`${entry.faq.map((q) => {
      const key = questionHash(entry.id, q.id);
      const open = this.open.has(key);
      return html`<div class="question">
        ${heading(
          level,
          html`<button
            part="question"
            type="button"
            id="q-${key}"
            data-key=${key}
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="a-${key}"
            @click=${() => this.toggle(entry, q.id)}
          >
            <span class="marker" aria-hidden="true"></span><span>${q.q}</span>
          </button>`,
          { depth: 2 },
        )}
        <div
          part="answer"
          class="answer"
          id="a-${key}"
          hidden=${open ? nothing : 'until-found'}
          @beforematch=${() => this.setOpen(key, true)}
        >
          ${safeHtml(q.a, this.contentTransform)}
        </div>
      </div>`;
    })}`;
  }

  protected override render(): TemplateResult | typeof nothing {
    const store = this.glossary.store;
    const t = this.strings(REFERENCE_STRINGS);
    // While loading, the questions' space is held so the page below does not move when they arrive.
    if (!store || store.status === 'loading') return html`<div class="reserve" aria-busy="true"></div>`;
    if (store.status !== 'ready') return nothing;
    const entries = this.entries;
    const level = headingLevel(this.headingLevel);
    const questionLevel = this.withHeading || !this.term ? level + 1 : level;
    return html`<div part="base" class="faq surface" lang=${store.document?.locale ?? this.language}>
      ${this.withHeading ? heading(level, t.faqHeading, { depth: 1 }) : nothing}
      ${
        entries.length === 0
          ? html`<p class="empty">${t.faqEmpty}</p>`
          : this.term
            ? this.questions(entries[0] as GlossaryTerm, questionLevel)
            : entries.map(
                (entry) =>
                  html`<section class="group" aria-labelledby="group-${entry.id}">
                  ${heading(level, entry.title, { id: `group-${entry.id}`, depth: 1 })}
                  ${this.questions(entry, level + 1)}
                </section>`,
              )
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'glossary-faq': GlossaryFaqElement;
  }
}
