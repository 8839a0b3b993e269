import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

/**
 * The README's cost figures are copied from bench/RESULTS.md, the benchmark's own output (issue #14:
 * "the numbers in the README come from bench/RESULTS.md"). This holds them to it: every measured figure
 * in the README's marked block must appear in RESULTS.md, so a new benchmark run that changes a number
 * fails here until the README says the same.
 */
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const results = readFileSync(new URL('../../bench/RESULTS.md', import.meta.url), 'utf8');

/** A measured figure: a number with the unit the benchmark prints it in. */
const FIGURE = /\d[\d,]*(?:\.\d+)? (?:KiB|ms|×)/g;

describe('the README cost figures', () => {
  const block = /<!-- bench:start -->([\s\S]*?)<!-- bench:end -->/.exec(readme)?.[1];

  it('are in a marked block of the README', () => {
    assert.ok(block, 'README.md has a <!-- bench:start --> … <!-- bench:end --> block');
    assert.ok((block.match(FIGURE) ?? []).length >= 4, 'the block gives at least four measured figures');
  });

  it('each appear in bench/RESULTS.md', () => {
    for (const figure of block?.match(FIGURE) ?? []) {
      assert.ok(results.includes(figure), `"${figure}" in the README is not in bench/RESULTS.md`);
    }
  });
});
