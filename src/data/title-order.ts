/**
 * The A–Z order of a glossary: titles compared by their letters in the language's alphabet (accents
 * and case aside, Spanish ñ after n), numbers by value. The index sorts by it in the browser; the
 * content build sorts every term index by it ahead of time and marks it `alphabetical`.
 */
export function alphabeticalByTitle<T extends { title: string }>(terms: readonly T[], locale: string): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return [...terms].sort((a, b) => collator.compare(a.title, b.title));
}
