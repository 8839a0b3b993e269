/**
 * What the crisis footer shows before (or without) the rest of its code: for each supported region,
 * its emergency line and its main crisis line, with their call and text contacts. This small module is
 * in the main script; lines.ts builds every region's full lines on these very objects, so no number
 * is written twice. The types of every line live here too (types cost the download nothing).
 *
 * Every number here is copied from a row marked "ship" in the project's verified reference
 * (docs/crisis-lines.md); the comment above each line names that row's source and status, as in
 * lines.ts. Never add a number that is not there, and never change one from memory.
 */

import { EMERGENCY_NUMBERS } from './emergency.js';

export type LocaleText = { en: string; es: string };

export type Contact =
  /**
   * A phone call. `display` is shown as written by the service; `tel` is digits for the href. `note` is
   * shown after the link in the locales it has ("then press 1"; in Spanish only, "press 2 for Spanish").
   */
  | { kind: 'call'; display: string; tel: string; note?: Partial<LocaleText> }
  /**
   * A text-relay route to the emergency number (GB's 18000) for textphone and Relay UK users: shown as
   * that route under the emergency call, never as a second, equal emergency button.
   */
  | { kind: 'relay'; display: string; tel: string }
  /** A TTY line for Deaf and hard-of-hearing callers. */
  | { kind: 'tty'; display: string; tel: string }
  /**
   * A text message. `keyword` is what to send, in the locales that have one (Spanish-only routes such as
   * AYUDA); it appears only in the visible text, never in the href.
   */
  | { kind: 'text'; display: string; sms: string; keyword?: Partial<LocaleText> }
  /** An online chat or a website. */
  | { kind: 'chat' | 'web'; url: string; display: string }
  | { kind: 'email'; address: string };

/** Where a line is listed: emergency first; "crisis" lines; then support, information and referral. */
export type LineGroup = 'emergency' | 'crisis' | 'support';

/** A line as the essential view shows it: its name and the contacts it offers. */
export interface EssentialLine {
  id: string;
  group: LineGroup;
  name: LocaleText;
  /**
   * Who the line is for, where it serves only some callers ("for Indigenous peoples across Canada"):
   * shown with its name in every view, the compact one too, so no caller dials a line not meant for them.
   */
  serves?: LocaleText;
  contacts: Contact[];
}

/** A region's essential help: its emergency line and its main crisis line (the first of its compact list). */
export interface RegionEssential {
  /** The region's name in the switcher, which every view of the footer shows. */
  name: LocaleText;
  emergency: EssentialLine;
  main: EssentialLine;
  /**
   * How many rows the compact footer shows after the main line (its other lines, and the label of a
   * support group): the essential view holds that space while they load, so nothing below it moves.
   */
  laterRows: number;
}

/** The regions with lines of their own, in the order the region switcher lists them. */
export type SupportedRegion = 'US' | 'CA' | 'GB' | 'IE' | 'AU' | 'NZ';

/**
 * The emergency line for a set of numbers: one call per number, then any relay route. Its name has no
 * number in it, so a link's accessible name ("Call 9 1 1, emergency services") says the number once.
 */
export const emergencyContacts = (numbers: readonly string[], extra: Contact[] = []): EssentialLine => ({
  id: 'emergency',
  group: 'emergency',
  name: { en: 'emergency services', es: 'servicios de emergencia' },
  contacts: [
    ...numbers.map((number): Contact => ({ kind: 'call', display: number, tel: number.replace(/\D/g, '') })),
    ...extra,
  ],
});

const emergencyOf = (code: SupportedRegion, extra?: Contact[]): EssentialLine =>
  emergencyContacts(EMERGENCY_NUMBERS[code] ?? [], extra);

export const ESSENTIAL: Readonly<Record<SupportedRegion, RegionEssential>> = {
  US: {
    name: { en: 'United States', es: 'Estados Unidos' },
    // Source: CDC, responding to an overdose <https://www.cdc.gov/stop-overdose/response/index.html>. Status V.
    emergency: emergencyOf('US'),
    main: {
      // Source: 988 Lifeline, what to expect <https://988lifeline.org/get-help/what-to-expect/>. Status V.
      id: '988',
      group: 'crisis',
      name: { en: '988 Suicide & Crisis Lifeline', es: '988 Línea de Prevención del Suicidio y Crisis' },
      contacts: [
        { kind: 'call', display: '988', tel: '988', note: { es: 'y luego marque 2 para hablar en español' } },
        { kind: 'text', display: '988', sms: '988', keyword: { es: 'AYUDA' } },
      ],
    },
    laterRows: 3,
  },
  CA: {
    name: { en: 'Canada', es: 'Canadá' },
    // Source: Mental Health Commission of Canada <https://mentalhealthcommission.ca/>. Status S.
    emergency: emergencyOf('CA'),
    main: {
      // Source: Government of Canada news release, 2023-11-30. Status V.
      id: '988-canada',
      group: 'crisis',
      name: { en: '9-8-8 Suicide Crisis Helpline', es: '9-8-8 Línea de Ayuda en Crisis de Suicidio' },
      contacts: [
        { kind: 'call', display: '988', tel: '988' },
        { kind: 'text', display: '988', sms: '988' },
      ],
    },
    laterRows: 1,
  },
  GB: {
    name: { en: 'United Kingdom', es: 'Reino Unido' },
    // Source: NHS trust pages (Lincolnshire Partnership NHS Foundation Trust) <https://www.lpft.nhs.uk/>. Status V.
    emergency: emergencyOf('GB', [{ kind: 'relay', display: '18000', tel: '18000' }]),
    main: {
      // Source: Samaritans, contact a Samaritan <https://www.samaritans.org/how-we-can-help/contact-samaritan/>. Status V.
      id: 'samaritans-uk',
      group: 'crisis',
      name: { en: 'Samaritans', es: 'Samaritans' },
      contacts: [{ kind: 'call', display: '116 123', tel: '116123' }],
    },
    laterRows: 1,
  },
  IE: {
    name: { en: 'Ireland', es: 'Irlanda' },
    // Source: EU text on 112; 999 widely published. Status S.
    emergency: emergencyOf('IE'),
    main: {
      // Source: Oireachtas written answer, 2013-12-10. Status V.
      id: 'samaritans-ie',
      group: 'crisis',
      name: { en: 'Samaritans', es: 'Samaritans' },
      contacts: [{ kind: 'call', display: '116 123', tel: '116123' }],
    },
    laterRows: 1,
  },
  AU: {
    name: { en: 'Australia', es: 'Australia' },
    // Source: eMHPrac <https://www.emhprac.org.au/>. Status S.
    emergency: emergencyOf('AU'),
    main: {
      // Source: Life in Mind (government-funded) <https://lifeinmind.org.au/>. Status S.
      id: 'lifeline-au',
      group: 'crisis',
      name: { en: 'Lifeline', es: 'Lifeline' },
      contacts: [
        { kind: 'call', display: '13 11 14', tel: '131114' },
        { kind: 'text', display: '0477 13 11 14', sms: '0477131114' },
      ],
    },
    laterRows: 2,
  },
  NZ: {
    name: { en: 'New Zealand', es: 'Nueva Zelanda' },
    // Source: widely published. Status S.
    emergency: emergencyOf('NZ'),
    main: {
      // Source: New Zealand Ministry of Health <https://www.health.govt.nz/>. Status V.
      id: 'need-to-talk',
      group: 'crisis',
      name: { en: '1737 Need to talk?', es: '1737 ¿Necesita hablar?' },
      contacts: [
        { kind: 'call', display: '1737', tel: '1737' },
        { kind: 'text', display: '1737', sms: '1737' },
      ],
    },
    laterRows: 2,
  },
};

/** A supported region's essential help, by its code as `knownCountry` returns it; undefined elsewhere. */
export function essentialOf(code: string): RegionEssential | undefined {
  return Object.hasOwn(ESSENTIAL, code) ? ESSENTIAL[code as SupportedRegion] : undefined;
}

/** The international directory shown for places outside the supported regions (a link only). */
export const INTERNATIONAL_DIRECTORY = 'https://findahelpline.com/';
