import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { consoleSettles, useBrowser } from './browser.js';

const env = useBrowser();

/** Loads a page letting through only the page and the entry script: every other request fails. */
async function openWithNetworkBlocked(url, script) {
  const page = await env.browser.newPage();
  const blocked = [];
  const errors = [];
  const warnings = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'warn' || message.type() === 'warning') warnings.push(message.text());
  });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url() === url || request.url().endsWith(script)) return void request.continue();
    blocked.push(request.url());
    return void request.abort('internetdisconnected');
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, blocked, errors, warnings };
}

describe('<crisis-footer> when everything else fails', () => {
  it('renders its essential view from the main entry alone, with every other request blocked, and the rest once it can load', async () => {
    const url = `${env.base}test/e2e/pages/footer-offline.html`;
    const { page, blocked, errors, warnings } = await openWithNetworkBlocked(url, '/dist/glossary-widgets.js');
    await page.waitForFunction(() => document.querySelector('#full')?.shadowRoot?.querySelector('a[href="tel:911"]'));
    // Its lazy part was asked for and failed: the essential view stays.
    await page.waitForFunction(() => !document.querySelector('#full').shadowRoot.querySelector('.reserve'));
    // The glossary and the footer's chunk fail on their own schedules, in either order: both warnings
    // are waited for before they are counted.
    await consoleSettles(
      page,
      () =>
        warnings.some((w) => w.includes('Could not load the glossary')) &&
        warnings.some((w) => w.includes('crisis footer')),
    );
    const result = await page.evaluate(() => {
      const full = document.querySelector('#full').shadowRoot;
      const compact = document.querySelector('#compact').shadowRoot;
      return {
        hrefs: [...full.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        fullText: full.textContent.replace(/\s+/g, ' '),
        compactHrefs: [...compact.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        compactText: compact.textContent.replace(/\s+/g, ' '),
        term: document.querySelector('glossary-term').textContent,
      };
    });
    assert.deepEqual(result.hrefs, ['tel:911', 'tel:988', 'sms:988'], 'the emergency number first, then 988');
    assert.match(result.fullText, /988 Suicide & Crisis Lifeline/);
    assert.doesNotMatch(result.fullText, /SAMHSA/, 'the rest of the lines are in the chunk that did not load');
    // The compact footer is whole offline: every line of its list, with who it serves and its hours.
    assert.deepEqual(result.compactHrefs, ['tel:911', 'tel:988', 'sms:988', 'tel:+18552423310']);
    assert.match(result.compactText, /¿En crisis\?/);
    assert.match(result.compactText, /Suicidio, 24 horas:/);
    assert.match(result.compactText, /Hope for Wellness \(para los pueblos indígenas de Canadá\), 24 horas:/);
    assert.equal(result.term, 'naloxone', 'the term stays readable text');
    assert.ok(
      blocked.some((request) => request.includes('glossary.invalid')),
      'the glossary request did fail',
    );
    assert.ok(
      blocked.some((request) => /\/chunks\/full-footer-/.test(request)),
      "the footer's chunk was asked for and failed",
    );
    assert.deepEqual(errors, [], 'no uncaught error');
    assert.equal(warnings.filter((w) => w.includes('Could not load the glossary')).length, 1);
    assert.equal(warnings.filter((w) => w.includes('crisis footer')).length, 1, 'one warning for both footers');
    // With the network back, the next connect loads the full footer.
    page.removeAllListeners('request');
    await page.setRequestInterception(false);
    const full = await page.evaluate(async () => {
      const footer = document.querySelector('#full');
      footer.remove();
      document.body.append(footer);
      await footer.updateComplete;
      return footer.shadowRoot.textContent.replace(/\s+/g, ' ');
    });
    assert.match(full, /SAMHSA National Helpline \(treatment referral\)/);
    await page.close();
  });

  it('renders in the classic build with the network off after the script loaded', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.base}test/e2e/pages/classic.html`, { waitUntil: 'networkidle0' });
    await page.setOfflineMode(true);
    const href = await page.evaluate(async () => {
      const footer = document.createElement('crisis-footer');
      footer.setAttribute('region', 'AU');
      document.body.append(footer);
      await footer.updateComplete;
      return footer.shadowRoot.querySelector('a').getAttribute('href');
    });
    assert.equal(href, 'tel:000');
    await page.close();
  });
});
