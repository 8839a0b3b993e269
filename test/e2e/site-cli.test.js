/**
 * The partners' side of the pre-rendered site: `build-glossary --site` on their own Markdown, and the
 * Node API that renders one element to HTML (both from the built dist/cli).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PATIENCE, useBrowser } from './browser.js';
import { entryMarkdown, partnerFolder, servePartnerSite } from './partner-folder.js';

const bin = new URL('../../dist/cli/build-glossary.js', import.meta.url).pathname;
const root = new URL('../../', import.meta.url).pathname;
const run = (...args) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
const fixtures = 'test/fixtures/content/good';

/** A partner's site, built by a test, served under /partner/ beside the project's own files. */
let partnerSite;
const env = useBrowser({ handle: servePartnerSite(() => partnerSite) });

/**
 * A partner's two-entry glossary with its own name, built once as a site for the local server's
 * /partner/ (a build costs a second of CPU): the tests that only read it share it, and the one that
 * builds it again last writes into it.
 */
let harbor;
function harborSite() {
  if (!harbor) {
    const content = partnerFolder(
      'en',
      { naloxone: entryMarkdown('naloxone', { related: '[overdose]' }), overdose: entryMarkdown('overdose') },
      'Harbor Health words',
    );
    const out = mkdtempSync(join(tmpdir(), 'glossary-site-'));
    harbor = { content, out, result: run(content, '--site', out, '--base-url', `${env.base}partner/`) };
  }
  return harbor;
}

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
    assert.match(result.stderr, /--base-url must be an http or https address/);
  });

  /** Every file under `folder` but the widgets' own script (their code, not the partner's output). */
  function outputFiles(folder, prefix = '') {
    return readdirSync(join(folder, prefix), { withFileTypes: true }).flatMap((entry) => {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return path === 'assets/chunks' ? [] : outputFiles(folder, path);
      return /\.js(\.map)?$/.test(path) ? [] : [path];
    });
  }

  it('titles every page, the data and the structured data with the partner’s own name, and says “Twelva” nowhere', () => {
    const { content, out, result } = harborSite();
    assert.equal(result.status, 0, result.stderr);
    const files = outputFiles(out);
    assert.ok(
      files.includes('en/naloxone/index.html') && files.includes('assets/glossary.en.terms.json'),
      files.join(),
    );
    for (const file of files) assert.doesNotMatch(readFileSync(join(out, file), 'utf8'), /Twelva/i, file);
    const page = readFileSync(join(out, 'en/naloxone/index.html'), 'utf8');
    assert.match(page, /<title>What is “naloxone”\? · Harbor Health words<\/title>/);
    assert.ok(page.includes('<meta property="og:site_name" content="Harbor Health words">'));
    assert.match(page, /<a class="brand" [^>]*>Harbor Health words<\/a>/);
    assert.match(page, /"inDefinedTermSet":\{"@type":"DefinedTermSet","name":"Harbor Health words"/);
    assert.match(readFileSync(join(out, 'index.html'), 'utf8'), /<h1>Harbor Health words<\/h1>/);
    assert.equal(
      JSON.parse(readFileSync(join(out, 'assets/glossary.en.terms.json'), 'utf8')).name,
      'Harbor Health words',
    );
    const index = readFileSync(join(out, 'en/index.html'), 'utf8');
    assert.match(index, /"@type":"DefinedTermSet","name":"Harbor Health words"/);

    // --name wins over _glossary.md.
    const renamed = mkdtempSync(join(tmpdir(), 'glossary-site-'));
    const named = run(content, '--site', renamed, '--base-url', 'https://partner.example/', '--name', 'Words $& more');
    assert.equal(named.status, 0, named.stderr);
    assert.match(
      readFileSync(join(renamed, 'en/naloxone/index.html'), 'utf8'),
      /<title>What is “naloxone”\? · Words \$&amp; more<\/title>/,
    );
  });

  it('wakes a partner’s page without a hydration mismatch, its footer without Twelva’s independence note', async () => {
    const { content, out, result } = harborSite();
    assert.equal(result.status, 0, result.stderr);
    partnerSite = out;
    const page = await env.browser.newPage();
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(String(error)));
    await page.goto(`${env.base}partner/en/naloxone/`, { waitUntil: 'networkidle0' });
    const footer = await page.waitForFunction(
      () => {
        const element = document.querySelector('crisis-footer');
        return element?.hasUpdated && !element.isUpdatePending ? element.shadowRoot.textContent : undefined;
      },
      { timeout: PATIENCE },
    );
    const text = await footer.jsonValue();
    assert.match(text, /not medical advice/);
    assert.doesNotMatch(text, /Twelva/);
    assert.deepEqual(problems, []);
    await page.close();
    // Twelva's own site asks for the note.
    const own = run(content, '--site', partnerSite, '--base-url', `${env.base}partner/`, '--independence-note');
    assert.equal(own.status, 0, own.stderr);
    assert.match(readFileSync(join(partnerSite, 'en/naloxone/index.html'), 'utf8'), /Twelva is independent/);
  });

  it("shows titles holding $&, $` and $' literally in the page title, heading and Open Graph title", () => {
    const title = "Co$&de $` and $'";
    const content = partnerFolder('en', { code: entryMarkdown('code', { title: JSON.stringify(title) }) }, 'Words');
    const out = mkdtempSync(join(tmpdir(), 'glossary-site-'));
    const result = run(content, '--site', out, '--base-url', 'https://partner.example/');
    assert.equal(result.status, 0, result.stderr);
    const page = readFileSync(join(out, 'en/code/index.html'), 'utf8');
    const shown = "What is “co$&amp;de $` and $'”?";
    assert.ok(page.includes(`<title>${shown} · Words</title>`), page.slice(0, 600));
    assert.ok(page.includes(`<h1>${shown}</h1>`));
    assert.ok(page.includes(`<meta property="og:title" content="${shown}">`));
  });

  it('removes the pages of a withdrawn entry on the next build, and never a file it did not write', () => {
    const content = partnerFolder(
      'en',
      { naloxone: entryMarkdown('naloxone', { related: '[overdose]' }), overdose: entryMarkdown('overdose') },
      'Words',
    );
    const out = mkdtempSync(join(tmpdir(), 'glossary-site-'));
    writeFileSync(join(out, 'partner.html'), 'the partner’s own page');
    assert.equal(run(content, '--site', out, '--base-url', 'https://partner.example/').status, 0);
    assert.ok(existsSync(join(out, 'en/overdose/index.html')));
    writeFileSync(join(out, 'en/overdose/notes.txt'), 'the partner’s own notes');
    // The partner withdraws "overdose".
    writeFileSync(join(content, 'en/naloxone.md'), entryMarkdown('naloxone'));
    rmSync(join(content, 'en/overdose.md'));
    const result = run(content, '--site', out, '--base-url', 'https://partner.example/');
    assert.equal(result.status, 0, result.stderr);
    assert.ok(!existsSync(join(out, 'en/overdose/index.html')), 'the withdrawn page is gone');
    assert.ok(!existsSync(join(out, 'assets/glossary.en/overdose.json')), 'and its entry file');
    assert.doesNotMatch(readFileSync(join(out, 'sitemap.xml'), 'utf8'), /overdose/);
    assert.equal(readFileSync(join(out, 'partner.html'), 'utf8'), 'the partner’s own page');
    assert.equal(readFileSync(join(out, 'en/overdose/notes.txt'), 'utf8'), 'the partner’s own notes');
    assert.match(result.stdout, /removed 2 file\(s\).*en\/overdose\/index\.html/);
    const manifest = JSON.parse(readFileSync(join(out, '.build-glossary-manifest.json'), 'utf8'));
    assert.ok(manifest.files.includes('en/naloxone/index.html'));
    assert.ok(!manifest.files.includes('partner.html'));
  });

  it('refuses to write through a symbolic link in the output folder, and writes nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'glossary-site-'));
    const elsewhere = mkdtempSync(join(tmpdir(), 'elsewhere-'));
    mkdirSync(join(out, 'en'));
    symlinkSync(elsewhere, join(out, 'en', 'naloxone'));
    const result = run(fixtures, '--site', out, '--base-url', 'https://partner.example/');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /en\/naloxone: is a symbolic link.*Remove it, or write to another folder/);
    assert.deepEqual(readdirSync(elsewhere), [], 'nothing landed outside the output folder');
    assert.deepEqual(readdirSync(out).sort(), ['en'], 'nothing was written');
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });

  it('refuses a locale it has no pages for with one line saying what to do, before writing anything', () => {
    const content = partnerFolder('fr', { surdose: entryMarkdown('surdose') }, 'Glossaire');
    const out = mkdtempSync(join(tmpdir(), 'glossary-site-'));
    const result = run(content, '--site', out);
    assert.equal(result.status, 2, result.stderr);
    assert.match(
      result.stderr,
      /^build-glossary: the site has pages in en and es only, and .*fr is "fr": build it with --out/,
    );
    assert.equal(result.stderr.trim().split('\n').length, 1);
    assert.deepEqual(readdirSync(out), []);
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
