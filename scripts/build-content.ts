/**
 * Content build: content/<locale>/<id>.md (front matter + Markdown) → glossary.<locale>.json, schema 1,
 * its term index glossary.<locale>.terms.json (see termIndex) and the word-sense hints the index
 * leaves out, glossary.<locale>.sense.json (see senseFile).
 *
 *   tsx scripts/cli.ts content --out generated      every locale folder under content/
 *   tsx scripts/cli.ts content/es --out generated   one folder (locale from its name or --locale)
 *
 * Markdown is rendered here, at build time, so readers never download a Markdown parser. The result
 * goes through the same validator the browser uses, in strict mode; every problem is reported with
 * the file and field it comes from, and any problem fails the build.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import matter from 'gray-matter';
import { Marked } from 'marked';
import { applyCaveats } from './caveats.js';
import { addClinicalReview, reportLedgerDates } from './ledger.js';
import { definedTermSet } from '../src/data/structured-data.js';
import { alphabeticalByTitle } from '../src/data/title-order.js';
import { toSupportedLocale } from '../src/i18n/locale.js';
import { uiStrings } from '../src/i18n/strings.js';
import { EMERGENCY_NUMBERS } from '../src/region/emergency.js';
import { localizeEntry } from '../src/region/entry.js';
import { regionWords } from '../src/region/words.js';
import {
  FULL_ONLY_FIELDS,
  validateGlossary,
  type GlossaryDocument,
  type GlossarySense,
  type GlossarySenseFile,
  type GlossaryTerm,
  type GlossaryTermIndex,
  type TermSummary,
  type GlossaryQuestion,
  type GlossarySection,
} from '../src/data/schema.js';

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
  // Where a safety caveat rule does not apply, and why (scripts/caveats.ts, docs/content.md).
  'caveatExceptions',
]);
const DEFAULT_NAMES: Record<string, string> = {
  en: 'Twelva recovery glossary',
  es: 'Glosario de recuperación de Twelva',
};

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

/** `Why it matters {#why}` → title "Why it matters", id "why". Without `{#…}` the id is a slug of the title. */
function heading(line: string): { title: string; id: string } {
  const [, named, id] = /^(.*?)\s*\{#([a-z0-9-]+)\}\s*$/.exec(line) ?? [];
  const title = (named ?? line).trim();
  return { title, id: id ?? slugify(title) };
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

function isoDate(value: unknown): unknown {
  // YAML reads an unquoted 2026-11-01 as a Date; the schema wants the plain string back.
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
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
    const found = [...new Set(value.replace(/<[^>]*>/g, ' ').match(BARE_EMERGENCY) ?? [])];
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
    parsed = matter(source);
  } catch (error) {
    errors.push({ file, field: 'front matter', message: `is not valid YAML: ${(error as Error).message}` });
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
    reviewed: isoDate(data['reviewed']),
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

function readName(folder: string, locale: string): string {
  try {
    const meta = matter(readFileSync(join(folder, '_glossary.md'), 'utf8')).data as { name?: unknown };
    if (typeof meta.name === 'string' && meta.name.trim()) return meta.name.trim();
  } catch {
    // No _glossary.md: the default name for the locale.
  }
  return DEFAULT_NAMES[locale] ?? 'Glossary';
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
    .filter((date): date is string => typeof date === 'string')
    .sort()
    .at(-1);
  const candidate = {
    schema: 1,
    locale,
    name: readName(folder, locale),
    updated: updated ?? '',
    terms: entries.map((entry) => entry.term),
  };
  let document: GlossaryDocument | undefined;
  try {
    const result = validateGlossary(candidate, { strict: true });
    document = result.document;
    for (const problem of result.problems) {
      const index = Number(/^terms\[(\d+)\]/.exec(problem.field)?.[1]);
      const file = entries[index]?.file ?? entries.find((entry) => entry.term['id'] === problem.termId)?.file ?? folder;
      errors.push({
        file,
        field: problem.field.replace(/^terms\[\d+\]\.?/, '') || '(entry)',
        message: problem.message,
      });
    }
  } catch (error) {
    errors.push({
      file: folder,
      field: (error as { field?: string }).field ?? '(document)',
      message: (error as Error).message,
    });
  }
  if (errors.length > 0 || !document) throw new ContentBuildError(errors);
  return document;
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

/** Removes `name value` from `args` and returns the value (undefined when the option is absent). */
export function takeOption(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const [, value] = args.splice(at, 2);
  return value;
}

/**
 * The term index written beside a glossary: every term without the fields only cards and questions
 * read, and `full` naming the full document. Pages whose terms only show short definitions load this
 * (a small part of the bytes) and fetch the full document only when a card or question appears.
 * The word-sense hints, which only the auto-linker reads, go to the hints file that `sense` names
 * (see {@link senseFile}); any other term field stays in the index.
 */
export function termIndex(document: GlossaryDocument, fullName: string): GlossaryTermIndex {
  const { terms, ...rest } = document;
  const left = new Set<string>([...FULL_ONLY_FIELDS, 'sense']);
  const summary = (term: GlossaryTerm): TermSummary =>
    Object.fromEntries(Object.entries(term).filter(([key]) => !left.has(key))) as TermSummary;
  const sense = terms.some((term) => term.sense) ? { sense: senseFilePath(fullName) } : {};
  // In the A–Z index's order, said so: the reader's browser then need not make a collator to sort them.
  const inOrder = alphabeticalByTitle(terms, document.locale);
  return {
    ...rest,
    full: fullName,
    entries: `${entriesFolder(fullName)}/{id}.json`,
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

/** `glossary.en.json` → `glossary.en.terms.json`: the index sits beside its full document. */
export function termIndexPath(fullPath: string): string {
  return fullPath.replace(/(\.json)?$/, '.terms.json');
}

/** `glossary.en.json` → `glossary.en`: the folder of the entries' own documents, beside the full one. */
export function entriesFolder(fullPath: string): string {
  return fullPath.replace(/(\.json)?$/, '');
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

/** `glossary.en.json` → `glossary.en.sense.json`: the hints sit beside their index. */
export function senseFilePath(fullPath: string): string {
  return fullPath.replace(/(\.json)?$/, '.sense.json');
}

/**
 * Writes a glossary to `target` with, beside it, its term index and (when any entry has word-sense
 * hints) its hints file: what `build-glossary`, the content build and the site build all publish.
 */
export function writeGlossary(target: string, document: GlossaryDocument): void {
  writeFileSync(target, `${JSON.stringify(document)}\n`);
  writeFileSync(termIndexPath(target), `${JSON.stringify(termIndex(document, basename(target)))}\n`);
  // Never emptied first: the folder may hold files of the partner's own. A file left from a removed
  // entry is never asked for, since the index names entries by the ids it lists.
  const folder = entriesFolder(target);
  mkdirSync(folder, { recursive: true });
  for (const term of document.terms) {
    writeFileSync(join(folder, `${term.id}.json`), `${JSON.stringify(entryDocument(document, term))}\n`);
  }
  const hints = senseFile(document);
  if (hints) writeFileSync(senseFilePath(target), `${JSON.stringify(hints)}\n`);
}

/**
 * The command line, shared by `npm run build:content` and the partners' `build-glossary` tool:
 *   build-glossary <folder> [--out file.json | folder] [--locale code] [--jsonld file] [--term-url /glossary/{id}]
 */
export function main(argv: string[]): number {
  const args = [...argv];
  const option = (name: string) => takeOption(args, name);
  const out = option('--out') ?? 'generated';
  const locale = option('--locale');
  const jsonld = option('--jsonld');
  const termUrl = option('--term-url');
  const input = args[0];
  if (!input) {
    console.error(
      'usage: build-glossary <content folder> [--out file.json | folder] [--locale code] [--jsonld file] [--term-url /glossary/{id}]',
    );
    return 2;
  }
  const folders = localeFolders(input, locale);
  if (folders.length === 0) {
    console.error(`${input}: no folder of .md entries found`);
    return 1;
  }
  let failed = !reportLedgerDates(input);
  for (const { folder, locale: code } of folders) {
    try {
      const document = buildLocale(folder, code);
      const target = out.endsWith('.json') ? out : join(out, `glossary.${code}.json`);
      mkdirSync(out.endsWith('.json') ? join(target, '..') : out, { recursive: true });
      writeGlossary(target, document);
      if (jsonld) {
        const file = folders.length > 1 ? jsonld.replace(/(\.json(ld)?)?$/, `.${code}$1`) : jsonld;
        writeFileSync(file, `${JSON.stringify(definedTermSet(forSearchEngines(document), termUrl), null, 2)}\n`);
        console.log(`  schema.org DefinedTermSet → ${file}`);
      }
      console.log(`${relative(process.cwd(), folder) || folder}: ${document.terms.length} entries → ${target}`);
    } catch (error) {
      failed = true;
      console.error(error instanceof ContentBuildError ? error.message : error);
    }
  }
  return failed ? 1 : 0;
}
