/**
 * What a page downloads before anyone touches a term, against the built script: the built-in glossary
 * was checked by the build that made it, so its pages never fetch the validator; a glossary the page
 * names (a URL, an inline script) is untrusted and is still checked by it, rule for rule.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { openPage, useBrowser } from './browser.js';

const VALIDATOR = /\/chunks\/schema-[\w-]+\.js$/;
const builtinIndex = JSON.parse(readFileSync(new URL('../../dist/glossary.en.terms.json', import.meta.url), 'utf8'));

/**
 * The built-in term index as a partner might copy it to its own server, with one entry broken (a short
 * definition over the 280-character limit) and the `full`, `entries` and `sense` it names dropped.
 */
function brokenCopy() {
  const { full, entries, sense, ...rest } = builtinIndex;
  void [full, entries, sense];
  return JSON.stringify({
    ...rest,
    terms: rest.terms.map((term) => (term.id === 'overdose' ? { ...term, short: 'x'.repeat(281) } : term)),
  });
}

/** A partner page: the script (naming `src` when given), two terms, and whatever `extra` adds. */
function page(src, extra = '') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/dist/glossary-widgets.js"${src ? ` data-glossary-src="${src}"` : ''}></script></head>
<body><p>Carry <glossary-term id="naloxone">naloxone</glossary-term>; an <glossary-term id="overdose">overdose</glossary-term> is an emergency.</p>
${extra}</body></html>`;
}

const PAGES = {
  '/terms.html': () => page(),
  '/card.html': () => page(undefined, '<glossary-card term="naloxone"></glossary-card>'),
  '/autolinked.html': () =>
    page(undefined, '<main><p>Fentanyl is in much of the supply; harm reduction saves lives.</p></main>').replace(
      '<script type="module" src="/dist/glossary-widgets.js"',
      '<script type="module" src="/dist/glossary-widgets.js" data-autolink="main"',
    ),
  '/partner-url.html': () => page('/partner/glossary.en.json'),
  '/partner-inline.html': () =>
    page(
      '#partner',
      `<script type="application/json" id="partner">${JSON.stringify({ ...JSON.parse(brokenCopy()), schema: 2 })}</script>`,
    ),
};

function handle(req, res, url) {
  if (url.pathname === '/partner/glossary.en.json') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(brokenCopy());
    return true;
  }
  const html = PAGES[url.pathname];
  if (!html) return false;
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(html());
  return true;
}

const env = useBrowser({ handle });

/** Each term's state once the glossary has loaded (naloxone opens): whether it opens, and its description. */
async function terms(page) {
  await page.waitForFunction(() => document.querySelector('#naloxone').shadowRoot?.querySelector('[part="trigger"]'));
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('p glossary-term')].map((term) => [
        term.id,
        {
          opens: Boolean(term.shadowRoot.querySelector('[part="trigger"]')),
          description: term.shadowRoot.querySelector('#description')?.textContent ?? '',
        },
      ]),
    ),
  );
}

/** Resolves once `log` holds a warning matching `pattern` (the page reports its glossary failure there). */
async function warned(log, pattern) {
  for (let waited = 0; !log.warnings.some((w) => pattern.test(w)); waited += 25) {
    if (waited > 10_000) assert.fail(`no warning matching ${pattern}: ${log.warnings.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('the built-in glossary: read without downloading the validator', () => {
  it('a page of terms fetches the term index and no validator, even once a definition is open', async () => {
    const { page: tab, log } = await openPage(env.browser, `${env.base}terms.html`);
    const view = await terms(tab);
    assert.equal(view.naloxone.opens, true);
    assert.match(view.naloxone.description, /opioid overdose/);
    await tab.keyboard.press('Tab');
    await tab.waitForFunction(() =>
      document.querySelector('#naloxone').shadowRoot.querySelector('[part="definition"][data-positioned]'),
    );
    assert.ok(
      log.requests.some((url) => url.endsWith('/dist/glossary.en.terms.json')),
      'the built-in term index',
    );
    assert.deepEqual(
      log.requests.filter((url) => VALIDATOR.test(url)),
      [],
      'no validator chunk',
    );
    assert.deepEqual(log.warnings, []);
    assert.deepEqual(log.errors, []);
    await tab.close();
  });

  it('a card reads its entry’s own file, and an auto-linked article the hints file, without the validator', async () => {
    const card = await openPage(env.browser, `${env.base}card.html`);
    await card.page.waitForFunction(() =>
      document.querySelector('glossary-card')?.shadowRoot?.querySelector('article'),
    );
    const text = await card.page.evaluate(() => document.querySelector('glossary-card').shadowRoot.textContent);
    assert.match(text, /Naloxone/);
    assert.ok(card.log.requests.some((url) => url.endsWith('/dist/glossary.en/naloxone.json')));
    assert.deepEqual(
      card.log.requests.filter((url) => VALIDATOR.test(url)),
      [],
    );
    assert.deepEqual(card.log.warnings, []);
    await card.page.close();

    const article = await openPage(env.browser, `${env.base}autolinked.html`);
    await article.page.waitForFunction(() => document.querySelectorAll('main glossary-term').length >= 2);
    const linked = await article.page.evaluate(() =>
      [...document.querySelectorAll('main glossary-term')].map((term) => term.getAttribute('term')),
    );
    assert.deepEqual(linked, ['fentanyl', 'harm-reduction']);
    assert.ok(article.log.requests.some((url) => url.endsWith('/dist/glossary.en.sense.json')));
    assert.deepEqual(
      article.log.requests.filter((url) => VALIDATOR.test(url)),
      [],
    );
    assert.deepEqual(article.log.warnings, []);
    await article.page.close();
  });
});

describe('a glossary the page names: still checked by the validator', () => {
  it('a URL source: the validator loads, the broken entry is left out with one warning, the rest work', async () => {
    const { page: tab, log } = await openPage(env.browser, `${env.base}partner-url.html`);
    const view = await terms(tab);
    assert.equal(view.naloxone.opens, true);
    assert.equal(view.overdose.opens, false, 'the entry over the limit stays plain text');
    assert.equal(log.requests.filter((url) => VALIDATOR.test(url)).length, 1, 'the validator chunk');
    assert.equal(
      log.warnings.filter((w) => /must be at most 280 characters/.test(w)).length,
      1,
      log.warnings.join('\n'),
    );
    assert.deepEqual(log.errors, []);
    await tab.close();
  });

  it('an inline source of another schema is refused as a whole', async () => {
    const { page: tab, log } = await openPage(env.browser, `${env.base}partner-inline.html`);
    await warned(log, /schema: must be 1/);
    const opens = await tab.evaluate(() =>
      [...document.querySelectorAll('p glossary-term')].some((term) =>
        term.shadowRoot?.querySelector('[part="trigger"]'),
      ),
    );
    assert.equal(opens, false, 'every term stays plain text');
    assert.equal(log.requests.filter((url) => VALIDATOR.test(url)).length, 1, 'the validator chunk');
    assert.equal(log.warnings.length, 1, log.warnings.join('\n'));
    assert.deepEqual(log.errors, []);
    await tab.close();
  });
});
