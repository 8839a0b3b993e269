import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { reservedSpaceCss } from '../../src/styles/reserve.js';

/** CSS compared without white space, so a formatter may lay it out as it likes. */
const squeeze = (css: string): string => css.replace(/\s+/g, '');

describe('reserved space before the widgets load', () => {
  const expected = squeeze(reservedSpaceCss());

  it('is the CSS docs/performance.md gives partners to paste', () => {
    const doc = readFileSync(new URL('../../docs/performance.md', import.meta.url), 'utf8');
    const block = /<!-- reserved-space:start[^>]*-->\s*```css\n([\s\S]*?)```/.exec(doc);
    assert.ok(block, 'docs/performance.md has the reserved-space CSS block');
    assert.equal(squeeze(block[1] ?? ''), expected);
  });

  it('is what the demo site carries, so the demo measures what partners get', () => {
    const site = readFileSync(new URL('../../demo/site.css', import.meta.url), 'utf8');
    assert.ok(squeeze(site).includes(expected), 'demo/site.css holds the same rules');
  });

  it('holds space for every block element and never for the inline term', () => {
    const css = reservedSpaceCss();
    for (const tag of ['glossary-index', 'glossary-card', 'glossary-faq', 'crisis-footer']) {
      assert.match(css, new RegExp(`^${tag}.*:not\\(:defined\\)`, 'm'), tag);
    }
    assert.doesNotMatch(css, /glossary-term/);
  });
});
