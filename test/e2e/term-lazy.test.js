/**
 * A page of terms pays for the closed term only: the open definition (Lit's renderer, its template,
 * Floating UI) is a chunk fetched when the reader comes near a term, reaches for one, or the page
 * falls idle, and the first hover opens it. The page's idle callbacks are held, so what is fetched
 * "before interaction" does not depend on how soon this machine falls idle.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useBrowser } from './browser.js';

const env = useBrowser();

const DEFINITION = /\/chunks\/definition-[\w-]+\.js$/;
const FLOATING = /\/chunks\/floating-ui[\w.-]*\.js$/;

/** The terms-only page with its idle callbacks held in `window.heldIdle` until the test runs them. */
async function openTermsPage() {
  const page = await env.browser.newPage();
  await page.setViewport({ width: 800, height: 600 });
  await page.evaluateOnNewDocument(() => {
    window.heldIdle = [];
    window.requestIdleCallback = (callback) => window.heldIdle.push(callback);
  });
  const requests = [];
  const errors = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${env.base}test/e2e/pages/terms-only.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('#term').shadowRoot?.querySelector('[part="trigger"]'));
  return { page, requests, errors };
}

const fetched = (requests, pattern) => requests.some((url) => pattern.test(new URL(url).pathname));

/** Waits (up to 5 s) until the page has asked for a file matching `pattern`. */
const waitForRequest = (page, pattern) =>
  page.waitForFunction(
    (source) => performance.getEntriesByType('resource').some((entry) => new RegExp(source).test(entry.name)),
    { timeout: 5000 },
    pattern.source,
  );

const definitionShown = (page) =>
  page.evaluate(
    () =>
      document.querySelector('#term').shadowRoot.querySelector('[part="definition"]')?.matches(':popover-open') ??
      false,
  );

describe('a page of terms before anyone reaches for one', () => {
  it('has fetched neither the open definition nor Floating UI, and its term class is not a Lit element', async () => {
    const { page, requests, errors } = await openTermsPage();
    assert.equal(fetched(requests, DEFINITION), false, `no definition chunk yet: ${requests.join(', ')}`);
    assert.equal(fetched(requests, FLOATING), false, 'no Floating UI yet');
    const litFree = await page.evaluate(() => !('createRenderRoot' in customElements.get('glossary-term').prototype));
    assert.equal(litFree, true, 'the closed term is a plain custom element');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('opens the definition on the first hover, fetching its chunk then', async () => {
    const { page, requests, errors } = await openTermsPage();
    await page.hover('#term');
    await page.waitForFunction(
      () => document.querySelector('#term').shadowRoot.querySelector('[part="definition"][data-positioned]'),
      { timeout: 5000 },
    );
    assert.equal(fetched(requests, DEFINITION), true, 'the definition chunk came with the hover');
    const text = await page.evaluate(() =>
      document.querySelector('#term').shadowRoot.querySelector('[part="definition"]').textContent.replace(/\s+/g, ' '),
    );
    assert.match(text, /Naloxone A medicine that can reverse an opioid overdose/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('fetches the definition when the pointer comes into a paragraph that holds a term, before any term opens', async () => {
    const { page, requests } = await openTermsPage();
    await page.hover('#far');
    assert.equal(fetched(requests, DEFINITION), false, 'a paragraph without a term is not "near"');
    // The start of the paragraph that holds the terms: its own text, not a term.
    const box = await page.$eval('#near', (p) => {
      const rect = p.getBoundingClientRect();
      return { x: rect.left + 4, y: rect.top + rect.height / 4 };
    });
    await page.mouse.move(box.x, box.y);
    await waitForRequest(page, DEFINITION);
    assert.equal(await definitionShown(page), false, 'preloaded, not opened');
    await page.close();
  });

  it('fetches the definition when the page falls idle, without rendering it', async () => {
    const { page, requests } = await openTermsPage();
    const held = await page.evaluate(() => window.heldIdle.length);
    assert.ok(held >= 1, 'an idle preload waits for the page to fall idle');
    await page.evaluate(() => window.heldIdle.splice(0).forEach((callback) => callback()));
    await waitForRequest(page, DEFINITION);
    assert.ok(fetched(requests, DEFINITION));
    assert.equal(await definitionShown(page), false);
    await page.close();
  });
});
