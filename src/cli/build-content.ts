/**
 * Content build: content/<locale>/<id>.md (front matter + Markdown) → glossary.<locale>.json, schema 1,
 * its term index glossary.<locale>.terms.json (see termIndex) and the word-sense hints the index
 * leaves out, glossary.<locale>.sense.json (see senseFile).
 *
 *   tsx src/cli/cli.ts content --out generated      every locale folder under content/
 *   tsx src/cli/cli.ts content/es --out generated   one folder (locale from its name or --locale)
 *
 * (The command line itself is build-glossary.ts.)
 *
 * Markdown is rendered here, at build time, so readers never download a Markdown parser. The result
 * goes through the same validator the browser uses, in strict mode; every problem is reported with
 * the file and field it comes from, and any problem fails the build.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import matter from 'gray-matter';
import { Marked } from 'marked';
import { applyCaveats } from './caveats.js';
import { addClinicalReview } from './ledger.js';
import { definedTermSet } from '../data/structured-data.js';
import { alphabeticalByTitle } from '../data/title-order.js';
import { toSupportedLocale } from '../i18n/locale.js';
import { uiStrings } from '../i18n/strings.js';
import { EMERGENCY_NUMBERS } from '../region/emergency.js';
import { localizeEntry } from '../region/entry.js';
import { regionWords } from '../region/words.js';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_MAX_GLOSSARY_BYTES } from '../config.js';
import { GlossaryValidationError, isIsoDate, validateGlossary, validateSenseFile } from '../data/schema.js';
import type {
  GlossaryDocument,
  GlossarySense,
  GlossarySenseFile,
  GlossaryTerm,
  GlossaryTermIndex,
  IndexOmittedField,
  TermSummary,
  GlossaryQuestion,
  GlossarySection,
  ValidationProblem,
} from '../data/types.js';
import { entriesFolder, entriesTemplate, entryFileName, senseFilePath, termIndexPath } from '../data/layout.js';

/**
 * Term fields a term index leaves out, each named once: a field added to {@link IndexOmittedField} and
 * missing here fails the type check. (Here, not beside the validator: only the build reads it, and the
 * validator is a chunk readers download.)
 */
const INDEX_OMITTED: Readonly<Record<IndexOmittedField, true>> = {
  body: true,
  sections: true,
  faq: true,
  related: true,
  sources: true,
  reviewed: true,
  languageNote: true,
  regionNotes: true,
  clinicalReview: true,
};
const INDEX_OMITTED_FIELDS = Object.keys(INDEX_OMITTED) as IndexOmittedField[];

/** One problem, tied to the file and field a content editor has to fix. */
export interface ContentError {
  file: string;
  field: string;
  message: string;
}

export class ContentBuildError extends Error {
  constructor(readonly errors: ContentError[]) {
    super(errors.map((error) => `${error.file}: ${error.field}: ${error.message}`).join('\n'));
    this.name = 'ContentBuildError';
  }
}

/** The `##` section whose `###` headings become the entry's questions. */
const FAQ_SECTION_ID = 'faq';
const FRONT_MATTER_FIELDS = new Set([
  'id',
  'title',
  'aliases',
  // Word sense for the auto-linker (ambiguous names, cues, against, otherSenses): see docs/autolink.md.
  'sense',
  'short',
  'related',
  'sources',
  'reviewed',
  'languageNote',
  // Notes for readers in one country, keyed by ISO 3166 code (docs/content.md, "Region notes").
  'regionNotes',
  // Where a safety caveat rule does not apply, and why (src/cli/caveats.ts, docs/content.md).
  'caveatExceptions',
]);
/**
 * The name of a glossary whose folder gives none: a plain word, never Twelva's name, so a partner's
 * glossary is not published under it (Twelva's own folders name it in their _glossary.md).
 */
export const DEFAULT_NAMES: Record<string, string> = { en: 'Glossary', es: 'Glosario' };

/**
 * Limits the build holds every entry to, beyond the schema's. The widgets refuse any file over
 * DEFAULT_MAX_GLOSSARY_BYTES (5 MB); aliases had no limit, and a few long ones per entry pushed the
 * term index (which carries every alias) over it. An alias is another name, so it gets the title's
 * length; today's longest entry has 8 aliases of at most 25 characters.
 */
export const ALIAS_MAX = 120;
export const ALIASES_MAX = 50;
/**
 * The hints file is read whole into the reader's memory by the auto-linker, several times its size
 * (a 2.9 MB file cost 106 MB of heap): the build keeps it to 512 KB, fifty times today's.
 */
export const SENSE_FILE_MAX_BYTES = 512 * 1024;
/** Names Windows keeps for devices: a file `con.json` cannot be written or served there. */
const RESERVED_NAME = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/**
 * Front matter is read as YAML 1.2 (core schema): the default YAML 1.1 reader turned an unquoted
 * 2026-02-30 into a Date, silently 2026-03-02, so an impossible date was published as another one.
 * Dates stay the text the editor wrote, and the build checks them.
 */
const FRONT_MATTER = {
  engines: { yaml: (text: string): object => (parseYaml(text, { schema: 'core' }) as object | null) ?? {} },
};

/** A parser's message on one line: the report is one line per problem. */
function oneLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}

const marked = new Marked({ gfm: true, async: false });

function renderMarkdown(markdown: string): string {
  return (marked.parse(markdown.trim()) as string).trim();
}

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * `Why it matters {#why}` → title "Why it matters", id "why". Without `{#…}` the id is a slug of the
 * title. Read by position, not by one regular expression: `^(.*?)\s*\{#…\}\s*$` backtracked over
 * every space of a long heading (a 60,000-character heading took seconds).
 */
export function heading(line: string): { title: string; id: string } {
  const text = line.trim();
  const open = text.lastIndexOf('{#');
  const id = open >= 0 && text.endsWith('}') ? text.slice(open + 2, -1) : '';
  if (/^[a-z0-9-]+$/.test(id)) return { title: text.slice(0, open).trim(), id };
  return { title: text, id: slugify(text) };
}

/** Splits Markdown at headings of one level (`## ` or `### `), ignoring fenced code. */
function splitAt(markdown: string, marker: '## ' | '### '): { lead: string; parts: { line: string; text: string }[] } {
  const lead: string[] = [];
  const parts: { line: string; text: string[] }[] = [];
  let fenced = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    if (!fenced && line.startsWith(marker)) {
      parts.push({ line: line.slice(marker.length), text: [] });
      continue;
    }
    (parts.at(-1)?.text ?? lead).push(line);
  }
  return { lead: lead.join('\n'), parts: parts.map((part) => ({ line: part.line, text: part.text.join('\n') })) };
}

/**
 * A date field as written (front matter keeps dates as text; see FRONT_MATTER): a form other than
 * YYYY-MM-DD, or a day the calendar does not have, is an error on that field.
 */
function checkDate(file: string, field: string, value: unknown, errors: ContentError[]): void {
  if (value === undefined || isIsoDate(value)) return;
  const written = typeof value === 'string' ? value : JSON.stringify(value);
  errors.push({
    file,
    field,
    message: /^\d{4}-\d{2}-\d{2}$/.test(written)
      ? `${written} is not a day of the calendar`
      : `must be a date as YYYY-MM-DD (found ${JSON.stringify(written)})`,
  });
}

/** Entry-level limits the schema does not hold (see ALIAS_MAX); ids Windows cannot store. */
function checkLimits(file: string, id: string, term: Record<string, unknown>, errors: ContentError[]): void {
  if (RESERVED_NAME.test(id)) {
    errors.push({
      file,
      field: 'id',
      message: `"${id}" is a device name on Windows, where its files cannot be written or served: choose another id`,
    });
  }
  const aliases = term['aliases'];
  if (!Array.isArray(aliases)) return;
  if (aliases.length > ALIASES_MAX) {
    errors.push({ file, field: 'aliases', message: `has ${aliases.length} aliases; the limit is ${ALIASES_MAX}` });
  }
  aliases.forEach((alias, i) => {
    if (typeof alias === 'string' && alias.length > ALIAS_MAX) {
      errors.push({
        file,
        field: `aliases[${i}]`,
        message: `must be at most ${ALIAS_MAX} characters (has ${alias.length})`,
      });
    }
  });
}

/** Text without markup. `<[^<>]*>`, not `<[^>]*>`: the latter rescanned to the end from every `<` of a long run. */
function plainText(html: string): string {
  return html.replace(/<[^<>]*>/g, ' ');
}

/** Every emergency number the widgets know (911, 999, 000, 111, 112, …), longest first. */
const EMERGENCY = [...new Set(Object.values(EMERGENCY_NUMBERS).flat())].sort((a, b) => b.length - a.length);
/** A bare emergency number: not part of a longer number, a date, an amount ("1,000") or a word. */
const BARE_EMERGENCY = new RegExp(`(?<![\\w.,/-])(?:${EMERGENCY.join('|')}|9-1-1)(?![\\w/-]|[.,]\\d)`, 'g');

/**
 * Region-aware words: entry text never hard-codes an emergency number; it writes `{emergency}` so each
 * reader sees their own (911, 999, 112…). Text only: markup and link addresses are not read.
 */
function checkEmergencyNumbers(file: string, term: Record<string, unknown>, errors: ContentError[]): void {
  const fields: [string, unknown][] = [
    ['short', term['short']],
    ['languageNote', term['languageNote']],
    ['body', term['body']],
    ...(term['sections'] as GlossarySection[]).map((s): [string, unknown] => [
      `sections.${s.id}`,
      `${s.title} ${s.html}`,
    ]),
    ...(term['faq'] as GlossaryQuestion[]).map((q): [string, unknown] => [`faq.${q.id}`, `${q.q} ${q.a}`]),
  ];
  for (const [field, value] of fields) {
    if (typeof value !== 'string') continue;
    const found = [...new Set(plainText(value).match(BARE_EMERGENCY) ?? [])];
    if (found.length)
      errors.push({
        file,
        field,
        message: `names the emergency number ${found.map((n) => `"${n}"`).join(', ')}: write {emergency}, which shows each reader their own number`,
      });
  }
}

interface ParsedEntry {
  file: string;
  term: Record<string, unknown>;
}

function parseEntry(file: string, source: string, errors: ContentError[]): ParsedEntry | undefined {
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source, FRONT_MATTER);
  } catch (error) {
    errors.push({ file, field: 'front matter', message: `is not valid YAML: ${oneLine((error as Error).message)}` });
    return undefined;
  }
  const data = parsed.data as Record<string, unknown>;
  for (const key of Object.keys(data)) {
    if (!FRONT_MATTER_FIELDS.has(key)) errors.push({ file, field: key, message: 'is not a known front-matter field' });
  }
  const expectedId = basename(file, '.md');
  if (data['id'] !== expectedId) {
    errors.push({ file, field: 'id', message: `must match the file name ("${expectedId}")` });
  }
  checkDate(file, 'reviewed', data['reviewed'], errors);
  checkLimits(file, expectedId, data, errors);
  const { lead, parts } = splitAt(parsed.content, '## ');
  const sections: GlossarySection[] = [];
  let faq: GlossaryQuestion[] = [];
  for (const part of parts) {
    const { title, id } = heading(part.line);
    if (id === FAQ_SECTION_ID) {
      const questions = splitAt(part.text, '### ');
      if (questions.lead.trim()) {
        errors.push({ file, field: 'faq', message: 'put every answer under a "### question" heading' });
      }
      faq = questions.parts.map((question) => {
        const q = heading(question.line);
        return { id: q.id, q: q.title, a: renderMarkdown(question.text) };
      });
      continue;
    }
    if (sections.some((section) => section.id === id)) {
      errors.push({ file, field: `sections.${id}`, message: 'two sections have this id' });
    }
    sections.push({ id, title, html: renderMarkdown(part.text) });
  }
  const faqIds = new Set<string>();
  for (const question of faq) {
    if (faqIds.has(question.id))
      errors.push({ file, field: `faq.${question.id}`, message: 'two questions have this id' });
    faqIds.add(question.id);
  }
  const term: Record<string, unknown> = {
    ...data,
    // The id is reported above when it differs from the file name; the file name stands in for it, so
    // the mismatch is not reported again as a duplicate id or an unknown related id.
    id: expectedId,
    aliases: data['aliases'] ?? [],
    related: data['related'] ?? [],
    body: renderMarkdown(lead),
    sections,
    faq,
  };
  if (!lead.trim())
    errors.push({ file, field: 'body', message: 'the full definition (text before the first ## heading) is empty' });
  checkEmergencyNumbers(file, term, errors);
  return { file, term };
}

/**
 * The `name` in the folder's `_glossary.md`, if it gives one. Undefined without the file; a file that
 * cannot be read, or a name that is not text, is an error on that file.
 */
export function readName(folder: string, errors: ContentError[] = []): string | undefined {
  const file = join(folder, '_glossary.md');
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  let meta: Record<string, unknown>;
  try {
    meta = matter(source, FRONT_MATTER).data;
  } catch (error) {
    errors.push({ file, field: 'front matter', message: `is not valid YAML: ${oneLine((error as Error).message)}` });
    return undefined;
  }
  const name = meta['name'];
  if (name === undefined) return undefined;
  if (typeof name !== 'string' || !name.trim()) {
    errors.push({ file, field: 'name', message: "must be the glossary's name as text" });
    return undefined;
  }
  return name.trim();
}

export interface BuildOptions {
  /**
   * false: leave `{caveat:<id>}` paragraphs as written and skip the caveat rules (the claims ledger
   * reads an entry's own words); otherwise the rules are checked and the blocks expanded.
   */
  caveats?: false;
}

/**
 * Builds one locale folder into a schema-1 document. Throws {@link ContentBuildError} listing every
 * problem (file and field) when anything is wrong; a partial glossary is never written.
 */
export function buildLocale(folder: string, locale: string, options: BuildOptions = {}): GlossaryDocument {
  const errors: ContentError[] = [];
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.md') && !name.startsWith('_'))
    .sort();
  if (files.length === 0)
    throw new ContentBuildError([{ file: folder, field: '(folder)', message: 'has no .md entries' }]);
  const entries = files
    .map((name) => parseEntry(join(folder, name), readFileSync(join(folder, name), 'utf8'), errors))
    .filter((entry): entry is ParsedEntry => entry !== undefined);
  for (const entry of entries) {
    if (options.caveats !== false) applyCaveats(entry.file, locale, entry.term, errors);
    addClinicalReview(folder, entry.term);
  }
  const updated = entries
    .map((entry) => entry.term['reviewed'])
    .filter(isIsoDate)
    .sort()
    .at(-1);
  const candidate = {
    schema: 1,
    locale,
    name: readName(folder, errors) ?? DEFAULT_NAMES[locale] ?? DEFAULT_NAMES['en'],
    // With no valid date at all, every entry's own date is reported already: a stand-in keeps the
    // schema from stopping at the document's date (a row that only follows) before it reads the entries.
    updated: updated ?? (errors.length > 0 ? '1970-01-01' : ''),
    terms: entries.map((entry) => entry.term),
  };
  let document: GlossaryDocument | undefined;
  try {
    // Every file's id counts as an entry, even one with problems: its own rows say what is wrong, and
    // an entry relating to it would only repeat them as an unknown id.
    const knownIds = new Set(files.map((file) => basename(file, '.md')));
    const result = validateGlossary(candidate, { strict: true, knownIds });
    document = result.document;
    // The build's own checks ran first and say more (which date is impossible, which name is
    // reserved): the schema's row for a field they already reported would only repeat it.
    const reported = new Set(errors.map((error) => `${error.file}\u0000${error.field}`));
    for (const problem of result.problems) {
      const index = Number(/^terms\[(\d+)\]/.exec(problem.field)?.[1]);
      const file = entries[index]?.file ?? entries.find((entry) => entry.term['id'] === problem.termId)?.file ?? folder;
      const field = problem.field.replace(/^terms\[\d+\]\.?/, '') || '(entry)';
      if (!reported.has(`${file}\u0000${field}`)) errors.push({ file, field, message: problem.message });
    }
  } catch (error) {
    const field = (error as { field?: string }).field ?? '(document)';
    errors.push({
      file: folder,
      field,
      message:
        field === 'locale'
          ? `"${locale}" is not a language code such as "en" or "es": name the folder by its language, or give --locale`
          : (error as Error).message,
    });
  }
  if (errors.length > 0 || !document) throw new ContentBuildError(errors);
  return document;
}

/** The glossary as a schema.org DefinedTermSet (`--jsonld`), in the words search engines show everyone. */
export function termSetForSearchEngines(document: GlossaryDocument, termUrl?: string): Record<string, unknown> {
  return definedTermSet(forSearchEngines(document), termUrl);
}

/**
 * A search engine shows one text to readers everywhere: the region-aware tokens become the neutral
 * words ("your local emergency number"), never one country's number.
 */
export function forSearchEngines(document: GlossaryDocument): GlossaryDocument {
  const locale = toSupportedLocale(document.locale) ?? 'en';
  const words = regionWords(undefined, uiStrings(locale, undefined), locale);
  return { ...document, terms: document.terms.map((entry) => localizeEntry(entry, words)) };
}

function isLocaleFolder(path: string): boolean {
  return readdirSync(path).some((name) => name.endsWith('.md') && !name.startsWith('_'));
}

/** The locale folders a path names: itself when it holds entries, else its subfolders that do. */
export function localeFolders(path: string, locale?: string): { folder: string; locale: string }[] {
  if (isLocaleFolder(path)) return [{ folder: path, locale: locale ?? basename(path) }];
  return readdirSync(path)
    .map((name) => join(path, name))
    .filter((folder) => statSync(folder).isDirectory() && isLocaleFolder(folder))
    .map((folder) => ({ folder, locale: basename(folder) }));
}

/**
 * The term index written beside a glossary: every term without the fields only cards and questions
 * read, and `full` naming the whole glossary document. Pages whose terms only show short definitions
 * load this (a small part of the bytes) and fetch the whole document only when a card or question
 * appears.
 * The word-sense hints, which only the auto-linker reads, go to the hints file that `sense` names
 * (see {@link senseFile}). What stays is what a closed term reads before anyone touches it: its id,
 * title and aliases to be found, its short definition for its accessible description.
 */
export function termIndex(document: GlossaryDocument, documentName: string): GlossaryTermIndex {
  const { terms, ...rest } = document;
  const left = new Set<string>([...INDEX_OMITTED_FIELDS, 'sense']);
  const summary = (term: GlossaryTerm): TermSummary =>
    Object.fromEntries(Object.entries(term).filter(([key]) => !left.has(key))) as TermSummary;
  const sense = terms.some((term) => term.sense) ? { sense: senseFilePath(documentName) } : {};
  // In the A–Z index's order, said so: the reader's browser then need not make a collator to sort them.
  const inOrder = alphabeticalByTitle(terms, document.locale);
  return {
    ...rest,
    full: documentName,
    entries: entriesTemplate(documentName),
    ...sense,
    alphabetical: true,
    terms: inOrder.map(summary),
  };
}

/**
 * The hints file a term index names: entry id → word-sense hints, for the entries that have any
 * (empty lists left out); undefined when no entry has hints, and the index then names none.
 */
export function senseFile(document: GlossaryDocument): GlossarySenseFile | undefined {
  const terms: Record<string, Partial<GlossarySense>> = {};
  for (const term of document.terms) {
    if (term.sense) terms[term.id] = Object.fromEntries(Object.entries(term.sense).filter(([, words]) => words.length));
  }
  if (Object.keys(terms).length === 0) return undefined;
  return { schema: document.schema, locale: document.locale, terms };
}

/**
 * One entry's own document (`glossary.en/naloxone.json`): the entry with every field a card and its
 * questions show, and the document's name and dates. Word-sense hints stay in the hints file.
 */
export function entryDocument(document: GlossaryDocument, term: GlossaryTerm): GlossaryDocument {
  const fields = Object.fromEntries(Object.entries(term).filter(([key]) => key !== 'sense')) as GlossaryTerm;
  const { schema, locale, name, updated } = document;
  return { schema, locale, name, updated, terms: [fields] };
}

/**
 * The files that publish a glossary at `target`, path → text: the document, beside it its term index,
 * (when any entry has word-sense hints) its hints file, and one file per entry in a folder named after
 * it. What `build-glossary`, the content build and the site build all publish.
 */
export function glossaryFiles(target: string, document: GlossaryDocument): Map<string, string> {
  const json = (data: unknown) => `${JSON.stringify(data)}\n`;
  const files = new Map<string, string>([
    [target, json(document)],
    [termIndexPath(target), json(termIndex(document, basename(target)))],
  ]);
  const folder = entriesFolder(target);
  for (const term of document.terms)
    files.set(join(folder, entryFileName(term.id)), json(entryDocument(document, term)));
  const hints = senseFile(document);
  if (hints) files.set(senseFilePath(target), json(hints));
  return files;
}

/**
 * The files of {@link glossaryFiles} that the widgets would refuse: over their 5 MB cap (the hints
 * file over {@link SENSE_FILE_MAX_BYTES}), each named with the field that takes the most of it.
 */
export function oversizedFiles(files: Map<string, string>): ContentError[] {
  const errors: ContentError[] = [];
  for (const [file, text] of files) {
    const hints = file.endsWith('.sense.json');
    const limit = hints ? SENSE_FILE_MAX_BYTES : DEFAULT_MAX_GLOSSARY_BYTES;
    const bytes = Buffer.byteLength(text);
    if (bytes <= limit) continue;
    const { field, size } = largestField(JSON.parse(text) as { terms: unknown });
    errors.push({
      file,
      field: hints ? `sense.${field}` : field,
      message: `the file would be ${megabytes(bytes)}, over the ${megabytes(limit)} the widgets accept; ${megabytes(size)} of it is this field across the entries: shorten it`,
    });
  }
  return errors;
}

/**
 * The files of {@link glossaryFiles} that the widgets' validator would not read whole, each problem
 * with its file and field. The built-in glossary's files are read in the browser without the validator
 * (the store trusts what this build checked: `GlossarySourceRef.builtin`), so each file as written,
 * not only the document it comes from, is checked here exactly as the browser would check it from a
 * URL: the term index, the full document and each entry's own file (its related ids against the
 * index), and the hints file against the index's entries.
 */
export function unreadableFiles(files: Map<string, string>): ContentError[] {
  const errors: ContentError[] = [];
  const report = (file: string, problems: ValidationProblem[]) =>
    errors.push(...problems.map(({ field, message }) => ({ file, field, message })));
  // The index first: the other files are checked against its entries, so an index that cannot be read
  // is the one problem reported.
  const indexFile = [...files.keys()].find((file) => file.endsWith('.terms.json'));
  const ordered = [...files].sort(([a], [b]) => Number(b === indexFile) - Number(a === indexFile));
  let index: GlossaryDocument | undefined;
  for (const [file, text] of ordered) {
    try {
      const data: unknown = JSON.parse(text);
      if (file.endsWith('.sense.json')) {
        report(file, validateSenseFile(data, index?.terms ?? []).problems);
        continue;
      }
      const knownIds = index && new Set(index.terms.map((term) => term.id));
      const { document, problems } = validateGlossary(data, { knownIds });
      if (file === indexFile) index = document;
      report(file, problems);
    } catch (error) {
      const field = error instanceof GlossaryValidationError ? error.field : '(document)';
      errors.push({ file, field, message: (error as Error).message.replace(`${field}: `, '') });
      if (file === indexFile) break;
    }
  }
  return errors;
}

/** The term field that takes the most bytes across a document's (or hints file's) entries. */
function largestField(document: { terms: unknown }): { field: string; size: number } {
  const sizes = new Map<string, number>();
  const terms = Array.isArray(document.terms) ? document.terms : Object.values(document.terms as object);
  for (const term of terms as Record<string, unknown>[]) {
    for (const [key, value] of Object.entries(term)) {
      sizes.set(key, (sizes.get(key) ?? 0) + Buffer.byteLength(JSON.stringify(value)));
    }
  }
  const [field, size] = [...sizes].sort((a, b) => b[1] - a[1])[0] ?? ['terms', 0];
  return { field, size };
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;

/**
 * Writes a glossary's files (see {@link glossaryFiles}) with `write`, by default straight to disk;
 * returns the paths written. A file left from a removed entry is never asked for, since the index
 * names entries by the ids it lists; `--site` removes them through its manifest.
 */
export function writeGlossary(
  target: string,
  document: GlossaryDocument,
  write: (path: string, text: string) => void = writeCreatingFolders,
): string[] {
  const files = glossaryFiles(target, document);
  for (const [path, text] of files) write(path, text);
  return [...files.keys()];
}

function writeCreatingFolders(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}
