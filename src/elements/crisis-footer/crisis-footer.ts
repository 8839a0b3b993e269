import type { TemplateResult } from 'lit';
import { fill } from '../../i18n/strings.js';
import { emergencyNumbers } from '../../region/emergency.js';
import { essentialOf } from '../../region/essential-lines.js';
import { chooseRegion, readerCountry, UNKNOWN_COUNTRY } from '../../region/region.js';
import { fillEmergency, regionWords } from '../../region/words.js';
import { warnOnce } from '../../warn.js';
import { adoptStyles, LightElement } from '../shared/light-element.js';
import { footerCss } from './crisis-footer.styles.js';
import { essentialView, patch } from './essential-view.js';
import { footerView, type FooterView } from './footer-view.js';

/** The rest of the footer (full-footer.ts): every line, the full and compact layouts, their styles, and Lit. */
export interface FullFooter {
  /** The whole footer as a Lit template (what the server renders, and what hydration takes over). */
  renderFooter: (view: FooterView) => TemplateResult;
  /** Draws the whole footer into `root`, updating in place what it drew there before. */
  render: (view: FooterView, root: ShadowRoot, host: HTMLElement) => void;
  /** The full layout's own rules, on top of the footer's. */
  styles: string;
}

/** Lit's hydration (@lit-labs/ssr-client): takes over server-rendered markup without drawing it again. */
export type Hydrate = (value: unknown, container: ShadowRoot, options: { host: HTMLElement }) => void;

/** The load under way, with the loader it came from (a test may swap the loader). */
let pending: { loader: () => Promise<FullFooter>; promise: Promise<FullFooter> } | undefined;

/**
 * Crisis and support lines for the reader's region: the emergency number and overdose steps first,
 * then crisis lines, then support and treatment referral, with a region switcher and the
 * not-medical-advice and independence notes.
 *
 * It never waits for the network, nor for Lit: the main script renders at once, with DOM calls, an
 * essential view, the region's emergency number(s) (with the overdose steps in `full`) and main crisis
 * line (or, outside the six regions, the local emergency number and the directory), in the same
 * landmark and headings; in `compact` that view is already the whole compact footer, every line with its
 * hours, so nothing moves when the rest arrives. The rest (every other line, each line's details, and
 * Lit, which draws them) loads as a lazy chunk when the first footer connects and replaces it; if that
 * download fails, the essential view stays, with one console warning, and the footer tries again the
 * next time it is connected. `updateComplete` resolves once that download has arrived or failed.
 *
 * @tag crisis-footer
 * @summary Crisis and support lines for the reader's region, working when all else fails.
 *
 * @csspart base - The footer's outer box.
 * @csspart emergency - The emergency number and the overdose steps.
 * @csspart line - One service.
 * @csspart link - A call, text, chat, email or website link.
 * @csspart region - The region switcher.
 * @csspart notes - The not-medical-advice and independence notes.
 *
 * @cssprop [--glossary-emergency=#fdecea] - Background of the emergency box (light scheme).
 * @cssprop [--glossary-emergency-dark=#3b1513] - Background of the emergency box (dark scheme).
 * @cssprop [--glossary-space=1em] - Spacing unit: inner padding, and every gap and margin as a multiple of it.
 */
export class CrisisFooterElement extends LightElement {
  static readonly observedAttributes = [
    ...LightElement.baseAttributes,
    'region',
    'variant',
    'heading-level',
    'hide-medical-note',
    'hide-independence-note',
    'label',
  ];

  /**
   * Loads the rest of the footer (the lazy chunk). Tests replace it to see the essential view: with a
   * promise they settle when they choose (until then `updateComplete` waits), or one that rejects
   * (a failed download); they set {@link CrisisFooterElement.full} back to undefined with it.
   * @internal
   */
  static loadFull: () => Promise<FullFooter> = () => import('./full-footer.js').then((module) => module.fullFooter);

  /**
   * The rest of the footer once loaded, shared by every footer on the page.
   * @internal
   */
  static full?: FullFooter;

  /**
   * How a footer rendered on the server is taken over: the pre-rendered site's script sets Lit's
   * `hydrate`, which it bundles anyway (src/site/client.ts). Without it, such a footer is drawn
   * afresh once the rest of its code has arrived.
   * @internal
   */
  static hydrate?: Hydrate;

  /**
   * ISO 3166 country: US, CA, GB, IE, AU, NZ show their lines (PR and VI the US ones); an EU state or MX
   * shows its emergency number and the overdose steps. A blank or unknown value counts as absent.
   * Default: the page's `data-region`, then the time zone (IANA, aliases included), then US only where
   * the zone names no place (UTC). See docs/regions.md.
   * @attr region
   */
  get region(): string | undefined {
    return this.own('region');
  }
  set region(value: string | undefined) {
    this.setOwn('region', value, true);
  }

  /**
   * `full` (default), or `compact`: the emergency number and the switcher, then the region's crisis
   * lines and its support or referral line (two or three in all), each with who it serves where it
   * serves only some callers and when it answers ("24/7"), complete even offline.
   * @attr variant
   * @default 'full'
   */
  get variant(): 'full' | 'compact' {
    return this.own('variant') === 'compact' ? 'compact' : 'full';
  }
  set variant(value: 'full' | 'compact') {
    this.setOwn('variant', value, true);
  }

  /**
   * Level of the footer's heading, 2 to 6; its subheadings are one level below.
   * @attr heading-level
   * @default 2
   */
  get headingLevel(): number {
    return Number(this.own('heading-level') ?? 2);
  }
  set headingLevel(value: number) {
    this.setOwn('heading-level', String(value));
  }

  /**
   * Leave out the not-medical-advice note (when the page already says it).
   * @attr hide-medical-note
   * @default false
   */
  get hideMedicalNote(): boolean {
    return this.own('hide-medical-note') !== undefined;
  }
  set hideMedicalNote(value: boolean) {
    this.setOwn('hide-medical-note', value ? '' : undefined);
  }

  /**
   * Leave out the note that Twelva is not affiliated with any fellowship.
   * @attr hide-independence-note
   * @default false
   */
  get hideIndependenceNote(): boolean {
    return this.own('hide-independence-note') !== undefined;
  }
  set hideIndependenceNote(value: boolean) {
    this.setOwn('hide-independence-note', value ? '' : undefined);
  }

  /**
   * Name of the compact footer's landmark. Default: the footer's heading ("Need help now?"). Give a
   * second footer on a page a name of its own: two landmarks with one name cannot be told apart.
   * @attr label
   */
  get label(): string | undefined {
    return this.own('label');
  }
  set label(value: string | undefined) {
    this.setOwn('label', value);
  }

  /** What this footer's live region says: set when the reader switches region here. */
  #announcement = '';

  /** Whether the reader just switched region here: the next render brings the emergency number into view. */
  #switched = false;

  /** Whether the rest of the footer is on its way: the essential view holds the footer's space meanwhile. */
  #awaitingRest = false;

  /** This footer's wait for the rest of its code, while it lasts. */
  #loading?: Promise<void>;

  /** The region attribute at the last update: a partner who changes it overrides the reader's choice. */
  #region?: string;

  readonly #root: ShadowRoot;

  /**
   * What the shadow root shows: the essential view (its section), the full footer drawn by Lit, or
   * the server's markup, untouched until the rest of the footer arrives to take it over.
   */
  #shown: 'none' | 'essential' | 'full' | 'server' = 'none';

  constructor() {
    super();
    // A footer rendered on the server (declarative shadow DOM) arrives with its root and markup.
    const served = this.shadowRoot;
    this.#root = served ?? this.attachShadow({ mode: 'open' });
    if (served?.firstChild) this.#shown = 'server';
    else adoptStyles(this.#root, footerCss);
  }

  private get footerClass(): typeof CrisisFooterElement {
    return this.constructor as typeof CrisisFooterElement;
  }

  protected override ownSettings(): ReturnType<LightElement['ownSettings']> {
    return { ...super.ownSettings(), region: this.own('region') };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadRest();
  }

  /**
   * The server's markup is already the full footer: it stays as it is until the rest of the code has
   * arrived to take it over (for good, if it cannot), rather than being drawn over with less.
   */
  override requestUpdate(): void {
    // (The base's constructor may ask before this class's fields exist: a property set before upgrade.)
    if (#shown in this && this.#shown === 'server' && !this.footerClass.full) return;
    super.requestUpdate();
  }

  /** Resolves after the first render and, while the rest of the footer is loading, after it has arrived or failed. */
  override get updateComplete(): Promise<boolean> {
    const loading = this.#loading;
    return loading ? loading.then(() => super.updateComplete) : super.updateComplete;
  }

  /** Starts loading the rest of the footer unless it is here. */
  private loadRest(): Promise<void> {
    const footer = this.footerClass;
    if (footer.full) return Promise.resolve();
    if (pending?.loader !== footer.loadFull) pending = { loader: footer.loadFull, promise: footer.loadFull() };
    const { promise } = pending;
    this.#awaitingRest = true;
    this.requestUpdate();
    this.#loading ??= promise
      .then(
        (full) => {
          footer.full = full;
        },
        (error: unknown) => {
          // The next connect (of this footer or another) tries again.
          if (pending?.promise === promise) pending = undefined;
          warnOnce(
            'crisis-footer-load',
            `the crisis footer's full list of lines could not load (${String(error)}); it shows the emergency number and the main crisis line.`,
          );
        },
      )
      .finally(() => {
        this.#loading = undefined;
        this.#awaitingRest = false;
        this.requestUpdate();
      });
    return this.#loading;
  }

  /** The reader's choice: every widget on the page follows it; this footer says so and shows the number. */
  private readonly onRegionChange = (event: Event): void => {
    const code = (event.target as HTMLSelectElement).value;
    chooseRegion(code);
    const t = this.strings();
    const region = essentialOf(code);
    const words = regionWords(emergencyNumbers(code === UNKNOWN_COUNTRY ? '' : code), t, this.language);
    this.#announcement = fillEmergency(
      fill(t.crisisRegionChanged, { region: region ? region.name[this.language] : t.crisisOtherRegion }),
      words.emergency,
    );
    this.#switched = true;
    this.requestUpdate();
  };

  /**
   * The region code in effect: the reader's country (their choice in any footer's switcher on this
   * page, the `region` attribute, the page setting, the time zone; see src/region/region.ts), shown as
   * "another country" (`ZZ`) when it is none of the supported regions.
   */
  get activeRegionCode(): string {
    return this.view().code;
  }

  private view(): FooterView {
    return footerView(
      this,
      { language: this.language, country: readerCountry(this.context.region), t: this.strings() },
      { reserve: this.#awaitingRest, onRegionChange: this.onRegionChange, announcement: this.#announcement },
    );
  }

  protected update(): void {
    // A partner who sets a new region on purpose overrides the reader's earlier choice on this page.
    const region = this.own('region');
    if (this.#region !== undefined && region !== this.#region) chooseRegion(undefined);
    this.#region = region;
    const view = this.view();
    const full = this.footerClass.full;
    const root = this.#root;
    if (full) this.showFull(full, view);
    else {
      const fresh = essentialView(view);
      // (`:scope` matches nothing in a shadow root: its top-level nodes are looked at directly.)
      const section = [...root.children].find((child) => child.localName === 'section');
      if (section) patch(section, fresh);
      else root.append(fresh);
      this.#shown = 'essential';
    }
    // The kept switcher may have been chosen by hand: it shows the region in effect all the same.
    const select = root.querySelector('select');
    if (select && this.#shown === 'essential') select.value = view.code;
    if (this.#switched) {
      this.#switched = false;
      // The switcher sits just under the emergency number: the new number is brought into view, not far.
      root.querySelector('.emergency .lead')?.scrollIntoView({ block: 'nearest' });
    }
  }

  /** The full footer, by Lit: taking over the server's markup, or the essential view, or updating itself. */
  private showFull(full: FullFooter, view: FooterView): void {
    const root = this.#root;
    const hydrate = this.footerClass.hydrate;
    if (this.#shown === 'server' && hydrate) {
      // The server rendered this very template: Lit attaches to its nodes and draws nothing again.
      hydrate(full.renderFooter(view), root, { host: this });
    } else {
      if (this.#shown !== 'full') {
        // The reader may be on the switcher: the new one takes the focus over.
        const focused = root.activeElement?.id === 'region';
        root.replaceChildren();
        adoptStyles(root, footerCss);
        adoptStyles(root, full.styles);
        full.render(view, root, this);
        if (focused) root.getElementById('region')?.focus({ preventScroll: true });
      } else full.render(view, root, this);
    }
    this.#shown = 'full';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crisis-footer': CrisisFooterElement;
  }
}
