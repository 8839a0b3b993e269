import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PATIENCE, openPage, useBrowser } from './browser.js';

const env = useBrowser();
/** Words of the article that the glossary has, from its first paragraph to its end (988). */
const EXPECTED = ['harm-reduction', 'overdose', 'naloxone', 'fentanyl', 'moud', 'return-to-use', '988-lifeline'];

describe('data-autolink on the demo article', () => {
  it('links the first occurrence of each glossary word, skipping headings, links and skipped parts', async () => {
    const { page, log } = await openPage(env.browser, `${env.base}article.html`);
    // The auto-linker works in slices and yields between them, so fifteen terms can be on the page
    // before the article's last words are linked. Wait for the words it must find as well (the
    // assertions below say what is missing if they never come).
    await page
      .waitForFunction(
        (ids) => {
          const terms = [...document.querySelectorAll('article glossary-term')];
          return terms.length >= 15 && ids.every((id) => terms.some((term) => term.getAttribute('term') === id));
        },
        { timeout: PATIENCE },
        EXPECTED,
      )
      .catch(() => {});
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
    for (const id of EXPECTED) assert.ok(result.ids.includes(id), id);
    assert.ok(result.ids.length >= 15, `${result.ids.length} terms linked`);
    assert.equal(result.inForbidden, 0);
    assert.equal(result.upgraded, true, 'wrapped words are working terms');
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});
