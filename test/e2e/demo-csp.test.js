/**
 * The demo pages are what partners copy: each must run under the strict policy docs/security.md
 * documents, with no violation (no inline script, no data: icon).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { useBrowser } from './browser.js';
import { STRICT_CSP } from './strict-csp.js';

const DEMO_PAGES = ['index.html', 'article.html', 'glossary.html', 'es.html', 'theming.html', 'embed.html'];

const env = useBrowser({
  headers: (pathname) =>
    DEMO_PAGES.some((name) => pathname === `/${name}`) ? { 'content-security-policy': STRICT_CSP } : {},
});

describe('the demo under the documented strict Content-Security-Policy', () => {
  // One tab loads each page afresh in turn: the listener that reports violations is set up once.
  let page;
  let violations = [];
  before(async () => {
    page = await env.browser.newPage();
    await page.exposeFunction('reportViolation', (text) => violations.push(text));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        window.reportViolation(`${event.violatedDirective}: ${event.blockedURI}`),
      );
    });
  });
  after(async () => {
    await page?.close();
  });

  for (const name of DEMO_PAGES) {
    it(`${name} runs with no policy violation`, async () => {
      violations = [];
      await page.goto(`${env.base}${name}`, { waitUntil: 'networkidle0' });
      if (name === 'article.html') {
        // The page's own script (now a file) still works: more words arrive and are linked.
        const shown = await page.$$eval('article p', (list) => list.length);
        await page.click('#grow');
        const grown = await page.$$eval('article p', (list) => list.length);
        assert.ok(grown > shown, 'the button adds paragraphs');
      }
      assert.deepEqual(violations, []);
    });
  }
});
