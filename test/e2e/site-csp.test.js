/**
 * The pre-rendered site under the strict policy docs/security.md documents: with scripts off and on,
 * no violation, and the widgets keep their shadow-root styles (each element's stylesheet is a file of
 * the site's own origin, linked from inside its shadow root, not an inline <style> the policy blocks).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hydrated, useBrowser } from './browser.js';
import { STRICT_CSP } from './strict-csp.js';

const env = useBrowser({
  headers: (pathname) =>
    pathname.startsWith('/site/') && pathname.endsWith('/') ? { 'content-security-policy': STRICT_CSP } : {},
});

async function open(path, javaScript) {
  const page = await env.browser.newPage();
  await page.setJavaScriptEnabled(javaScript);
  const violations = [];
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  await page.setViewport({ width: 320, height: 640 });
  await page.goto(`${env.base}site/${path}`, { waitUntil: 'networkidle0' });
  return { page, violations, errors };
}

/** What the reader sees of the styles: the footer's first call link is a 44 px target, the card a bordered surface. */
function styled(page) {
  return page.evaluate(() => {
    const footer = document.querySelector('crisis-footer').shadowRoot;
    const call = footer.querySelector('a[href^="tel:"]').getBoundingClientRect();
    const card = document.querySelector('glossary-card')?.shadowRoot?.querySelector('[part~="base"]');
    return {
      callHeight: call.height,
      cardBorder: card ? getComputedStyle(card).borderTopStyle : 'none',
      inlineStyles: [...document.querySelectorAll('*')].filter((el) => el.shadowRoot?.querySelector('style')).length,
    };
  });
}

describe('the pre-rendered site under the documented strict Content-Security-Policy', () => {
  for (const javaScript of [false, true]) {
    it(`keeps every widget's styles, with scripts ${javaScript ? 'on' : 'off'}, and reports no violation`, async () => {
      const { page, violations, errors } = await open('en/overdose/', javaScript);
      if (javaScript) await hydrated(page);
      const seen = await styled(page);
      assert.ok(seen.callHeight >= 44, `the call link is a 44 px target (${seen.callHeight} px)`);
      assert.notEqual(seen.cardBorder, 'none', 'the card is drawn as a surface');
      assert.equal(seen.inlineStyles, 0, 'no inline <style> for the policy to block');
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
