/**
 * The published glossary's file layout, in one module: the build (src/cli/) writes these names and the
 * widgets read them (the built-in glossary's address, an entry's own file). For one locale:
 *
 *   glossary.<locale>.json          the glossary document, every field of every entry
 *   glossary.<locale>.terms.json    its term index (what a term needs; names the three below)
 *   glossary.<locale>.sense.json    the word-sense hints only the auto-linker reads
 *   glossary.<locale>/<id>.json     each entry's own document
 *
 * Each is beside the document, so a partner can host the folder anywhere. Strings only, no Node, so the
 * browser code imports it too.
 */

/** Where the entry id goes in a term index's `entries` template. */
export const ENTRY_ID = '{id}';

/** The glossary document of a locale: `glossary.en.json`. */
export function glossaryDocumentName(locale: string): string {
  return `glossary.${locale}.json`;
}

/**
 * The term index of a locale, `glossary.en.terms.json`: the built-in glossary's address. Written out
 * rather than derived through termIndexPath, and literals rather than shared constants, because the
 * entry script carries it and the minifier inlines neither (the build's test holds the two together).
 */
export function termIndexName(locale: string): string {
  return `glossary.${locale}.terms.json`;
}

/** `glossary.en.json` → `glossary.en.terms.json`: the index sits beside its glossary document. */
export function termIndexPath(documentPath: string): string {
  return documentPath.replace(/(\.json)?$/, '.terms.json');
}

/** `glossary.en.json` → `glossary.en`: the folder of the entries' own documents, beside the glossary. */
export function entriesFolder(documentPath: string): string {
  return documentPath.replace(/(\.json)?$/, '');
}

/** An entry's own file in the entries folder: `naloxone.json` (the id is a URL path segment). */
export function entryFileName(id: string): string {
  return `${encodeURIComponent(id)}.json`;
}

/** `glossary.en.json` → `glossary.en/{id}.json`: the `entries` template a term index carries. */
export function entriesTemplate(documentPath: string): string {
  return `${entriesFolder(documentPath)}/${ENTRY_ID}.json`;
}

/** One entry's file from a term index's `entries` template. */
export function entryPath(template: string, id: string): string {
  return template.replaceAll('{id}', encodeURIComponent(id));
}

/** `glossary.en.json` → `glossary.en.sense.json`: the hints sit beside their index. */
export function senseFilePath(documentPath: string): string {
  return documentPath.replace(/(\.json)?$/, '.sense.json');
}

/**
 * Whether a path relative to the built-in folder is one of the built-in glossary files above (a
 * two-letter locale, an entry id of lowercase letters, digits and hyphens).
 */
export function isGlossaryFile(path: string): boolean {
  return /^glossary\.[a-z]{2}(?:\.terms|\.sense)?\.json$|^glossary\.[a-z]{2}\/[a-z0-9-]+\.json$/.test(path);
}
