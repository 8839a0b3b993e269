import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { useBrowser } from './browser.js';
import { STRICT_CSP } from './strict-csp.js';

const CSP = STRICT_CSP;
/** The same policy written before the card's structured data had a policy name of its own. */
const NARROW_CSP = CSP.replace(' glossary-json-ld', '');
const page = readFileSync(new URL('pages/strict-csp.html', import.meta.url), 'utf8');

const env = useBrowser({
  headers: (pathname) => (pathname.endsWith('strict-csp.html') ? { 'content-security-policy': CSP } : {}),
  handle(req, res) {
    if (!req.url.startsWith('/test/e2e/pages/narrow-csp.html')) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': NARROW_CSP });
    res.end(page);
    return true;
  },
});

describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('runs every widget with no policy violation', async () => {
    const page = await env.browser.newPage();
    const violations = [];
    const errors = [];
    await page.exposeFunction('reportViolation', (text) => violations.push(text));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        window.reportViolation(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`),
      );
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${env.base}test/e2e/pages/strict-csp.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('#card')?.shadowRoot?.querySelector('article .body p'));
    await page.waitForFunction(() => document.querySelector('#index')?.shadowRoot?.querySelector('.entries'));
    await page.waitForFunction(() => document.querySelector('#faq')?.shadowRoot?.querySelector('.answer p'));
    // Open a definition: Floating UI places it with inline styles set from script.
    await page.focus('body');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() =>
      document.querySelector('#term').shadowRoot.querySelector('[part="definition"][data-positioned]'),
    );
    const footer = await page.evaluate(() =>
      document.querySelector('#footer').shadowRoot.querySelector('a')?.getAttribute('href'),
    );
    assert.equal(footer, 'tel:911');
    const jsonLd = await page.evaluate(
      () => document.querySelector('#card > script[type="application/ld+json"]')?.textContent ?? '',
    );
    assert.equal(JSON.parse(jsonLd || 'null')?.termCode, 'harm-reduction', "the card's structured data is filled in");
    assert.deepEqual(errors, []);
    assert.deepEqual(violations, []);
    await page.close();
  });

  it('leaves out only the structured data, with one warning, where the policy does not name it', async () => {
    const tab = await env.browser.newPage();
    const errors = [];
    const warnings = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    tab.on('console', (message) => message.type() === 'warn' && warnings.push(message.text()));
    await tab.goto(`${env.base}test/e2e/pages/narrow-csp.html`, { waitUntil: 'networkidle0' });
    await tab.waitForFunction(() => document.querySelector('#card')?.shadowRoot?.querySelector('article .body p'));
    const jsonLd = await tab.evaluate(() => document.querySelector('#card > script[type="application/ld+json"]'));
    assert.equal(jsonLd, null);
    assert.deepEqual(errors, [], 'no uncaught error on any update');
    assert.equal(warnings.filter((text) => text.includes("'glossary-json-ld'")).length, 1);
    await tab.close();
  });
});
