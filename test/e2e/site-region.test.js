/**
 * The right help on every page of the pre-rendered site (dist/site/, written by `npm run build`), as a
 * reader meets it: with scripts off, every reader finds their own emergency number; with scripts on,
 * every widget takes the reader's region and follows a switch; no unfilled token anywhere; Spanish
 * pages wholly Spanish; call links a thumb can hit.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { hydrated, useBrowser } from './browser.js';
import { entryMarkdown, partnerFolder, servePartnerSite } from './partner-folder.js';

const root = new URL('../../', import.meta.url);
const site = new URL('dist/site/', root);
const read = (path) => readFileSync(new URL(path, site), 'utf8');
const glossary = (locale) => JSON.parse(readFileSync(new URL(`generated/glossary.${locale}.json`, root), 'utf8'));
const LOCALES = ['en', 'es'];
const NEUTRAL = ['911', '999', '112', '000', '111'];
const NEUTRAL_WORDS = {
  en: 'your local emergency number (911 in the US and Canada, 999 in the UK, 112 in Ireland and the EU, 000 in Australia, 111 in New Zealand)',
  es: 'número de emergencias local (911 en EE. UU. y Canadá, 999 en el Reino Unido, 112 en Irlanda y la UE, 000 en Australia, 111 en Nueva Zelanda)',
};

/** A site a test builds with the CLI, served under /partner/ beside the project's own files. */
let builtSite;
const env = useBrowser({ handle: servePartnerSite(() => builtSite) });

async function open(path, { javaScript = true, viewport = { width: 320, height: 640 }, timezone } = {}) {
  const page = await env.browser.newPage();
  await page.setJavaScriptEnabled(javaScript);
  await page.setViewport(viewport);
  if (timezone) await page.emulateTimezone(timezone);
  const log = { errors: [] };
  page.on('pageerror', (error) => log.errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
  });
  await page.goto(`${env.base}site/${path}`, { waitUntil: 'networkidle0' });
  return { page, log };
}

/** The call and text links of the page, through every shadow root: href, box, and the number shown. */
function callLinks() {
  const found = [];
  const walk = (scope) => {
    for (const el of scope.querySelectorAll('*')) {
      if (el.matches('a[href^="tel:"], a[href^="sms:"]')) {
        const box = el.getBoundingClientRect();
        if (box.height > 0)
          found.push({ href: el.getAttribute('href'), top: box.top + scrollY, width: box.width, height: box.height });
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return found;
}

/** The page's text, through every shadow root. */
function deepText() {
  const parts = [];
  const walk = (scope) => {
    for (const el of scope.querySelectorAll('*')) {
      if (el.shadowRoot) {
        parts.push(el.shadowRoot.textContent);
        walk(el.shadowRoot);
      }
    }
  };
  parts.push(document.body.textContent);
  walk(document);
  return parts.join(' ').replace(/\s+/g, ' ');
}

describe('the site gives every reader their own emergency number', () => {
  it('leaves no {emergency} or {overdose-steps} in any page: meta description, Open Graph, JSON-LD or text', () => {
    for (const locale of LOCALES) {
      for (const term of glossary(locale).terms) {
        const html = read(`${locale}/${term.id}/index.html`);
        assert.doesNotMatch(html, /\{emergency\}|\{overdose-steps\}/, `${locale}/${term.id}`);
      }
      assert.doesNotMatch(read(`${locale}/index.html`), /\{emergency\}|\{overdose-steps\}/, `${locale}/`);
    }
    const overdose = read('en/overdose/index.html');
    const description = /<meta name="description" content="([^"]*)"/.exec(read('en/fentanyl/index.html'))[1];
    assert.ok(!description.includes('{'), description);
    assert.match(overdose, /<ol><li>If someone will not wake up/);
    assert.ok(overdose.includes(NEUTRAL_WORDS.en), 'the neutral words name every number');
    assert.ok(read('es/overdose/index.html').includes(NEUTRAL_WORDS.es), 'worded in Spanish too');
  });

  it('renders a Spanish page wholly in Spanish: the questions and answers too', async () => {
    const entry = glossary('es').terms.find((term) => term.faq.length > 0);
    const { page } = await open(`es/${entry.id}/`, { javaScript: false });
    const questions = await page.evaluate(() =>
      [
        ...document
          .querySelector('glossary-card')
          .shadowRoot.querySelector('glossary-faq')
          .shadowRoot.querySelectorAll('[part="question"], summary, button'),
      ].map((q) => q.textContent.trim()),
    );
    for (const question of entry.faq) {
      assert.ok(
        questions.some((shown) => shown.includes(question.q.replace(/\{emergency\}.*/, '').trim())),
        `${question.q} | ${questions.join(' | ')}`,
      );
    }
    await page.close();
  });

  for (const javaScript of [false, true]) {
    it(`with scripts ${javaScript ? 'on' : 'off'}, the overdose page at 320 px offers every emergency number near the top, in 44 px targets, and a region switcher only where it can switch`, async () => {
      const { page, log } = await open('en/overdose/', { javaScript });
      if (javaScript) await hydrated(page);
      const links = await page.evaluate(callLinks);
      const first = links.find((link) => link.href.startsWith('tel:'));
      assert.ok(first, 'a call link');
      // The first call link within the first screen and a half (it was about five screens down).
      assert.ok(first.top < 640 * 1.5, `first call link at ${first.top} px`);
      const top = links.filter((link) => link.top < 640 * 2).map((link) => link.href);
      for (const number of NEUTRAL) assert.ok(top.includes(`tel:${number}`), top.join(' '));
      for (const link of links) {
        assert.ok(link.height >= 44, `${link.href} is ${link.height} px high`);
        assert.ok(link.width >= 44, `${link.href} is ${link.width} px wide`);
      }
      // Without scripts a switcher would do nothing: the list names every region's number instead.
      const switchers = await page.evaluate(() =>
        [...document.querySelectorAll('crisis-footer')].map(
          (footer) => footer.shadowRoot.querySelector('select')?.getBoundingClientRect().height ?? -1,
        ),
      );
      assert.equal(switchers.length, 2, 'the footer under the lede and the page footer');
      for (const height of switchers) {
        if (javaScript) assert.ok(height >= 44, `the switcher is ${height} px high`);
        else assert.equal(height, 0, 'no switcher without scripts');
      }
      assert.deepEqual(log.errors, []);
      await page.close();
    });
  }

  it('with scripts on, every widget takes the region the reader picks in any footer, and the live region says so', async () => {
    const { page, log } = await open('en/overdose/', { viewport: { width: 412, height: 900 }, timezone: 'Etc/UTC' });
    await hydrated(page);
    const chosen = await page.evaluate(async () => {
      const footers = [...document.querySelectorAll('crisis-footer')];
      const select = footers.at(-1).shadowRoot.querySelector('select');
      select.value = 'AU';
      select.dispatchEvent(new Event('change'));
      await Promise.all(footers.map((footer) => footer.updateComplete));
      return {
        firstCalls: footers.map((footer) => footer.shadowRoot.querySelector('a[href^="tel:"]').getAttribute('href')),
        selects: footers.map((footer) => footer.shadowRoot.querySelector('select').value),
        status: footers.at(-1).shadowRoot.querySelector('[role="status"]').textContent,
      };
    });
    // The card keeps its words on screen while the new ones are sanitized, then shows them: it is waited
    // for, not looked at once when the footers are done (how many turns that takes is no promise of theirs).
    await page.waitForFunction(
      () =>
        !document
          .querySelector('glossary-card')
          .shadowRoot.querySelector('[part="body"]')
          .textContent.includes('911 in the US'),
    );
    chosen.card = await page.evaluate(
      () => document.querySelector('glossary-card').shadowRoot.querySelector('[part="body"]').textContent,
    );
    assert.deepEqual(chosen.firstCalls, ['tel:000', 'tel:000']);
    assert.deepEqual(chosen.selects, ['AU', 'AU']);
    assert.equal(chosen.status, 'Now showing help for Australia. In an emergency, call 000.');
    assert.match(chosen.card, /call 000/);
    assert.ok(!chosen.card.includes('911 in the US'), 'the card left the neutral words');
    assert.deepEqual(
      await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]),
      [0, 0, ''],
      'the choice is kept nowhere',
    );
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('with scripts on in London, the top footer, the card and the footer below all say 999 after the first tap', async () => {
    const { page, log } = await open('es/overdose/', { timezone: 'Europe/London' });
    await hydrated(page);
    await page.click('h1');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('crisis-footer')].every(
        (footer) => footer.shadowRoot.querySelector('a[href^="tel:"]')?.getAttribute('href') === 'tel:999',
      ),
    );
    await page.waitForFunction(() =>
      document.querySelector('glossary-card').shadowRoot.textContent.includes('llame al 999'),
    );
    const text = await page.evaluate(deepText);
    assert.ok(!text.includes('{emergency}'));
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});

describe('a site built for one country outside the six regions of the switcher', () => {
  it("keeps the build's region (--region FR) when scripts wake: the card and the footer still say 112, as served", async () => {
    const content = partnerFolder(
      'en',
      {
        overdose: entryMarkdown(
          'overdose',
          { short: '"When someone will not wake up: call {emergency}."' },
          'If someone will not wake up, call {emergency} now.',
        ),
      },
      'Harbor Health words',
    );
    builtSite = mkdtempSync(join(tmpdir(), 'glossary-site-'));
    const bin = new URL('dist/cli/build-glossary.js', root).pathname;
    const args = [content, '--site', builtSite, '--base-url', `${env.base}partner/`, '--region', 'FR'];
    const built = spawnSync(process.execPath, [bin, ...args], { cwd: root.pathname, encoding: 'utf8' });
    assert.equal(built.status, 0, built.stderr);
    assert.match(readFileSync(join(builtSite, 'en/overdose/index.html'), 'utf8'), /call 112 now/, 'served for France');
    // A reader in New York: a switch to their own region would show 911 at once.
    const page = await env.browser.newPage();
    await page.emulateTimezone('America/New_York');
    await page.setViewport({ width: 412, height: 900 });
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${env.base}partner/en/overdose/`, { waitUntil: 'networkidle0' });
    await hydrated(page);
    const seen = await page.evaluate(() => ({
      card: document.querySelector('glossary-card').shadowRoot.querySelector('[part="body"]').textContent,
      footers: [...document.querySelectorAll('crisis-footer')].map((footer) =>
        footer.shadowRoot.querySelector('a[href^="tel:"]').getAttribute('href'),
      ),
    }));
    assert.match(seen.card, /call 112 now/);
    assert.doesNotMatch(seen.card, /911|999/);
    assert.ok(seen.footers.length > 0, 'a footer');
    for (const first of seen.footers) assert.equal(first, 'tel:112');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
