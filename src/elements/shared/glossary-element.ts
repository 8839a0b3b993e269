import { isServer, LitElement, type PropertyDeclarations, type PropertyValues, type ReactiveController } from 'lit';
import { widgetContext, type WidgetContext } from '../../config.js';
import { DEFAULT_LOCALE, type SupportedLocale } from '../../i18n/locale.js';
import type { GlossaryTerm } from '../../data/types.js';
import { uiStrings, type CoreStrings } from '../../i18n/strings.js';
import { localizeEntry, readerWords } from '../../region/entry.js';
import { GlossaryController } from './glossary-controller.js';
import { PageSettingsController } from './page-settings.js';
import { afterHydrationData } from '../hydration.js';
import { LightElement } from './light-element.js';
import type { HtmlTransform } from './safe-html.js';

/**
 * What the five elements share (Shoelace's `ShoelaceElement` plays the same part): the `locale` and
 * `theme` attributes, the page settings they follow, the context nested elements inherit, an event
 * helper, and the custom properties every element honours. Register subclasses, never this class.
 *
 * **Context.** Before every update an element works out its context, one value (`WidgetContext`,
 * src/config.ts): its own attributes, then the context of the element that rendered it (the card's
 * questions and related terms, the index's cards), then the page settings. Language, scheme, glossary
 * source, region, strings and links all come from that value, and reach the store, the region code and
 * the entry's words as parameters; nothing is copied down as attributes. When an element's context
 * changes, it asks the elements it rendered to update.
 *
 * The reader's region (`region`, ISO 3166) is part of that context: the footer's lines, and the
 * `{emergency}` and `{overdose-steps}` of entry text (src/region/entry.ts), are filled for it.
 *
 * @cssprop [--glossary-font-family=inherit] - Font; the page's own font unless set.
 * @cssprop [--glossary-accent=#0b6e4f] - Links, buttons and accents (light scheme).
 * @cssprop [--glossary-accent-dark=#6fd3a8] - Links, buttons and accents (dark scheme).
 * @cssprop [--glossary-surface=#ffffff] - Background (light scheme).
 * @cssprop [--glossary-surface-dark=#1c2128] - Background (dark scheme).
 * @cssprop [--glossary-text=#1b1f23] - Text (light scheme).
 * @cssprop [--glossary-text-dark=#e6edf3] - Text (dark scheme).
 * @cssprop [--glossary-muted=#4a5560] - Secondary text and field edges (light scheme).
 * @cssprop [--glossary-muted-dark=#adbac7] - Secondary text and field edges (dark scheme).
 * @cssprop [--glossary-border=#c9d1d9] - Borders (light scheme).
 * @cssprop [--glossary-border-dark=#444c56] - Borders (dark scheme).
 * @cssprop [--glossary-focus-ring=#1a5fb4] - Focus outline (light scheme).
 * @cssprop [--glossary-focus-ring-dark=#8cc4ff] - Focus outline (dark scheme).
 * @cssprop [--glossary-radius=0.5em] - Corner radius.
 */
export class GlossaryElement extends LitElement {
  // Declared without decorators: the decorator helpers cost the main script about 0.4 kB gzip.
  static override properties: PropertyDeclarations = { locale: {}, theme: {} };

  /** Language (`en`, `es`). Default: the element that renders this one, the nearest `lang`, then the page settings. */
  locale?: string;

  /** Colour scheme: `light` or `dark` forces one; `auto` follows the reader. Default: the element that renders this one, the page's `data-theme`, else auto. */
  theme?: 'light' | 'dark' | 'auto';

  /** The language this element speaks, worked out before every update. */
  protected language: SupportedLocale = DEFAULT_LOCALE;

  /** The context of the last update (or of the first question, before any). */
  #context?: WidgetContext;

  /** The context last passed on to nested elements, as a comparable key. */
  #passedOn?: string;

  /** The controllers, in order: the server renderer runs no update cycle, so they are run by hand there. */
  protected readonly controllers: ReactiveController[] = [];

  override addController(controller: ReactiveController): void {
    super.addController(controller);
    this.controllers.push(controller);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // On the server this is the one hook before the one render: settle what the controllers would.
    if (isServer) for (const controller of this.controllers) controller.hostUpdate?.();
    super.willUpdate(changed);
  }

  private readonly settings: PageSettingsController;

  constructor() {
    super();
    // Added before every other controller, so the context is settled before they run.
    this.addController({
      hostUpdate: () => {
        this.#context = widgetContext(this, this, this.renderer?.context);
        this.language = this.#context.language;
      },
      hostUpdated: () => {
        const key = this.contextKey();
        if (key === this.#passedOn) return;
        // Nested elements rendered by the first update read the context as they start.
        const changed = this.#passedOn !== undefined;
        this.#passedOn = key;
        if (changed)
          for (const element of this.renderRoot.querySelectorAll('*'))
            if (element instanceof GlossaryElement || element instanceof LightElement) element.requestUpdate();
      },
    });
    this.settings = new PageSettingsController(this);
  }

  /**
   * The context in effect: worked out before every update, and passed to the elements this one renders.
   * The element's own settings are its attributes (`locale`, `theme`, and `src` and `region` where it
   * takes them); the renderer's context and the page fill the rest.
   * @internal
   */
  get context(): WidgetContext {
    return (this.#context ??= widgetContext(this, this, this.renderer?.context));
  }

  /** The renderer found while connected (null: none); forgotten on disconnection. */
  #renderer?: GlossaryElement | null;

  /**
   * The element whose shadow root this one is rendered in, when it is one of ours. Asked several times
   * per update (language, scheme, source, region), so it is found once per connection: the root node
   * changes only when the element moves, which disconnects it.
   */
  protected get renderer(): GlossaryElement | undefined {
    if (isServer) return undefined;
    if (this.#renderer !== undefined) return this.#renderer ?? undefined;
    const root = this.getRootNode();
    const renderer = root instanceof ShadowRoot && root.host instanceof GlossaryElement ? root.host : null;
    if (this.isConnected) this.#renderer = renderer;
    return renderer ?? undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#renderer = undefined;
  }

  /** Everything nested elements inherit, as one comparable value. */
  private contextKey(): string {
    const { language, scheme, source, region } = this.context;
    return `${language} ${scheme} ${source ?? ''} ${region ?? ''}`;
  }

  /** The UI text in this element's language, with the partner's overrides; `extra` adds a lazy element's own defaults. */
  protected strings<T extends object = object>(extra?: Record<SupportedLocale, T>): CoreStrings & T {
    return uiStrings(this.language, this.context.strings, extra);
  }

  /** Fires a widget event: every one bubbles and crosses shadow roots, so a page can listen on `document`. */
  protected emit<T>(name: string, detail: T): void {
    // Built apart from the dispatch so the manifest analyzer lists each element's `@fires` only.
    const event = new CustomEvent<T>(name, { detail, bubbles: true, composed: true });
    this.dispatchEvent(event);
  }
}

/**
 * An element that reads the glossary: the `src` attribute (inherited like the language), the
 * glossary controller, and the hook where entry HTML is rewritten for the reader before sanitizing.
 * The crisis footer is deliberately not one: it depends on no glossary and no network.
 */
export class GlossaryDataElement extends GlossaryElement {
  static override properties: PropertyDeclarations = { src: {}, region: { reflect: true } };

  /** Glossary to read: a URL or `#id` of an inline JSON script. Default: the element that renders this one, then the page's source. */
  src?: string;

  /**
   * ISO 3166 country whose emergency number the entry's words name ({emergency}, {overdose-steps}),
   * as `<crisis-footer region>`. Default: the element that renders this one, the page's `data-region`,
   * then the time zone, then US. A blank or unknown value counts as absent.
   */
  region?: string;

  /** Whether this element shows whole entries (bodies, questions, sources) rather than short definitions. */
  protected readonly readsEntries: boolean = false;

  /** The one entry this element shows whole (id, title or alias), when it shows one: read from its own file where published. */
  protected get shownEntry(): string | undefined {
    return undefined;
  }

  protected readonly glossary = new GlossaryController(this, () => ({
    src: this.context.source,
    limits: this.context.limits,
    locale: this.language,
    entries: this.readsEntries,
    entry: this.shownEntry,
  }));

  /**
   * Rewrites entry HTML for the reader before it reaches the sanitizer (see shared/safe-html.ts).
   * None yet; region-aware words (`{emergency}`) plug in here.
   */
  protected contentTransform?: HtmlTransform;

  /** The entry in the reader's words: `{emergency}` and `{overdose-steps}` filled for their region. */
  protected inReaderWords(entry: GlossaryTerm): GlossaryTerm {
    return localizeEntry(entry, readerWords(this.context.region, this.language, this.context.strings));
  }
  protected override scheduleUpdate(): ReturnType<LitElement['scheduleUpdate']> {
    return afterHydrationData(
      this,
      () => this.hydrationData(),
      () => super.scheduleUpdate(),
      () => this.serverDataMissing(),
    );
  }

  /**
   * What a server-rendered element's first render must already have (hydration needs the server's
   * output): the controllers are run until the glossary (or the entry's own file, or the full document
   * it falls back to) has loaded and its HTML is sanitized. Ends when a round finds nothing loading and
   * nothing pending, or when a round changes nothing.
   */
  private async hydrationData(): Promise<void> {
    let previous: { store: unknown; status: unknown; pending: number } | undefined;
    for (;;) {
      for (const controller of this.controllers) controller.hostUpdate?.();
      const store = this.glossary.store;
      const pending = this.pendingControllers();
      if (store?.status !== 'loading' && pending.length === 0) return;
      const now = { store, status: store?.status, pending: pending.length };
      if (
        previous &&
        previous.store === now.store &&
        previous.status === now.status &&
        previous.pending === now.pending
      ) {
        return;
      }
      previous = now;
      if (store?.status === 'loading') await store.ready;
      else await Promise.all(pending.map((controller) => controller.settled));
    }
  }

  private pendingControllers(): (ReactiveController & { settled: Promise<unknown> })[] {
    return this.controllers.filter(
      (controller): controller is ReactiveController & { settled: Promise<unknown>; ready: boolean } =>
        'settled' in controller && !(controller as { ready?: boolean }).ready,
    );
  }

  /**
   * Why this server-rendered element cannot render what the server did, if it cannot: its glossary
   * failed to load (the store has warned: an empty reason), its entry is no longer in it, or its HTML
   * could not be prepared. Undefined when it can hydrate.
   */
  private serverDataMissing(): string | undefined {
    const store = this.glossary.store;
    if (!store || store.status === 'failed') return '';
    const entry = this.shownEntry;
    if (store.status === 'ready' && entry !== undefined && store.lookup(entry) === undefined) {
      return `${this.localName}: "${entry}" is no longer in the glossary; the page keeps the text it was served with.`;
    }
    if (store.status !== 'ready' || this.pendingControllers().length > 0) {
      return `${this.localName}: its glossary did not finish loading; the page keeps the text it was served with.`;
    }
    return undefined;
  }
}
