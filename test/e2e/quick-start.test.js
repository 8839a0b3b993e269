/**
 * The quick start holds its space: the snippet from the README, and the one the demo's embed-code page
 * writes, pasted as written into a page with an index, a card, questions, terms and a footer, give that
 * page no layout shift (CLS ≤ 0.01) while the script loads and the widgets render. The script is held
 * back until the page has painted, as it is on a reader's slow connection, so the test sees the moments
 * before any widget code has run. Run after `npm run build`.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { openPage, useBrowser, widgetsRendered } from './browser.js';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

/** Pages written by the tests, served on the project's origin: path → HTML. */
const pasted = new Map();
// The README's snippet names /glossary-widgets/: the build is served there, so it is pasted unchanged.
const env = useBrowser({
  mounts: [
    ['/glossary-widgets/', 'dist'],
    ['/dist/', 'dist'],
    ['/', 'demo'],
  ],
  handle(request, response, url) {
    const html = pasted.get(url.pathname);
    if (html === undefined) return false;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(html);
    return true;
  },
});

/** The lines of the README's quick-start snippet that go into `<head>` (before the example term). */
function readmeSnippet() {
  const section = /^## Quick start\n([\s\S]*?)^## /m.exec(read('README.md'))?.[1] ?? '';
  const block = /```html\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(block, "the README's quick start has an html snippet");
  return block.split('\n\n')[0].trim();
}

const WIDTHS = [
  { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  { width: 1280, height: 900 },
];

/** The page issue 26 measured: an index, a card, questions, terms in text and the full footer. */
const GLOSSARY_PAGE = `
  <main>
    <h1>Recovery glossary</h1>
    <p>Always carry <glossary-term>naloxone</glossary-term> with you: it can reverse an
      <glossary-term>overdose</glossary-term>.</p>
    <glossary-index></glossary-index>
    <h2>Featured: harm reduction</h2>
    <glossary-card term="harm-reduction" heading-level="3"></glossary-card>
    <h2>Common questions about naloxone</h2>
    <glossary-faq term="naloxone" heading-level="3"></glossary-faq>
    <p>Text after the widgets: it must not move while they load.</p>
  </main>
  <footer><crisis-footer></crisis-footer></footer>`;

/** Runs in the page before anything else: records every layout shift no input caused. */
function observeShifts() {
  window.__shifts = [];
  window.__shiftObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
  });
  window.__shiftObserver.observe({ type: 'layout-shift', buffered: true });
}

/**
 * Loads `body` with `snippet` as the only addition to its `<head>`, holding the widget script back until
 * the page has painted; returns the layout shifts from first paint until every widget has rendered.
 */
async function shiftsOf(snippet, body, viewport) {
  const path = `/pasted-${pasted.size}.html`;
  pasted.set(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
      `<meta name="viewport" content="width=device-width, initial-scale=1"><title>Partner page</title>` +
      `<link rel="icon" href="data:,">${snippet}</head><body>${body}</body></html>`,
  );
  const page = await env.browser.newPage();
  await page.setViewport(viewport);
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  let letGo;
  const held = new Promise((resolve) => (letGo = resolve));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (/\/glossary-widgets(?:\.iife)?\.js$/.test(new URL(request.url()).pathname))
      void held.then(() => request.continue());
    else void request.continue();
  });
  await page.evaluateOnNewDocument(observeShifts);
  const loaded = page.goto(new URL(path, env.base).href, { waitUntil: 'load' });
  // The whole page has been parsed ("interactive" comes before deferred and module scripts run) and
  // painted, with no widget code yet: what a reader on a slow connection sees first.
  await page.waitForFunction(
    () => document.readyState !== 'loading' && performance.getEntriesByName('first-contentful-paint').length > 0,
    { polling: 'raf' },
  );
  // A few frames more: Chromium compares each frame's layout with the last one it presented, and with
  // fewer the script sometimes ran before the first frame counted (the old snippet's shift then went unseen).
  await page.evaluate(async () => {
    for (let frame = 0; frame < 5; frame++) await new Promise(requestAnimationFrame);
  });
  const definedBefore = await page.evaluate(() => Boolean(customElements.get('glossary-card')));
  letGo();
  await loaded;
  await widgetsRendered(page);
  const shifts = await page.evaluate(async () => {
    const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
    await Promise.all(elements.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    window.__shiftObserver.takeRecords().forEach((entry) => entry.hadRecentInput || window.__shifts.push(entry.value));
    return window.__shifts;
  });
  await page.close();
  assert.equal(definedBefore, false, 'the page painted before the widget script ran');
  assert.deepEqual(errors, []);
  return shifts;
}

const total = (shifts) => shifts.reduce((sum, value) => sum + value, 0);

/** Asserts CLS ≤ 0.01 for `snippet` on the glossary page at a phone's width and a laptop's. */
async function holdsItsSpace(snippet) {
  const measured = [];
  for (const viewport of WIDTHS)
    measured.push({ width: viewport.width, shifts: await shiftsOf(snippet, GLOSSARY_PAGE, viewport) });
  const report = measured
    .map(
      ({ width, shifts }) =>
        `${width} px: ${total(shifts).toFixed(4)} (${shifts.map((value) => value.toFixed(4)).join(', ')})`,
    )
    .join('; ');
  assert.ok(
    measured.every(({ shifts }) => total(shifts) <= 0.01),
    `layout shift ${report}`,
  );
}

describe('the quick-start snippet, pasted as written', () => {
  it("the README's: the page does not move while the widgets load (CLS ≤ 0.01)", async () => {
    await holdsItsSpace(readmeSnippet());
  });

  it("the embed-code page's: the same, and the browser accepts the stylesheet's and the script's hashes", async () => {
    const { page, log } = await openPage(env.browser, `${env.base}embed.html`);
    await page.click('input[name="base"]', { clickCount: 3 });
    await page.type('input[name="base"]', `${env.base}glossary-widgets/`);
    const code = await page.$eval('#embed-output', (el) => el.textContent);
    assert.deepEqual(log.errors, []);
    await page.close();
    const sri = `sha384-${createHash('sha384')
      .update(readFileSync(new URL('dist/reserve.css', root)))
      .digest('base64')}`;
    assert.ok(code.includes(`integrity="${sri}"`), `the stylesheet's hash in ${code}`);
    await holdsItsSpace(code);
  });

  it('the stylesheet it links is the reserved space of src/styles/reserve.ts, as docs/performance.md gives it', () => {
    const squeeze = (css) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, '');
    const documented = /<!-- reserved-space:start[^>]*-->\s*```css\n([\s\S]*?)```/.exec(read('docs/performance.md'))[1];
    const shipped = read('dist/reserve.css');
    assert.equal(squeeze(shipped), squeeze(documented));
    // Tiny: it is render-blocking, on the page's critical path.
    assert.ok(Buffer.byteLength(shipped) < 1200, `${Buffer.byteLength(shipped)} bytes`);
  });
});
