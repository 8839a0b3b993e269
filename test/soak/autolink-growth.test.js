/**
 * The demo article taking 20,000 more words while it is open: the auto-linker must keep every script
 * slice under 50 ms (long-animation-frame) and wrap no entry twice. A measure of speed on a shared
 * machine, so it runs in the soak stage (`node scripts/test.js --only soak`), which does not gate.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage, useBrowser } from '../e2e/browser.js';

const env = useBrowser();

describe('data-autolink on the demo article, growing', () => {
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
    // Until the linker has gone quiet: ten frames in a row with no change to the article.
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          let quiet = 0;
          const observer = new MutationObserver(() => (quiet = 0));
          observer.observe(document.querySelector('article'), { childList: true, subtree: true });
          const frame = () => {
            if (++quiet < 10) return requestAnimationFrame(frame);
            observer.disconnect();
            resolve();
          };
          requestAnimationFrame(frame);
        }),
    );
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
