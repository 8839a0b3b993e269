/**
 * `window.TwelvaGlossary.autolink` as the partner guide documents it: with the script tag it returns a
 * promise of the handle (the auto-linker is a lazy chunk), and the handle links the text it was given.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { openPage, partnerSite, useBrowser } from './browser.js';

const env = useBrowser();

describe('TwelvaGlossary.autolink', () => {
  it('returns a promise of a handle with ready, count and disconnect(), as the partner guide says', async () => {
    const guide = readFileSync(new URL('../../docs/partner-guide.md', import.meta.url), 'utf8');
    assert.match(guide, /`TwelvaGlossary\.autolink\(element, options\)` returns a\s+\*\*promise\*\* of the handle/);
    const partner = await partnerSite(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title><link rel="icon" href="data:,">
      <script type="module" src="${env.base}dist/glossary-widgets.js"></script></head>
      <body><article id="story"><p>She always carries naloxone.</p></article></body></html>`,
    );
    try {
      const { page, log } = await openPage(env.browser, partner.url);
      await page.waitForFunction(() => window.TwelvaGlossary);
      const result = await page.evaluate(async () => {
        const returned = window.TwelvaGlossary.autolink(document.getElementById('story'));
        const handle = await returned;
        const wrapped = await handle.ready;
        return {
          promise: returned instanceof Promise,
          wrapped,
          count: handle.count,
          disconnect: typeof handle.disconnect,
          term: document.querySelector('#story glossary-term')?.textContent,
        };
      });
      assert.deepEqual(result, { promise: true, wrapped: 1, count: 1, disconnect: 'function', term: 'naloxone' });
      assert.deepEqual(log.errors, []);
      await page.close();
    } finally {
      await partner.close();
    }
  });
});
