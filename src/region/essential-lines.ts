/**
 * What the crisis footer shows before (or without) the rest of its code: for each supported region,
 * its emergency line and the lines of its compact footer (the main crisis line first), with their
 * contacts and hours. This small module is in the main script; lines.ts builds every region's full
 * lines on these very objects, so no number is written twice. The types of every line live here too
 * (types cost the download nothing).
 *
 * Every number here is copied from a row marked "ship" in the project's verified reference
 * (docs/crisis-lines.md); the comment above each line names that row's source and status, as in
 * lines.ts. Never add a number that is not there, and never change one from memory.
 */

import { EMERGENCY_NUMBERS, emergencyNumbers } from './emergency.js';

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
  /**
   * When the line answers, in a few words from the reference's hours column ("24/7"): shown beside its
   * name in the compact footer and the essential view. Absent where the reference gives no hours.
   */
  open?: LocaleText;
}

/** A region's essential help: its emergency line, its main crisis line and the rest of its compact list. */
export interface RegionEssential {
  /** The region's name in the switcher, which every view of the footer shows. */
  name: LocaleText;
  emergency: EssentialLine;
  main: EssentialLine;
  /**
   * The compact footer's other lines, in its order (crisis, then support). Here rather than in the lazy
   * chunk, the essential compact view is the compact footer itself: offline it lists every line, and
   * when the chunk arrives nothing moves, at any width, in any language, in the host's own font.
   */
  more: EssentialLine[];
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

/** The emergency line of any country the reference gives a number for (EU 112, Mexico 911), if it gives one. */
export function countryEmergency(country: string): EssentialLine | undefined {
  const numbers = emergencyNumbers(country);
  return numbers ? emergencyContacts(numbers) : undefined;
}

const emergencyOf = (code: SupportedRegion, extra?: Contact[]): EssentialLine =>
  emergencyContacts(EMERGENCY_NUMBERS[code] ?? [], extra);

/** Every line of the compact lists answers round the clock: the reference's hours column says 24/7 for each. */
const ALWAYS: LocaleText = { en: '24/7', es: '24 horas' };

// The compact lists' other lines. regions.ts builds its full lines on these, adding what only the full
// footer shows (purpose, long hours, chat and email).

export const CRISIS_TEXT_LINE: EssentialLine = {
  // Source: Crisis Text Line <https://www.crisistextline.org/>. Status V.
  id: 'crisis-text-line',
  group: 'crisis',
  name: { en: 'Crisis Text Line', es: 'Crisis Text Line' },
  contacts: [{ kind: 'text', display: '741741', sms: '741741', keyword: { en: 'HOME', es: 'AYUDA' } }],
  open: ALWAYS,
};

export const SAMHSA_HELPLINE: EssentialLine = {
  // Source: SAMHSA National Helpline <https://www.samhsa.gov/find-help/national-helpline>. Status V.
  id: 'samhsa-helpline',
  group: 'support',
  name: {
    en: 'SAMHSA National Helpline (treatment referral)',
    es: 'Línea Nacional de Ayuda de SAMHSA (referencias a tratamiento)',
  },
  contacts: [
    { kind: 'call', display: '1-800-662-4357 (1-800-662-HELP)', tel: '+18006624357' },
    { kind: 'tty', display: '1-800-487-4889', tel: '+18004874889' },
    {
      kind: 'text',
      display: '435748',
      sms: '435748',
      keyword: { en: 'your ZIP code', es: 'su código postal (servicio en inglés)' },
    },
  ],
  open: ALWAYS,
};

export const HOPE_FOR_WELLNESS: EssentialLine = {
  // Source: Government of Canada release (secondary copies). Status S.
  id: 'hope-for-wellness',
  group: 'crisis',
  name: { en: 'Hope for Wellness Help Line', es: 'Línea de ayuda Hope for Wellness' },
  serves: { en: 'for Indigenous peoples across Canada', es: 'para los pueblos indígenas de Canadá' },
  contacts: [{ kind: 'call', display: '1-855-242-3310', tel: '+18552423310' }],
  open: ALWAYS,
};

export const SHOUT: EssentialLine = {
  // Source: Shout FAQ <https://giveusashout.org/about-us/faq/>. Status V.
  id: 'shout',
  group: 'crisis',
  name: { en: 'Shout', es: 'Shout' },
  contacts: [{ kind: 'text', display: '85258', sms: '85258', keyword: { en: 'SHOUT', es: 'SHOUT' } }],
  open: ALWAYS,
};

export const TEXT_50808: EssentialLine = {
  // Source: Irish Examiner. Status S.
  id: 'text-50808',
  group: 'crisis',
  name: { en: '50808 text line', es: 'Línea de texto 50808' },
  // Any first message starts the conversation (HELLO in one report, TALK in another): no keyword is promised.
  contacts: [{ kind: 'text', display: '50808', sms: '50808' }],
  open: ALWAYS,
};

export const AOD_HOTLINE: EssentialLine = {
  // Source: Mindframe; eMHPrac <https://mindframe.org.au/>. Status S.
  id: 'aod-hotline',
  group: 'support',
  name: { en: 'National Alcohol and Other Drug Hotline', es: 'Línea Nacional de Alcohol y Otras Drogas' },
  contacts: [{ kind: 'call', display: '1800 250 015', tel: '1800250015' }],
  open: ALWAYS,
};

export const ALCOHOL_DRUG_HELPLINE: EssentialLine = {
  // Source: NZ Drug Foundation (highalert.org.nz) <https://highalert.org.nz/>. Status S.
  id: 'alcohol-drug-helpline',
  group: 'support',
  name: { en: 'Alcohol Drug Helpline', es: 'Línea de ayuda sobre alcohol y drogas' },
  contacts: [
    { kind: 'call', display: '0800 787 797', tel: '0800787797' },
    { kind: 'text', display: '8681', sms: '8681' },
  ],
  open: ALWAYS,
};

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
      open: ALWAYS,
    },
    more: [CRISIS_TEXT_LINE, SAMHSA_HELPLINE],
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
      open: ALWAYS,
    },
    more: [HOPE_FOR_WELLNESS],
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
      open: ALWAYS,
    },
    more: [SHOUT],
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
      open: ALWAYS,
    },
    more: [TEXT_50808],
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
      open: ALWAYS,
    },
    more: [AOD_HOTLINE],
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
      open: ALWAYS,
    },
    more: [ALCOHOL_DRUG_HELPLINE],
  },
};

/** A supported region's essential help, by its code as `knownCountry` returns it; undefined elsewhere. */
export function essentialOf(code: string): RegionEssential | undefined {
  return Object.hasOwn(ESSENTIAL, code) ? ESSENTIAL[code as SupportedRegion] : undefined;
}

/** The international directory shown for places outside the supported regions (a link only). */
export const INTERNATIONAL_DIRECTORY = 'https://findahelpline.com/';
