#!/usr/bin/env node
/**
 * Size budget: what a partner's page downloads before any definition opens (the script-tag entry
 * with Lit and everything it imports statically) must stay under the budget, gzip -9. Lazy chunks
 * are listed but not counted. Fails the build when over.
 *
 * The budget was 15 kB while the entry held only the terms (13.0 kB). The crisis footer must live in
 * the entry, never in a chunk that a failing network could withhold, and its bundled lines for six
 * regions in two languages add about 8 kB; 22 kB kept both honest and left little slack.
 * Issue #12 put the country-from-time-zone table (every IANA zone and alias of the countries with
 * help: 184 names, about 1.5 kB gzip), the emergency numbers outside the six regions and the shared
 * overdose steps in the entry for the same reason: a reader in crisis offline must still get them.
 * Filling {emergency} in terms (the entry's words) adds 0.4 kB. The element registry, the shared base
 * element and settings passed into i18n (one list and one class where five repeated themselves, and no
 * import circle) cost about 0.3 kB: 25.3 kB measured; 26 kB leaves 0.7 kB.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';

export const ENTRY_BUDGET_BYTES = 26_000;

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

function main() {
  const { rows, total } = sizeTable();
  for (const [name, size] of rows) {
    console.log(
      `${name.padEnd(52)} ${String(size.raw).padStart(8)} B  gzip ${String(size.gzip).padStart(6)} B  brotli ${String(size.brotli).padStart(6)} B`,
    );
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
