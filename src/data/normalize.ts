/** Trims and folds white space and case, so the same word written two ways finds the same entry. */
export function normalizeKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
