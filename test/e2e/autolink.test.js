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

  it('takes 20,000 words added later without a long script task, wrapping no entry twice', async () => {
    const { page } = await openPage(env.browser, `${env.base}article.html`);
    await page.waitForFunction(() => document.querySelectorAll('article glossary-term').length >= 15);
    const before = await page.evaluate(() => document.querySelectorAll('article glossary-term').length);
    await page.evaluate(() => {
      window.longScripts = [];
      new PerformanceObserver((list) => {
        for (const frame of list.getEntries()) {
          for (const script of frame.scripts) window.longScripts.push(script.duration);
        }
      }).observe({ type: 'long-animation-frame' });
      document.querySelector('#grow').click();
    });
    // First occurrence per root: the copies are plain text (a word that sat in a link in the original is
    // now free), so an entry may be wrapped for the first time, but none a second time.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const ids = await page.evaluate(() =>
      [...document.querySelectorAll('article glossary-term')].map(
        (term) => term.getAttribute('term') ?? term.textContent,
      ),
    );
    assert.ok(ids.length >= before);
    assert.equal(new Set(ids).size, ids.length, `an entry wrapped twice: ${ids.join(', ')}`);
    const scripts = await page.evaluate(() => window.longScripts);
    assert.ok(
      scripts.every((duration) => duration < 50),
      `script slices: ${scripts.map(Math.round).join(', ')} ms`,
    );
    await page.close();
  });
});
