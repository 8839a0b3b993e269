import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getConfig } from '../../config.js';
import type { SupportedLocale } from '../../i18n/locale.js';
import { fill, type CoreStrings } from '../../i18n/strings.js';
import { focusRing, surface, tokens } from '../../styles/shared.js';
import { heading, headingLevel } from '../shared/heading.js';
import { GlossaryElement } from '../shared/glossary-element.js';
import { styles } from './crisis-footer.styles.js';
import {
  INTERNATIONAL_DIRECTORY,
  REGIONS,
  regionByCode,
  regionFromTimeZone,
  type Contact,
  type CrisisLine,
  type Region,
} from './regions.js';

/** The region used when nothing names one and the time zone says nothing either. */
const FALLBACK_REGION = 'US';
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

function guessRegion(): string {
  let zone: string | undefined;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    zone = undefined;
  }
  return regionFromTimeZone(zone) ?? FALLBACK_REGION;
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

  /** ISO 3166 region (US, CA, GB, IE, AU, NZ; any other code shows the neutral help). Default: the page's `data-region`, then a guess from the time zone, then US. */
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
    if (changed.has('region') && changed.get('region') !== undefined) this.chosen = undefined;
  }

  /** The region code in effect: the reader's choice, the attribute, the page setting, the time zone, US. */
  get activeRegionCode(): string {
    const code = this.chosen ?? this.region ?? getConfig().region ?? guessRegion();
    return regionByCode(code)?.code ?? OTHER;
  }

  private onRegionChange(event: Event): void {
    this.chosen = (event.target as HTMLSelectElement).value;
  }

  private link(line: CrisisLine, contact: Contact, t: CoreStrings, locale: SupportedLocale): TemplateResult {
    const name = line.name[locale];
    // The number is shown as the service writes it and spoken digit by digit ("9 8 8", not "nine
    // hundred eighty-eight"); the service's name completes the link's accessible name.
    const service = html`<span class="visually-hidden">, ${name}</span>`;
    switch (contact.kind) {
      case 'call':
        return html`<a part="link" class="link call" href="tel:${contact.tel}"
            >${withNumber(t.crisisCall, contact.display)}${service}</a
          >${contact.note ? html` <span class="note">${contact.note[locale]}</span>` : nothing}`;
      case 'tty':
        return html`<a part="link" class="link call" href="tel:${contact.tel}"
          >${withNumber(t.crisisTty, contact.display)}${service}</a
        >`;
      case 'text': {
        const keyword = contact.keyword?.[locale];
        const template = keyword ? fill(t.crisisTextKeyword, { keyword }) : t.crisisText;
        return html`<a part="link" class="link text" href="sms:${contact.sms}"
          >${withNumber(template, contact.display)}${service}</a
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
      ${line.spanish ? html`<p class="spanish" lang="es">${line.spanish}</p>` : nothing}
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

  private otherRegion(t: CoreStrings): TemplateResult {
    return html`<div part="emergency" class="emergency">
      <p class="lead">${t.crisisOtherRegionLead}</p>
      <p>
        <a part="link" class="link web" href=${INTERNATIONAL_DIRECTORY} target="_blank" rel="noopener noreferrer"
          >${t.crisisDirectory}</a
        >
      </p>
    </div>`;
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
          ? html`<div part="emergency" class="emergency">
              <p class="lead">${fill(t.crisisEmergencyLead, { number: region.emergency })}</p>
              <ul class="contacts" role="list">
                ${emergency.contacts.map((contact) => html`<li>${this.link(emergency, contact, t, locale)}</li>`)}
              </ul>
              ${heading(level + 1, t.crisisOverdoseHeading, { depth: 1 })}
              <ol class="steps">
                ${fill(t.crisisOverdoseSteps, { number: region.emergency })
                  .split('\n')
                  .map((step) => html`<li>${step}</li>`)}
              </ol>
            </div>
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
          : this.otherRegion(t)
      }
      ${this.regionSwitcher(t, locale, code)} ${this.notes(t)}
    </section>`;
  }

  private renderCompact(region: Region | undefined, t: CoreStrings, locale: SupportedLocale): TemplateResult {
    if (!region) {
      return html`<section part="base" class="footer compact surface" aria-label=${t.crisisHeading} lang=${locale}>
        <p>
          ${t.crisisOtherRegionLead}
          <a part="link" class="link web" href=${INTERNATIONAL_DIRECTORY} target="_blank" rel="noopener noreferrer"
            >${t.crisisDirectory}</a
          >
        </p>
      </section>`;
    }
    const [first, second] = region.compact
      .map((id) => region.lines.find((line) => line.id === id))
      .filter((line): line is CrisisLine => line !== undefined);
    const emergency = region.lines.find((line) => line.group === 'emergency');
    const quick = (line: CrisisLine) =>
      line.contacts
        .filter((contact) => contact.kind === 'call' || contact.kind === 'text')
        .map((contact) => html`${this.link(line, contact, t, locale)} `);
    return html`<section part="base" class="footer compact surface" aria-label=${t.crisisHeading} lang=${locale}>
      ${
        first
          ? html`<p>
            <strong>${t.crisisCompactLead}</strong> ${first.name[locale]}: ${quick(first)}
            ${
              emergency
                ? html`<span class="then">${fill(t.crisisEmergencyLead, { number: region.emergency })}</span>`
                : nothing
            }
          </p>`
          : nothing
      }
      ${second ? html`<p>${second.name[locale]}: ${quick(second)}</p>` : nothing} ${this.notes(t)}
    </section>`;
  }

  protected override render(): TemplateResult {
    const locale = this.language;
    const t = this.strings();
    const code = this.activeRegionCode;
    const region = regionByCode(code);
    return this.variant === 'compact'
      ? this.renderCompact(region, t, locale)
      : this.renderFull(region, code, t, locale);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crisis-footer': CrisisFooterElement;
  }
}
