/**
 * Glossary JSON, schema 1: the one validator and the limits it enforces (the types are in types.ts).
 *
 * The same function checks a document in the content build (strict: every problem is an error) and
 * at run time in the browser (lenient: a bad term is dropped with a warning, a bad document is
 * rejected). Keeping one validator means a file that builds is a file that loads.
 *
 * In the browser this module loads lazily, in parallel with the first glossary request, and only for
 * a glossary the page names (a URL, an inline script): the built-in glossary's files were checked by
 * the build that made them (`unreadableFiles` in src/cli/build-content.ts), so its pages never load it.
 */

import { KNOWN_COUNTRIES } from '../region/emergency.js';
import { runToEnd } from '../scheduling.js';
import { normalizeKey } from './normalize.js';
import type {
  ClinicalReview,
  GlossaryDocument,
  GlossarySense,
  GlossaryTerm,
  SenseFileResult,
  ValidateOptions,
  ValidationProblem,
  ValidationResult,
} from './types.js';

export const SCHEMA_VERSION: GlossaryDocument['schema'] = 1;

/** The longest short definition, in characters, that a term may carry. */
export const SHORT_MAX = 280;
/** The longest region note, in characters: one to three plain sentences. */
export const REGION_NOTE_MAX = 400;
/** More terms than this in one document is treated as hostile, not as a glossary. */
export const TERMS_MAX = 20_000;

/** The most words one list of {@link GlossarySense} may hold: more is treated as hostile. */
export const SENSE_LIST_MAX = 200;

/** A document that cannot be used at all; `field` names where it went wrong (e.g. `terms`). */
export class GlossaryValidationError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'GlossaryValidationError';
    this.field = field;
  }
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCALE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A real calendar date in ISO form; `2026-02-30` is not one. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** An absolute http(s) URL, as a source must be. */
export function isWebUrl(value: unknown, requireHttps = false): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return requireHttps ? url.protocol === 'https:' : url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export { normalizeKey } from './normalize.js';

class TermProblem extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function text(term: Json, key: string, path: string, options: { max?: number; optional?: boolean } = {}): string {
  const value = term[key];
  if (value === undefined && options.optional) return '';
  if (typeof value !== 'string' || value.trim() === '') {
    throw new TermProblem(`${path}.${key}`, 'must be a non-empty string');
  }
  if (options.max !== undefined && value.length > options.max) {
    throw new TermProblem(`${path}.${key}`, `must be at most ${options.max} characters (has ${value.length})`);
  }
  return value;
}

function list<T>(term: Json, key: string, path: string, each: (item: unknown, itemPath: string) => T): T[] {
  const value = term[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new TermProblem(`${path}.${key}`, 'must be an array');
  return value.map((item, i) => each(item, `${path}.${key}[${i}]`));
}

/** A URL-safe id field (entry, section or question). */
function slug(item: Json, itemPath: string): string {
  const value = text(item, 'id', itemPath);
  if (!SLUG.test(value))
    throw new TermProblem(`${itemPath}.id`, `"${value}" is not a URL-safe slug (a-z, 0-9, hyphens)`);
  return value;
}

function plainString(item: unknown, itemPath: string): string {
  if (typeof item !== 'string' || item.trim() === '') {
    throw new TermProblem(itemPath, 'must be a non-empty string');
  }
  return item;
}

function record(item: unknown, itemPath: string): Json {
  if (!isObject(item)) throw new TermProblem(itemPath, 'must be an object');
  return item;
}

/** The optional clinical sign-off: a name and a real date, never one without the other. */
function clinicalReview(value: unknown, path: string): ClinicalReview | undefined {
  if (value === undefined) return undefined;
  const review = record(value, path);
  const date = review['date'];
  if (!isIsoDate(date)) throw new TermProblem(`${path}.date`, 'must be a date as YYYY-MM-DD');
  return {
    name: text(review, 'name', path, { max: 120 }),
    credentials: text(review, 'credentials', path, { optional: true, max: 120 }),
    date,
  };
}

/**
 * The optional region notes of a term: known country codes to plain text of a capped length. Each
 * note is read through `field`, so every bad note is reported, not just the first.
 */
function regionNotes(
  value: unknown,
  path: string,
  field: <T>(read: () => T, fallback: T) => T,
): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  const notes = field(() => record(value, path), undefined);
  if (!notes) return undefined;
  const result: Record<string, string> = {};
  for (const code of Object.keys(notes)) {
    field(() => {
      if (!KNOWN_COUNTRIES.includes(code))
        throw new TermProblem(`${path}.${code}`, `"${code}" is not a country the widgets serve (ISO 3166 code)`);
      result[code] = text(notes, code, path, { max: REGION_NOTE_MAX });
    }, undefined);
  }
  return result;
}

/**
 * The optional `sense` of a term (at `path`, in a document or in a hints file): four lists of short
 * phrases, the ambiguous ones among the term's own names.
 */
function sense(value: unknown, path: string, names: readonly string[]): GlossarySense | undefined {
  if (value === undefined) return undefined;
  const item = record(value, path);
  const words = (key: keyof GlossarySense): string[] => {
    const found = list(item, key, path, (word, wordPath) => {
      const text = plainString(word, wordPath);
      if (text.length > 120) throw new TermProblem(wordPath, 'must be at most 120 characters');
      return text;
    });
    if (found.length > SENSE_LIST_MAX) {
      throw new TermProblem(`${path}.${key}`, `has ${found.length} entries; the limit is ${SENSE_LIST_MAX}`);
    }
    return found;
  };
  const result: GlossarySense = {
    ambiguous: words('ambiguous'),
    cues: words('cues'),
    against: words('against'),
    otherSenses: words('otherSenses'),
  };
  const own = new Set(names.map(normalizeKey));
  result.ambiguous.forEach((word, i) => {
    if (!own.has(normalizeKey(word))) {
      throw new TermProblem(`${path}.ambiguous[${i}]`, `"${word}" is not the title or an alias of this entry`);
    }
  });
  return result;
}

/** Reads one term, collecting every field problem (not just the first) so an editor can fix them at once. */
function readTerm(raw: unknown, path: string, strict: boolean): { term?: GlossaryTerm; issues: TermProblem[] } {
  const issues: TermProblem[] = [];
  const field = <T>(read: () => T, fallback: T): T => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof TermProblem)) throw error;
      issues.push(error);
      return fallback;
    }
  };
  const term = field(() => record(raw, path), undefined);
  if (!term) return { issues };
  const id = field(() => slug(term, path), '');
  const reviewed = term['reviewed'];
  field(() => {
    if ((reviewed !== undefined || strict) && !isIsoDate(reviewed)) {
      throw new TermProblem(`${path}.reviewed`, 'must be a date as YYYY-MM-DD');
    }
  }, undefined);
  const sources = field(
    () =>
      list(term, 'sources', path, (item, itemPath) => {
        const source = record(item, itemPath);
        const url = text(source, 'url', itemPath);
        if (!isWebUrl(url, strict)) {
          throw new TermProblem(`${itemPath}.url`, strict ? 'must be an https URL' : 'must be an http or https URL');
        }
        return { title: text(source, 'title', itemPath, { max: 300 }), url };
      }),
    [],
  );
  if (strict && sources.length === 0 && !issues.some((issue) => issue.field.startsWith(`${path}.sources`))) {
    issues.push(new TermProblem(`${path}.sources`, 'needs at least one https source'));
  }
  const result: GlossaryTerm = {
    id,
    title: field(() => text(term, 'title', path, { max: 120 }), ''),
    aliases: field(() => list(term, 'aliases', path, plainString), []),
    short: field(() => text(term, 'short', path, { max: SHORT_MAX }), ''),
    body: field(() => text(term, 'body', path, { optional: true }), ''),
    sections: field(
      () =>
        list(term, 'sections', path, (item, itemPath) => {
          const section = record(item, itemPath);
          return {
            id: slug(section, itemPath),
            title: text(section, 'title', itemPath),
            html: text(section, 'html', itemPath),
          };
        }),
      [],
    ),
    faq: field(
      () =>
        list(term, 'faq', path, (item, itemPath) => {
          const question = record(item, itemPath);
          return { id: slug(question, itemPath), q: text(question, 'q', itemPath), a: text(question, 'a', itemPath) };
        }),
      [],
    ),
    related: field(() => list(term, 'related', path, plainString), []),
    sources,
    reviewed: typeof reviewed === 'string' ? reviewed : '',
  };
  const languageNote = field(() => text(term, 'languageNote', path, { optional: true }), '');
  if (languageNote) result.languageNote = languageNote;
  const notes = regionNotes(term['regionNotes'], `${path}.regionNotes`, field);
  const review = field(() => clinicalReview(term['clinicalReview'], `${path}.clinicalReview`), undefined);
  if (review) result.clinicalReview = review;
  if (notes) result.regionNotes = notes;
  const senseOf = field(() => sense(term['sense'], `${path}.sense`, [result.title, ...result.aliases]), undefined);
  if (senseOf) result.sense = senseOf;
  return issues.length > 0 ? { issues } : { term: result, issues };
}

/**
 * Checks a parsed glossary document.
 *
 * Throws {@link GlossaryValidationError} when the document as a whole is unusable (not an object,
 * wrong schema, no terms array). Otherwise returns the clean document; each term that fails is left
 * out and described in `problems`, as are duplicate ids or aliases and related ids that do not resolve.
 */
export function validateGlossary(input: unknown, options: ValidateOptions = {}): ValidationResult {
  return runToEnd(validationSteps(input, options));
}

/**
 * {@link validateGlossary} as small steps: it yields after every few terms, so a browser can check a
 * 5,000-entry glossary in slices (see `runInSlices`) without a long task.
 */
export function* validationSteps(input: unknown, options: ValidateOptions = {}): Generator<void, ValidationResult> {
  const strict = options.strict ?? false;
  if (!isObject(input)) throw new GlossaryValidationError('(document)', 'must be a JSON object');
  if (input['schema'] !== SCHEMA_VERSION) {
    throw new GlossaryValidationError('schema', `must be ${SCHEMA_VERSION} (found ${JSON.stringify(input['schema'])})`);
  }
  const locale = input['locale'];
  if (typeof locale !== 'string' || !LOCALE.test(locale)) {
    throw new GlossaryValidationError('locale', 'must be a language tag such as "en" or "es"');
  }
  const rawTerms = input['terms'];
  if (!Array.isArray(rawTerms)) throw new GlossaryValidationError('terms', 'must be an array');
  if (rawTerms.length > TERMS_MAX) {
    throw new GlossaryValidationError('terms', `has ${rawTerms.length} entries; the limit is ${TERMS_MAX}`);
  }
  const name = typeof input['name'] === 'string' ? input['name'] : '';
  const updated = isIsoDate(input['updated']) ? input['updated'] : '';
  if (strict && !updated) throw new GlossaryValidationError('updated', 'must be a date as YYYY-MM-DD');

  const problems: ValidationProblem[] = [];
  const terms: GlossaryTerm[] = [];
  const ids = new Set<string>();
  const names = new Map<string, string>();
  const position = new Map<string, number>();

  for (const [index, raw] of rawTerms.entries()) {
    if (index % 50 === 49) yield;
    const path = `terms[${index}]`;
    const rawId = isObject(raw) && typeof raw['id'] === 'string' ? raw['id'] : undefined;
    const { term, issues } = readTerm(raw, path, strict);
    for (const issue of issues) {
      problems.push({ field: issue.field, message: issue.message, ...(rawId ? { termId: rawId } : {}) });
    }
    if (!term) continue;
    if (ids.has(term.id)) {
      problems.push({ field: `${path}.id`, termId: term.id, message: `duplicate id "${term.id}"` });
      continue;
    }
    // A title or alias may name only one entry, or a lookup would depend on file order.
    const clash = [term.title, ...term.aliases].find((word) => {
      const owner = names.get(normalizeKey(word));
      return owner !== undefined && owner !== term.id;
    });
    if (clash !== undefined) {
      problems.push({
        field: `${path}.aliases`,
        termId: term.id,
        message: `"${clash}" already names the entry "${names.get(normalizeKey(clash))}"`,
      });
      continue;
    }
    ids.add(term.id);
    position.set(term.id, index);
    for (const word of [term.title, ...term.aliases]) names.set(normalizeKey(word), term.id);
    terms.push(term);
  }

  for (const term of terms) {
    const index = position.get(term.id) ?? -1;
    term.related = term.related.filter((relatedId, i) => {
      if ((ids.has(relatedId) || options.knownIds?.has(relatedId)) && relatedId !== term.id) return true;
      problems.push({
        field: `terms[${index}].related[${i}]`,
        termId: term.id,
        message: relatedId === term.id ? 'an entry cannot relate to itself' : `"${relatedId}" is not an entry id`,
      });
      return false;
    });
  }

  const document: GlossaryDocument = { schema: SCHEMA_VERSION, locale, name, updated, terms };
  for (const key of ['full', 'sense', 'entries'] as const) {
    const named = input[key];
    if (named === undefined) continue;
    if (typeof named !== 'string' || named.trim() === '') throw new GlossaryValidationError(key, 'must be a URL');
    if (key === 'entries' && !named.includes('{id}')) {
      throw new GlossaryValidationError(key, 'must say where the entry id goes with {id}');
    }
    document[key] = named;
  }
  const alphabetical = input['alphabetical'];
  if (alphabetical !== undefined) {
    if (typeof alphabetical !== 'boolean') throw new GlossaryValidationError('alphabetical', 'must be true or false');
    if (alphabetical) document.alphabetical = true;
  }
  return { document, problems };
}

/**
 * Checks a hints file ({@link GlossarySenseFile}) against the entries of the index that names it, with
 * the same rules as a `sense` field inside a document. Throws {@link GlossaryValidationError} when the
 * file as a whole is unusable; an entry whose hints fail, or that the index does not hold, is
 * described in `problems`.
 */
export function validateSenseFile(
  input: unknown,
  terms: readonly Pick<GlossaryTerm, 'id' | 'title' | 'aliases'>[],
): SenseFileResult {
  if (!isObject(input)) throw new GlossaryValidationError('(document)', 'must be a JSON object');
  if (input['schema'] !== SCHEMA_VERSION) {
    throw new GlossaryValidationError('schema', `must be ${SCHEMA_VERSION} (found ${JSON.stringify(input['schema'])})`);
  }
  const entries = input['terms'];
  if (!isObject(entries)) throw new GlossaryValidationError('terms', 'must be an object of entry id → sense');
  const byId = new Map(terms.map((term) => [term.id, term]));
  const result: SenseFileResult = { sense: new Map(), refused: new Set(), problems: [] };
  for (const [id, value] of Object.entries(entries)) {
    const term = byId.get(id);
    const path = `terms.${id}`;
    if (!term) {
      result.problems.push({ field: path, termId: id, message: `"${id}" is not an entry id` });
      continue;
    }
    try {
      const read = sense(value, path, [term.title, ...term.aliases]);
      if (read) result.sense.set(id, read);
    } catch (error) {
      if (!(error instanceof TermProblem)) throw error;
      result.refused.add(id);
      result.problems.push({ field: error.field, termId: id, message: error.message });
    }
  }
  return result;
}
