#!/usr/bin/env node
/**
 * Size budgets, gzip -9. Fails the build when one is over. Both were cut in issue #14, to what was
 * measured then plus about 1.5 % for honest growth: a budget that allows kilobytes nobody has spent
 * would let the next change spend them unnoticed.
 *
 * 1. The entry: the script-tag module with everything it imports statically, what every page pays
 *    first: 24,000 B (23,660 measured). Lit is about 6.3 kB of it. The crisis footer's essential view
 *    (each region's emergency number and main crisis line, 1.5 kB with its renderer) must live here,
 *    never in a chunk a failing network could withhold; every other line is the footer's lazy chunk.
 *    The entry also holds the country-from-time-zone table (1.3 kB), region words, the term with its
 *    page-wide listeners, the store, the UI strings and the reserved-space rules. No element of the
 *    entry uses decorators, so Lit's decorator helpers load with the card, questions and index only.
 * 2. A page of terms: the entry, the validator chunk and the larger built-in term index (Spanish), the
 *    bytes such a page fetches before anyone touches a term: 32,000 B (31,552 measured). The word-sense
 *    hints left the index for a file only the auto-linker reads. Issue #14 aimed at 16 kB: what stands
 *    in the way (Lit, the term, the store, the index) is in docs/performance.md.
 *
 * Issue #23 raised both by what every reader must get without a download, measured plus about 1.5 %:
 * the region switcher in the essential view (offline too), the neutral help's five callable numbers and
 * their words, one region per page, the live region and the overdose definition's call (entry 25,239 B
 * measured: 25,600 B); the neutral words in the index's short definitions (33,307 B measured: 33,800 B).
 * The same round added, again measured plus about 1.5 %: a line in its own language for a card, question
 * list or index whose code cannot download (it was blank offline), warnings that name the real reason a
 * file a glossary names was refused, region notes and the reviewer's line carried through the entry's
 * words, and the bundled-glossary lookup for apps whose bundler moved the data (entry 26,049 B measured:
 * 26,400 B; a page of terms 34,433 B measured: 34,900 B, its index holding the longer, sourced short
 * definitions). A server-rendered element whose data cannot load keeps the server's markup, its
 * questions still opening, instead of throwing a hydration mismatch (issue #27): entry 26,462 B
 * measured, 26,800 B. The compact footer's hours (issue #23) brought its other lines (seven: Crisis
 * Text Line, the SAMHSA Helpline, Hope for Wellness, Shout, 50808, the AU and NZ drug lines) from the
 * lazy chunk into the entry, so that offline it lists every line with its hours and the chunk's arrival
 * moves nothing below it (it had moved the page by up to 214 px at 320 px): +540 B (27,002 B measured;
 * the chunk 414 B smaller), budget raised by 500 B to 27,300 B, and a page of terms, which carries the
 * entry, by the same 500 B to 35,400 B (35,365 B measured). Settings as one context value for every
 * widget (issue #25) and the published file layout read from one module (+22 B and +19 B), with the
 * footer's hours reading that context: entry 27,097 B measured, within 27,300 B; a page of terms
 * 35,472 B measured, budget 35,500 B. Issue #26 (the term without Lit) is where these bytes are won back.
 *
 * Issue #26 took Lit out of the entry: the closed term and the crisis footer's essential view are
 * hand-written elements, Lit and the open definition load on first approach, and the built-in glossary,
 * checked by the build, needs no validator in the browser (its term index lost the language notes, which
 * only the card shows). Entry 21,673 B measured: budget 22,000 B. "A page of terms" now counts what such a
 * page fetches with the built-in glossary, the default: the entry and the larger term index (26,502 B
 * measured: 26,900 B). A page whose glossary is the partner's own (a URL or inline) also fetches the
 * validator: 29,167 B measured, 29,600 B.
 *
 * The styles' CSS comments (1.1 kB in template literals, where the minifier cannot see them) are taken out
 * at build time (vite.config.ts): entry 21,229 B measured, budget 21,500 B; a page of terms 26,073 B,
 * 26,400 B; with the validator 28,738 B, 29,100 B. The crisis footer's `@media (scripting: none)` rule
 * costs 30 B of that.
 *
 * Lazy chunks are listed but not budgeted: a page pays for one only when it shows that element.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync } from 'node:zlib';

export const ENTRY_BUDGET_BYTES = 21_500;
export const TERMS_PAGE_BUDGET_BYTES = 26_400;
export const PARTNER_TERMS_PAGE_BUDGET_BYTES = 29_100;

// A file path, not a URL's percent-encoded pathname: a checkout in a folder with a space or a
// non-ASCII character must find its dist/ and run the budget like any other.
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

export function sizes(file) {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
}

/**
 * The module build's chunks as Vite recorded them (build.manifest in vite.config.ts): for each, its
 * file, the chunks it imports statically (`imports`) and those it loads later (`dynamicImports`).
 * Reading the bundler's own record replaces a regular expression over minified code.
 */
function readManifest() {
  return JSON.parse(readFileSync(new URL('../dist/.vite/manifest.json', import.meta.url), 'utf8'));
}

/** The files a chunk needs before it runs: itself and its static imports, followed through. */
function staticClosure(manifest, key, seen = new Set()) {
  const chunk = manifest[key];
  if (seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

/** Every dist entry and chunk with its sizes; the first row is the entry with its static imports. */
export function sizeTable() {
  const manifest = readManifest();
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const closure = staticClosure(manifest, entryKey);
  const total = [...closure].reduce((sum, file) => sum + sizes(join(dist, file)).gzip, 0);
  const entry = join(dist, manifest[entryKey].file);
  const lazy = Object.values(manifest)
    .map((chunk) => chunk.file)
    .filter((file) => !closure.has(file) && file.endsWith('.js'))
    .sort();
  const rows = [
    [`${manifest[entryKey].file} (entry, static imports)`, { ...sizes(entry), gzip: total }],
    ['glossary-widgets.iife.js', sizes(join(dist, 'glossary-widgets.iife.js'))],
    ...lazy.map((file) => [`${file} (lazy)`, sizes(join(dist, file))]),
  ];
  return { rows, total };
}

/** The validator chunk's gzip size: fetched only for a glossary the page names (a URL or inline). */
export function validatorBytes() {
  const validator = readdirSync(join(dist, 'chunks')).find((name) => /^schema-.*\.js$/.test(name));
  return validator ? sizes(join(dist, 'chunks', validator)).gzip : 0;
}

/** Entry + the larger built-in term index: what a page of terms on the built-in glossary fetches before a touch. */
export function termsPageBytes(entryTotal) {
  const indexes = readdirSync(dist).filter((name) => /^glossary\.\w+\.terms\.json$/.test(name));
  const largest = Math.max(0, ...indexes.map((name) => sizes(join(dist, name)).gzip));
  return entryTotal + largest;
}

/** A verdict line per budget (`short` names it when it passes); sets a failing exit code when one is over. */
function judge(what, measured, budget, short = what) {
  if (measured > budget) {
    console.error(`\nSize budget exceeded: ${what} ${measured} B gzip; the budget is ${budget} B.`);
    process.exitCode = 1;
  } else {
    console.log(
      `Size budget: ${short} ${measured} B gzip of ${budget} B (${((measured / budget) * 100).toFixed(0)} %).`,
    );
  }
}

function main() {
  const { rows, total } = sizeTable();
  for (const [name, size] of rows) {
    console.log(
      `${name.padEnd(52)} ${String(size.raw).padStart(8)} B  gzip ${String(size.gzip).padStart(6)} B  brotli ${String(size.brotli).padStart(6)} B`,
    );
  }
  const termsPage = termsPageBytes(total);
  judge('a page of terms (entry, built-in term index) fetches', termsPage, TERMS_PAGE_BUDGET_BYTES);
  judge(
    "a page of terms on the partner's own glossary (entry, validator, term index) fetches",
    termsPage + validatorBytes(),
    PARTNER_TERMS_PAGE_BUDGET_BYTES,
  );
  judge('the entry loads', total, ENTRY_BUDGET_BYTES, 'entry');
}

// Run as a script (not imported by the bench): compared as file paths, so the check holds in any folder.
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
