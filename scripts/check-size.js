#!/usr/bin/env node
/**
 * Size budget: what a partner's page downloads before any definition opens (the script-tag entry
 * with Lit and everything it imports statically) must stay under the budget, gzip -9. Lazy chunks
 * are listed but not counted. Fails the build when over.
 *
 * The budget was 15 kB while the entry held only the terms (13.0 kB). The crisis footer must live in
 * the entry, never in a chunk that a failing network could withhold, and its bundled lines for six
 * regions in two languages add about 8 kB; 22 kB kept both honest and left little slack. The element
 * registry, the shared base element and settings passed into i18n (one list and one class where
 * five repeated themselves, and no import circle) cost about 0.3 kB of it: 22,106 B measured on
 * 2 December 2026. 22.2 kB holds them with the same little slack.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';

export const ENTRY_BUDGET_BYTES = 22_200;

const dist = new URL('../dist/', import.meta.url).pathname;

export function sizes(file) {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
}

/** Static imports of an ES module file, followed recursively: what loads before the entry runs. */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${}\s,*]+from\s*)?["']([^"']+)["']/g)) {
    staticClosure(join(file, '..', match[1]), seen);
  }
  return seen;
}

/** Every dist entry and chunk with its sizes; the first row is the entry with its static imports. */
export function sizeTable() {
  const entry = join(dist, 'glossary-widgets.js');
  const closure = [...staticClosure(entry)];
  const total = closure.reduce((sum, file) => sum + sizes(file).gzip, 0);
  const rows = [
    ['glossary-widgets.js (entry, static imports)', { ...sizes(entry), gzip: total }],
    ['glossary-widgets.iife.js', sizes(join(dist, 'glossary-widgets.iife.js'))],
    ...readdirSync(join(dist, 'chunks'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => [`chunks/${name} (lazy)`, sizes(join(dist, 'chunks', name))]),
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
