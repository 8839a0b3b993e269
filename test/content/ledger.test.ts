/**
 * The claims ledger (content/ledger/<id>.yaml, content/ledger/caveats/<id>.yaml): every claim a reader
 * may act on tied to the words of its source, for a clinical reviewer to work through. Enforced here,
 * in both languages (`claim` English, `es` Spanish):
 * - every sentence of the short definition, every item of every list (ordered and unordered) in the
 *   body, sections and answers, and the shared overdose steps where an entry holds them, has a row
 *   whose text is that sentence or item (whitespace aside);
 * - every answer, the language note and every region note has at least one row;
 * - each row's words still appear where it says (tags stripped, caveat tokens as written);
 * - each row cites a source the entry lists, quotes it, says where the words were read (no words
 *   about how the ledger was made), and gives a real, past `checked` date; `until` is a real date,
 *   not passed (the content build also warns 45 days before);
 * - the review block has room for a clinician's name, credentials, date and scope, and no comment in
 *   the file speaks of how the ledger was made (tools, people's handles, machine paths).
 * The shared caveat blocks are held to the same: every sentence of each block has a row.
 * Each failure names the entry, the language, the place and the missing text.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { buildLocale } from '../../src/cli/build-content.js';
import { builtinCaveats, plainText } from '../../src/cli/caveats.js';
import {
  normalise,
  PROCESS_WORDS,
  readLedger,
  sentences,
  today,
  WHERE,
  type Ledger,
  type LedgerRow,
} from '../../src/cli/ledger.js';
import { isIsoDate } from '../../src/data/schema.js';
import type { GlossaryTerm } from '../../src/data/types.js';
import { uiStrings } from '../../src/i18n/strings.js';

// The entries' own words: caveat tokens as written, not the blocks they become.
const english = buildLocale(new URL('../../content/en', import.meta.url).pathname, 'en', { caveats: false });
const spanish = buildLocale(new URL('../../content/es', import.meta.url).pathname, 'es', { caveats: false });
const ledgerFolder = new URL('../../content/ledger/', import.meta.url);

type Language = 'en' | 'es';
const textOf = (row: LedgerRow, language: Language) => normalise((language === 'en' ? row.claim : row.es) ?? '');

/** The shared overdose steps, as an entry's `{overdose-steps}` paragraph shows them. */
const sharedSteps = (language: Language) =>
  uiStrings(language, undefined)
    .crisisOverdoseSteps.split('\n')
    .map((step) => normalise(step))
    .filter(Boolean);

/** The HTML (or plain text) a `where` names in one entry; undefined when the entry has no such place. */
function placeText(term: GlossaryTerm, where: string): string | undefined {
  if (where === 'short') return term.short;
  if (where === 'body') return term.body;
  if (where === 'languageNote') return term.languageNote;
  const [kind, id] = where.split(':');
  if (kind === 'section') return term.sections.find((s) => s.id === id)?.html;
  if (kind === 'faq') {
    const question = term.faq.find((q) => q.id === id);
    return question && `<p>${question.q}</p>${question.a}`;
  }
  if (kind === 'region') return id ? term.regionNotes?.[id] : undefined;
  return undefined;
}

/** Every place of an entry that holds HTML, with its `where`. */
function htmlPlaces(term: GlossaryTerm): [string, string][] {
  return [
    ['body', term.body],
    ...term.sections.map((s): [string, string] => [`section:${s.id}`, s.html]),
    ...term.faq.map((q): [string, string] => [`faq:${q.id}`, q.a]),
  ];
}

/** The items of every list in some HTML, as plain text (nested lists are items of their own). */
function listItems(html: string): string[] {
  return [...html.matchAll(/<li[^>]*>([\s\S]*?)(?=<\/li>|<ul|<ol)/g)]
    .map(([, item = '']) => plainText(item))
    .filter(Boolean);
}

/** What a row must say, in one language: the place, the exact text (or any text), and what it is. */
interface Need {
  where: string;
  text?: string;
  what: string;
}

function needs(term: GlossaryTerm, language: Language): Need[] {
  const found: Need[] = sentences(term.short).map((text) => ({ where: 'short', text, what: 'short sentence' }));
  for (const [where, html] of htmlPlaces(term)) {
    for (const text of listItems(html)) found.push({ where, text, what: 'list item' });
    if (/<p>\s*\{overdose-steps\}\s*<\/p>/.test(html))
      for (const text of sharedSteps(language)) found.push({ where, text, what: 'overdose step' });
  }
  for (const q of term.faq) found.push({ where: `faq:${q.id}`, what: 'answer' });
  if (term.languageNote) found.push({ where: 'languageNote', what: 'language note' });
  for (const code of Object.keys(term.regionNotes ?? {})) found.push({ where: `region:${code}`, what: 'region note' });
  return found;
}

/** Problems with the rows themselves: where, source, quote, dates, provenance. */
function rowProblems(label: string, rows: LedgerRow[], sources: Set<string>, day: string): string[] {
  const problems: string[] = [];
  for (const row of rows) {
    const at = `${label} ${row.where}: "${normalise(row.claim ?? '').slice(0, 60)}"`;
    if (!WHERE.test(row.where ?? ''))
      problems.push(`${at}: where must be short, body, section:<id>, faq:<id>, languageNote or region:<CC>`);
    if (!sources.has(row.source)) problems.push(`${at}: cites ${row.source}, which the entry does not list`);
    if (!normalise(row.quote ?? '')) problems.push(`${at}: quotes nothing from its source`);
    if (!isIsoDate(row.checked)) problems.push(`${at}: checked "${row.checked}" is not a real date (YYYY-MM-DD)`);
    else if (row.checked > day) problems.push(`${at}: checked ${row.checked} is in the future`);
    if (row.until !== undefined && !isIsoDate(row.until)) problems.push(`${at}: until "${row.until}" is not a real date`);
    else if (row.until !== undefined && row.until < day)
      problems.push(`${at}: held until ${row.until}; re-check it and change the entry, or set a new until`);
    if (!normalise(row.copy ?? '')) problems.push(`${at}: copy must say where the quoted words were read`);
    else if (PROCESS_WORDS.test(row.copy ?? ''))
      problems.push(`${at}: copy speaks of how the ledger was made; say only where the words were read`);
  }
  return problems;
}

/** Rows whose words are no longer where they say, in one language. */
function stalePlaces(id: string, rows: LedgerRow[], term: GlossaryTerm, language: Language): string[] {
  const problems: string[] = [];
  const steps = sharedSteps(language);
  for (const row of rows) {
    const text = textOf(row, language);
    if (!text) continue;
    const place = placeText(term, row.where);
    if (place === undefined) {
      problems.push(`${id} [${language}] ${row.where}: the entry has no such place (row "${text.slice(0, 60)}")`);
      continue;
    }
    const holdsSteps = /\{overdose-steps\}/.test(place) && steps.includes(text);
    if (!holdsSteps && !normalise(plainText(place)).includes(text))
      problems.push(`${id} [${language}] ${row.where}: the row's words are not there any more: "${text}"`);
  }
  return problems;
}

function missingRows(id: string, rows: LedgerRow[], term: GlossaryTerm, language: Language): string[] {
  return needs(term, language)
    .filter(({ where, text }) =>
      !rows.some((row) => row.where === where && (text === undefined ? !!textOf(row, language) : textOf(row, language) === text)),
    )
    .map(({ where, text, what }) => `${id} [${language}] ${where}: ${what} has no ledger row${text ? `: "${text}"` : ''}`);
}

/** The review block has its four fields, and no line of the file (comments too) speaks of how it was made. */
function fileProblems(id: string, file: URL): string[] {
  const text = readFileSync(file, 'utf8');
  const review = (parse(text) as { review?: Record<string, unknown> }).review;
  const missing = ['name', 'credentials', 'date', 'scope'].filter((key) => !review || !(key in review));
  const problems = missing.length ? [`${id}: review block needs ${missing.join(', ')} (empty while authoring)`] : [];
  text.split('\n').forEach((line, index) => {
    if (line.trimStart().startsWith('#') && PROCESS_WORDS.test(line))
      problems.push(`${id}: line ${index + 1} speaks of how the ledger was made: ${line.trim().slice(0, 80)}`);
  });
  return problems;
}

function signedProblems(id: string, ledger: Ledger, day: string): string[] {
  const { name, credentials, date } = ledger.review;
  if (!name && !date) return [];
  const problems: string[] = [];
  if (!name || !credentials) problems.push(`${id}: a signed review names the reviewer and their credentials`);
  if (!isIsoDate(date) || date > day) problems.push(`${id}: review date "${date}" must be a real, past date`);
  return problems;
}

describe('claims ledger', () => {
  const day = today();
  for (const en of english.terms) {
    it(`${en.id}: every claim a reader may act on has a row, in both languages, still where it says`, () => {
      const es = spanish.terms.find((t) => t.id === en.id);
      assert.ok(es, `${en.id} has a Spanish twin`);
      const file = new URL(`${en.id}.yaml`, ledgerFolder);
      assert.ok(existsSync(file), `content/ledger/${en.id}.yaml exists`);
      const ledger = readLedger(file.pathname);
      assert.equal(ledger.id, en.id);
      const rows = ledger.claims;
      const problems = [
        ...fileProblems(en.id, file),
        ...signedProblems(en.id, ledger, day),
        ...rowProblems(en.id, rows, new Set(en.sources.map((s) => s.url)), day),
        ...stalePlaces(en.id, rows, en, 'en'),
        ...stalePlaces(en.id, rows, es, 'es'),
        ...missingRows(en.id, rows, en, 'en'),
        ...missingRows(en.id, rows, es, 'es'),
      ];
      assert.deepEqual(problems, []);
    });
  }
});

describe('claims ledger of the shared caveat blocks', () => {
  const day = today();
  const caveats = builtinCaveats();
  for (const id of Object.keys(caveats.rules.caveats)) {
    it(`${id}: every sentence of the block has a row, in both languages, still in the block`, () => {
      const file = new URL(`caveats/${id}.yaml`, ledgerFolder);
      assert.ok(existsSync(file), `content/ledger/caveats/${id}.yaml exists`);
      const ledger = readLedger(file.pathname);
      assert.equal(ledger.id, id);
      const problems = [
        ...fileProblems(id, file),
        ...signedProblems(id, ledger, day),
        ...rowProblems(id, ledger.claims, new Set((ledger.sources ?? []).map((s) => s.url)), day),
      ];
      for (const language of ['en', 'es'] as const) {
        const block = caveats.blocks[language]?.[id];
        if (!block) {
          problems.push(`${id} [${language}]: content/caveats/${language}/${id}.md is missing`);
          continue;
        }
        const text = plainText(block);
        for (const row of ledger.claims) {
          const words = textOf(row, language);
          if (row.where !== 'body') problems.push(`${id}: a block's rows are where: body (not ${row.where})`);
          else if (words && !text.includes(words))
            problems.push(`${id} [${language}] body: the row's words are not in the block: "${words}"`);
        }
        for (const sentence of sentences(text))
          if (!ledger.claims.some((row) => textOf(row, language) === sentence))
            problems.push(`${id} [${language}] body: sentence has no ledger row: "${sentence}"`);
      }
      assert.deepEqual(problems, []);
    });
  }
});

describe('where a ledger says its words were read', () => {
  it('names a publisher, a page and a date, never how the words were gathered', () => {
    for (const copy of [
      'cfsre.org report of 2023-01-18 as stored',
      'the stored copy of that page stops before the bullet',
      'found with the search tool; read 2026-12-06',
      'read at /work/notes/page.html',
    ])
      assert.ok(PROCESS_WORDS.test(copy), copy);
    for (const copy of [
      'cfsre.org report of 2023-01-18; read 2026-12-07',
      'FDA Drug Safety Communication of 2020-09-23 on fda.gov',
      'SAMHSA page, undated; the same words in an archived copy of 2024-05-01',
    ])
      assert.ok(!PROCESS_WORDS.test(copy), copy);
  });
});
