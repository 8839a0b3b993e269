/**
 * The crisis footer's Lit templates, in its lazy chunk (full-footer.ts): the links, the emergency box, a
 * compact line, the notes, and the compact layout. They draw the very markup the essential view in the
 * main script builds without Lit (essential-view.ts), so that when the chunk arrives the compact footer
 * is redrawn in place and nothing moves; a test holds the two to the same links.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SupportedLocale } from '../../i18n/locale.js';
import { fill, type CoreStrings } from '../../i18n/strings.js';
import { NEUTRAL_NUMBERS, numbersInWords } from '../../region/emergency.js';
import { regionWords } from '../../region/words.js';
import { heading } from '../shared/heading.js';
import { ESSENTIAL, INTERNATIONAL_DIRECTORY, type EssentialLine } from '../../region/essential-lines.js';
import {
  callNumbers,
  emergencyLead,
  nameAfterNumber,
  OTHER,
  outsideLine,
  quickContacts,
  spokenDigits,
  type FooterView,
  type QuickContact,
} from './footer-view.js';

/** A link text with its `{number}` shown as written but spoken digit by digit. */
export function withNumber(template: string, display: string): TemplateResult {
  const [before = '', after = ''] = template.split('{number}');
  return html`${before}<span aria-hidden="true">${display}</span><span class="visually-hidden">${spokenDigits(display)}</span>${after}`;
}

/** A call, relay or text link, as every view of the footer renders it. */
export function quickLink(line: EssentialLine, contact: QuickContact, t: CoreStrings, locale: SupportedLocale) {
  const name = line.name[locale];
  // The number is shown as the service writes it and spoken digit by digit ("9 8 8", not "nine
  // hundred eighty-eight"); the service's name, without that number again, completes the link's
  // accessible name.
  const after = html`<span class="visually-hidden">, ${nameAfterNumber(name, contact.display)}</span>`;
  switch (contact.kind) {
    case 'call': {
      // The step the caller must take ("then press 1") is part of the link, heard and seen with it:
      // a screen-reader user moving from link to link would otherwise dial without it.
      const note = contact.note?.[locale];
      return html`<a part="link" class="link call" href="tel:${contact.tel}"
        >${withNumber(t.crisisCall, contact.display)}${note ? html`<span class="note">, ${note}</span>` : nothing}${after}</a
      >`;
    }
    case 'relay':
      return html`<a part="link" class="link relay" href="tel:${contact.tel}"
        >${withNumber(t.crisisRelayLink, contact.display)}<span class="visually-hidden"
          >, ${fill(t.crisisRelayName, { number: numbersInWords(callNumbers(line), locale) })}</span
        ></a
      >`;
    case 'text': {
      const keyword = contact.keyword?.[locale];
      const template = keyword ? fill(t.crisisTextKeyword, { keyword }) : t.crisisText;
      return html`<a part="link" class="link text" href="sms:${contact.sms}"
        >${withNumber(template, contact.display)}${after}</a
      >`;
    }
  }
}

/**
 * Where the reader's place is not known: every supported region's emergency number, callable, with
 * where it is dialled ("Call 911 in the US and Canada"), so a reader anywhere has one to tap.
 */
function neutralLinks(view: FooterView): TemplateResult[] {
  const { t, locale } = view;
  return NEUTRAL_NUMBERS.map(
    ({ number, where }) =>
      html`<a part="link" class="link call" href="tel:${number}"
        >${withNumber(t.crisisCall, number)}<span class="where"> ${fill(t.crisisCallWhere, { where: where[locale] })}</span></a
      >`,
  );
}

/**
 * The emergency number first, as the first link(s), with any relay route under it, then the region
 * switcher; in `full`, the overdose steps follow, naming the same number. With no emergency line (a place whose number the
 * reference does not give), the neutral "call your local emergency number" and the same steps.
 */
export function emergencyBlock(view: FooterView, emergency: EssentialLine | undefined): TemplateResult {
  const { t, locale, variant } = view;
  const numbers = emergency ? callNumbers(emergency) : [];
  const number = numbersInWords(numbers, locale);
  const links = (kind: 'call' | 'relay') =>
    emergency
      ? emergency.contacts.flatMap((contact) =>
          contact.kind === kind ? [quickLink(emergency, contact, t, locale)] : [],
        )
      : [];
  const buttons = (emergency ? links('call') : neutralLinks(view)).map((link) => html`<li>${link}</li>`);
  const relay = links('relay').map((link) => html`<p class="relay">${fill(t.crisisRelayLead, { number })} ${link}</p>`);
  const lead = emergencyLead(view, emergency, number);
  return html`<div part="emergency" class="emergency">
    <p class="lead">${lead}</p>
    ${buttons.length ? html`<ul class="contacts" role="list">${buttons}</ul>` : nothing} ${relay}
    ${regionSwitcher(view)}
    ${
      variant === 'full'
        ? html`${heading(view.level + 1, t.crisisOverdoseHeading, { depth: 1 })}
            <ol class="steps">
              ${regionWords(numbers, t, locale).overdoseSteps.map((step) => html`<li>${step}</li>`)}
            </ol>`
        : nothing
    }
  </div>`;
}

/** The international directory: a website, so never the only help shown. */
export function directory(t: CoreStrings): TemplateResult {
  return html`<p class="directory">
    <a part="link" class="link web" href=${INTERNATIONAL_DIRECTORY} target="_blank" rel="noopener noreferrer"
      >${t.crisisDirectory}</a
    >
  </p>`;
}

/**
 * The region switcher, in every view and variant, right under the emergency number: a reader whose
 * place was guessed wrong (or not at all) finds it at the top of the help, and after a switch the new
 * number is just above it. A choice reaches every widget
 * on the page. The live region after it says what changed.
 */
export function regionSwitcher(view: FooterView): TemplateResult {
  const { t, locale, code } = view;
  return html`<div part="region" class="region">
      <label for="region">${t.crisisRegionLabel}</label>
      <select class="control" id="region" @change=${view.onRegionChange}>
        ${Object.entries(ESSENTIAL).map(
          ([value, region]) => html`<option value=${value} ?selected=${value === code}>${region.name[locale]}</option>`,
        )}
        <option value=${OTHER} ?selected=${code === OTHER}>${t.crisisOtherRegion}</option>
      </select>
    </div>
    <p class="visually-hidden" role="status">${
      // Nothing rather than "" before a switch: a hydrated empty text part would write the first
      // announcement into Lit's end marker (a comment) instead of the page.
      view.announcement || nothing
    }</p>`;
}

export function notes(view: FooterView): TemplateResult | typeof nothing {
  const { t } = view;
  if (view.hideMedicalNote && view.hideIndependenceNote) return nothing;
  return html`<div part="notes" class="notes">
    ${view.hideMedicalNote ? nothing : html`<p>${t.crisisMedicalNote}</p>`}
    ${view.hideIndependenceNote ? nothing : html`<p>${t.crisisIndependenceNote}</p>`}
  </div>`;
}

/**
 * One service in the compact footer and the essential view: its name, who it serves and when it answers
 * ("Crisis Text Line, 24/7:"), read just before its call and text links; no hours where the data has none.
 * A no-break space keeps the hours with the name when a narrow screen wraps the row.
 */
export function compactLine(line: EssentialLine, t: CoreStrings, locale: SupportedLocale): TemplateResult {
  const quick = quickContacts(line);
  return html`<li part="line" class="compact-line">
    <span class="name">${line.name[locale]}${line.serves ? html` <span class="serves">(${line.serves[locale]})</span>` : nothing}${line.open ? html`,&nbsp;<span class="open">${line.open[locale]}</span>` : nothing}:</span>
    ${quick.map((contact) => html`<span class="quick">${quickLink(line, contact, t, locale)}</span> `)}
  </li>`;
}

/**
 * The compact footer: the emergency number, then `shown` (crisis lines, then support and referral, each
 * group under its own label, so a referral line never sits among the crisis lines). `emergency` is the
 * region's emergency line; none for a place outside the six. The essential view renders it from the
 * same lines, so nothing moves when the rest of the footer arrives.
 */
export function renderCompact(
  view: FooterView,
  emergency: EssentialLine | undefined,
  shown: readonly EssentialLine[],
): TemplateResult {
  const { t, locale } = view;
  const base = (content: unknown) =>
    html`<section
      part="base"
      class="footer compact surface"
      aria-label=${view.label ?? t.crisisHeading}
      lang=${locale}
    >
      ${content} ${notes(view)}
    </section>`;
  const group = (name: 'crisis' | 'support', label: string) => {
    const lines = shown.filter((line) => line.group === name);
    return lines.length
      ? html`<div class="group ${name}">
          <p class="group-name">${label}</p>
          <ul class="compact-lines" role="list">
            ${lines.map((line) => compactLine(line, t, locale))}
          </ul>
        </div>`
      : nothing;
  };
  // One template whatever the place, so a switch keeps the switcher (and its focus) and the live region.
  return base(
    html`${emergencyBlock(view, emergency ?? outsideLine(view))}
    ${
      emergency
        ? html`${group('crisis', t.crisisCompactLead)} ${group('support', t.crisisSupportHeading)}`
        : directory(t)
    }`,
  );
}
