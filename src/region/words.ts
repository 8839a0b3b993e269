/**
 * Region-aware words: entry text and the crisis footer name "the reader's emergency number" through
 * `{emergency}`, and a line holding only `{overdose-steps}` becomes the overdose steps, worded once
 * (UI strings `crisisOverdoseSteps`, en and es) and shared with the footer. Pure functions: the
 * element decides the place (region.ts), these only turn text into the reader's words.
 */
import type { SupportedLocale } from '../i18n/locale.js';
import { neutralNumbersInWords, numbersInWords } from './emergency.js';

/** The words a place gives the tokens. */
export interface RegionWords {
  /**
   * "911", "112 or 999", or where none is known "your local emergency number (911 in the US and Canada,
   * 999 in the UK, …)", so a reader anywhere finds their number in the sentence itself.
   */
  emergency: string;
  /** The overdose steps, in order, with the emergency number filled in. */
  overdoseSteps: string[];
}

/** The strings the words are made from (a partner may override them through `configure({ strings })`). */
export interface WordStrings {
  /**
   * Said where no emergency number is known: "your local emergency number ({numbers})", `{numbers}`
   * being every supported region's number and where it is dialled.
   */
  emergencyLocal: string;
  /** One step a line; `{emergency}` is the emergency number. */
  crisisOverdoseSteps: string;
}

/**
 * Fills `{emergency}`. In Spanish, "al {emergency}" / "del {emergency}" with the words "el número de
 * emergencias local" drop the doubled article: "llame al número de emergencias local".
 */
export function fillEmergency(text: string, emergency: string): string {
  return text.replace(/(\b(?:al|del) )?\{emergency\}/g, (_whole, contracted: string | undefined) =>
    contracted && emergency.startsWith('el ')
      ? `${contracted}${emergency.slice(3)}`
      : `${contracted ?? ''}${emergency}`,
  );
}

/** The words for a place whose emergency numbers are `numbers` (none known: undefined or empty). */
export function regionWords(
  numbers: readonly string[] | undefined,
  strings: WordStrings,
  locale: SupportedLocale,
): RegionWords {
  const emergency = numbers?.length
    ? numbersInWords(numbers, locale)
    : strings.emergencyLocal.replace('{numbers}', neutralNumbersInWords(locale));
  return {
    emergency,
    overdoseSteps: strings.crisisOverdoseSteps
      .split('\n')
      .map((step) => fillEmergency(step.trim(), emergency))
      .filter(Boolean),
  };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

/**
 * Entry HTML (body, section, answer) in the reader's words, before it is sanitized: a paragraph
 * holding only `{overdose-steps}` becomes the numbered steps, and `{emergency}` the emergency words.
 */
export function localizeHtml(html: string, words: RegionWords): string {
  const steps = `<ol>${words.overdoseSteps.map((step) => `<li>${escapeHtml(step)}</li>`).join('')}</ol>`;
  return fillEmergency(html.replace(/<p>\s*\{overdose-steps\}\s*<\/p>/g, steps), escapeHtml(words.emergency));
}

/** Plain entry text (`short`) in the reader's words; the steps, if named, as one run of sentences. */
export function localizeText(text: string, words: RegionWords): string {
  return fillEmergency(text.replace(/\{overdose-steps\}/g, words.overdoseSteps.join(' ')), words.emergency);
}
