import {
  adoptStyles,
  isServer,
  type CSSResult,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { focusRing, surface, tokens } from '../../styles/shared.js';
import { reserve } from '../../styles/reserve.js';
import { fill } from '../../i18n/strings.js';
import { emergencyNumbers } from '../../region/emergency.js';
import { chooseRegion, readerCountry, UNKNOWN_COUNTRY } from '../../region/region.js';
import { fillEmergency, regionWords } from '../../region/words.js';
import { warnOnce } from '../../warn.js';
import { hasServerContent, afterHydrationData } from '../hydration.js';
import { headingLevel } from '../shared/heading.js';
import { GlossaryElement } from '../shared/glossary-element.js';
import { styles } from './crisis-footer.styles.js';
import { essentialOf } from '../../region/essential-lines.js';
import { OTHER, renderEssential, type FooterView } from './view.js';

/** The rest of the footer (full-footer.ts): every line, the full and compact layouts, their styles. */
export interface FullFooter {
  renderFooter: (view: FooterView) => TemplateResult;
  styles: CSSResult;
}

/** The load under way, with the loader it came from (a test may swap the loader). */
let pending: { loader: () => Promise<FullFooter>; promise: Promise<FullFooter> } | undefined;

/**
 * Crisis and support lines for the reader's region: the emergency number and overdose steps first,
 * then crisis lines, then support and treatment referral, with a region switcher and the
 * not-medical-advice and independence notes.
 *
 * It never waits for the network: the main script renders at once an essential view, the region's
 * emergency number(s) (with the overdose steps in `full`) and main crisis line (or, outside the six
 * regions, the local emergency number and the directory), in the same landmark and headings; in
 * `compact` that view is already the whole compact footer, every line with its hours, so nothing moves
 * when the rest arrives. The rest (every other line, each line's details) loads as a lazy chunk when the first
 * footer connects and replaces it; if that download fails, the essential view stays, with one console
 * warning, and the footer tries again the next time it is connected. `updateComplete` resolves once
 * that download has arrived or failed.
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
export class CrisisFooterElement extends GlossaryElement {
  static override styles = [tokens, surface, focusRing, reserve('crisis-footer'), styles];

  // Declared without decorators, like the other elements of the main script (their helpers cost it 0.4 kB).
  static override properties: PropertyDeclarations = {
    region: { reflect: true },
    variant: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    hideMedicalNote: { attribute: 'hide-medical-note', type: Boolean },
    hideIndependenceNote: { attribute: 'hide-independence-note', type: Boolean },
    label: {},
  };

  /**
   * Loads the rest of the footer (the lazy chunk). Tests replace it to see the essential view: with a
   * promise they settle when they choose (until then `updateComplete` waits), or one that rejects
   * (a failed download); they set {@link CrisisFooterElement.full} back to undefined with it.
   * @internal
   */
  static loadFull: () => Promise<FullFooter> = () => import('./full-footer.js').then((module) => module.fullFooter);

  /**
   * The rest of the footer once loaded, shared by every footer on the page; set in advance where it is
   * bundled anyway (the server renderer's subclass, src/site/render.ts).
   * @internal
   */
  static full?: FullFooter;

  /**
   * ISO 3166 country: US, CA, GB, IE, AU, NZ show their lines (PR and VI the US ones); an EU state or MX
   * shows its emergency number and the overdose steps. A blank or unknown value counts as absent.
   * Default: the page's `data-region`, then the time zone (IANA, aliases included), then US only where
   * the zone names no place (UTC). See docs/regions.md.
   */
  region?: string;

  /**
   * `full` (default), or `compact`: the emergency number and the switcher, then the region's crisis
   * lines and its support or referral line (two or three in all), each with who it serves where it
   * serves only some callers and when it answers ("24/7"), complete even offline.
   */
  variant: 'full' | 'compact' = 'full';

  /** Level of the footer's heading, 2 to 6; its subheadings are one level below. */
  headingLevel = 2;

  /** Leave out the not-medical-advice note (when the page already says it). */
  hideMedicalNote = false;

  /** Leave out the note that Twelva is not affiliated with any fellowship. */
  hideIndependenceNote = false;

  /**
   * Name of the compact footer's landmark. Default: the footer's heading ("Need help now?"). Give a
   * second footer on a page a name of its own: two landmarks with one name cannot be told apart.
   */
  label?: string;

  /** What this footer's live region says: set when the reader switches region here. */
  private announcement = '';

  /** Whether the reader just switched region here: the next render brings the emergency number into view. */
  #switched = false;

  /** Whether the rest of the footer is on its way: the essential view holds the footer's space meanwhile. */
  private awaitingRest = false;

  /** This footer's wait for the rest of its code, while it lasts. */
  #loading?: Promise<void>;

  /** Whether this footer's shadow root has the full layout's styles. */
  #fullStyles = false;

  private get footerClass(): typeof CrisisFooterElement {
    return this.constructor as typeof CrisisFooterElement;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadRest();
  }

  /** Starts loading the rest of the footer unless it is here (or the server has it bundled). */
  private loadRest(): Promise<void> {
    const footer = this.footerClass;
    if (isServer || footer.full) return Promise.resolve();
    if (pending?.loader !== footer.loadFull) pending = { loader: footer.loadFull, promise: footer.loadFull() };
    const { promise } = pending;
    this.awaitingRest = true;
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
        this.awaitingRest = false;
        this.requestUpdate();
      });
    return this.#loading;
  }

  /** Resolves after the first render and, while the rest of the footer is loading, after it has arrived or failed. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const loading = this.#loading;
    if (loading) await loading;
    return super.getUpdateComplete();
  }

  /**
   * A footer rendered on the server (the pre-rendered site) already shows the full footer: its first
   * update must render the same template to take it over, so it waits for the rest of the code.
   */
  protected override scheduleUpdate(): ReturnType<GlossaryElement['scheduleUpdate']> {
    return afterHydrationData(
      this,
      () => this.loadRest(),
      () => super.scheduleUpdate(),
    );
  }

  /** Until then (or if it cannot load), the server's markup stays as it is: it is the full footer already. */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    return super.shouldUpdate(changed) && !(hasServerContent(this) && !this.footerClass.full);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A partner who sets a new region on purpose overrides the reader's earlier choice on this page.
    if (changed.has('region') && changed.get('region') !== undefined) chooseRegion(undefined);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.#switched) return;
    this.#switched = false;
    // The switcher sits just under the emergency number: the new number is brought into view, not far.
    this.renderRoot.querySelector('.emergency .lead')?.scrollIntoView({ block: 'nearest' });
  }

  protected override update(changed: PropertyValues): void {
    const full = this.footerClass.full;
    if (full && !this.#fullStyles && !isServer && this.renderRoot instanceof ShadowRoot) {
      this.#fullStyles = true;
      adoptStyles(this.renderRoot, [...this.footerClass.elementStyles, full.styles]);
    }
    super.update(changed);
  }

  /**
   * The region code in effect: the reader's country (their choice in any footer's switcher on this
   * page, the `region` attribute, the page setting, the time zone; see src/region/region.ts), shown as
   * "another country" (`ZZ`) when it is none of the supported regions.
   */
  get activeRegionCode(): string {
    const country = readerCountry(this.context.region);
    return essentialOf(country) ? country : OTHER;
  }

  /** The reader's choice: every widget on the page follows it; this footer says so and shows the number. */
  private readonly onRegionChange = (event: Event): void => {
    const code = (event.target as HTMLSelectElement).value;
    chooseRegion(code);
    const t = this.strings();
    const region = essentialOf(code);
    const words = regionWords(emergencyNumbers(code === UNKNOWN_COUNTRY ? '' : code), t, this.language);
    this.announcement = fillEmergency(
      fill(t.crisisRegionChanged, { region: region ? region.name[this.language] : t.crisisOtherRegion }),
      words.emergency,
    );
    this.#switched = true;
    this.requestUpdate();
  };

  protected override render(): TemplateResult {
    const view: FooterView = {
      locale: this.language,
      t: this.strings(),
      variant: this.variant === 'compact' ? 'compact' : 'full',
      level: headingLevel(this.headingLevel),
      code: this.activeRegionCode,
      country: readerCountry(this.context.region),
      hideMedicalNote: this.hideMedicalNote,
      hideIndependenceNote: this.hideIndependenceNote,
      reserve: this.awaitingRest,
      onRegionChange: this.onRegionChange,
      announcement: this.announcement,
      label: this.label?.trim() || undefined,
    };
    return (this.footerClass.full?.renderFooter ?? renderEssential)(view);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crisis-footer': CrisisFooterElement;
  }
}
