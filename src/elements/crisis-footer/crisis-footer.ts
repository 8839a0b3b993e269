import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SupportedLocale } from '../../i18n/locale.js';
import { fill, type CoreStrings } from '../../i18n/strings.js';
import { focusRing, surface, tokens } from '../../styles/shared.js';
import { emergencyNumbers, numbersInWords } from '../../region/emergency.js';
import { readerCountry } from '../../region/region.js';
import { regionWords } from '../../region/words.js';
import { heading, headingLevel } from '../shared/heading.js';
import { GlossaryElement } from '../shared/glossary-element.js';
import { styles } from './crisis-footer.styles.js';
import {
  emergencyLine,
  INTERNATIONAL_DIRECTORY,
  REGIONS,
  regionByCode,
  type Contact,
  type CrisisLine,
  type Region,
} from './regions.js';

/** Switcher value for a place outside the supported regions. */
const OTHER = 'INTL';

/** "1-800-662-4357 (1-800-662-HELP)" → "1 8 0 0, 6 6 2, 4 3 5 7": screen readers would say "one million…". */
export function spokenDigits(display: string): string {
  const number = display.split(' (')[0] ?? display;
  return number
    .split(/[\s-]+/)
    .map((group) => group.replace(/\D/g, '').split('').join(' '))
    .filter(Boolean)
    .join(', ');
}

/** A link text with its `{number}` shown as written but spoken digit by digit. */
function withNumber(template: string, display: string): TemplateResult {
  const [before = '', after = ''] = template.split('{number}');
  return html`${before}<span aria-hidden="true">${display}</span><span class="visually-hidden">${spokenDigits(display)}</span>${after}`;
}

/** Whether a link's visible text already names the service ("findtreatment.gov" for FindTreatment.gov). */
function sameName(visible: string, name: string): boolean {
  return visible.toLowerCase().includes(name.toLowerCase());
}

/**
 * The service's name as it completes a link's accessible name, without a leading number that the link
 * has just spoken: "Call 9 8 8, Suicide & Crisis Lifeline", not "Call 9 8 8, 988 Suicide & Crisis Lifeline".
 */
export function nameAfterNumber(name: string, number: string): string {
  const digits = number.replace(/\D/g, '');
  const words = name.split(' ');
  const kept = words.filter((word) => !(/^[\d-]+$/.test(word) && word.replace(/\D/g, '') === digits));
  return kept.length && kept.length < words.length ? kept.join(' ') : name;
}

/** The numbers a line's call buttons dial, as written: ["112", "999"]. */
function callNumbers(line: CrisisLine): string[] {
  return line.contacts.flatMap((contact) => (contact.kind === 'call' ? [contact.display] : []));
}

/**
 * Crisis and support lines for the reader's region: the emergency number and overdose steps first,
 * then crisis lines, then support and treatment referral, with a region switcher and the
 * not-medical-advice and independence notes. Everything it shows is bundled: it renders with the
 * network off and with every other part of the widgets failing.
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
  static override styles = [tokens, surface, focusRing, styles];

  /**
   * ISO 3166 country: US, CA, GB, IE, AU, NZ show their lines (PR and VI the US ones); an EU state or MX
   * shows its emergency number and the overdose steps. A blank or unknown value counts as absent.
   * Default: the page's `data-region`, then the time zone (IANA, aliases included), then US only where
   * the zone names no place (UTC). See docs/regions.md.
   */
  @property({ reflect: true }) region?: string;

  /** `full` (default) or `compact` (one or two lines). */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** Level of the footer's heading, 2 to 6; its subheadings are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Leave out the not-medical-advice note (when the page already says it). */
  @property({ attribute: 'hide-medical-note', type: Boolean }) hideMedicalNote = false;

  /** Leave out the note that Twelva is not affiliated with any fellowship. */
  @property({ attribute: 'hide-independence-note', type: Boolean }) hideIndependenceNote = false;

  /** The reader's own choice in the switcher; cleared when `region` changes. Never stored. */
  @state() private chosen?: string;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('region') && changed.get('region') !== undefined) this.chosen = undefined;
  }

  /**
   * The region code in effect: the reader's choice in the switcher, else the reader's country (the
   * `region` attribute, the page setting, the time zone, US; see src/region/region.ts), shown as
   * "another country" (`INTL`) when it is none of the supported regions.
   */
  get activeRegionCode(): string {
    return this.chosen ?? regionByCode(readerCountry(this.region))?.code ?? OTHER;
  }

  private onRegionChange(event: Event): void {
    this.chosen = (event.target as HTMLSelectElement).value;
  }

  private link(line: CrisisLine, contact: Contact, t: CoreStrings, locale: SupportedLocale): TemplateResult {
    const name = line.name[locale];
    // The number is shown as the service writes it and spoken digit by digit ("9 8 8", not "nine
    // hundred eighty-eight"); the service's name, without that number again, completes the link's
    // accessible name.
    const service = html`<span class="visually-hidden">, ${name}</span>`;
    const after = (display: string) => html`<span class="visually-hidden">, ${nameAfterNumber(name, display)}</span>`;
    switch (contact.kind) {
      case 'call': {
        const note = contact.note?.[locale];
        return html`<a part="link" class="link call" href="tel:${contact.tel}"
            >${withNumber(t.crisisCall, contact.display)}${after(contact.display)}</a
          >${note ? html` <span class="note">${note}</span>` : nothing}`;
      }
      case 'relay':
        return html`<a part="link" class="link relay" href="tel:${contact.tel}"
          >${withNumber(t.crisisRelayLink, contact.display)}<span class="visually-hidden"
            >, ${fill(t.crisisRelayName, { number: numbersInWords(callNumbers(line), locale) })}</span
          ></a
        >`;
      case 'tty':
        return html`<a part="link" class="link call" href="tel:${contact.tel}"
          >${withNumber(t.crisisTty, contact.display)}${after(contact.display)}</a
        >`;
      case 'text': {
        const keyword = contact.keyword?.[locale];
        const template = keyword ? fill(t.crisisTextKeyword, { keyword }) : t.crisisText;
        return html`<a part="link" class="link text" href="sms:${contact.sms}"
          >${withNumber(template, contact.display)}${after(contact.display)}</a
        >`;
      }
      case 'chat':
      case 'web': {
        const visible = contact.kind === 'chat' ? fill(t.crisisChat, { site: contact.display }) : contact.display;
        return html`<a
          part="link"
          class="link web"
          href=${contact.url}
          target="_blank"
          rel="noopener noreferrer"
          >${visible}${sameName(visible, name) ? nothing : service}</a
        >`;
      }
      case 'email': {
        const visible = fill(t.crisisEmail, { address: contact.address });
        return html`<a part="link" class="link web" href="mailto:${contact.address}">${visible}${service}</a>`;
      }
    }
  }

  private line(line: CrisisLine, t: CoreStrings, locale: SupportedLocale): TemplateResult {
    return html`<li part="line" class="line">
      <p class="name">${line.name[locale]}</p>
      <p class="purpose">${line.purpose[locale]}</p>
      <ul class="contacts" role="list">
        ${line.contacts.map((contact) => html`<li>${this.link(line, contact, t, locale)}</li>`)}
      </ul>
      ${line.hours ? html`<p class="hours">${line.hours[locale]}</p>` : nothing}
      ${line.spanish && locale !== 'es' ? html`<p class="spanish" lang="es">${line.spanish}</p>` : nothing}
    </li>`;
  }

  private regionSwitcher(t: CoreStrings, locale: SupportedLocale, code: string): TemplateResult {
    return html`<div part="region" class="region">
      <label for="region">${t.crisisRegionLabel}</label>
      <select class="control" id="region" @change=${this.onRegionChange}>
        ${REGIONS.map(
          (region) =>
            html`<option value=${region.code} ?selected=${region.code === code}>${region.name[locale]}</option>`,
        )}
        <option value=${OTHER} ?selected=${code === OTHER}>${t.crisisOtherRegion}</option>
      </select>
    </div>`;
  }

  /**
   * The emergency number first, as the first link(s), with any relay route under it; in `full`, the
   * overdose steps follow, naming the same number. With no emergency line (a place whose number the
   * reference does not give), the neutral "call your local emergency number" and the same steps.
   */
  private emergencyBlock(
    emergency: CrisisLine | undefined,
    t: CoreStrings,
    locale: SupportedLocale,
    variant: 'full' | 'compact',
  ): TemplateResult {
    const numbers = emergency ? callNumbers(emergency) : [];
    const number = numbersInWords(numbers, locale);
    const links = (kind: Contact['kind']) =>
      emergency
        ? emergency.contacts
            .filter((contact) => contact.kind === kind)
            .map((contact) => this.link(emergency, contact, t, locale))
        : [];
    const buttons = links('call').map((link) => html`<li>${link}</li>`);
    const relay = links('relay').map(
      (link) => html`<p class="relay">${fill(t.crisisRelayLead, { number })} ${link}</p>`,
    );
    const lead = !emergency
      ? t.crisisOtherRegionLead
      : variant === 'compact'
        ? t.crisisCompactEmergency
        : fill(t.crisisEmergencyLead, { number });
    const level = headingLevel(this.headingLevel);
    return html`<div part="emergency" class="emergency">
      <p class="lead">${lead}</p>
      ${buttons.length ? html`<ul class="contacts" role="list">${buttons}</ul>` : nothing} ${relay}
      ${
        variant === 'full'
          ? html`${heading(level + 1, t.crisisOverdoseHeading, { depth: 1 })}
              <ol class="steps">
                ${regionWords(numbers, t, locale).overdoseSteps.map((step) => html`<li>${step}</li>`)}
              </ol>`
          : nothing
      }
    </div>`;
  }

  /** The international directory: a website, so never the only help shown. */
  private directory(t: CoreStrings): TemplateResult {
    return html`<p class="directory">
      <a part="link" class="link web" href=${INTERNATIONAL_DIRECTORY} target="_blank" rel="noopener noreferrer"
        >${t.crisisDirectory}</a
      >
    </p>`;
  }

  private notes(t: CoreStrings): TemplateResult | typeof nothing {
    if (this.hideMedicalNote && this.hideIndependenceNote) return nothing;
    return html`<div part="notes" class="notes">
      ${this.hideMedicalNote ? nothing : html`<p>${t.crisisMedicalNote}</p>`}
      ${this.hideIndependenceNote ? nothing : html`<p>${t.crisisIndependenceNote}</p>`}
    </div>`;
  }

  private renderFull(
    region: Region | undefined,
    outside: CrisisLine | undefined,
    code: string,
    t: CoreStrings,
    locale: SupportedLocale,
  ): TemplateResult {
    const level = headingLevel(this.headingLevel);
    const emergency = region?.lines.find((line) => line.group === 'emergency');
    const group = (name: 'crisis' | 'support') => region?.lines.filter((line) => line.group === name) ?? [];
    return html`<section part="base" class="footer full surface" aria-labelledby="heading" lang=${locale}>
      ${heading(level, t.crisisHeading, { id: 'heading' })}
      ${
        region && emergency
          ? html`${this.emergencyBlock(emergency, t, locale, 'full')}
            ${heading(level + 1, t.crisisLinesHeading, { depth: 1 })}
            <ul class="lines" role="list">
              ${group('crisis').map((line) => this.line(line, t, locale))}
            </ul>
            ${
              group('support').length
                ? html`${heading(level + 1, t.crisisSupportHeading, { depth: 1 })}
                  <ul class="lines" role="list">
                    ${group('support').map((line) => this.line(line, t, locale))}
                  </ul>`
                : nothing
            }`
          : html`${this.emergencyBlock(outside, t, locale, 'full')} ${this.directory(t)}`
      }
      ${this.regionSwitcher(t, locale, code)} ${this.notes(t)}
    </section>`;
  }

  /** One service in the compact footer: its name, then its call and text links. */
  private compactLine(line: CrisisLine, t: CoreStrings, locale: SupportedLocale): TemplateResult {
    const quick = line.contacts.filter((contact) => contact.kind === 'call' || contact.kind === 'text');
    return html`<li part="line" class="compact-line">
      <span class="name">${line.name[locale]}:</span>
      ${quick.map((contact) => html`<span class="quick">${this.link(line, contact, t, locale)}</span> `)}
    </li>`;
  }

  private renderCompact(
    region: Region | undefined,
    outside: CrisisLine | undefined,
    t: CoreStrings,
    locale: SupportedLocale,
  ): TemplateResult {
    const base = (content: unknown) =>
      html`<section part="base" class="footer compact surface" aria-label=${t.crisisHeading} lang=${locale}>
        ${content} ${this.notes(t)}
      </section>`;
    const emergency = region?.lines.find((line) => line.group === 'emergency');
    if (!region || !emergency)
      return base(html`${this.emergencyBlock(outside, t, locale, 'compact')} ${this.directory(t)}`);
    const shown = region.compact
      .map((id) => region.lines.find((line) => line.id === id))
      .filter((line): line is CrisisLine => line !== undefined);
    // Each group keeps its own heading-like label: a referral line never sits among the crisis lines.
    const group = (name: 'crisis' | 'support', label: string) => {
      const lines = shown.filter((line) => line.group === name);
      return lines.length
        ? html`<div class="group ${name}">
            <p class="group-name">${label}</p>
            <ul class="compact-lines" role="list">
              ${lines.map((line) => this.compactLine(line, t, locale))}
            </ul>
          </div>`
        : nothing;
    };
    return base(
      html`${this.emergencyBlock(emergency, t, locale, 'compact')} ${group('crisis', t.crisisCompactLead)}
      ${group('support', t.crisisSupportHeading)}`,
    );
  }

  protected override render(): TemplateResult {
    const locale = this.language;
    const t = this.strings();
    const code = this.activeRegionCode;
    const region = regionByCode(code);
    // Outside the six regions: the reader's own country's emergency number where the reference has
    // it (EU 112, Mexico 911). "Another country" chosen by a reader from a supported region has none.
    const country = readerCountry(this.region);
    const numbers = region || regionByCode(country) ? undefined : emergencyNumbers(country);
    const outside = numbers ? emergencyLine(numbers) : undefined;
    return this.variant === 'compact'
      ? this.renderCompact(region, outside, t, locale)
      : this.renderFull(region, outside, code, t, locale);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crisis-footer': CrisisFooterElement;
  }
}
