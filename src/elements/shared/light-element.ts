import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { widgetContext, type OwnSettings, type WidgetContext } from '../../config.js';
import { DEFAULT_LOCALE, type SupportedLocale } from '../../i18n/locale.js';
import { uiStrings, type CoreStrings } from '../../i18n/strings.js';
import { PageSettingsController } from './page-settings.js';

/** An element whose context the elements it renders inherit (GlossaryElement, LightElement). */
interface ContextProvider extends Element {
  readonly context: WidgetContext;
}

const providesContext = (node: Node): node is ContextProvider =>
  node instanceof Element && typeof (node as Partial<ContextProvider>).context?.language === 'string';

const canAdopt = typeof ShadowRoot !== 'undefined' && 'adoptedStyleSheets' in ShadowRoot.prototype;

/** Style sheets made once per text and shared by every element that adopts them (null: no constructable sheets). */
const sheets = new Map<string, CSSStyleSheet | null>();

function sheetFor(cssText: string): CSSStyleSheet | null {
  let sheet = sheets.get(cssText);
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(cssText);
    } catch {
      sheet = null;
    }
    sheets.set(cssText, sheet);
  }
  return sheet;
}

/**
 * Gives `root` the rules in `cssText`, after those it has: one constructed sheet shared by every root
 * that adopts the same text, or a `<style>` where the browser has no constructable sheets. A root the
 * server rendered holds its first rules in a `<style>`: `replaceServed` adopts the sheet and removes
 * that one in the same task, so nothing shows between the two.
 */
export function adoptStyles(root: ShadowRoot, cssText: string, replaceServed = false): void {
  const sheet = canAdopt ? sheetFor(cssText) : null;
  // Each read of adoptedStyleSheets makes a new array object: read it once, and a fresh root (a
  // thousand terms' worth) gets its one sheet with a single assignment.
  const served = root.firstElementChild ? [...root.children].filter((child) => child instanceof HTMLStyleElement) : [];
  if (sheet) {
    const adopted = root.adoptedStyleSheets;
    if (adopted.length === 0) root.adoptedStyleSheets = [sheet];
    else if (!adopted.includes(sheet)) root.adoptedStyleSheets = [...adopted, sheet];
    if (replaceServed) for (const style of served) style.remove();
  } else if (!served.some((style) => style.textContent === cssText)) {
    const style = document.createElement('style');
    style.textContent = cssText;
    root.append(style);
  }
}

/**
 * Node has no HTMLElement: there the class is built on an empty one, so the server's renderer can
 * import it (it writes a light element's markup itself and never connects one).
 */
const ElementBase = (globalThis.HTMLElement ?? Object) as typeof HTMLElement;

/**
 * The Lit-free base of the elements that every page pays for before anyone touches one (the term in
 * running text): the `locale` and `theme` attributes, the context worked out as GlossaryElement does
 * (its own attributes, then the element that renders it, then the page settings; src/config.ts), the
 * page settings it follows (PageSettingsController), an event helper, and an update cycle that Lit's
 * reactive controllers (GlossaryController, PageSettingsController) can drive: `requestUpdate()`
 * batches changes into one `update()` in a microtask, as Lit does, without Lit's 6 kB.
 *
 * Subclasses name their attributes in `static observedAttributes` (including `locale` and `theme`)
 * and draw themselves in `update()`. Register subclasses, never this class. They honour the same
 * custom properties as every element:
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
export abstract class LightElement extends ElementBase implements ReactiveControllerHost {
  /** The attributes every light element reads; a subclass lists these and its own. */
  static readonly baseAttributes: readonly string[] = ['locale', 'theme'];

  /** Property values set from script, which win over the attribute of the same name (as in Lit). */
  #own = new Map<string, string | undefined>();

  /**
   * Language (`en`, `es`). Default: the element that renders this one, the nearest `lang`, then the page settings.
   * @attr locale
   */
  get locale(): string | undefined {
    return this.own('locale');
  }
  set locale(value: string | undefined) {
    this.setOwn('locale', value);
  }

  /**
   * Colour scheme: `light` or `dark` forces one; `auto` follows the reader. Default: the element that renders this one, the page's `data-theme`, else auto.
   * @attr theme
   */
  get theme(): 'light' | 'dark' | 'auto' | undefined {
    return this.own('theme') as 'light' | 'dark' | 'auto' | undefined;
  }
  set theme(value: 'light' | 'dark' | 'auto' | undefined) {
    this.setOwn('theme', value);
  }

  /** A setting as the element holds it: the property when script set one, else the attribute. */
  protected own(name: string): string | undefined {
    return this.#own.has(name) ? this.#own.get(name) : (this.getAttribute(name) ?? undefined);
  }

  /** Sets a property; `reflect` writes it to the attribute too (the `term` a partner's CSS may select on). */
  protected setOwn(name: string, value: string | undefined, reflect = false): void {
    if (reflect) {
      if (value === undefined || value === null) this.removeAttribute(name);
      else this.setAttribute(name, value);
    }
    this.#own.set(name, value);
    this.requestUpdate();
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    if (previous === value) return;
    this.#own.delete(name);
    this.requestUpdate();
  }

  /** The language this element speaks, worked out before every update. */
  protected language: SupportedLocale = DEFAULT_LOCALE;
  #context?: WidgetContext;

  /** The settings this element says for itself; a subclass adds `src` and `region`. */
  protected ownSettings(): OwnSettings {
    return { locale: this.own('locale'), theme: this.own('theme') };
  }

  /**
   * The context in effect, worked out before every update (see GlossaryElement.context).
   * @internal
   */
  get context(): WidgetContext {
    return (this.#context ??= widgetContext(this, this.ownSettings(), this.renderer?.context));
  }

  #renderer?: ContextProvider | null;

  /** The element of ours whose shadow root this one is rendered in (a card's related terms), found once per connection. */
  protected get renderer(): ContextProvider | undefined {
    if (this.#renderer !== undefined) return this.#renderer ?? undefined;
    const root = this.getRootNode();
    const renderer = root instanceof ShadowRoot && providesContext(root.host) ? root.host : null;
    if (this.isConnected) this.#renderer = renderer;
    return renderer ?? undefined;
  }

  readonly #controllers: ReactiveController[] = [];

  addController(controller: ReactiveController): void {
    this.#controllers.push(controller);
    if (this.isConnected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController): void {
    const index = this.#controllers.indexOf(controller);
    if (index >= 0) this.#controllers.splice(index, 1);
  }

  /** Whether an update has run since the element was created. */
  hasUpdated = false;
  #pending = false;
  #done: Promise<boolean> = Promise.resolve(true);
  #resolve?: (value: boolean) => void;

  /** Settles once the update asked for so far has run (true), as Lit's `updateComplete` does. */
  get updateComplete(): Promise<boolean> {
    return this.#done;
  }

  /** Asks for one update in a microtask; any number of calls before it runs make one update. */
  requestUpdate(): void {
    if (this.#pending) return;
    this.#pending = true;
    this.#done = new Promise((resolve) => (this.#resolve = resolve));
    queueMicrotask(() => this.#performUpdate());
  }

  #performUpdate(): void {
    this.#pending = false;
    const resolve = this.#resolve;
    this.#resolve = undefined;
    if (this.isConnected) {
      this.#context = widgetContext(this, this.ownSettings(), this.renderer?.context);
      this.language = this.#context.language;
      for (const controller of this.#controllers) controller.hostUpdate?.();
      this.update();
      this.hasUpdated = true;
      for (const controller of this.#controllers) controller.hostUpdated?.();
    }
    resolve?.(true);
  }

  /** Draws the element for its current state; runs once per batch of changes while connected. */
  protected abstract update(): void;

  constructor() {
    super();
    new PageSettingsController(this);
    // A framework may set properties before the class is defined: they sit on the instance and would
    // hide the accessors, so they are taken off and set again through them (as Lit does).
    const self = this as unknown as Record<string, unknown>;
    const names = (this.constructor as { observedAttributes?: readonly string[] }).observedAttributes ?? [];
    for (const name of names) {
      if (!Object.hasOwn(this, name)) continue;
      const value = self[name];
      Reflect.deleteProperty(this, name);
      self[name] = value;
    }
  }

  connectedCallback(): void {
    for (const controller of this.#controllers) controller.hostConnected?.();
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    for (const controller of this.#controllers) controller.hostDisconnected?.();
    this.#renderer = undefined;
  }

  /** The UI text in this element's language, with the partner's overrides. */
  protected strings(): CoreStrings {
    return uiStrings(this.language, this.context.strings);
  }

  /** Fires a widget event: every one bubbles and crosses shadow roots, so a page can listen on `document`. */
  protected emit<T>(name: string, detail: T): void {
    const event = new CustomEvent<T>(name, { detail, bubbles: true, composed: true });
    this.dispatchEvent(event);
  }
}
