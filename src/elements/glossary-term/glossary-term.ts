import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { GlossaryTerm } from '../../data/types.js';
import { fill } from '../../i18n/strings.js';
import { focusRing, motion, tokens } from '../../styles/shared.js';
import { callableNumbers, offersEmergencyCall } from '../../region/entry.js';
import { entryUrl } from '../../text/urls.js';
import { warnOnce } from '../../warn.js';
import { anchorDefinition } from './anchor.js';
import { GlossaryDataElement } from '../shared/glossary-element.js';
import { styles } from './glossary-term.styles.js';

/** Detail of `glossary-term-show` and `glossary-term-hide`. */
export interface GlossaryTermEventDetail {
  id: string;
}

/** How long the pointer must rest on a term before its definition opens, and may be away before it closes. */
const HOVER_OPEN_MS = 150;
const HOVER_CLOSE_MS = 300;

const supportsPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

/** Open definitions, top-most last: Esc closes only the last one. */
const openTerms: GlossaryTermElement[] = [];

function onDocumentKeydown(event: KeyboardEvent): void {
  const top = openTerms.at(-1);
  if (event.key !== 'Escape' || !top) return;
  // Only when a definition is open does Esc belong to us; otherwise the host page keeps it.
  event.preventDefault();
  event.stopPropagation();
  top.hide({ restoreFocus: top.containsFocus });
}

function onDocumentPointerdown(event: PointerEvent): void {
  const path = event.composedPath();
  for (const term of [...openTerms]) {
    if (!path.includes(term)) term.hide();
  }
}

function watchDocument(watch: boolean): void {
  if (watch) {
    window.addEventListener('keydown', onDocumentKeydown, true);
    document.addEventListener('pointerdown', onDocumentPointerdown, true);
  } else {
    window.removeEventListener('keydown', onDocumentKeydown, true);
    document.removeEventListener('pointerdown', onDocumentPointerdown, true);
  }
}

/**
 * A term in running text. Hover, focus or tap it and its short definition opens beside it; Esc,
 * a tap outside or the close button closes it. The term's own text stays in the page (readable with
 * JavaScript off, by crawlers and by find-in-page); screen readers hear the short definition as its
 * description. An unknown term stays plain text, with one console warning.
 *
 * @tag glossary-term
 * @summary Inline glossary term with an accessible definition on hover, focus or tap.
 *
 * @slot - The term as it reads in the sentence. Also the term looked up when `term` is absent.
 *
 * @csspart trigger - The term in the text: focusable, underlined, the button that opens the definition.
 * @csspart definition - The open definition (a popover in the top layer).
 * @csspart title - The entry's title in the definition.
 * @csspart short - The short definition.
 * @csspart call - The emergency call link(s) under an overdose definition.
 * @csspart read-more - The "Read more" link, shown when a term URL is configured.
 * @csspart close - The close button of the definition.
 *
 * @cssprop [--glossary-shadow=0 0.25em 1em rgb(0 0 0 / 0.18)] - Shadow of the open definition.
 * @cssprop [--glossary-popover-font-size=clamp(15px, 1em, 20px)] - Text size of the open definition.
 * @cssprop [--glossary-popover-width=22em] - The widest the open definition grows.
 *
 * @fires {GlossaryTermEventDetail} glossary-term-show - The definition opened. `detail: { id }`.
 * @fires {GlossaryTermEventDetail} glossary-term-hide - The definition closed. `detail: { id }`.
 */
export class GlossaryTermElement extends GlossaryDataElement {
  static override styles = [tokens, focusRing, motion, styles];

  static override properties: PropertyDeclarations = { term: { reflect: true } };

  /** Entry id, title or alias to show. Default: the element's text. */
  term?: string;

  /** Whether the definition is open (internal state: show() and hide() ask for the update). */
  private open = false;
  /** The definition is rendered the first time it opens: a page of terms that are never opened pays only for the text. */
  private everOpened = false;

  private get trigger(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('#trigger') ?? undefined;
  }
  private get panel(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('#definition') ?? undefined;
  }

  /** Opened by a click, tap or Enter: stays open until closed on purpose, not when the pointer leaves. */
  private pinned = false;
  private hoverTimer?: ReturnType<typeof setTimeout>;
  private stopAnchoring?: () => void;
  private restoringFocus = false;
  /** Where the pointer last rested on or clicked the term; cleared by keyboard use. */
  private pointer?: { x: number; y: number };

  /** The glossary entry this term names, once the glossary has loaded, in the reader's words. */
  get entry(): GlossaryTerm | undefined {
    const found = this.storedEntry();
    return found && this.inReaderWords(found);
  }

  /** The entry as the glossary holds it, before the reader's words. */
  private storedEntry(): GlossaryTerm | undefined {
    const store = this.glossary.store;
    return store?.status === 'ready' ? store.lookup(this.lookupText()) : undefined;
  }

  /** Whether the definition is open. */
  get isOpen(): boolean {
    return this.open;
  }

  /** Whether focus is on the term or inside its definition. (`:focus-within` on the host misses the top layer.) */
  get containsFocus(): boolean {
    return Boolean(this.shadowRoot?.activeElement);
  }

  private lookupText(): string {
    return (this.term ?? this.textContent ?? '').trim();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    GlossaryTermElement.delegate();
  }

  /** Whether the page-wide listeners that serve every term are installed. */
  private static delegating = false;
  /** The term part the pointer is over (trigger or open definition), to tell entering from moving within. */
  private static hovered?: { term: GlossaryTermElement; inPanel: boolean };

  /**
   * One set of listeners for every term on the page, installed once, instead of six per term: adding
   * listeners was the largest script cost of rendering a thousand terms. They listen in the capture
   * phase on the window, so a host page that stops an event's propagation cannot break the terms.
   */
  private static delegate(): void {
    if (GlossaryTermElement.delegating) return;
    GlossaryTermElement.delegating = true;
    for (const type of ['click', 'keydown', 'focusin', 'focusout', 'pointerover', 'pointerout']) {
      window.addEventListener(type, GlossaryTermElement.onPageEvent, true);
    }
  }

  /** The term an event happened in, and whether it happened in its open definition; none for plain-text terms. */
  private static locate(event: Event): { term: GlossaryTermElement; inPanel: boolean } | undefined {
    const path = event.composedPath();
    const at = path.findIndex((node) => node instanceof GlossaryTermElement);
    const term = path[at];
    if (!(term instanceof GlossaryTermElement) || !term.trigger) return undefined;
    const inPanel = path.slice(0, at).some((node) => node instanceof HTMLElement && node.id === 'definition');
    return { term, inPanel };
  }

  private static readonly onPageEvent = (event: Event): void => {
    const place = GlossaryTermElement.locate(event);
    const term = place?.term;
    switch (event.type) {
      case 'click':
        if (term && !place.inPanel) term.onTriggerClick(event as MouseEvent);
        break;
      case 'keydown':
        if (term && !place.inPanel) term.onTriggerKeydown(event as KeyboardEvent);
        break;
      case 'focusin':
        if (term && !place.inPanel) term.onTriggerFocus();
        break;
      case 'focusout':
        term?.onFocusOut(event as FocusEvent);
        break;
      case 'pointerover': {
        const last = GlossaryTermElement.hovered;
        if (last?.term === term && last?.inPanel === place?.inPanel) break;
        last?.term.onPointerLeave(event as PointerEvent);
        GlossaryTermElement.hovered = place;
        if (place) place.term.onPointerEnter(event as PointerEvent, !place.inPanel);
        break;
      }
      case 'pointerout':
        // Leaving the window: no pointerover follows.
        if ((event as PointerEvent).relatedTarget === null && GlossaryTermElement.hovered) {
          GlossaryTermElement.hovered.term.onPointerLeave(event as PointerEvent);
          GlossaryTermElement.hovered = undefined;
        }
        break;
    }
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (GlossaryTermElement.hovered?.term === this) GlossaryTermElement.hovered = undefined;
    clearTimeout(this.hoverTimer);
    this.hide();
  }

  /** Opens the definition. `pin` keeps it open when the pointer leaves. */
  async show(options: { pin?: boolean } = {}): Promise<void> {
    clearTimeout(this.hoverTimer);
    if (options.pin) this.pinned = true;
    const entry = this.entry;
    if (this.open || !entry) return;
    for (const other of [...openTerms]) other.hide();
    this.open = true;
    this.everOpened = true;
    this.requestUpdate();
    await this.updateComplete;
    const { trigger, panel } = this;
    if (!this.open || !trigger || !panel) return;
    if (supportsPopover) panel.showPopover();
    panel.classList.add('open');
    openTerms.push(this);
    if (openTerms.length === 1) watchDocument(true);
    const stop = await anchorDefinition(trigger, panel, this.pointer);
    if (this.open) this.stopAnchoring = stop;
    else stop();
    this.emit<GlossaryTermEventDetail>('glossary-term-show', { id: entry.id });
  }

  /** Closes the definition. `restoreFocus` moves focus back to the term (after Esc or the close button). */
  hide(options: { restoreFocus?: boolean } = {}): void {
    clearTimeout(this.hoverTimer);
    this.pinned = false;
    if (!this.open) return;
    this.open = false;
    this.requestUpdate();
    const index = openTerms.indexOf(this);
    if (index >= 0) openTerms.splice(index, 1);
    if (openTerms.length === 0) watchDocument(false);
    this.stopAnchoring?.();
    this.stopAnchoring = undefined;
    if (options.restoreFocus) {
      // Focus moves back before the popover hides, so the browser's own popover focus
      // restoration has nothing to do; the focus this causes must not reopen the definition.
      this.restoringFocus = true;
      this.trigger?.focus();
      this.restoringFocus = false;
    }
    const panel = this.panel;
    if (panel) {
      if (supportsPopover && panel.matches(':popover-open')) panel.hidePopover();
      panel.classList.remove('open');
      delete panel.dataset['positioned'];
    }
    const id = this.entry?.id;
    if (id) {
      this.emit<GlossaryTermEventDetail>('glossary-term-hide', { id });
    }
  }

  private toggleByIntent(): void {
    if (this.open && this.pinned) this.hide();
    else void this.show({ pin: true });
  }

  private onTriggerClick(event: MouseEvent): void {
    // detail is 0 for clicks that no pointer made (assistive technology, keyboard emulation).
    this.pointer = event.detail > 0 ? { x: event.clientX, y: event.clientY } : undefined;
    this.toggleByIntent();
  }

  private onTriggerKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.pointer = undefined;
      this.toggleByIntent();
    }
  }

  private onTriggerFocus(): void {
    // Keyboard focus opens the definition; a click's focus is left to the click itself.
    if (!this.restoringFocus && this.trigger?.matches(':focus-visible')) {
      this.pointer = undefined;
      void this.show();
    }
  }

  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget;
    if (next instanceof Node && (this.shadowRoot?.contains(next) || next === this)) return;
    if (next !== null) this.hide();
  }

  private onPointerEnter(event: PointerEvent, onTrigger: boolean): void {
    if (event.pointerType === 'touch') return;
    clearTimeout(this.hoverTimer);
    if (onTrigger) this.pointer = { x: event.clientX, y: event.clientY };
    if (!this.open) this.hoverTimer = setTimeout(() => void this.show(), HOVER_OPEN_MS);
  }

  private onPointerLeave(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    clearTimeout(this.hoverTimer);
    if (this.pinned || this.containsFocus) return;
    this.hoverTimer = setTimeout(() => this.hide(), HOVER_CLOSE_MS);
  }

  protected override updated(): void {
    const store = this.glossary.store;
    if (store?.status === 'ready' && !this.rendered) {
      const text = this.lookupText();
      warnOnce(
        `unknown:${store.source.label}:${text.toLowerCase()}`,
        `No glossary entry for "${text}" in glossary ${store.source.label}; it stays plain text.`,
      );
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The base settles the glossary here on the server, which runs no other hook before rendering:
    // without it a server-rendered term had no entry and rendered as bare text.
    super.willUpdate(changed);
    // An open definition whose entry went away (another term, another glossary) closes before the
    // render, not after it: closing from updated() would cost a second update (Lit's change-in-update).
    if (this.open && !this.entry) this.hide();
  }

  /** The entry the last render showed, for `updated()`: a second lookup per term per render is a thousand lookups on a long page. */
  private rendered?: GlossaryTerm | undefined;

  protected override render() {
    const entry = this.entry;
    this.rendered = entry;
    if (!entry) return html`<slot></slot>`;
    // No white space between the top-level nodes: the host is inline, and any would show as a
    // space around the term in the partner's sentence.
    return html`<span
        id="trigger"
        part="trigger"
        class="trigger"
        role="button"
        tabindex="0"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${this.everOpened ? 'definition' : nothing}
        aria-describedby="description"
        ><slot></slot></span
      ><span id="description" hidden>${entry.short}</span
      >${this.everOpened ? this.renderDefinition(entry) : nothing}`;
  }

  /**
   * The call an emergency entry's definition offers (overdose): the reader's emergency number as a
   * `tel:` link, or where their place is not known, every supported region's number with its place.
   */
  private renderCall(entry: GlossaryTerm) {
    const stored = this.storedEntry();
    if (!stored || stored.id !== entry.id || !offersEmergencyCall(stored)) return nothing;
    const strings = this.strings();
    return html`<p class="call-action" part="call">
      ${callableNumbers(this.context.region, this.language).map(
        ({ number, where }) =>
          html`<a class="call" href="tel:${number}"
            >${fill(strings.crisisCall, { number })}${where ? ` ${fill(strings.crisisCallWhere, { where })}` : ''}</a
          >`,
      )}
    </p>`;
  }

  /** The open definition: rendered from the first opening on, so a term never opened pays nothing for it. */
  private renderDefinition(entry: GlossaryTerm) {
    const strings = this.strings();
    const readMore = entryUrl(this.context.termUrl, entry.id);
    return html`<div
        id="definition"
        part="definition"
        class="definition motion-appear"
        role="group"
        aria-label=${fill(strings.definitionOf, { title: entry.title })}
        lang=${this.glossary.store?.document?.locale ?? this.language}
        popover=${supportsPopover ? 'manual' : nothing}
      >
        <p class="title" part="title">${entry.title}</p>
        <p class="short" part="short">${entry.short}</p>
        ${this.renderCall(entry)}
        ${
          readMore
            ? html`<a class="read-more" part="read-more" href=${readMore}
              >${strings.readMore}<span class="visually-hidden"> ${fill(strings.readMoreAbout, { title: entry.title })}</span></a
            >`
            : nothing
        }
        <button
          class="close"
          part="close"
          type="button"
          aria-label=${fill(strings.closeDefinition, { title: entry.title })}
          @click=${() => this.hide({ restoreFocus: true })}
        >
          <svg aria-hidden="true" viewBox="0 0 16 16" width="1em" height="1em">
            <path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
          </svg>
        </button>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'glossary-term': GlossaryTermElement;
  }
  interface HTMLElementEventMap {
    'glossary-term-show': CustomEvent<GlossaryTermEventDetail>;
    'glossary-term-hide': CustomEvent<GlossaryTermEventDetail>;
  }
}
