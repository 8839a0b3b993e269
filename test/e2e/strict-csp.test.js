import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useBrowser } from './browser.js';

/** The policy a strict partner serves; docs/security.md documents it. `lit-html` and `dompurify` are the policy names the widgets use. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html dompurify";

const env = useBrowser({
  headers: (pathname) => (pathname.endsWith('strict-csp.html') ? { 'content-security-policy': CSP } : {}),
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
    assert.deepEqual(errors, []);
    assert.deepEqual(violations, []);
    await page.close();
  });
});
