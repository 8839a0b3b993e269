#!/usr/bin/env node
/**
 * `node bench/first-open.js` (after `npm run build`): how long the first hover of a page of terms
 * waits for its definition, now that the definition is a chunk of its own. For each case, a fresh
 * page; the pointer moves straight onto a term, and the time from that move to the frame after the
 * placed definition appears is measured, less the 150 ms the term waits on purpose before opening
 * (the hover delay). So 0 ms means the reader sees no delay beyond the hover delay.
 *
 * - cold: nothing preloaded (the page's idle callbacks are held); the chunk is fetched from the
 *   pointer's arrival on the term, within the hover delay.
 * - preloaded: the page fell idle first, and the idle preload fetched the chunk.
 * Each on localhost and with 100 ms of added round-trip latency (a slow mobile link).
 * BENCH_RUNS sets the runs per case (default 5); prints the medians.
 */
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, ensureBrowser } from '../scripts/ensure-browser.js';
import { startServer } from '../scripts/serve.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const HOVER_OPEN_MS = 150;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function firstOpen(browser, url, { preloaded, latency }) {
  const page = await browser.newPage();
  await page.setViewport({ width: 800, height: 600 });
  const client = await page.createCDPSession();
  await page.evaluateOnNewDocument(() => {
    window.heldIdle = [];
    window.requestIdleCallback = (callback) => window.heldIdle.push(callback);
  });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('#term').shadowRoot?.querySelector('[part="trigger"]'));
  if (latency) {
    await client.send('Network.emulateNetworkConditions', {
      offline: false,
      latency,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
  }
  if (preloaded) {
    await page.evaluate(() => window.heldIdle.splice(0).forEach((callback) => callback()));
    await page.waitForFunction(() =>
      [/\/chunks\/definition-/, /\/chunks\/floating-ui/].every((file) =>
        performance.getEntriesByType('resource').some((entry) => file.test(entry.name)),
      ),
    );
  }
  // In the page: the time the pointer reaches the term, and the frame after its placed definition shows.
  const measured = page.evaluate(
    () =>
      new Promise((resolve) => {
        const term = document.querySelector('#term');
        let start;
        window.addEventListener(
          'pointerover',
          (event) => {
            if (start === undefined && event.composedPath().includes(term)) start = performance.now();
          },
          true,
        );
        const observer = new MutationObserver(() => {
          if (!term.shadowRoot.querySelector('[part="definition"][data-positioned]')) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(term.shadowRoot, { subtree: true, attributes: true, attributeFilter: ['data-positioned'] });
      }),
  );
  await page.hover('#term');
  const elapsed = await measured;
  await page.close();
  return elapsed - HOVER_OPEN_MS;
}

const { server, url } = await startServer({ gzip: true });
const browser = await puppeteer.launch({ executablePath: ensureBrowser(), headless: true, args: CHROME_ARGS });
try {
  const page = `${url}test/e2e/pages/terms-only.html`;
  for (const latency of [0, 100]) {
    for (const preloaded of [false, true]) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await firstOpen(browser, page, { preloaded, latency }));
      const label = `${preloaded ? 'preloaded' : 'cold'}, ${latency ? `+${latency} ms round trip` : 'localhost'}`;
      console.log(
        `${label.padEnd(32)} beyond the hover delay: median ${median(runs).toFixed(1)} ms (${runs.map((r) => r.toFixed(1)).join(', ')})`,
      );
    }
  }
} finally {
  await browser.close();
  server.close();
}
