/**
 * Reading level of plain English text: the Flesch-Kincaid grade, from wooorm's maintained
 * `flesch-kincaid` formula and `syllable` counter (syllables are the hard part; we only split words
 * and sentences).
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export function gradeLevel(text: string): number {
  const sentences = text.split(/[.!?]+(?:\s|$)/).filter((part) => /\p{L}/u.test(part)).length || 1;
  const words = text.match(/\p{L}[\p{L}\p{N}'’-]*|\d+/gu) ?? [];
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  return fleschKincaid({ sentence: sentences, word: words.length || 1, syllable: syllables });
}
