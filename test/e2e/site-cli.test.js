/**
 * The partners' side of the pre-rendered site: `build-glossary --site` on their own Markdown, and the
 * Node API that renders one element to HTML (both from the built dist/cli).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const bin = new URL('../../dist/cli/build-glossary.js', import.meta.url).pathname;
const root = new URL('../../', import.meta.url).pathname;
const run = (...args) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
const fixtures = 'test/fixtures/content/good';

describe('build-glossary --site, for a partner’s own glossary', () => {
  it('writes an entry page per term and an A–Z page under the partner’s base URL, without an app link', () => {
    const out = mkdtempSync(join(tmpdir(), 'glossary-site-'));
    const result = run(fixtures, '--site', out, '--base-url', 'https://partner.example/glossary');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /site: 4 pages/);
    for (const path of ['index.html', 'en/index.html', 'en/naloxone/index.html', 'en/overdose/index.html']) {
      assert.ok(existsSync(join(out, path)), path);
    }
    assert.ok(existsSync(join(out, 'assets/glossary-site.js')));
    assert.ok(existsSync(join(out, 'assets/glossary.en.json')));
    const page = readFileSync(join(out, 'en/naloxone/index.html'), 'utf8');
    assert.ok(page.includes('<link rel="canonical" href="https://partner.example/glossary/en/naloxone/">'));
    assert.ok(page.includes('<glossary-card'));
    assert.ok(page.includes('shadowrootmode="open"'));
    // One language only: no alternate language pages to point at.
    assert.doesNotMatch(page, /hreflang="es"/);
    assert.doesNotMatch(page, /Get Twelva/);
    const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    assert.ok(sitemap.includes('<loc>https://partner.example/glossary/en/overdose/</loc>'));
  });

  it('adds the app link to the call to action only when an app URL is given', () => {
    const out = mkdtempSync(join(tmpdir(), 'glossary-site-'));
    const result = run(
      fixtures,
      '--site',
      out,
      '--base-url',
      'https://partner.example/',
      '--app-url',
      'https://app.example/term/{id}',
    );
    assert.equal(result.status, 0, result.stderr);
    const page = readFileSync(join(out, 'en/naloxone/index.html'), 'utf8');
    assert.match(page, /<a class="button" href="https:\/\/app\.example\/term\/naloxone"[^>]*>Get Twelva<\/a>/);
  });

  it('refuses a base URL that is not a URL', () => {
    const result = run(fixtures, '--site', mkdtempSync(join(tmpdir(), 'glossary-site-')), '--base-url', 'not a url');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /usage: build-glossary/);
  });
});

describe('the Node API: one element rendered to HTML', () => {
  it('renders a card as declarative shadow DOM, its HTML through the sanitizer', async () => {
    const { renderElementToHtml } = await import('../../dist/cli/ssr.js');
    const glossary = {
      schema: 1,
      locale: 'en',
      name: 'Partner glossary',
      terms: [
        {
          id: 'naloxone',
          title: 'Naloxone',
          aliases: [],
          short: 'A medicine that reverses an opioid overdose.',
          body: '<p>Safe words.<script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">x</a></p>',
          sections: [],
          faq: [{ id: 'q', q: 'Is it safe?', a: '<p onclick="alert(4)">Yes, for most people.</p>' }],
          related: [],
          sources: [{ title: 'CDC', url: 'https://www.cdc.gov/stop-overdose/' }],
        },
      ],
    };
    const html = await renderElementToHtml(
      'glossary-card',
      { term: 'naloxone', locale: 'en' },
      { glossaries: [glossary] },
    );
    assert.match(html, /^(<!--[^>]*-->)*<glossary-card[^>]* term="naloxone"/);
    assert.match(html, /<template shadowroot(mode)?="open"/);
    assert.ok(html.includes('Safe words.'));
    assert.ok(html.includes('Yes, for most people.'));
    assert.ok(html.includes('https://www.cdc.gov/stop-overdose/'));
    for (const bad of ['<script', 'onerror', 'javascript:', 'onclick', '<img']) assert.ok(!html.includes(bad), bad);
  });

  it('refuses a tag that is not one of the widgets', async () => {
    const { renderElementToHtml } = await import('../../dist/cli/ssr.js');
    await assert.rejects(() => renderElementToHtml('script', {}), /not one of/);
  });
});
