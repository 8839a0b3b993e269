/**
 * `npm run review-report`: where each entry stands for a clinical reviewer, in English and Spanish.
 * Per entry: signed by a clinician or not (and how long ago), the entry's own reviewed date in each
 * language, claims that expire soon or have, rows whose quote was read over a year ago or shares few
 * words with its claim, and the places a caveat rule was set aside (with the reason given). The
 * shared caveat blocks' ledgers follow. Reads content/ only: runs in a fresh clone after `npm ci`.
 *
 *   npm run review-report                 every entry
 *   npm run review-report -- naloxone     one or more entries
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { parseCaveatRules } from './caveats.js';
import {
  daysBetween,
  dateText,
  ledgerFiles,
  normalise,
  readLedger,
  today,
  UNTIL_WARNING_DAYS,
  type Ledger,
  type LedgerRow,
} from './ledger.js';

const LANGUAGES = ['en', 'es'] as const;
/** A quote read more than this many days ago may no longer say what the live page says. */
const STALE_DAYS = 365;
/** Fewer of the claim's content words than this share in its quote: the quote may not hold the fact. */
const WEAK_SHARE = 0.15;

const STOP_WORDS = new Set(
  'that this with from have been will they them their there what when where which while about after before could would should than then into your some more most other such only also each very just like over because through'.split(
    ' ',
  ),
);

/** The words that carry a claim's meaning: four letters or more, not a stop word, cut to a stem. */
function contentWords(text: string): Set<string> {
  const words = normalise(text)
    .toLowerCase()
    .replace(/\{[a-z-]+\}/g, ' ')
    .match(/[\p{L}\p{N}]+/gu);
  return new Set((words ?? []).filter((word) => word.length >= 4 && !STOP_WORDS.has(word)).map((w) => w.slice(0, 5)));
}

/** The share of a claim's content words found in its quote (1 when the claim has none to share). */
export function quoteShare(claim: string, quote: string): number {
  const wanted = contentWords(claim);
  if (wanted.size === 0) return 1;
  const found = contentWords(quote);
  return [...wanted].filter((word) => found.has(word)).length / wanted.size;
}

const short = (text: string | undefined) => {
  const clean = normalise(text ?? '');
  return clean.length > 70 ? `"${clean.slice(0, 67)}…"` : `"${clean}"`;
};

function age(date: string, day: string): string {
  const days = daysBetween(date, day);
  return Number.isNaN(days) ? 'no date' : `${date}, ${days} days ago`;
}

interface EntryFront {
  reviewed?: string;
  exceptions: { caveat: string; where: string; why: string }[];
}

function readFront(file: string): EntryFront | undefined {
  if (!existsSync(file)) return undefined;
  const data = matter(readFileSync(file, 'utf8')).data as Record<string, unknown>;
  const raw = Array.isArray(data['caveatExceptions']) ? (data['caveatExceptions'] as Record<string, unknown>[]) : [];
  return {
    reviewed: data['reviewed'] === undefined ? undefined : dateText(data['reviewed']),
    exceptions: raw.map((item) => ({
      caveat: String(item['caveat'] ?? '?'),
      where: String(item['where'] ?? '?'),
      why: String(item['why'] ?? '(no reason given)'),
    })),
  };
}

/** The lines a reviewer reads about one ledger's rows (shared by entries and caveat blocks). */
function rowLines(rows: LedgerRow[], day: string): string[] {
  const lines: string[] = [];
  const withEs = rows.filter((row) => normalise(row.es ?? '')).length;
  lines.push(`  claims: ${rows.length} rows (en ${rows.length}, es ${withEs})`);
  for (const row of rows) {
    if (!row.until) continue;
    const left = daysBetween(day, row.until);
    if (left < 0) lines.push(`  EXPIRED ${row.until}: ${row.where} ${short(row.claim)}`);
    else if (left <= UNTIL_WARNING_DAYS)
      lines.push(`  expires ${row.until} (${left} days): ${row.where} ${short(row.claim)}`);
    else lines.push(`  holds until ${row.until}: ${row.where} ${short(row.claim)}`);
  }
  const stale = rows.filter((row) => daysBetween(row.checked, day) > STALE_DAYS);
  for (const row of stale)
    lines.push(`  quote read over a year ago (${row.checked}): ${row.where} ${short(row.claim)}`);
  // A claim may rest on several rows, each quoting the part its page says ("stay with them" from one,
  // "naloxone wears off" from another): a row's own share says whether its quote holds anything of the
  // claim, the rows' shares together whether the claim as a whole is held.
  const claimOf = (row: LedgerRow) => `${row.where}\u0000${normalise(row.claim ?? '')}`;
  const together = new Map<string, string>();
  for (const row of rows) together.set(claimOf(row), `${together.get(claimOf(row)) ?? ''} ${row.quote ?? ''}`);
  for (const row of rows) {
    const share = quoteShare(row.claim ?? '', row.quote ?? '');
    if (share >= WEAK_SHARE) continue;
    const all = quoteShare(row.claim ?? '', together.get(claimOf(row)) ?? '');
    const rest = all >= WEAK_SHARE ? ` (the claim's rows together: ${Math.round(all * 100)}%)` : '';
    lines.push(
      `  weak quote (${Math.round(share * 100)}% of the claim's words)${rest}: ${row.where} ${short(row.claim)} ← ${short(row.quote)}`,
    );
  }
  return lines;
}

function reviewLines(ledger: Ledger, day: string): string[] {
  const { name, credentials, date, scope } = ledger.review;
  if (!name.trim() || !date.trim()) return ['  clinician review: NOT SIGNED'];
  return [
    `  clinician review: ${name}${credentials ? `, ${credentials}` : ''} (${age(date, day)})${scope ? `; scope: ${scope}` : ''}`,
  ];
}

/** The report as lines of text. `ids` limits it to some entries. */
export function reviewReport(contentRoot: string, day: string = today(), ids: string[] = []): string[] {
  const rules = parseCaveatRules(readFileSync(join(contentRoot, 'caveat-rules.yaml'), 'utf8'));
  const safety = new Set(rules.safetyEntries);
  const files = ledgerFiles(join(contentRoot, 'ledger'));
  const entryFiles = files.filter((file) => !file.includes(`${join('ledger', 'caveats')}`));
  const blockFiles = files.filter((file) => file.includes(`${join('ledger', 'caveats')}`));
  const lines: string[] = [];
  let signed = 0;
  let shown = 0;
  const entryLines: string[] = [];
  for (const file of entryFiles) {
    const ledger = readLedger(file);
    if (ids.length > 0 && !ids.includes(ledger.id)) continue;
    shown++;
    if (ledger.review.name.trim() && ledger.review.date.trim()) signed++;
    entryLines.push(
      '',
      `${ledger.id}${safety.has(ledger.id) ? ' (safety entry: a release needs a signed review)' : ''}`,
    );
    entryLines.push(...reviewLines(ledger, day));
    for (const language of LANGUAGES) {
      const front = readFront(join(contentRoot, language, `${ledger.id}.md`));
      if (!front) {
        entryLines.push(`  [${language}] no entry file`);
        continue;
      }
      entryLines.push(`  [${language}] entry reviewed: ${front.reviewed ? age(front.reviewed, day) : 'no date'}`);
      for (const exception of front.exceptions)
        entryLines.push(
          `  [${language}] caveat exception: ${exception.caveat} at ${exception.where}: ${exception.why}`,
        );
    }
    entryLines.push(...rowLines(ledger.claims, day));
  }
  lines.push(
    `Review report, ${day}: ${shown} entries, ${signed} signed by a clinician, ${shown - signed} not signed.`,
    `Safety entries (a release needs each signed): ${rules.safetyEntries.join(', ')}.`,
    ...entryLines,
  );
  if (ids.length === 0) {
    lines.push('', 'Shared caveat blocks');
    for (const file of blockFiles) {
      const ledger = readLedger(file);
      lines.push('', `caveat ${ledger.id}`, ...reviewLines(ledger, day), ...rowLines(ledger.claims, day));
    }
  }
  return lines;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  const root = new URL('../../content/', import.meta.url).pathname;
  console.log(reviewReport(root, today(), process.argv.slice(2)).join('\n'));
}
