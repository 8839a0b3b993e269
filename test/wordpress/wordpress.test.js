/**
 * The WordPress plugin against a real WordPress started here: Debian's wordpress, PHP and MariaDB
 * (installed by scripts/ensure-wordpress.js when missing, as root), a database on a private socket and
 * PHP's built-in server on a free loopback port, all in one temporary folder. The site is installed from
 * the command line, the plugin is unpacked from the zip `npm run build` wrote and activated, posts are
 * created with block markup and shortcodes, and headless Chromium reads them as a visitor and as the
 * site owner. Everything it starts stops at the end and the folder goes with it.
 *
 * Set WORDPRESS_SCREENSHOTS to a folder to save the pages it looks at as PNG.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, ensureBrowser } from '../../scripts/ensure-browser.js';
import { ensureWordPress } from '../../scripts/ensure-wordpress.js';
import { hydrated, widgetsRendered } from '../e2e/browser.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('./', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const zip = join(root, 'dist', 'wordpress', `twelva-glossary-${version}.zip`);
const screenshots = process.env.WORDPRESS_SCREENSHOTS;
/** The card's own heading at the level the block asks for (headings are role=heading with aria-level). */
const LEVEL_3 = '[role="heading"][aria-level="3"]';
const HOSTILE = '"><script>alert(1)</script>';

const POSTS = {
  blocks: {
    title: 'Carrying naloxone',
    content: [
      '<!-- wp:paragraph --><p>Anyone can carry <glossary-term>naloxone</glossary-term>.</p><!-- /wp:paragraph -->',
      '<!-- wp:twelva-glossary/card {"term":"naloxone","headingLevel":3} /-->',
      '<!-- wp:twelva-glossary/crisis-footer /-->',
    ].join('\n\n'),
  },
  shortcodes: {
    title: 'Questions people ask',
    content: [
      'Ask about [glossary_term term="naloxone"]Narcan[/glossary_term] at any pharmacy.',
      '[glossary_card term="overdose" variant="compact"]',
      '[glossary_faq term="naloxone" heading_level="3"]',
      '[glossary_index]',
      '[crisis_footer variant="compact" region="US"]',
    ].join('\n\n'),
  },
  // A reusable block ("pattern") with the footer, and a post that shows it by reference only.
  'crisis-lines': {
    type: 'wp_block',
    title: 'Crisis lines',
    content: '<!-- wp:twelva-glossary/crisis-footer {"variant":"compact"} /-->',
  },
  reused: {
    title: 'If you need help now',
    content: [
      '<!-- wp:paragraph --><p>These lines answer day and night.</p><!-- /wp:paragraph -->',
      '<!-- wp:block {"ref":{id:crisis-lines}} /-->',
    ].join('\n\n'),
  },
  plain: {
    title: 'Our opening hours',
    content:
      '<!-- wp:paragraph --><p>We are open on weekdays. Naloxone kits are free at the front desk.</p><!-- /wp:paragraph -->',
  },
};

/** A free loopback port. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` until it returns true, for at most `ms`. */
async function until(check, what, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

let tools;
let temp;
let docroot;
let url;
const children = [];
let browser;
let ids;

/** Runs site.php against the site and returns its JSON output. */
function site(...args) {
  const out = execFileSync(tools.php, [join(here, 'site.php'), docroot, ...args], { encoding: 'utf8', cwd: docroot });
  return JSON.parse(out);
}

/**
 * Starts a long-running program of this test in its own process group, remembered so that `after`
 * stops the group: PHP's server forks its workers, which would outlive their parent alone.
 */
function start(command, args, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true, ...options });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stderrText = () => stderr;
  children.push(child);
  return child;
}

before(async () => {
  assert.ok(existsSync(zip), `${zip} is missing: run npm run build first`);
  tools = ensureWordPress();
  const chrome = ensureBrowser();
  temp = mkdtempSync(join(tmpdir(), 'twelva-wp-'));
  const data = join(temp, 'mysql');
  const socket = join(temp, 'mysql.sock');
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  execFileSync(
    tools.installDb,
    ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot],
    { stdio: 'ignore' },
  );
  const mariadb = start(tools.mariadbd, [
    '--no-defaults',
    `--datadir=${data}`,
    `--socket=${socket}`,
    `--pid-file=${join(temp, 'mysql.pid')}`,
    '--skip-networking',
    '--skip-log-bin',
    '--innodb-buffer-pool-size=32M',
    ...asRoot,
  ]);
  const sql = (statement) =>
    execFileSync(tools.client, ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement], { stdio: 'pipe' });
  await until(() => {
    if (mariadb.exitCode !== null) throw new Error(`MariaDB stopped: ${mariadb.stderrText()}`);
    try {
      sql('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }, 'MariaDB');
  sql('CREATE DATABASE wordpress CHARACTER SET utf8mb4');

  // A private copy of WordPress: its own wp-config.php, plugins and uploads, nothing written elsewhere.
  docroot = join(temp, 'site');
  cpSync(tools.wordpress, docroot, { recursive: true, dereference: true });
  mkdirSync(join(docroot, 'wp-content', 'plugins'), { recursive: true });
  mkdirSync(join(docroot, 'wp-content', 'uploads'), { recursive: true });
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  const salt = () => randomBytes(24).toString('hex');
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT']
    .concat(['LOGGED_IN_SALT', 'NONCE_SALT'])
    .map((key) => `define('${key}', '${salt()}');`)
    .join('\n');
  writeFileSync(
    join(docroot, 'wp-config.php'),
    `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${keys}
$table_prefix = 'wp_';
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${join(temp, 'debug.log')}');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('FS_METHOD', 'direct');
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
  );
  site('install');
  assert.deepEqual(site('plugin', zip), { active: true });
  site('set-option', JSON.stringify({ region: 'GB', autolink: false, footer: false }));
  const posts = join(temp, 'posts.json');
  writeFileSync(posts, JSON.stringify(POSTS));
  ids = site('posts', posts);

  const php = start(tools.php, ['-S', `127.0.0.1:${port}`, '-t', docroot, join(here, 'router.php')], {
    cwd: docroot,
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
  });
  await until(async () => {
    if (php.exitCode !== null) throw new Error(`PHP's server stopped: ${php.stderrText()}`);
    return fetch(`${url}/wp-login.php`).then(
      (response) => response.ok,
      () => false,
    );
  }, "PHP's server");
  browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  for (const child of children.reverse()) {
    const exited = child.exitCode === null && new Promise((resolve) => child.once('exit', resolve));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // The whole group has already gone.
    }
    await exited;
  }
  if (temp) rmSync(temp, { recursive: true, force: true });
});

/** Opens a page as a visitor; `dialogs` records every alert(), which must stay empty. */
async function visit(path, { width = 1280, height = 900 } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  // Screenshots show the definition open, not halfway through its fade.
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  const dialogs = [];
  const errors = [];
  const hosts = new Set();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => hosts.add(new URL(request.url()).host));
  await page.goto(`${url}${path}`, { waitUntil: 'networkidle0' });
  return { page, dialogs, errors, hosts };
}

/** The plugin's script tag on the page: its src, type and data-* settings, or null. */
const ourScript = (page) =>
  page.evaluate(() => {
    const script = document.querySelector('script[src*="/twelva-glossary/assets/"]');
    return script && { src: script.getAttribute('src'), type: script.type, data: { ...script.dataset } };
  });

/** Saves a PNG of the page's top `height` pixels, or of one element, when screenshots are asked for. */
async function shoot(page, name, { height = 900, element } = {}) {
  if (!screenshots) return;
  mkdirSync(screenshots, { recursive: true });
  const path = join(screenshots, `${name}.png`);
  if (element) return void (await (await page.$(element)).screenshot({ path }));
  await page.screenshot({ path, clip: { x: 0, y: 0, width: page.viewport().width, height } });
}

/**
 * Where the server's HTML for `path` puts the plugin's files: every reserved-space stylesheet link, the
 * offsets of the first one, of </head> and of the first widget element, and whether the script is there.
 */
async function filesIn(path) {
  const html = await (await fetch(`${url}${path}`)).text();
  const links = [...html.matchAll(/<link\b[^>]*\/twelva-glossary\/assets\/reserve\.css[^>]*>/g)];
  return {
    links: links.map(([tag]) => ({
      rel: /\brel=['"]([^'"]*)/.exec(tag)?.[1],
      href: /\bhref=['"]([^'"]*)/.exec(tag)?.[1],
    })),
    linkAt: links[0]?.index ?? -1,
    headEnd: html.indexOf('</head>'),
    widgetAt: html.search(/<(?:glossary-[a-z]+|crisis-footer)[\s>]/),
    script: /<script\b[^>]*\/twelva-glossary\/assets\/glossary-widgets(?:\.iife)?\.js/.test(html),
  };
}

/** Asserts that the page at `path` links reserve.css once, versioned, in <head>, before any widget. */
async function assertHoldsSpaceFromHead(path) {
  const seen = await filesIn(path);
  assert.ok(seen.widgetAt > seen.headEnd, `${path} shows a widget in its body`);
  assert.equal(seen.links.length, 1, `${path} links reserve.css once`);
  assert.equal(seen.links[0].rel, 'stylesheet');
  assert.match(
    seen.links[0].href,
    new RegExp(`/wp-content/plugins/twelva-glossary/assets/reserve\\.css\\?ver=${version}$`),
  );
  assert.ok(seen.linkAt < seen.headEnd, `${path}: the stylesheet is in <head>`);
  assert.ok(seen.script, `${path} has the widgets' script`);
}

const VIEWPORTS = [
  { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  { width: 1280, height: 900 },
];

/**
 * Cumulative layout shift of `path` from its first paint until every widget has rendered. The widgets'
 * script is held back until the page has painted, as on a reader's slow connection, so the first frames
 * show what the page holds before any widget code has run.
 */
async function layoutShiftOf(path, viewport) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  // Every shift counts: the test gives no input, and Chromium's phone emulation marks shifts as
  // hadRecentInput all the same (0.53 of them on the old plugin at 412 px would have gone unseen).
  await page.evaluateOnNewDocument(() => {
    window.__layoutShift = { total: 0 };
    const add = (entries) => entries.forEach((entry) => (window.__layoutShift.total += entry.value));
    window.__layoutShift.observer = new PerformanceObserver((list) => add(list.getEntries()));
    window.__layoutShift.observer.observe({ type: 'layout-shift', buffered: true });
    window.__layoutShift.flush = () => add(window.__layoutShift.observer.takeRecords());
  });
  let release;
  const painted = new Promise((resolve) => (release = resolve));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const isScript = /\/assets\/glossary-widgets(?:\.iife)?\.js$/.test(new URL(request.url()).pathname);
    void (isScript ? painted : Promise.resolve()).then(() => request.continue());
  });
  const loaded = page.goto(`${url}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(
    () => document.readyState !== 'loading' && performance.getEntriesByName('first-contentful-paint').length > 0,
    { polling: 'raf' },
  );
  // Chromium measures each frame against the last one it presented: let a few go by before the script.
  await page.evaluate(async () => {
    for (let frame = 0; frame < 5; frame++) await new Promise(requestAnimationFrame);
  });
  const codeBefore = await page.evaluate(() => customElements.get('glossary-card') !== undefined);
  release();
  await loaded;
  await widgetsRendered(page);
  await hydrated(page);
  const total = await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    window.__layoutShift.flush();
    return window.__layoutShift.total;
  });
  await page.close();
  assert.equal(codeBefore, false, 'the page painted before the widget script ran');
  assert.deepEqual(errors, []);
  return total;
}

/** Asserts CLS ≤ 0.01 for `path` at a phone's width and a laptop's; returns what it measured, as text. */
async function assertNoLayoutShift(path) {
  const measured = [];
  for (const viewport of VIEWPORTS)
    measured.push({ width: viewport.width, total: await layoutShiftOf(path, viewport) });
  const report = measured.map(({ width, total }) => `${width} px: ${total.toFixed(4)}`).join('; ');
  assert.ok(
    measured.every(({ total }) => total <= 0.01),
    `layout shift of ${path}: ${report}`,
  );
  return report;
}

describe('the WordPress plugin on a real WordPress', () => {
  it('every PHP file passes php -l and the plugin passes phpcs with its ruleset', () => {
    const plugin = join(root, 'wordpress', 'twelva-glossary');
    const files = readdirSync(plugin, { recursive: true }).filter((file) => file.endsWith('.php'));
    assert.ok(files.length > 5);
    for (const file of files) execFileSync(tools.php, ['-l', join(plugin, file)], { stdio: 'pipe' });
    assert.ok(tools.phpcs, 'phpcs (Debian: php-codesniffer) is installed');
    execFileSync(tools.phpcs, ['-q', '--standard=phpcs.xml'], { cwd: plugin, encoding: 'utf8' });
  });

  it('loads the module build from the plugin itself, versioned, with the site settings', async () => {
    const { page, hosts } = await visit(`/?p=${ids.blocks}`);
    const script = await ourScript(page);
    assert.ok(script, 'the script is on a page with widgets');
    assert.equal(script.type, 'module');
    assert.match(
      script.src,
      new RegExp(`/wp-content/plugins/twelva-glossary/assets/glossary-widgets\\.js\\?ver=${version}$`),
    );
    assert.equal(script.data.region, 'GB');
    assert.deepEqual([...hosts], [new URL(url).host], 'nothing from another host');
    const stored = await page.evaluate(() => ({ cookies: document.cookie, local: localStorage.length }));
    assert.deepEqual(stored, { cookies: '', local: 0 }, 'nothing stored about the reader');
    await page.close();
  });

  it('a marked term opens its definition', async () => {
    const { page, errors } = await visit(`/?p=${ids.blocks}`);
    await page.waitForFunction(() =>
      document.querySelector('glossary-term')?.shadowRoot?.querySelector('[part="trigger"]'),
    );
    await page.evaluate(() =>
      document.querySelector('glossary-term').shadowRoot.querySelector('[part="trigger"]').click(),
    );
    await page.waitForFunction(() => {
      const panel = document.querySelector('glossary-term').shadowRoot.querySelector('[part="definition"]');
      return panel?.checkVisibility() && /opioid overdose/i.test(panel.textContent);
    });
    await shoot(page, 'term-1280', { height: 520 });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('the card block shows its entry, and the footer block the region’s emergency number first', async () => {
    const { page } = await visit(`/?p=${ids.blocks}`);
    await page.waitForFunction(
      (level) => document.querySelector('glossary-card')?.shadowRoot?.querySelector(level),
      {},
      LEVEL_3,
    );
    await page.waitForFunction(() =>
      document.querySelector('crisis-footer')?.shadowRoot?.querySelector('a[href^="tel:"]'),
    );
    const seen = await page.evaluate(
      (level) => ({
        heading: document.querySelector('glossary-card').shadowRoot.querySelector(level).textContent.trim(),
        card: document.querySelector('glossary-card').shadowRoot.textContent,
        firstLink: document
          .querySelector('crisis-footer')
          .shadowRoot.querySelector('a[href^="tel:"]')
          .getAttribute('href'),
      }),
      LEVEL_3,
    );
    assert.equal(seen.heading, 'Naloxone');
    assert.match(seen.card, /opioid overdose/i);
    assert.equal(seen.firstLink, 'tel:999', 'the United Kingdom’s emergency number comes first');
    await shoot(page, 'post-1280');
    await shoot(page, 'footer-1280', { element: 'crisis-footer' });
    await page.close();
    const narrow = await visit(`/?p=${ids.blocks}`, { width: 320, height: 640 });
    await narrow.page.waitForFunction(
      (level) => document.querySelector('glossary-card')?.shadowRoot?.querySelector(level),
      {},
      LEVEL_3,
    );
    await shoot(narrow.page, 'post-320');
    await narrow.page.close();
  });

  it('the shortcodes render the term, card, questions, index and a footer for the region they name', async () => {
    const { page, errors } = await visit(`/?p=${ids.shortcodes}`);
    await page.waitForFunction(() =>
      ['glossary-card', 'glossary-faq', 'glossary-index'].every((tag) =>
        document.querySelector(tag)?.shadowRoot?.querySelector('[role="heading"], details, input'),
      ),
    );
    await page.waitForFunction(() =>
      document.querySelector('crisis-footer')?.shadowRoot?.querySelector('a[href^="tel:"]'),
    );
    const seen = await page.evaluate(() => ({
      term: document.querySelector('glossary-term').getAttribute('term'),
      termText: document.querySelector('glossary-term').textContent,
      card: document.querySelector('glossary-card').shadowRoot.textContent,
      firstLink: document
        .querySelector('crisis-footer')
        .shadowRoot.querySelector('a[href^="tel:"]')
        .getAttribute('href'),
    }));
    assert.equal(seen.term, 'naloxone');
    assert.equal(seen.termText, 'Narcan');
    assert.match(seen.card, /overdose/i);
    assert.equal(seen.firstLink, 'tel:911', 'the region the shortcode names wins over the site’s');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a post without widgets gets no script while auto-link and the footer are off', async () => {
    const { page } = await visit(`/?p=${ids.plain}`);
    assert.equal(await ourScript(page), null);
    await page.close();
  });

  it('a page with widgets links reserve.css in <head>, before them, and a page without gets neither file (block theme)', async () => {
    for (const post of ['blocks', 'shortcodes', 'reused']) await assertHoldsSpaceFromHead(`/?p=${ids[post]}`);
    const plain = await filesIn(`/?p=${ids.plain}`);
    assert.deepEqual({ links: plain.links, script: plain.script }, { links: [], script: false });
  });

  it('a page with a glossary block does not move while the widgets load (CLS ≤ 0.01, block theme)', async (t) => {
    t.diagnostic(`layout shift: ${await assertNoLayoutShift(`/?p=${ids.blocks}`)}`);
  });

  it('in a classic theme, which prints <head> before the post, the stylesheet is still in <head> and nothing moves', async (t) => {
    cpSync(join(here, 'classic-theme'), join(docroot, 'wp-content', 'themes', 'twelva-test-classic'), {
      recursive: true,
    });
    assert.deepEqual(site('theme', 'twelva-test-classic'), { theme: 'twelva-test-classic' });
    try {
      for (const post of ['blocks', 'shortcodes', 'reused']) await assertHoldsSpaceFromHead(`/?p=${ids[post]}`);
      // The home page lists the posts in full: the blocks and shortcodes among them count too.
      await assertHoldsSpaceFromHead('/');
      const plain = await filesIn(`/?p=${ids.plain}`);
      assert.deepEqual({ links: plain.links, script: plain.script }, { links: [], script: false });
      t.diagnostic(`layout shift: ${await assertNoLayoutShift(`/?p=${ids.blocks}`)}`);
    } finally {
      site('theme', 'twentytwentythree');
    }
  });

  it('auto-link wraps glossary words in the post text, and the footer appears on every page', async () => {
    site('set-option', JSON.stringify({ region: 'GB', autolink: true, footer: true, footer_variant: 'compact' }));
    // The footer on every page: every page holds its space from <head>.
    await assertHoldsSpaceFromHead(`/?p=${ids.plain}`);
    const { page, errors } = await visit(`/?p=${ids.plain}`);
    const script = await ourScript(page);
    assert.equal(script.data.autolink, '.twelva-glossary-content');
    await page.waitForFunction(() => document.querySelector('.twelva-glossary-content glossary-term'));
    const seen = await page.evaluate(() => ({
      term: document.querySelector('.twelva-glossary-content glossary-term').textContent,
      titleTerms: document.querySelectorAll('h1 glossary-term').length,
      footers: document.querySelectorAll('crisis-footer').length,
    }));
    assert.equal(seen.term, 'Naloxone');
    assert.equal(seen.titleTerms, 0, 'outside the post text nothing changes');
    assert.equal(seen.footers, 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('Settings → Glossary saves, keeps hostile values out and prints what it keeps escaped', async () => {
    const { page, dialogs } = await visit('/wp-login.php');
    await page.type('#user_login', 'admin');
    await page.type('#user_pass', 'correct horse battery');
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
    await page.goto(`${url}/wp-admin/options-general.php?page=twelva-glossary`, { waitUntil: 'networkidle0' });
    await shoot(page, 'settings-1280', { height: 1040 });
    if (screenshots) {
      await page.setViewport({ width: 320, height: 640 });
      await shoot(page, 'settings-320');
      await page.setViewport({ width: 1280, height: 900 });
    }
    // What a forged request could send: a region that is not on the list, markup for URLs and selector.
    await page.evaluate((hostile) => {
      const region = document.querySelector('#twelva_glossary_region');
      region.add(new Option('hostile', hostile, true, true));
      document.querySelector('#twelva_glossary_app_url').value = hostile;
      document.querySelector('input[name="twelva_glossary[autolink_custom]"]').value = hostile;
      document.querySelector('input[name="twelva_glossary[autolink_scope]"][value="custom"]').checked = true;
      document.querySelector('#twelva_glossary_locale').value = 'es';
    }, HOSTILE);
    await Promise.all([
      page.waitForNavigation(),
      page.evaluate(() => HTMLFormElement.prototype.submit.call(document.querySelector('form[action$="options.php"]'))),
    ]);
    const stored = site('get-option');
    assert.equal(stored.locale, 'es', 'a good value is saved');
    assert.equal(stored.region, '', 'a region not on the list is refused');
    assert.equal(stored.app_url, '', 'a non-URL app link is refused');
    assert.ok(!stored.autolink_custom.includes('<'), `no markup stored: ${stored.autolink_custom}`);
    const form = await page.evaluate(() => ({
      selector: document.querySelector('input[name="twelva_glossary[autolink_custom]"]').value,
      scripts: [...document.scripts].filter((script) => script.textContent.includes('alert(1)')).length,
      notice: document.querySelector('.notice, .error, .updated')?.textContent ?? '',
    }));
    assert.equal(form.selector, stored.autolink_custom, 'printed inside its attribute, escaped');
    assert.equal(form.scripts, 0);
    assert.match(form.notice, /App link was not saved/);
    await page.close();

    const front = await visit(`/?p=${ids.plain}`);
    const script = await ourScript(front.page);
    assert.equal(script.data.autolink, stored.autolink_custom, 'the script tag carries it escaped');
    assert.equal(script.data.locale, 'es');
    assert.deepEqual([...dialogs, ...front.dialogs], [], 'no script ran');
    await front.page.close();
    const log = join(temp, 'debug.log');
    const problems = existsSync(log)
      ? readFileSync(log, 'utf8')
          .split('\n')
          .filter((line) => line.includes('twelva-glossary'))
      : [];
    assert.deepEqual(problems, [], 'no PHP notice from the plugin');
  });

  it('the classic build, for themes that break modules, is one deferred classic script that works the same', async () => {
    site('set-option', JSON.stringify({ region: 'GB', build: 'classic', app_url: 'https://example.org/app/{id}' }));
    const { page, errors } = await visit(`/?p=${ids.blocks}`);
    const script = await ourScript(page);
    assert.equal(script.type, '');
    assert.equal(script.data.appUrl, 'https://example.org/app/{id}', 'the app link keeps its {id}');
    assert.match(script.src, new RegExp(`/assets/glossary-widgets\\.iife\\.js\\?ver=${version}$`));
    await page.waitForFunction(() =>
      document.querySelector('crisis-footer')?.shadowRoot?.querySelector('a[href^="tel:"]'),
    );
    const first = await page.evaluate(() =>
      document.querySelector('crisis-footer').shadowRoot.querySelector('a[href^="tel:"]').getAttribute('href'),
    );
    assert.equal(first, 'tel:999');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('the block editor offers the four blocks and the Glossary term format', async () => {
    // Still signed in from the settings test.
    const { page, errors } = await visit('/wp-admin/post-new.php', { height: 800 });
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType('twelva-glossary/card'), { timeout: 60_000 });
    const offered = await page.evaluate(() => ({
      blocks: window.wp.blocks
        .getBlockTypes()
        .map((block) => block.name)
        .filter((name) => name.startsWith('twelva-glossary/'))
        .sort(),
      format: window.wp.data.select('core/rich-text').getFormatType('twelva-glossary/term')?.tagName,
    }));
    assert.deepEqual(offered, {
      blocks: ['twelva-glossary/card', 'twelva-glossary/crisis-footer', 'twelva-glossary/faq', 'twelva-glossary/index'],
      format: 'glossary-term',
    });
    assert.deepEqual(errors, []);
    if (screenshots) {
      await page.evaluate(() => {
        const { dispatch, select } = window.wp.data;
        if (select('core/edit-post').isFeatureActive('welcomeGuide'))
          dispatch('core/edit-post').toggleFeature('welcomeGuide');
        dispatch('core/block-editor').insertBlocks(
          window.wp.blocks.createBlock('twelva-glossary/card', { term: 'naloxone' }),
        );
      });
      await page.waitForSelector('.wp-block-twelva-glossary-card');
      await shoot(page, 'editor-1280', { height: 800 });
    }
    await page.close();
  });

  it('deleting the plugin removes its settings and files', () => {
    assert.notEqual(site('get-option'), false, 'there were settings to remove');
    assert.deepEqual(site('uninstall'), { deleted: true, option: null, folder: false });
  });
});
