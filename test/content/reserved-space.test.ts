import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { RESERVED_SPACE_FILE, reservedSpaceCss } from '../../src/styles/reserve.js';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

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

  it('is linked before the script on every demo page and bench layout, which hold none of it themselves', () => {
    // The bench measures what a partner gets from the quick-start snippet alone.
    const pages = [
      ...readdirSync(new URL('../../demo/', import.meta.url)).map((name) => `demo/${name}`),
      ...readdirSync(new URL('../../bench/pages/', import.meta.url)).map((name) => `bench/pages/${name}`),
    ].filter((path) => path.endsWith('.html'));
    assert.ok(pages.length >= 12, pages.join(', '));
    for (const path of pages) {
      const html = read(path);
      assert.match(
        html,
        new RegExp(`<link rel="stylesheet" href="/dist/${RESERVED_SPACE_FILE}" />\\s*<script type="module" src="/dist/glossary-widgets\\.js"`),
        path,
      );
    }
    assert.doesNotMatch(read('demo/site.css'), /:not\(:defined\)/, 'demo/site.css holds no reserved space');
  });

  it("is linked before the script, from the script's folder, in every quick-start snippet", () => {
    const sections: [string, string][] = [
      ['README.md', 'Quick start'],
      ['docs/partner-guide.md', 'Partner quick start'],
      ['docs/frameworks.md', 'Plain HTML'],
    ];
    for (const [path, heading] of sections) {
      const section = read(path)
        .split(/^## /m)
        .find((part) => part.startsWith(`${heading}\n`));
      assert.ok(section, `${path}: ## ${heading}`);
      const scripts = [...section.matchAll(/```html\n([\s\S]*?)```/g)]
        .flatMap(([, block]) => [...(block ?? '').matchAll(/(<link [^>]*>\s*)?<script [^>]*src="([^"]*)glossary-widgets(?:\.iife)?\.js"/g)]);
      assert.ok(scripts.length > 0, `${path}: ## ${heading} has a script tag`);
      for (const [tag, link, folder] of scripts)
        assert.match(
          link ?? '',
          new RegExp(`^<link rel="stylesheet" href="${(folder ?? '').replace(/[.]/g, '\\.')}${RESERVED_SPACE_FILE}"`),
          `${path}: ${tag}`,
        );
    }
  });

  it('holds space for every block element and never for the inline term', () => {
    const css = reservedSpaceCss();
    for (const tag of ['glossary-index', 'glossary-card', 'glossary-faq', 'crisis-footer']) {
      assert.match(css, new RegExp(`^${tag}.*:not\\(:defined\\)`, 'm'), tag);
    }
    assert.doesNotMatch(css, /glossary-term/);
  });
});
