/**
 * The pre-rendered site when its data cannot load (issue #27): the page keeps the text it was served
 * with, its questions still open and close, nothing throws, and the reader's console gets one warning.
 * Each case blocks or alters the site's own glossary files as a network, a firewall or a withdrawn
 * entry would.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { consoleSettles, useBrowser } from './browser.js';

const env = useBrowser();

/** Opens the naloxone page with `answer(url)` deciding each glossary file's fate (undefined: as served). */
async function openWith(answer) {
  const page = await env.browser.newPage();
  const errors = [];
  const warnings = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'warn' || message.type() === 'warning') warnings.push(message.text());
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) errors.push(message.text());
  });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const fate = /\/site\/assets\/glossary\./.test(request.url()) ? answer(request.url()) : undefined;
    if (fate === undefined) return void request.continue();
    if (fate === 'fail') return void request.abort('internetdisconnected');
    return void request.respond({ status: 200, contentType: 'application/json', body: fate });
  });
  await page.goto(`${env.base}site/en/naloxone/`, { waitUntil: 'networkidle0' });
  // Every widget has had its chance to wake (or to stay as served).
  await page.evaluate(() =>
    Promise.all([...document.querySelectorAll('glossary-card, crisis-footer')].map((el) => el.updateComplete)),
  );
  return { page, errors, warnings };
}

/** The first question of the card's nested questions: its button and whether its answer shows. */
async function firstQuestion(page) {
  return page.evaluate(() => {
    const faq = document.querySelector('glossary-card').shadowRoot.querySelector('glossary-faq');
    const button = faq.shadowRoot.querySelector('button[aria-controls]');
    const answer = faq.shadowRoot.getElementById(button.getAttribute('aria-controls'));
    return {
      expanded: button.getAttribute('aria-expanded'),
      shown: !answer.hasAttribute('hidden'),
      text: button.textContent,
    };
  });
}

async function clickFirstQuestion(page) {
  await page.evaluate(() =>
    document
      .querySelector('glossary-card')
      .shadowRoot.querySelector('glossary-faq')
      .shadowRoot.querySelector('button[aria-controls]')
      .click(),
  );
}

async function keepsItsText(page) {
  const text = await page.evaluate(() => document.querySelector('glossary-card').shadowRoot.textContent);
  assert.match(text, /Naloxone is a medicine that reverses an opioid overdose/);
  assert.doesNotMatch(text, /could not be loaded/);
}

describe('the pre-rendered site when its glossary cannot load', () => {
  const cases = [
    ['the term index is offline', 1, (url) => (/glossary\.en\.terms\.json/.test(url) ? 'fail' : undefined)],
    [
      'the entry file and the full glossary are offline',
      2,
      (url) => (/glossary\.en\/naloxone\.json|glossary\.en\.json/.test(url) ? 'fail' : undefined),
    ],
    ['the term index is not JSON', 1, (url) => (/glossary\.en\.terms\.json/.test(url) ? '<!doctype html>' : undefined)],
  ];
  for (const [name, files, answer] of cases) {
    it(`${name}: keeps the served text, questions still open, no error, one warning per failed file`, async () => {
      const { page, errors, warnings } = await openWith(answer);
      // The entry's file fails, then the full glossary it falls back to: each warning comes after its
      // request, whenever the page gets to it.
      await consoleSettles(page, () => warnings.length >= files);
      assert.deepEqual(errors, [], 'nothing throws (no "Hydration value mismatch")');
      await keepsItsText(page);
      const before = await firstQuestion(page);
      assert.equal(before.expanded, 'false');
      assert.equal(before.shown, false);
      await clickFirstQuestion(page);
      const after = await firstQuestion(page);
      assert.equal(after.expanded, 'true', 'the question opens');
      assert.equal(after.shown, true, 'its answer shows');
      await clickFirstQuestion(page);
      assert.equal((await firstQuestion(page)).shown, false, 'and closes again');
      // One warning for each file that could not load (the entry's own file, then the full glossary it
      // falls back to, are two), and none for the page keeping its text.
      assert.equal(warnings.length, files, warnings.join('\n'));
      assert.ok(
        warnings.every((text) => /Could not load the glossary/.test(text)),
        warnings.join('\n'),
      );
      const footer = await page.evaluate(() =>
        document.querySelector('crisis-footer').shadowRoot.querySelector('a[href^="tel:"]')?.getAttribute('href'),
      );
      assert.ok(footer, 'the footer still offers a call');
      await page.close();
    });
  }

  it('an entry withdrawn since the page was built: keeps the served text and says why, once', async () => {
    // The glossary as a partner's next build would publish it: naloxone gone from every file.
    const without = async (file) => {
      const document = await (await fetch(`${env.base}site/assets/${file}`)).json();
      document.terms = document.terms.filter((term) => term.id !== 'naloxone');
      for (const term of document.terms) term.related = (term.related ?? []).filter((id) => id !== 'naloxone');
      return JSON.stringify(document);
    };
    const index = await without('glossary.en.terms.json');
    const full = await without('glossary.en.json');
    const { page, errors, warnings } = await openWith((url) => {
      if (/glossary\.en\.terms\.json/.test(url)) return index;
      if (/glossary\.en\/naloxone\.json/.test(url)) return 'fail';
      if (/glossary\.en\.json/.test(url)) return full;
      return undefined;
    });
    await consoleSettles(page, () => warnings.length >= 1);
    assert.deepEqual(errors, []);
    await keepsItsText(page);
    await clickFirstQuestion(page);
    assert.equal((await firstQuestion(page)).shown, true);
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /"naloxone" is no longer in the glossary; the page keeps the text it was served with/);
    await page.close();
  });
});
