import type { GlossaryTerm } from '../../data/types.js';
import { callableNumbers, localizeEntry, offersEmergencyCall, readerWords } from '../../region/entry.js';
import { focusRing, motion, readableText, tokens } from '../../styles/shared.js';
import { warnOnce } from '../../warn.js';
import { GlossaryController } from '../shared/glossary-controller.js';
import { adoptStyles, LightElement } from '../shared/light-element.js';
import type { OwnSettings } from '../../config.js';
import type { DefinitionView } from './definition.js';
import { styles } from './glossary-term.styles.js';

/** Detail of `glossary-term-show` and `glossary-term-hide`. */
export interface GlossaryTermEventDetail {
  id: string;
}

/** How long the pointer must rest on a term before its definition opens, and may be away before it closes. */
const HOVER_OPEN_MS = 150;
const HOVER_CLOSE_MS = 300;

const supportsPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

type DefinitionModule = typeof import('./definition.js');
let definitionModule: Promise<DefinitionModule> | undefined;
/** The definition's module once it has arrived, for renders that must not wait a task. */
let definitionLoaded: DefinitionModule | undefined;

/**
 * Fetches the open definition's chunk (Lit, its template, Floating UI) once, without rendering
 * anything: the first time a reader comes near a term, reaches for one, or the page falls idle. A
 * failed download (offline) is forgotten, so the next attempt tries again.
 */
export function preloadDefinition(): Promise<DefinitionModule> {
  if (!definitionModule) {
    // Floating UI side by side with the definition rather than after it: on a slow link the two
    // downloads in a row took longer than the hover delay (the browser keeps one copy of each module).
    void import('@floating-ui/dom').catch(() => undefined);
  }
  definitionModule ??= import('./definition.js').then(
    (module) => {
      definitionLoaded = module;
      return module;
    },
    (error: unknown) => {
      definitionModule = undefined;
      throw error;
    },
  );
  return definitionModule;
}

/** Preloads the definition when the page has nothing better to do, once per page, after it has loaded. */
let idlePreloadScheduled = false;
function preloadWhenIdle(): void {
  if (idlePreloadScheduled) return;
  idlePreloadScheduled = true;
  const idle = (): void => {
    const preload = () => void preloadDefinition().catch(() => undefined);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(preload, { timeout: 5000 });
    // WebKit has no idle callback: a moment after the page's load is the nearest equivalent.
    else setTimeout(preload, 1000);
  };
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

/** The closed term's rules: the tokens, the focus ring and the trigger, as one text for one shared sheet (and the server's `<style>`). */
let closedCss: string | undefined;
export const closedTermStyles = (): string =>
  (closedCss ??= [tokens, focusRing, motion, styles].map((rules) => rules.cssText).join('\n'));

/**
 * The known term's closed markup, made once and cloned for each term: one clone is cheaper than
 * making and setting up three nodes per term on a page of a thousand.
 */
let closedFragment: DocumentFragment | undefined;
function closedMarkup(): DocumentFragment {
  if (closedFragment) return closedFragment;
  const trigger = document.createElement('span');
  for (const [name, value] of [
    ['id', 'trigger'],
    ['part', 'trigger'],
    ['class', 'trigger'],
    ['role', 'button'],
    ['tabindex', '0'],
    ['aria-describedby', 'description'],
    ['aria-expanded', 'false'],
  ] as const) {
    trigger.setAttribute(name, value);
  }
  trigger.append(document.createElement('slot'));
  const description = document.createElement('span');
  description.id = 'description';
  description.hidden = true;
  closedFragment = document.createDocumentFragment();
  closedFragment.append(trigger, description);
  return closedFragment;
}

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
export class GlossaryTermElement extends LightElement {
  static readonly observedAttributes: readonly string[] = [...LightElement.baseAttributes, 'term', 'src', 'region'];

  /**
   * Entry id, title or alias to show. Default: the element's text.
   * @attr term
   */
  get term(): string | undefined {
    return this.own('term');
  }
  set term(value: string | undefined) {
    this.setOwn('term', value, true);
  }

  /**
   * Glossary to read: a URL or `#id` of an inline JSON script. Default: the element that renders this one, then the page's source.
   * @attr src
   */
  get src(): string | undefined {
    return this.own('src');
  }
  set src(value: string | undefined) {
    this.setOwn('src', value);
  }

  /**
   * ISO 3166 country whose emergency number the entry's words name ({emergency}, {overdose-steps}), as `<crisis-footer region>`. Default: the element that renders this one, the page's `data-region`, then the time zone, then US. A blank or unknown value counts as absent.
   * @attr region
   */
  get region(): string | undefined {
    return this.own('region');
  }
  set region(value: string | undefined) {
    this.setOwn('region', value, true);
  }

  protected override ownSettings(): OwnSettings {
    return { ...super.ownSettings(), src: this.own('src'), region: this.own('region') };
  }

  private readonly glossary = new GlossaryController(this, () => ({
    src: this.context.source,
    limits: this.context.limits,
    locale: this.language,
  }));

  /** Whether the definition is open. */
  private open = false;
  /** The definition is rendered the first time it opens: a page of terms that are never opened pays only for the text. */
  private everOpened = false;
  /** Where Lit renders the definition: after the closed markup, in the term's shadow root. */
  private layer?: HTMLElement;
  /** Whether the shadow root arrived rendered by the server (declarative shadow DOM). */
  private served = false;

  private get trigger(): HTMLElement | undefined {
    return this.shadowRoot?.getElementById('trigger') ?? undefined;
  }
  private get panel(): HTMLElement | undefined {
    return this.shadowRoot?.getElementById('definition') ?? undefined;
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
    return found && localizeEntry(found, readerWords(this.context.region, this.language, this.context.strings));
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
    GlossaryTermElement.delegate(this.localName);
  }

  /** Whether the page-wide listeners that serve every term are installed. */
  private static delegating = false;
  /** The name terms are registered under on this page, to find a term near the pointer. */
  private static tag = 'glossary-term';
  /** The term part the pointer is over (trigger or open definition), to tell entering from moving within. */
  private static hovered?: { term: GlossaryTermElement; inPanel: boolean };

  /**
   * One set of listeners for every term on the page, installed once, instead of six per term: adding
   * listeners was the largest script cost of rendering a thousand terms. They listen in the capture
   * phase on the window, so a host page that stops an event's propagation cannot break the terms.
   */
  private static delegate(tag: string): void {
    if (GlossaryTermElement.delegating) return;
    GlossaryTermElement.delegating = true;
    GlossaryTermElement.tag = tag;
    for (const type of ['click', 'keydown', 'focusin', 'focusout', 'pointerover', 'pointerout', 'pointerdown']) {
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

  /**
   * Whether the pointer has come near a term: the element under it, or that element's parent (the
   * paragraph around a word), holds one. The page's body and root are not "near": they hold every term.
   */
  private static near(target: EventTarget | null): boolean {
    if (!(target instanceof Element)) return false;
    const { body, documentElement } = target.ownerDocument;
    for (const element of [target, target.parentElement]) {
      if (!element || element === body || element === documentElement) return false;
      if (element.localName === GlossaryTermElement.tag || element.querySelector(GlossaryTermElement.tag)) return true;
    }
    return false;
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
      case 'pointerdown':
        // A tap's click follows in a moment: start the definition's download now.
        if (term && !definitionModule) void preloadDefinition().catch(() => undefined);
        break;
      case 'pointerover': {
        // The reader's pointer approaching a term: fetch the definition before the hover delay ends.
        if (!definitionModule && (place || GlossaryTermElement.near(event.target))) {
          void preloadDefinition().catch(() => undefined);
        }
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
    this.trigger?.setAttribute('aria-expanded', 'true');
    openTerms.push(this);
    if (openTerms.length === 1) watchDocument(true);
    let module: DefinitionModule;
    try {
      module = definitionLoaded ?? (await preloadDefinition());
    } catch {
      // Offline since the page loaded: the term keeps its short definition as its description.
      warnOnce('definition-chunk', 'the open definition could not be downloaded; terms keep their short definitions.');
      this.hide();
      return;
    }
    const trigger = this.trigger;
    const panel = this.open ? this.renderOpen(module) : undefined;
    if (!this.open || !trigger || !panel) return;
    if (supportsPopover) panel.showPopover();
    panel.classList.add('open');
    const stop = await module.anchorDefinition(trigger, panel, this.pointer);
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
    this.trigger?.setAttribute('aria-expanded', 'false');
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

  private readonly closeFromButton = (): void => this.hide({ restoreFocus: true });

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

  /** The shadow root: the server's (declarative shadow DOM), taken over as it is, or a new one. */
  private root(): ShadowRoot {
    if (this.shadowRoot) {
      if (!this.hasUpdated) this.served = this.shadowRoot.firstChild !== null;
      return this.shadowRoot;
    }
    return this.attachShadow({ mode: 'open' });
  }

  protected override update(): void {
    const firstUpdate = !this.hasUpdated;
    const root = this.root();
    if (firstUpdate) adoptStyles(root, closedTermStyles(), true);
    const store = this.glossary.store;
    const entry = this.entry;
    // An open definition whose entry went away (another term, another glossary) closes.
    if (this.open && !entry) this.hide();
    // A server-rendered term keeps the server's markup while its glossary loads, and if it never does.
    if (!entry && this.served && store?.status !== 'ready') return;
    this.served = false;
    this.renderClosed(root, entry);
    if (entry && this.everOpened && definitionLoaded) this.renderOpen(definitionLoaded);
    if (store?.status === 'ready' && !entry) {
      const text = this.lookupText();
      warnOnce(
        `unknown:${store.source.label}:${text.toLowerCase()}`,
        `No glossary entry for "${text}" in glossary ${store.source.label}; it stays plain text.`,
      );
    }
  }

  /**
   * The closed term, by hand: a known term is a focusable trigger around its text, described by its
   * short definition; an unknown one (or one whose glossary is loading) is its text alone. Nodes that
   * are already right (the server's, the last update's) are kept, so a re-render moves nothing.
   * (src/site/term-markup.ts writes the same markup on the server, for this element to take over.)
   */
  private renderClosed(root: ShadowRoot, entry: GlossaryTerm | undefined): void {
    const styles = root.firstElementChild
      ? [...root.children].filter((child) => child instanceof HTMLStyleElement)
      : [];
    let trigger = root.getElementById('trigger');
    let description = root.getElementById('description');
    if (!entry) {
      if (trigger || !root.querySelector('slot')) {
        this.layer = undefined;
        root.replaceChildren(...styles, document.createElement('slot'));
      }
      return;
    }
    if (!trigger || !description) {
      const markup = closedMarkup().cloneNode(true) as DocumentFragment;
      trigger = markup.firstElementChild as HTMLElement;
      description = markup.lastElementChild as HTMLElement;
      this.layer = undefined;
      root.replaceChildren(...styles, markup);
    }
    // Server-rendered terms too: their trigger is the server's, never made here.
    preloadWhenIdle();
    const expanded = this.open ? 'true' : 'false';
    if (trigger.getAttribute('aria-expanded') !== expanded) trigger.setAttribute('aria-expanded', expanded);
    if (this.everOpened) trigger.setAttribute('aria-controls', 'definition');
    if (description.textContent !== entry.short) description.textContent = entry.short;
  }

  /** Renders the open definition (its chunk has loaded) for the entry as it is now; returns it. */
  private renderOpen(module: DefinitionModule): HTMLElement | undefined {
    const root = this.shadowRoot;
    const entry = this.entry;
    if (!root || !entry) return undefined;
    this.everOpened = true;
    this.trigger?.setAttribute('aria-controls', 'definition');
    if (!this.layer?.isConnected) {
      this.layer = document.createElement('span');
      root.append(this.layer);
    }
    const stored = this.storedEntry();
    const view: DefinitionView = {
      entry,
      calls:
        stored?.id === entry.id && offersEmergencyCall(stored)
          ? callableNumbers(this.context.region, this.language)
          : [],
      strings: this.strings(),
      language: this.language,
      lang: this.glossary.store?.document?.locale ?? this.language,
      termUrl: this.context.termUrl,
      popover: supportsPopover,
      readableText: readableText.cssText,
      close: this.closeFromButton,
    };
    return module.renderDefinition(root, this.layer, view) ?? undefined;
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
