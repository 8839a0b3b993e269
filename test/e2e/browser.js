/** Shared set-up for end-to-end tests: the built dist/ served locally, driven in headless Chromium. */
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, ensureBrowser } from '../../scripts/ensure-browser.js';
import { startServer } from '../../scripts/serve.js';

export async function launch() {
  const { server, url } = await startServer();
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

/** A page that records its console warnings, errors and every request it makes. */
export async function openPage(browser, url, { viewport = { width: 800, height: 600 } } = {}) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const log = { warnings: [], errors: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'warn' || message.type() === 'warning') log.warnings.push(message.text());
    if (message.type() === 'error') log.errors.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(String(error)));
  page.on('request', (request) => log.requests.push(request.url()));
  await page.goto(url, { waitUntil: 'networkidle0' });
  return { page, log };
}
