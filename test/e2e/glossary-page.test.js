import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage, useBrowser } from './browser.js';

const env = useBrowser();

describe('the demo glossary page, from the script tag alone', () => {
  it('loads the index, card and questions on first sight, and a reader can use them by keyboard', async () => {
    const { page, log } = await openPage(env.browser, `${env.base}glossary.html`);
    await page.waitForFunction(() => document.querySelector('glossary-card')?.shadowRoot?.querySelector('article'));
    await page.waitForFunction(() => document.querySelector('glossary-index')?.shadowRoot?.querySelector('.entries'));
    const jsonLd = await page.evaluate(
      () => document.querySelector('glossary-card script[type="application/ld+json"]')?.textContent,
    );
    assert.match(jsonLd ?? '', /"@type":"DefinedTerm"/);
    // Each widget shows one entry: each reads that entry's own small file, never the whole glossary.
    const data = log.requests.filter((url) => url.endsWith('.json')).map((url) => new URL(url).pathname);
    assert.deepEqual(
      [...new Set(data)].sort(),
      ['/dist/glossary.en.terms.json', '/dist/glossary.en/harm-reduction.json', '/dist/glossary.en/naloxone.json'],
      data.join(', '),
    );
    // Keyboard: focus the filter, type, Tab to the first result, open it with Enter.
    await page.evaluate(() => document.querySelector('glossary-index').shadowRoot.querySelector('input').focus());
    await page.keyboard.type('Narcan');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const card = document.querySelector('glossary-index').shadowRoot.querySelector('glossary-card');
      return card?.shadowRoot?.querySelector('article [role="heading"]')?.textContent.trim() === 'Naloxone';
    });
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('does not download the card, question, index or sanitizer code on a page without them', async () => {
    const { page, log } = await openPage(env.browser, `${env.base}index.html`);
    await page.waitForFunction(() =>
      document.querySelector('glossary-term')?.shadowRoot?.querySelector('[part="trigger"]'),
    );
    const chunks = log.requests.filter((url) => url.includes('/chunks/')).map((url) => url.split('/chunks/')[1]);
    // The validator (for a term index the page names), the footer's lines (the page has a footer) with the
    // heading template they share with the card, questions and index (heading-*.js, 0.3 kB), and the terms'
    // open definition, which the page preloads once it falls idle (with Floating UI and the link rule it
    // shares with the card), may load, with Lit's runtime (lit-html-*.js), which the footer's lines and the
    // definition both render with; nothing else.
    const allowed = ['schema-', 'full-footer-', 'heading-', 'definition-', 'floating-ui.dom-', 'urls-', 'lit-html-'];
    assert.ok(
      chunks.every((name) => allowed.some((start) => name.startsWith(start))),
      `only the validator, the footer's lines and the definition loaded: ${chunks.join(', ')}`,
    );
    await page.close();
  });
});
