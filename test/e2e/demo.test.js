/**
 * The demo as a partner sees it: every page at a phone width (320 px, also the 400 % zoom width of a
 * 1280 px window) and a desktop width, light and dark. Each is checked for errors and sideways
 * scrolling, and photographed for a person to look at when `DEMO_SCREENSHOTS=<folder>` is set (a
 * picture asserts nothing, and a full-page one lays the page out again at its whole height). The
 * theming and embed-code pages are then driven as a partner would.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BLOCK_WIDGETS, PATIENCE, openPage, openTab, useBrowser, widgetsRendered } from './browser.js';

const env = useBrowser();
const PAGES = ['index', 'article', 'glossary', 'es', 'theming', 'embed'];
const WIDGETS = `glossary-term, ${BLOCK_WIDGETS}`;
const shots = process.env.DEMO_SCREENSHOTS;
if (shots) mkdirSync(shots, { recursive: true });

const sri = (file) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(new URL(`../../dist/${file}`, import.meta.url)))
    .digest('base64')}`;

describe('the demo pages at 320 px and 1280 px, light and dark', () => {
  // Each case loads its page afresh, in one tab for all of them: only reading, so nothing carries over.
  let tab;
  before(async () => {
    tab = await openTab(env.browser);
  });
  after(async () => {
    await tab?.close();
  });

  for (const name of PAGES) {
    for (const width of [320, 1280]) {
      for (const colorScheme of ['light', 'dark']) {
        it(`${name}.html at ${width} px, ${colorScheme}: renders every widget, no errors, no sideways scroll`, async () => {
          const { page, log } = await tab.visit(`${env.base}${name}.html`, {
            viewport: { width, height: 900 },
            colorScheme,
          });
          await widgetsRendered(page, WIDGETS);
          const { scrollWidth, innerWidth, widgets } = await page.evaluate((selector) => {
            return {
              scrollWidth: document.documentElement.scrollWidth,
              innerWidth: window.innerWidth,
              widgets: document.querySelectorAll(selector).length,
            };
          }, WIDGETS);
          assert.ok(widgets > 0, 'the page shows widgets');
          assert.ok(scrollWidth <= innerWidth, `no sideways scroll: ${scrollWidth} > ${innerWidth}`);
          assert.deepEqual(log.errors, []);
          assert.deepEqual(log.warnings, []);
          if (shots)
            await page.screenshot({ path: join(shots, `${name}-${width}-${colorScheme}.png`), fullPage: true });
        });
      }
    }
  }
});

describe('the theming page', () => {
  it('starts from the built-in values, restyles the preview live, and prints only what changed', async () => {
    const { page } = await openPage(env.browser, `${env.base}theming.html`, { colorScheme: 'light' });
    await widgetsRendered(page, WIDGETS);
    await page.waitForFunction(() => document.querySelector('input[name="accent"]').value === '#0b6e4f');
    assert.match(await page.$eval('#css-output', (el) => el.textContent), /Nothing changed yet/);
    await page.$eval('input[name="accent"]', (input) => {
      input.value = '#aa3300';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.select('select[name="font-family"]', 'system-ui, sans-serif');
    const accent = await page.$eval('#preview glossary-card', (card) =>
      getComputedStyle(card).getPropertyValue('--_accent').trim(),
    );
    assert.equal(accent, '#aa3300');
    const css = await page.$eval('#css-output', (el) => el.textContent);
    assert.match(css, /--glossary-accent: #aa3300;/);
    assert.match(css, /--glossary-font-family: system-ui, sans-serif;/);
    assert.doesNotMatch(css, /--glossary-surface/);
    // Dark colours are edited with the preview in dark mode, whatever the system says.
    await page.click('input[name="scheme"][value="dark"]');
    await page.waitForFunction(() => document.querySelector('input[name="accent"]').value === '#6fd3a8');
    const surface = await page.$eval(
      '#preview glossary-card',
      (card) => getComputedStyle(card.shadowRoot.querySelector('.surface')).backgroundColor,
    );
    assert.equal(surface, 'rgb(28, 33, 40)');
    await page.close();
  });
});

describe('the embed-code page', () => {
  it('writes a pinned, integrity-checked tag with the chosen settings, and previews them', async () => {
    const { page, log } = await openPage(env.browser, `${env.base}embed.html`);
    await widgetsRendered(page, WIDGETS);
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    let code = await page.$eval('#embed-output', (el) => el.textContent);
    assert.ok(
      code.includes(`src="https://cdn.jsdelivr.net/npm/@twelva/glossary-widgets@${version}/dist/glossary-widgets.js"`),
    );
    assert.ok(code.includes(`integrity="${sri('glossary-widgets.js')}"`), 'hash of the module entry');
    assert.match(code, /crossorigin="anonymous"/);
    assert.match(code, /referrerpolicy="no-referrer"/);
    assert.doesNotMatch(code, /data-/, 'defaults add no settings');

    await page.select('select[name="locale"]', 'es');
    await page.select('select[name="theme"]', 'dark');
    await page.select('select[name="region"]', 'GB');
    await page.type('input[name="autolink"]', 'main [data-kind="article"]');
    await page.click('input[name="build"][value="classic"]');
    code = await page.$eval('#embed-output', (el) => el.textContent);
    assert.ok(code.includes(`integrity="${sri('glossary-widgets.iife.js')}"`), `hash of the classic file in ${code}`);
    assert.doesNotMatch(code, /type="module"/);
    for (const setting of ['data-locale="es"', 'data-theme="dark"', 'data-region="GB"'])
      assert.ok(code.includes(setting), setting);
    assert.ok(
      code.includes('data-autolink="main [data-kind=&quot;article&quot;]"'),
      'quotes cannot break the attribute',
    );
    // The preview follows: Spanish, dark, and the UK's lines.
    await page.waitForFunction(() => {
      const footer = document.querySelector('#embed-preview crisis-footer').shadowRoot;
      return footer.textContent.includes('¿En crisis?') && footer.textContent.includes('116 123');
    });
    const background = await page.$eval(
      '#embed-preview crisis-footer',
      (el) => getComputedStyle(el.shadowRoot.querySelector('.surface')).backgroundColor,
    );
    assert.equal(background, 'rgb(28, 33, 40)');

    await page.click('input[name="autolink"]', { clickCount: 3 });
    await page.type('input[name="autolink"]', 'main >>> p');
    assert.match(await page.$eval('#autolink-error', (el) => el.textContent), /not a CSS selector/);
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('gives a tag that works: the browser accepts the hash, and the import map pins the lazy parts', async () => {
    const { page } = await openPage(env.browser, `${env.base}embed.html`);
    await page.click('input[name="base"]', { clickCount: 3 });
    await page.type('input[name="base"]', `${env.base}dist/`);
    await page.click('input[name="pinChunks"]');
    const code = await page.$eval('#embed-output', (el) => el.textContent);
    await page.close();
    const check = await env.browser.newPage();
    const errors = [];
    check.on('pageerror', (error) => errors.push(String(error)));
    check.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    // Served as a real page (the same origin as dist/), exactly as a partner would paste it.
    const target = `${env.base}pasted-embed-code.html`;
    const html =
      `<!doctype html><html lang="en"><head><link rel="icon" href="data:,">${code}</head><body><p><glossary-term>naloxone</glossary-term></p>` +
      '<glossary-card term="naloxone"></glossary-card></body></html>';
    await check.setRequestInterception(true);
    check.on('request', (request) =>
      request.url() === target
        ? request.respond({ status: 200, contentType: 'text/html', body: html })
        : request.continue(),
    );
    await check.goto(target);
    await check.waitForFunction(
      () => document.querySelector('glossary-card')?.shadowRoot?.querySelector('article [part="title"]'),
      { timeout: PATIENCE },
    );
    assert.deepEqual(errors, []);
    await check.close();
  });
});
