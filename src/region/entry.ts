/**
 * The one step that puts an entry into the reader's words, used by every element that shows entry
 * text (term, card, questions) before anything is rendered or sanitized: `{emergency}` and
 * `{overdose-steps}` become the numbers and steps of the reader's place, in region notes too.
 */
import type { GlossaryTerm } from '../data/types.js';
import type { SupportedLocale } from '../i18n/locale.js';
import { uiStrings, type UiStringOverrides } from '../i18n/strings.js';
import { emergencyNumbers, NEUTRAL_NUMBERS } from './emergency.js';
import { readerCountry } from './region.js';
import { localizeHtml, localizeText, regionWords, type RegionWords } from './words.js';

/** Words already made, by country and language, for the partner's strings they were made from. */
let wordsMade: { strings: unknown; byPlace: Map<string, RegionWords> } | undefined;

/**
 * The words of the reader's place, where the element's context names `region`, in `locale` with the
 * partner's `overrides`. Made once per country and language (every term on a page asks), again when
 * the partner's strings change.
 */
export function readerWords(
  region: string | null | undefined,
  locale: SupportedLocale,
  overrides: UiStringOverrides | undefined,
): RegionWords {
  if (!wordsMade || wordsMade.strings !== overrides) wordsMade = { strings: overrides, byPlace: new Map() };
  const country = readerCountry(region);
  const key = `${country} ${locale}`;
  let words = wordsMade.byPlace.get(key);
  if (!words) {
    words = regionWords(emergencyNumbers(country), uiStrings(locale, overrides), locale);
    wordsMade.byPlace.set(key, words);
  }
  return words;
}

/**
 * One localized copy per entry and set of words, so elements see a stable object between renders.
 * Keyed by the words object itself: readerWords() hands out one per place and language.
 */
const copies = new WeakMap<GlossaryTerm, WeakMap<RegionWords, GlossaryTerm>>();

/** `entry` with every text field in the reader's words (a pure function of its inputs, memoized). */
export function localizeEntry(entry: GlossaryTerm, words: RegionWords): GlossaryTerm {
  let byWords = copies.get(entry);
  if (!byWords) copies.set(entry, (byWords = new WeakMap()));
  let copy = byWords.get(words);
  if (!copy) {
    const text = (value: string) => localizeText(value, words);
    copy = {
      ...entry,
      short: text(entry.short),
      body: localizeHtml(entry.body, words),
      sections: entry.sections.map((s) => ({ ...s, title: text(s.title), html: localizeHtml(s.html, words) })),
      faq: entry.faq.map((q) => ({ ...q, q: text(q.q), a: localizeHtml(q.a, words) })),
      ...(entry.languageNote === undefined ? {} : { languageNote: text(entry.languageNote) }),
      ...(entry.regionNotes === undefined
        ? {}
        : {
            regionNotes: Object.fromEntries(
              Object.entries(entry.regionNotes).map(([code, note]) => [code, text(note)]),
            ),
          }),
    };
    byWords.set(words, copy);
  }
  return copy;
}

/**
 * Entries whose short definition is about an emergency: their definition offers the call itself. The
 * term index carries only the short text, so the overdose entry is named by its id (shared by the
 * built-in glossary and partners' own), and any entry whose short text names `{emergency}` joins it.
 */
const EMERGENCY_ENTRIES = ['overdose'];

/** Whether a short definition of `entry` (as stored, before the reader's words) should offer a call. */
export function offersEmergencyCall(entry: GlossaryTerm): boolean {
  return EMERGENCY_ENTRIES.includes(entry.id) || entry.short.includes('{emergency}');
}

/** An emergency number a definition offers as a call, with where it is dialled when the reader's place is not known. */
export interface CallableNumber {
  number: string;
  where?: string;
}

/**
 * The numbers a reader can call from a definition, each with where it is dialled when their place is
 * not known (the neutral help's list): `[{ number: '999' }]` in London, all five elsewhere.
 */
export function callableNumbers(region: string | null | undefined, locale: SupportedLocale): CallableNumber[] {
  const numbers = emergencyNumbers(readerCountry(region));
  if (numbers?.length) return numbers.map((number) => ({ number }));
  return NEUTRAL_NUMBERS.map(({ number, where }) => ({ number, where: where[locale] }));
}
