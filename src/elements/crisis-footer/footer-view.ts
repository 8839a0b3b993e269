/**
 * What every view of the crisis footer is drawn from, without Lit: the settings resolved for one
 * render, and the rules that turn a line into what a reader sees and hears (numbers spoken digit by
 * digit, the service's name after its number, the emergency line of a place outside the six regions).
 * The essential view in the main script (essential-view.ts, DOM) and the lazy chunk's layouts
 * (view.ts and full-footer.ts, Lit) and the server's footer all read them here, so they cannot drift.
 */
import type { SupportedLocale } from '../../i18n/locale.js';
import { fill, type CoreStrings } from '../../i18n/strings.js';
import { UNKNOWN_COUNTRY } from '../../region/emergency.js';
import { headingLevel } from '../shared/heading-level.js';
import { countryEmergency, essentialOf, type Contact, type EssentialLine } from '../../region/essential-lines.js';

/** Switcher value for a place outside the supported regions: the one code for "somewhere else". */
export const OTHER = UNKNOWN_COUNTRY;

/** What a footer renders from: its settings, resolved once per render by the element. */
export interface FooterView {
  locale: SupportedLocale;
  t: CoreStrings;
  variant: 'full' | 'compact';
  /** The footer's heading level, 2 to 6. */
  level: number;
  /** The region code in effect (one of the six, or `ZZ`: somewhere else). */
  code: string;
  /** The reader's country (src/region/region.ts), for the emergency number of a place outside the six. */
  country: string;
  hideMedicalNote: boolean;
  hideIndependenceNote: boolean;
  /** Whether the rest of the footer is on its way: the essential view then holds the footer's space. */
  reserve: boolean;
  onRegionChange: (event: Event) => void;
  /** What the live region says after the reader switched region here ("" before any switch). */
  announcement: string;
  /** The compact footer's landmark name, when the page gives one (its `label`). */
  label?: string | undefined;
}

/** The footer's own settings, as its attributes (or properties) give them. */
export interface FooterSettings {
  variant: string | undefined;
  headingLevel: unknown;
  hideMedicalNote: boolean;
  hideIndependenceNote: boolean;
  label?: string | undefined;
}

/**
 * The view one render draws: the same for the element in the browser and the server's footer, so the
 * server's markup is what the browser's first full render would make (hydration needs exactly that).
 */
export function footerView(
  settings: FooterSettings,
  context: { language: SupportedLocale; country: string; t: CoreStrings },
  state: Pick<FooterView, 'reserve' | 'onRegionChange' | 'announcement'>,
): FooterView {
  const { country } = context;
  return {
    locale: context.language,
    t: context.t,
    variant: settings.variant === 'compact' ? 'compact' : 'full',
    level: headingLevel(settings.headingLevel),
    // A place outside the six regions shows as "another country".
    code: essentialOf(country) ? country : OTHER,
    country,
    hideMedicalNote: settings.hideMedicalNote,
    hideIndependenceNote: settings.hideIndependenceNote,
    label: settings.label?.trim() || undefined,
    ...state,
  };
}

/** "1-800-662-4357 (1-800-662-HELP)" → "1 8 0 0, 6 6 2, 4 3 5 7": screen readers would say "one million…". */
export function spokenDigits(display: string): string {
  const number = display.split(' (')[0] ?? display;
  return number
    .split(/[\s-]+/)
    .map((group) => group.replace(/\D/g, '').split('').join(' '))
    .filter(Boolean)
    .join(', ');
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
export function callNumbers(line: EssentialLine): string[] {
  return line.contacts.flatMap((contact) => (contact.kind === 'call' ? [contact.display] : []));
}

/** The contacts the essential view and the compact footer show: a call, a text, the relay route. */
export type QuickContact = Extract<Contact, { kind: 'call' | 'relay' | 'text' }>;

/** A compact line's links: its calls and texts (the relay route belongs to the emergency box). */
export function quickContacts(line: EssentialLine): QuickContact[] {
  return line.contacts.filter((contact): contact is QuickContact => contact.kind === 'call' || contact.kind === 'text');
}

/**
 * The emergency line of a place outside the six regions: the reader's own country's number where the
 * reference has it (EU 112, Mexico 911). "Another country" chosen by a reader from a supported region has none.
 */
export function outsideLine(view: FooterView): EssentialLine | undefined {
  if (essentialOf(view.code) || essentialOf(view.country)) return undefined;
  return countryEmergency(view.country);
}

/** The lead of the emergency box: the number to call, the compact footer's short line, or the neutral one. */
export function emergencyLead(view: FooterView, emergency: EssentialLine | undefined, number: string): string {
  const { t, variant } = view;
  if (!emergency) return t.crisisOtherRegionLead;
  return variant === 'compact' ? t.crisisCompactEmergency : fill(t.crisisEmergencyLead, { number });
}
