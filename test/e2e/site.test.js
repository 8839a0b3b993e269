/**
 * The pre-rendered glossary site (dist/site/, written by `npm run build`): every page complete for
 * search engines, accessible, readable with JavaScript off, and taken over by the script without
 * being rendered again or moving.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { hydrated, useBrowser } from './browser.js';

const root = new URL('../../', import.meta.url);
const site = new URL('dist/site/', root);
const read = (path) => readFileSync(new URL(path, site), 'utf8');
const glossary = (locale) => JSON.parse(readFileSync(new URL(`generated/glossary.${locale}.json`, root), 'utf8'));
const LOCALES = ['en', 'es'];
const axeSource = readFileSync(new URL('node_modules/axe-core/axe.min.js', root), 'utf8');

/** Every page path the site should have: the root, an A–Z page per locale, a page per entry. */
const pagePaths = () => [
  'index.html',
  ...LOCALES.flatMap((locale) => [
    `${locale}/index.html`,
    ...glossary(locale).terms.map((term) => `${locale}/${term.id}/index.html`),
  ]),
];

/** The base URL the site was built with, from its root page's canonical link. */
const baseUrl = () => /<link rel="canonical" href="([^"]+)"/.exec(read('index.html'))[1];

const env = useBrowser();

/** A page of the site with JavaScript off or on, its console problems recorded. */
async function open(
  path,
  { javaScript = true, viewport = { width: 412, height: 900 }, timezone, hold, waitUntil = 'networkidle0' } = {},
) {
  const page = await env.browser.newPage();
  await page.setJavaScriptEnabled(javaScript);
  await page.setViewport(viewport);
  if (timezone) await page.emulateTimezone(timezone);
  const log = { warnings: [], errors: [] };
  page.on('console', (message) => {
    if (message.type() === 'warn' || message.type() === 'warning') log.warnings.push(message.text());
    if (message.type() === 'error') log.errors.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(String(error)));
  let release = () => Promise.resolve();
  if (hold) {
    // Holds the site script back until the test says so: the server-rendered page alone first.
    // (A module script holds DOMContentLoaded back, so the page is waited for by its last element.)
    let letGo;
    const held = new Promise((resolve) => (letGo = resolve));
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().endsWith('/glossary-site.js')) void held.then(() => request.continue());
      else void request.continue();
    });
    const loaded = page.goto(`${env.base}site/${path}`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('footer.site crisis-footer')?.shadowRoot);
    release = () => {
      letGo();
      return loaded;
    };
    return { page, log, release };
  }
  await page.goto(`${env.base}site/${path}`, { waitUntil });
  return { page, log, release };
}

/** The shadow content of every widget, serialized (nested roots included), for before/after comparison. */
function shadowSnapshot() {
  const out = [];
  const walk = (scope, path) => {
    for (const el of scope.querySelectorAll('glossary-card, glossary-faq, glossary-index, crisis-footer')) {
      const html = el.shadowRoot?.innerHTML ?? '';
      // Hydration removes `defer-hydration` from nested elements: that is the one expected change.
      out.push(`${path}/${el.localName}: ${html.replace(/ defer-hydration=""/g, '')}`);
      if (el.shadowRoot) walk(el.shadowRoot, `${path}/${el.localName}`);
    }
  };
  walk(document, '');
  return out;
}

describe('the pre-rendered glossary site: files, search and sharing', () => {
  it('has a page for every entry in both languages, an A–Z page per language, and nothing missing', () => {
    const paths = pagePaths();
    assert.equal(paths.length, 1 + 2 + glossary('en').terms.length + glossary('es').terms.length);
    const missing = paths.filter((path) => !existsSync(new URL(path, site)));
    assert.deepEqual(missing, []);
    assert.ok(readdirSync(new URL('assets/', site)).includes('glossary-site.js'));
    for (const locale of LOCALES) assert.ok(existsSync(new URL(`assets/glossary.${locale}.json`, site)));
  });

  it('gives every page a title, a description, a canonical URL, Open Graph tags and JSON-LD', () => {
    const base = baseUrl();
    for (const locale of LOCALES) {
      for (const term of glossary(locale).terms) {
        const html = read(`${locale}/${term.id}/index.html`);
        const url = `${base}${locale}/${term.id}/`;
        assert.match(html, /<title>[^<]+<\/title>/, url);
        assert.ok(html.includes(`<meta name="description" content="`), url);
        assert.ok(html.includes(`<link rel="canonical" href="${url}">`), url);
        assert.ok(html.includes(`<meta property="og:url" content="${url}">`), url);
        assert.ok(html.includes(`<meta property="og:title"`), url);
        const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)[1]);
        const [definedTerm, faqPage] = jsonLd['@graph'];
        assert.equal(definedTerm['@type'], 'DefinedTerm');
        assert.equal(definedTerm.name, term.title);
        assert.equal(definedTerm.url, url);
        assert.equal(definedTerm.inDefinedTermSet['@type'], 'DefinedTermSet');
        if (term.faq.length > 0) {
          assert.equal(faqPage['@type'], 'FAQPage');
          assert.deepEqual(
            faqPage.mainEntity.map((question) => question.name),
            term.faq.map((question) => question.q),
          );
        }
      }
      const index = read(`${locale}/index.html`);
      assert.match(index, /"@type":"DefinedTermSet"/);
    }
  });

  it('pairs every English page with its Spanish page both ways (hreflang), in the pages and the sitemap', () => {
    const base = baseUrl();
    const sitemap = read('sitemap.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    const expected = pagePaths()
      .filter((path) => path !== 'index.html')
      .map((path) => base + path.replace(/index\.html$/, ''));
    assert.deepEqual([...locs].sort(), [...expected].sort());
    const ids = new Set(glossary('en').terms.map((term) => term.id));
    for (const id of ['', ...ids]) {
      const en = `${base}en/${id ? `${id}/` : ''}`;
      const es = `${base}es/${id ? `${id}/` : ''}`;
      for (const locale of LOCALES) {
        const html = read(`${locale}/${id ? `${id}/` : ''}index.html`);
        assert.ok(html.includes(`<link rel="alternate" hreflang="en" href="${en}">`), `${locale} ${id}`);
        assert.ok(html.includes(`<link rel="alternate" hreflang="es" href="${es}">`), `${locale} ${id}`);
      }
      // Each sitemap <url> lists both languages of its page.
      const block = sitemap.split('<url>').find((part) => part.includes(`<loc>${en}</loc>`));
      assert.ok(block?.includes(`hreflang="es" href="${es}"`), `sitemap ${id}`);
    }
  });
});

describe('the pre-rendered glossary site in a browser', () => {
  it('passes axe on every page, after the script has taken over', async () => {
    // One tab for every page, axe evaluated into each document it loads: each page is still loaded
    // afresh and checked once its widgets have hydrated, without a new renderer process per page or
    // axe compiled from scratch each time.
    const page = await env.browser.newPage();
    await page.setViewport({ width: 412, height: 900 });
    await page.evaluateOnNewDocument(axeSource);
    const failures = [];
    for (const path of pagePaths()) {
      await page.goto(`${env.base}site/${path.replace(/index\.html$/, '')}`, { waitUntil: 'load' });
      if (path !== 'index.html') await hydrated(page);
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
      });
      if (violations.length > 0) failures.push(`${path}: ${violations.join(', ')}`);
    }
    await page.close();
    assert.deepEqual(failures, []);
  });

  it('with JavaScript off, shows the definition, finds every answer and shows callable crisis numbers', async () => {
    const entry = glossary('en').terms.find((term) => term.id === 'naloxone');
    const { page } = await open('en/naloxone/', { javaScript: false });
    const seen = await page.evaluate(() => {
      const card = document.querySelector('glossary-card').shadowRoot;
      const faq = card.querySelector('glossary-faq').shadowRoot;
      const footer = document.querySelector('crisis-footer').shadowRoot;
      const visible = (el) => el.getBoundingClientRect().height > 0 && getComputedStyle(el).visibility !== 'hidden';
      return {
        h1: document.querySelector('h1').textContent,
        body: card.querySelector('[part="body"]').innerText,
        answers: [...faq.querySelectorAll('[part="answer"]')].map((answer) => ({
          text: answer.textContent.trim(),
          // hidden="until-found" keeps a closed answer findable (find-in-page reveals it); display:
          // none would not.
          hidden: answer.getAttribute('hidden'),
          display: getComputedStyle(answer).display,
        })),
        // The number as shown (the spoken digit-by-digit copy is visually hidden).
        calls: [...footer.querySelectorAll('a[href^="tel:"]')]
          .filter(visible)
          .map((link) => `${link.getAttribute('href')} ${link.querySelector('[aria-hidden="true"]')?.textContent}`),
      };
    });
    assert.equal(seen.h1, 'What is “naloxone”?');
    assert.match(seen.body, /blocks the effects of opioids/);
    assert.equal(seen.answers.length, entry.faq.length);
    for (const answer of seen.answers) {
      assert.ok(answer.text.length > 40, 'the answer text is in the page');
      assert.equal(answer.hidden, 'until-found');
      assert.notEqual(answer.display, 'none');
    }
    // No script, no reader's place: every supported region's emergency number, callable; no US-only line.
    for (const number of ['911', '999', '112', '000', '111'])
      assert.ok(seen.calls.includes(`tel:${number} ${number}`), seen.calls.join(' | '));
    assert.ok(!seen.calls.some((call) => call.startsWith('tel:988')), seen.calls.join(' | '));
    await page.close();
  });

  it('hydrates without rendering again: the same nodes, the same markup, no warnings, no layout shift', async () => {
    const { page, log, release } = await open('en/naloxone/', { hold: true });
    await page.evaluate(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((entry) => entry.value))).observe(
        { type: 'layout-shift', buffered: true },
      );
    });
    const before = await page.evaluate(shadowSnapshot);
    // Mark every node the server rendered; a re-render would replace them.
    const marked = await page.evaluate(() => {
      const nodes = [];
      const walk = (scope) => {
        for (const el of scope.querySelectorAll('*')) {
          nodes.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      window.__serverNodes = nodes;
      return nodes.length;
    });
    await release();
    await hydrated(page);
    // Every element has finished its updates (a re-render would have happened in one of them), and a
    // frame has been painted: no fixed wait. An answer opens below: the elements really are in charge now.
    await page.evaluate(async () => {
      const elements = [];
      const walk = (scope) => {
        for (const el of scope.querySelectorAll('*')) {
          if ('updateComplete' in el) elements.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      await Promise.all(elements.map((el) => el.updateComplete));
      await new Promise(requestAnimationFrame);
    });
    const after = await page.evaluate(shadowSnapshot);
    const detached = await page.evaluate(() => window.__serverNodes.filter((node) => !node.isConnected).length);
    assert.ok(marked > 150, `${marked} nodes marked`); // the neutral footer has fewer lines than the US one had
    assert.equal(detached, 0, 'no server-rendered node was replaced');
    assert.deepEqual(after, before);
    assert.deepEqual(await page.evaluate(() => window.__shifts), []);
    assert.deepEqual(log.warnings, []);
    assert.deepEqual(log.errors, []);
    const opened = await page.evaluate(async () => {
      const faq = document.querySelector('glossary-card').shadowRoot.querySelector('glossary-faq');
      faq.shadowRoot.querySelector('button').click();
      await faq.updateComplete;
      return faq.shadowRoot.querySelector('[part="answer"]').hasAttribute('hidden');
    });
    assert.equal(opened, false);
    await page.close();
  });

  it('the A–Z page hydrates too, and its filter works', async () => {
    const { page, log } = await open('es/');
    await hydrated(page);
    const shown = await page.evaluate(async () => {
      const index = document.querySelector('glossary-index');
      const input = index.shadowRoot.querySelector('input');
      const all = index.shadowRoot.querySelectorAll('.entries li').length;
      input.value = 'naloxona';
      input.dispatchEvent(new Event('input'));
      await index.updateComplete;
      return { all, titles: [...index.shadowRoot.querySelectorAll('.entries li')].map((li) => li.textContent.trim()) };
    });
    assert.equal(shown.all, glossary('es').terms.length);
    assert.ok(shown.titles.includes('Naloxona'), shown.titles.join(', '));
    assert.ok(shown.titles.length < 5, shown.titles.join(', '));
    assert.deepEqual(log.warnings, []);
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('the footer and the card follow a reader in London once the script runs, without moving anything unasked', async () => {
    const { page, log } = await open('en/naloxone/', { timezone: 'Europe/London' });
    await page.evaluate(() => {
      window.__shifts = [];
      new PerformanceObserver((list) =>
        // A shift right after the reader's own tap or key press is expected (and not counted by CLS).
        window.__shifts.push(...list.getEntries().flatMap((entry) => (entry.hadRecentInput ? [] : [entry.value]))),
      ).observe({ type: 'layout-shift', buffered: true });
    });
    await hydrated(page);
    // The card is on screen: its words wait for the reader's first tap, so nothing moves under them.
    await page.click('h1');
    await page.waitForFunction(() =>
      [...document.querySelector('footer.site crisis-footer').shadowRoot.querySelectorAll('a[href^="tel:"]')].some(
        (link) => link.getAttribute('href') === 'tel:999',
      ),
    );
    await page.waitForFunction(() =>
      document
        .querySelector('glossary-card')
        .shadowRoot.querySelector('[part="body"]')
        .textContent.includes('call 999'),
    );
    assert.deepEqual(await page.evaluate(() => window.__shifts), []);
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});
