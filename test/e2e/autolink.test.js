import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage, useBrowser } from './browser.js';

const env = useBrowser();

describe('data-autolink on the demo article', () => {
  it('links the first occurrence of each glossary word, skipping headings, links and skipped parts', async () => {
    const { page, log } = await openPage(env.browser, `${env.base}article.html`);
    await page.waitForFunction(() => document.querySelectorAll('article glossary-term').length >= 15);
    const result = await page.evaluate(() => {
      const terms = [...document.querySelectorAll('article glossary-term')];
      return {
        ids: terms.map((t) => t.getAttribute('term')),
        inForbidden: terms.filter((t) => t.closest('h1, h2, a, code, [data-glossary-skip]')).length,
        firstText: terms[0]?.textContent,
        upgraded: terms.every((t) => t.shadowRoot?.querySelector('[part="trigger"]')),
      };
    });
    assert.equal(result.firstText, 'harm reduction approach', 'the longest match: an alias of harm reduction');
    assert.equal(new Set(result.ids).size, result.ids.length, 'first occurrence only');
    for (const id of ['harm-reduction', 'overdose', 'naloxone', 'fentanyl', 'moud', 'return-to-use', '988-lifeline']) {
      assert.ok(result.ids.includes(id), id);
    }
    assert.equal(result.inForbidden, 0);
    assert.equal(result.upgraded, true, 'wrapped words are working terms');
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});
