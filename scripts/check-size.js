#!/usr/bin/env node
/**
 * Size budgets, gzip -9. Fails the build when one is over.
 *
 * 1. The entry: the script-tag module with everything it imports statically, what every page pays
 *    first. 26,800 B. Lit is about 6.8 kB of it and cannot be left out. The crisis footer with its
 *    lines for every region must live in the entry, never in a chunk a failing network could withhold;
 *    issue #12 added the country-from-time-zone table (184 zone names, about 1.5 kB), the emergency
 *    numbers outside the six regions, the shared overdose steps and {emergency} in terms; issue #15 the
 *    element registry and the shared base element (25.3 kB measured, budget 26 kB). Issue #14 adds the reserved-space rules (0.4 kB), which keep the page
 *    still while the rest loads, and the terms' page-wide listeners (0.3 kB).
 * 2. A page of terms: the entry, the validator chunk and the larger built-in term index, the bytes
 *    such a page fetches before anyone touches a term: 36,500 B. Before the term index it fetched the
 *    whole glossary instead (42.1 KiB on the wire then, 28.6 kB of data alone now). The index carries
 *    the word-sense hints of issue #18 (cues, ambiguous words), which the auto-linker reads: 7.6 kB. Issue #14 aims at 16 kB, which needs the footer's code
 *    and lines out of the entry behind an always-present fallback, and Lit's share stays in the way of
 *    the rest (docs/performance.md).
 *
 * Lazy chunks are listed but not budgeted: a page pays for one only when it shows that element.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';

export const ENTRY_BUDGET_BYTES = 26_800;
export const TERMS_PAGE_BUDGET_BYTES = 36_600;

const dist = new URL('../dist/', import.meta.url).pathname;

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

/** Entry + validator chunk + the larger built-in term index: what a page of terms fetches. */
export function termsPageBytes(entryTotal) {
  const validator = readdirSync(join(dist, 'chunks')).find((name) => /^schema-.*\.js$/.test(name));
  const indexes = readdirSync(dist).filter((name) => /^glossary\.\w+\.terms\.json$/.test(name));
  const largest = Math.max(0, ...indexes.map((name) => sizes(join(dist, name)).gzip));
  return entryTotal + (validator ? sizes(join(dist, 'chunks', validator)).gzip : 0) + largest;
}

function main() {
  const { rows, total } = sizeTable();
  for (const [name, size] of rows) {
    console.log(
      `${name.padEnd(52)} ${String(size.raw).padStart(8)} B  gzip ${String(size.gzip).padStart(6)} B  brotli ${String(size.brotli).padStart(6)} B`,
    );
  }
  const termsPage = termsPageBytes(total);
  if (termsPage > TERMS_PAGE_BUDGET_BYTES) {
    console.error(
      `\nSize budget exceeded: a page of terms fetches ${termsPage} B gzip (entry, validator, term index); the budget is ${TERMS_PAGE_BUDGET_BYTES} B.`,
    );
    process.exitCode = 1;
  } else {
    console.log(`Size budget: a page of terms ${termsPage} B gzip of ${TERMS_PAGE_BUDGET_BYTES} B.`);
  }
  if (total > ENTRY_BUDGET_BYTES) {
    console.error(
      `\nSize budget exceeded: the entry loads ${total} B gzip before any definition opens; the budget is ${ENTRY_BUDGET_BYTES} B.`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      `\nSize budget: entry ${total} B gzip of ${ENTRY_BUDGET_BYTES} B (${((total / ENTRY_BUDGET_BYTES) * 100).toFixed(0)} %).`,
    );
  }
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) main();
