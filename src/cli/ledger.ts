/**
 * The claims ledger (content/ledger/<id>.yaml, and content/ledger/caveats/<id>.yaml for the shared
 * caveat blocks): each claim an entry makes, where it is, the source words that support it and when
 * they were read. Read by the ledger test, the content build (claims that expire: `until`) and
 * `npm run review-report`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { isIsoDate } from '../data/schema.js';
import type { ContentError } from './build-content.js';

export interface LedgerRow {
  /** short | body | section:<id> | faq:<id> | languageNote | region:<CC> */
  where: string;
  claim: string;
  es?: string;
  step?: boolean;
  source: string;
  quote: string;
  checked: string;
  /** The last day the claim holds (a temporary rule's end): the build warns before it and fails after. */
  until?: string;
  /** Where the quoted words were read: the page, or the archived copy, and its date. */
  copy?: string;
}

/** A clinician's sign-off: empty while authoring; a release needs name and date on safety entries. */
export interface LedgerReview {
  name: string;
  credentials: string;
  date: string;
  scope: string;
}

export interface Ledger {
  id: string;
  review: LedgerReview;
  sources?: { title: string; url: string }[];
  claims: LedgerRow[];
}

/** Where a row may point. */
export const WHERE = /^(short|body|section:[a-z0-9-]+|faq:[a-z0-9-]+|languageNote|region:[A-Z]{2})$/;

/** Days before a row's `until` that the build starts warning. */
export const UNTIL_WARNING_DAYS = 45;

/**
 * Words about how a ledger was made, not where its words were read (the tools and stored copies used
 * to gather them, the people who did, paths on one machine): they do not belong in a ledger.
 */
export const PROCESS_WORDS =
  /\b(?:search (?:tool|pages|docs|code|issues)|corpus|helper|content[1-3]|as stored|stored cop(?:y|ies))\b|\/(?:work|tmp)\//i;

export const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * "One. Two? Three!" → ["One.", "Two?", "Three!"]. A sentence ends where the next begins with a capital,
 * a digit or an opening mark; "EE. UU." and "U.S." do not end one.
 */
export const sentences = (text: string): string[] =>
  normalise(text)
    .split(/(?<=[.?!])(?<!\bEE\.)(?<!\bU\.S\.)\s+(?=[\p{Lu}\p{N}¿¡"“({])/u)
    .filter(Boolean);

/** YAML reads an unquoted 2026-11-01 as a Date: back to the string a reader wrote. */
export function dateText(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Today as YYYY-MM-DD, in UTC (the build's clock; tests pass their own day). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function readLedger(file: string): Ledger {
  const raw = parse(readFileSync(file, 'utf8')) as Omit<Partial<Ledger>, 'review'> & {
    review?: Record<string, unknown>;
  };
  const review: Record<string, unknown> = raw.review ?? {};
  return {
    id: String(raw.id ?? basename(file, '.yaml')),
    review: {
      name: String(review['name'] ?? ''),
      credentials: String(review['credentials'] ?? ''),
      date: dateText(review['date']),
      scope: String(review['scope'] ?? ''),
    },
    ...(raw.sources ? { sources: raw.sources } : {}),
    claims: (raw.claims ?? []).map((row) => ({
      ...row,
      checked: dateText(row.checked),
      ...(row.until === undefined ? {} : { until: dateText(row.until) }),
    })),
  };
}

/** Every ledger file under a ledger folder: entries' first, then the caveat blocks'. */
export function ledgerFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const yamlIn = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((name) => name.endsWith('.yaml'))
          .sort()
          .map((name) => join(dir, name))
      : [];
  return [...yamlIn(folder), ...yamlIn(join(folder, 'caveats'))];
}

/**
 * Claims that expire: a row whose `until` is within {@link UNTIL_WARNING_DAYS} days of `day` is a
 * warning, one whose `until` has passed (or is not a date) an error. Field: `claims[i].until`.
 */
export function untilProblems(
  file: string,
  ledger: Ledger,
  day: string,
): { warnings: ContentError[]; errors: ContentError[] } {
  const warnings: ContentError[] = [];
  const errors: ContentError[] = [];
  ledger.claims.forEach((row, index) => {
    if (row.until === undefined) return;
    const field = `claims[${index}].until`;
    const claim = `"${normalise(row.claim ?? '').slice(0, 60)}"`;
    if (!isIsoDate(row.until)) {
      errors.push({ file, field, message: `must be a date as YYYY-MM-DD (${claim})` });
      return;
    }
    const left = daysBetween(day, row.until);
    if (left < 0)
      errors.push({
        file,
        field,
        message: `${claim} held until ${row.until}: re-check it and change the entry, or set a new until`,
      });
    else if (left <= UNTIL_WARNING_DAYS)
      warnings.push({
        file,
        field,
        message: `${claim} holds until ${row.until} (${left} days): re-check it before then`,
      });
  });
  return { warnings, errors };
}

/** {@link untilProblems} over every ledger in a content root (none for a folder without ledgers). */
export function checkLedgerDates(
  contentRoot: string,
  day: string = today(),
): { warnings: ContentError[]; errors: ContentError[] } {
  const warnings: ContentError[] = [];
  const errors: ContentError[] = [];
  for (const file of ledgerFiles(join(contentRoot, 'ledger'))) {
    const found = untilProblems(file, readLedger(file), day);
    warnings.push(...found.warnings);
    errors.push(...found.errors);
  }
  return { warnings, errors };
}

/**
 * Puts a clinician's sign-off on an entry from its ledger's review block (`<folder>/../ledger/<id>.yaml`),
 * only when the block names a reviewer and a date: an unsigned entry never shows a reviewer line.
 */
export function addClinicalReview(folder: string, term: Record<string, unknown>): void {
  const file = join(folder, '..', 'ledger', `${String(term['id'])}.yaml`);
  if (!existsSync(file)) return;
  const { name, credentials, date } = readLedger(file).review;
  if (name.trim() && date.trim())
    term['clinicalReview'] = {
      name: name.trim(),
      date,
      ...(credentials.trim() ? { credentials: credentials.trim() } : {}),
    };
}
