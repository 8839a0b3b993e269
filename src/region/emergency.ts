import type { SupportedLocale } from '../i18n/locale.js';

const OR: Record<SupportedLocale, string> = { en: 'or', es: 'o' };

/** Several emergency numbers as one phrase: "112 or 999", "112 o 999"; one number as itself. */
export function numbersInWords(numbers: readonly string[], locale: SupportedLocale): string {
  if (numbers.length < 2) return numbers[0] ?? '';
  return `${numbers.slice(0, -1).join(', ')} ${OR[locale]} ${numbers.at(-1) ?? ''}`;
}
