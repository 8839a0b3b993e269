import type { GlossaryDocument, GlossaryTerm } from './types.js';

/**
 * schema.org descriptions of the glossary, for search engines: one `DefinedTerm` per entry (with
 * `lastReviewed`), gathered in a `DefinedTermSet`. The card places one on the page (`structured-data`);
 * the build tool writes the whole set (`--jsonld`).
 */
export function definedTerm(entry: GlossaryTerm, setName: string, url?: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    '@id': url ?? `#${entry.id}`,
    termCode: entry.id,
    name: entry.title,
    ...(entry.aliases.length > 0 ? { alternateName: entry.aliases } : {}),
    description: entry.short,
    ...(url ? { url } : {}),
    ...(entry.reviewed ? { lastReviewed: entry.reviewed } : {}),
    inDefinedTermSet: { '@type': 'DefinedTermSet', name: setName },
  };
}

/** The whole glossary as a `DefinedTermSet`; `termUrl` (`/glossary/{id}`) gives each term its page. */
export function definedTermSet(document: GlossaryDocument, termUrl?: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    name: document.name,
    inLanguage: document.locale,
    ...(document.updated ? { dateModified: document.updated } : {}),
    hasDefinedTerm: document.terms.map((entry) => {
      // Inside the set, a term needs neither its own @context nor a pointer back to the set.
      const term = definedTerm(entry, document.name, termUrl?.replace('{id}', encodeURIComponent(entry.id)));
      delete term['@context'];
      delete term['inDefinedTermSet'];
      return term;
    }),
  };
}
