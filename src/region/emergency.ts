/**
 * Emergency numbers by country: the one table the crisis footer and the region-aware words in entries
 * share. Every number is copied from a row marked "ship" in the verified reference
 * (docs/crisis-lines.md, a copy of shared/reference/crisis-lines.md); the comment beside each names
 * the row's source and status. Never add a number that is not there.
 */
import type { SupportedLocale } from '../i18n/locale.js';

/** The 27 EU member states, as the reference's table lists them. */
const EU = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');

export const EMERGENCY_NUMBERS: Readonly<Record<string, readonly string[]>> = {
  // Source: European Commission statements on 112 (every member state since Dec 2008). Status S+.
  ...Object.fromEntries(EU.map((code) => [code, ['112']])),
  // Source: national emergency number since January 2017 (news reports). Status S.
  MX: ['911'],
  // Source: CDC, responding to an overdose <https://www.cdc.gov/stop-overdose/response/index.html>. Status V.
  US: ['911'],
  // Source: Mental Health Commission of Canada <https://mentalhealthcommission.ca/>. Status S.
  CA: ['911'],
  // Source: NHS trust pages (lpft.nhs.uk). Status V.
  GB: ['999'],
  // Source: EU text on 112; 999 widely published. Status S. (Overrides the EU row: both numbers.)
  IE: ['112', '999'],
  // Source: eMHPrac <https://www.emhprac.org.au/>. Status S.
  AU: ['000'],
  // Source: widely published. Status S.
  NZ: ['111'],
};

/**
 * US territories that get the US help (911 and 988). 988 is run for every state and territory (SAMHSA's
 * 988 State and Territory Cooperative Agreements, SM-22-015, samhsa.gov).
 * - Puerto Rico and the US Virgin Islands: FEMA tells residents of both to dial 9-1-1 in an emergency.
 * - Guam: 911 is the island's emergency number, answered by the Guam Fire Department's 911 Center
 *   (Guam Homeland Security, Joint Information Center release no. 284, "no loss or disruption of 911
 *   services to the community" <https://ghs.guam.gov/jic-release-no-284-temporary-relocation-911-dispatch-center-enforcement-executive-order-2020-28-0>);
 *   its 988 Lifeline centre has answered since July 2022 (safety-caveats reference).
 * Left out, with the neutral help rather than a guess: the Northern Mariana Islands (no official source
 * found; its emergency line was reported in 2017 as not being a true 911 system, and 2025 reports are
 * news only) and American Samoa (no source for its emergency number).
 */
export const SHARES_US_HELP: readonly string[] = ['PR', 'VI', 'GU'];

/**
 * Somewhere the widgets have no specific help for, or no known place at all: the neutral help (CLDR's
 * code for an unknown region). The one value for "somewhere else", in the region switcher too. Kept
 * here, with the numbers, so the footer's views name it without the page settings.
 */
export const UNKNOWN_COUNTRY = 'ZZ';

/** Every country the widgets can say something specific to; other places get the neutral help. */
export const KNOWN_COUNTRIES: readonly string[] = [...Object.keys(EMERGENCY_NUMBERS), ...SHARES_US_HELP];

/** The reference's emergency numbers for a country (ISO 3166-1 alpha-2), or undefined when it has none. */
export function emergencyNumbers(country: string): readonly string[] | undefined {
  return EMERGENCY_NUMBERS[SHARES_US_HELP.includes(country) ? 'US' : country];
}

/**
 * What the neutral help names where the reader's place is not known: each supported region's emergency
 * number, with where it is dialled, in the order of the region switcher (the numbers are the table's
 * own). Ireland's 999 is left out of the words: its 112 is the one shared with the EU.
 */
export const NEUTRAL_NUMBERS: readonly { number: string; where: Readonly<Record<SupportedLocale, string>> }[] = [
  { number: EMERGENCY_NUMBERS['US']?.[0] ?? '', where: { en: 'the US and Canada', es: 'EE. UU. y Canadá' } },
  { number: EMERGENCY_NUMBERS['GB']?.[0] ?? '', where: { en: 'the UK', es: 'el Reino Unido' } },
  { number: EMERGENCY_NUMBERS['IE']?.[0] ?? '', where: { en: 'Ireland and the EU', es: 'Irlanda y la UE' } },
  { number: EMERGENCY_NUMBERS['AU']?.[0] ?? '', where: { en: 'Australia', es: 'Australia' } },
  { number: EMERGENCY_NUMBERS['NZ']?.[0] ?? '', where: { en: 'New Zealand', es: 'Nueva Zelanda' } },
];

const IN: Record<SupportedLocale, string> = { en: 'in', es: 'en' };

/** "911 in the US and Canada, 999 in the UK, …": the neutral help's numbers as one phrase. */
export function neutralNumbersInWords(locale: SupportedLocale): string {
  return NEUTRAL_NUMBERS.map(({ number, where }) => `${number} ${IN[locale]} ${where[locale]}`).join(', ');
}

const OR: Record<SupportedLocale, string> = { en: 'or', es: 'o' };

/** Several emergency numbers as one phrase: "112 or 999", "112 o 999"; one number as itself. */
export function numbersInWords(numbers: readonly string[], locale: SupportedLocale): string {
  if (numbers.length < 2) return numbers[0] ?? '';
  return `${numbers.slice(0, -1).join(', ')} ${OR[locale]} ${numbers.at(-1) ?? ''}`;
}
