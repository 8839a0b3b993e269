/** Shared set-up for end-to-end tests: the built dist/ served locally, driven in headless Chromium. */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, ensureBrowser } from '../../scripts/ensure-browser.js';
import { startServer } from '../../scripts/serve.js';

/** Serves the project (`serverOptions` as for scripts/serve.js, e.g. extra headers) and starts Chromium. */
async function launch(serverOptions = {}) {
  const { server, url } = await startServer(serverOptions);
  const browser = await puppeteer.launch({ executablePath: ensureBrowser(), headless: true, args: CHROME_ARGS });
  return {
    base: url,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * The hooks every end-to-end file needs: one server and one browser for the file, closed after it.
 * Returns an object whose `browser` and `base` (the server's URL) are ready inside tests.
 */
export function useBrowser(serverOptions = {}) {
  let env;
  before(async () => {
    env = await launch(serverOptions);
  });
  after(async () => {
    await env?.close();
  });
  return {
    get browser() {
      return env.browser;
    },
    get base() {
      return env.base;
    },
  };
}

/**
 * A tab for a sequence of loads: `visit(url)` navigates it and returns the log of that load alone
 * (console warnings and errors, uncaught errors, every request). A new tab costs Chromium a renderer
 * process, and a script evaluated in a fresh one is compiled again; loads within one tab reuse both.
 */
export async function openTab(browser) {
  const page = await browser.newPage();
  let log = { warnings: [], errors: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'warn' || message.type() === 'warning') log.warnings.push(message.text());
    if (message.type() === 'error') log.errors.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(String(error)));
  page.on('request', (request) => log.requests.push(request.url()));
  return {
    page,
    async visit(url, { viewport = { width: 800, height: 600 }, colorScheme, waitUntil = 'networkidle0' } = {}) {
      await page.setViewport(viewport);
      // Without a scheme, whatever the last visit asked for is undone.
      await page.emulateMediaFeatures(colorScheme ? [{ name: 'prefers-color-scheme', value: colorScheme }] : undefined);
      log = { warnings: [], errors: [], requests: [] };
      await page.goto(url, { waitUntil });
      return { page, log };
    },
    close: () => page.close(),
  };
}

/** A new page that records its console warnings, errors and every request it makes (openTab's log). */
export async function openPage(browser, url, options) {
  const tab = await openTab(browser);
  return tab.visit(url, options);
}

/**
 * Waits until `check()` holds, looked at again after each console message of `page`: a warning arrives
 * on its own schedule (a failed request, a chunk that did not load), so a count taken at one moment
 * may come too early. Resolves after `timeout` ms in any case: the assertions that follow say what
 * was logged.
 */
export function consoleSettles(page, check, timeout = PATIENCE) {
  if (check()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      page.off('console', listener);
      resolve();
    };
    const listener = () => {
      if (check()) done();
    };
    const timer = setTimeout(done, timeout);
    page.on('console', listener);
  });
}

/**
 * How long a wait for a page's state may take: on a machine shared by many runs a page that is ready
 * in a second can take ten, and a wait ends as soon as its condition holds, so a long bound costs a
 * passing test nothing.
 */
export const PATIENCE = 30_000;

/** The block widgets: they show a busy state while their glossary loads. */
export const BLOCK_WIDGETS = 'glossary-card, glossary-faq, glossary-index, crisis-footer';

/** Waits until every widget matching `selector` in `frame` has rendered its content, nothing loading. */
export async function widgetsRendered(frame, selector = BLOCK_WIDGETS) {
  await frame.waitForFunction(
    (selector) =>
      [...document.querySelectorAll(selector)].every(
        (el) => el.shadowRoot?.childElementCount && !el.shadowRoot.querySelector('[aria-busy="true"]'),
      ),
    { timeout: PATIENCE },
    selector,
  );
}

/** A partner's own site on an origin of its own: `html` at every path. Resolves with its `url` and `close()`. */
export async function partnerSite(html) {
  const { server, url } = await startServer({
    handle(request, response) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
      return true;
    },
  });
  return { url, close: () => closeServer(server) };
}

/** Stops a server now: the browser keeps idle connections open, which close() alone would wait for. */
export function closeServer(server) {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(resolve));
}

/** Waits until the page's first card shows `text`; otherwise fails with what the page logged (openPage's `log`). */
export async function cardShows(page, text, log) {
  await page
    .waitForFunction(
      (source) => new RegExp(source).test(document.querySelector('glossary-card')?.shadowRoot?.textContent ?? ''),
      { timeout: PATIENCE },
      text.source,
    )
    .catch(() => assert.fail(`the card never showed ${text}: ${[...log.errors, ...log.warnings].join('\n')}`));
}

/** Waits until every widget on a page has hydrated (Lit's first update done, nested ones too) and settled. */
export async function hydrated(page) {
  await page.waitForFunction(
    () => {
      const all = [];
      const collect = (scope) => {
        for (const el of scope.querySelectorAll('glossary-card, glossary-faq, glossary-index, crisis-footer')) {
          all.push(el);
          if (el.shadowRoot) collect(el.shadowRoot);
        }
      };
      collect(document);
      return all.length > 0 && all.every((el) => el.hasUpdated === true && !el.isUpdatePending);
    },
    { timeout: PATIENCE },
  );
}
