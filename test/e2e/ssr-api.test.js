/**
 * The Node API (`@twelva/glossary-widgets/ssr`, dist/cli/ssr.js) as a partner's static-site generator
 * uses it: every element it documents renders (the term with its word), the browser takes the markup
 * over without a hydration mismatch, and what the generator passes in cannot add script to the page
 * or make the build machine fetch anything.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { PATIENCE, openPage, partnerSite, useBrowser } from './browser.js';

const dist = new URL('../../dist/', import.meta.url);
const full = JSON.parse(readFileSync(new URL('glossary.en.json', dist), 'utf8'));
const index = JSON.parse(readFileSync(new URL('glossary.en.terms.json', dist), 'utf8'));
const naloxone = full.terms.find((term) => term.id === 'naloxone');

let api;
before(async () => {
  api = await import('../../dist/cli/ssr.js');
});

describe('the Node API renders every element it documents', () => {
  it('glossary-term keeps its word (the term by default, or the given text, escaped)', async () => {
    const html = await api.renderElementToHtml(
      'glossary-term',
      { term: 'naloxone', locale: 'en' },
      { glossaries: [full] },
    );
    assert.match(html, /<\/template>naloxone<\/glossary-term>/);
    assert.ok(html.includes(naloxone.short), 'the short definition, for screen readers before any script');
    const worded = await api.renderElementToHtml(
      'glossary-term',
      { term: 'naloxone', locale: 'en' },
      { glossaries: [full], text: 'Narcan <b>&' },
    );
    assert.match(worded, /<\/template>Narcan &lt;b>&amp;<\/glossary-term>/);
  });

  it('renders the card, the questions, the index and the footer', async () => {
    for (const [tag, attributes, expected] of [
      ['glossary-card', { term: 'naloxone', locale: 'en' }, naloxone.short],
      ['glossary-faq', { term: 'naloxone', locale: 'en' }, naloxone.faq[0].q],
      ['glossary-index', { locale: 'en' }, naloxone.title],
      ['crisis-footer', { locale: 'en', region: 'US' }, '988'],
    ]) {
      const html = await api.renderElementToHtml(tag, attributes, { glossaries: [full] });
      assert.ok(html.includes(expected), `<${tag}> shows "${expected}"`);
    }
  });
});

describe('the Node API accepts only what the elements document', () => {
  it('refuses attributes the element does not have: event handlers, style, anything else', async () => {
    for (const name of ['onclick', 'onmouseover', 'style', 'id', 'class', 'popover', 'data-x']) {
      await assert.rejects(
        () =>
          api.renderElementToHtml('glossary-card', { term: 'naloxone', [name]: 'alert(1)' }, { glossaries: [full] }),
        /is not an attribute of <glossary-card>/,
        name,
      );
    }
  });

  it('refuses tags that are not its elements, inherited names such as constructor included', async () => {
    for (const tag of ['script', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      await assert.rejects(() => api.renderElementToHtml(tag, {}), /is not one of glossary-card/, tag);
    }
  });
});

describe('the Node API never fetches', () => {
  const requests = [];
  let realFetch;
  before(() => {
    realFetch = globalThis.fetch;
    globalThis.fetch = (url) => {
      requests.push(String(url));
      return Promise.reject(new TypeError('no network in this test'));
    };
  });
  after(() => {
    globalThis.fetch = realFetch;
  });

  it('for a src attribute: the element reads the glossaries it was given', async () => {
    const html = await api.renderElementToHtml(
      'glossary-card',
      { term: 'naloxone', locale: 'en', src: 'https://glossary.example/partner.en.json' },
      { glossaries: [full] },
    );
    assert.ok(html.includes(naloxone.short));
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(requests, []);
  });

  it('for a seeded term index, which names other files: terms and the index render, cards are refused', async () => {
    const term = await api.renderElementToHtml(
      'glossary-term',
      { term: 'naloxone', locale: 'en' },
      { glossaries: [index] },
    );
    assert.ok(term.includes(naloxone.short));
    await api.renderElementToHtml('glossary-index', { locale: 'en' }, { glossaries: [index] });
    for (const tag of ['glossary-card', 'glossary-faq']) {
      await assert.rejects(
        () => api.renderElementToHtml(tag, { term: 'naloxone', locale: 'en' }, { glossaries: [index] }),
        /needs the full glossary \(glossary\.en\.json\)/,
      );
    }
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(requests, []);
  });
});

describe('server-rendered elements in the browser', () => {
  const env = useBrowser();

  it('a term and a card hydrate without a mismatch, and the term opens', async () => {
    const term = await api.renderElementToHtml(
      'glossary-term',
      { term: 'naloxone', locale: 'en' },
      { glossaries: [full] },
    );
    const card = await api.renderElementToHtml(
      'glossary-card',
      { term: 'naloxone', locale: 'en', 'heading-level': 2 },
      { glossaries: [full] },
    );
    // The pre-rendered site's script, with Lit's hydration support, as docs/site.md says to load it.
    const partner =
      await partnerSite(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSG page</title>
      <link rel="icon" href="data:,"><script type="module" src="${env.base}site/assets/glossary-site.js"></script></head>
      <body><p>Always carry ${term} with you.</p>${card}</body></html>`);
    try {
      const { page, log } = await openPage(env.browser, partner.url);
      assert.equal(await page.$eval('p', (p) => p.textContent), 'Always carry naloxone with you.');
      await page.waitForFunction(() => document.querySelector('glossary-term').hasUpdated, { timeout: PATIENCE });
      await page.click('glossary-term');
      const text = await page.waitForFunction(() => {
        const panel = document.querySelector('glossary-term').shadowRoot.querySelector('[part="definition"]');
        return panel?.matches(':popover-open') && panel.textContent.replace(/\s+/g, ' ');
      });
      assert.ok((await text.jsonValue()).includes(naloxone.short));
      assert.deepEqual(log.errors, [], 'no hydration error');
      await page.close();
    } finally {
      await partner.close();
    }
  });
});
