#!/usr/bin/env node
/**
 * Lighthouse (pinned 12.2.3: later versions want Node 22) on sample pages of the pre-rendered glossary
 * site: accessibility must be 100, SEO at least 90, cumulative layout shift 0. The site is built again
 * into dist/bench-site/ with the bench server's own address as its base URL, so canonical and hreflang
 * URLs point at the pages Lighthouse actually loads. Part of `npm run bench`; `node bench/site.js`
 * runs it alone (after `npm run build`).
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_ARGS, ensureBrowser } from '../scripts/ensure-browser.js';
import { startServer } from '../scripts/serve.js';

export const SAMPLE_PAGES = ['en/', 'en/naloxone/', 'en/harm-reduction/', 'es/', 'es/naloxone/'];
const REQUIRED = { accessibility: 100, seo: 90, cls: 0 };

/** Runs Lighthouse on the sample pages; returns one row per page and whether every page met the bar. */
export async function lighthouseSite() {
  const out = fileURLToPath(new URL('../dist/bench-site/', import.meta.url));
  const { server, url } = await startServer({ mounts: [['/site/', 'dist/bench-site']] });
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      fileURLToPath(new URL('../dist/cli/build-glossary.js', import.meta.url)),
      fileURLToPath(new URL('../content', import.meta.url)),
      '--site',
      out,
      '--base-url',
      `${url}site/`,
    ],
    { stdio: 'ignore' },
  );
  const chrome = await chromeLauncher.launch({
    chromePath: ensureBrowser(),
    chromeFlags: ['--headless=new', ...CHROME_ARGS],
  });
  const rows = [];
  try {
    for (const path of SAMPLE_PAGES) {
      const result = await lighthouse(`${url}site/${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['accessibility', 'seo', 'performance'],
      });
      const { categories, audits } = result.lhr;
      const failing = (category) =>
        categories[category].auditRefs
          .filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 1)
          .map((ref) => ref.id);
      rows.push({
        path,
        accessibility: Math.round(categories.accessibility.score * 100),
        seo: Math.round(categories.seo.score * 100),
        performance: Math.round(categories.performance.score * 100),
        cls: audits['cumulative-layout-shift'].numericValue,
        lcp: audits['largest-contentful-paint'].numericValue,
        failing: [...failing('accessibility'), ...failing('seo')],
      });
    }
  } finally {
    await chrome.kill();
    await new Promise((resolve) => server.close(resolve));
  }
  const ok = rows.every(
    (row) => row.accessibility >= REQUIRED.accessibility && row.seo >= REQUIRED.seo && row.cls <= REQUIRED.cls,
  );
  return { rows, ok };
}

/** The rows as a Markdown section for bench/RESULTS.md. */
export function siteSection({ rows, ok }) {
  return [
    '## Pre-rendered glossary site (Lighthouse 12.2.3, mobile emulation)',
    '',
    '| page | accessibility | SEO | performance | CLS | LCP | audits not passed |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      (row) =>
        `| ${row.path} | ${row.accessibility} | ${row.seo} | ${row.performance} | ${row.cls.toFixed(3)} | ${(row.lcp / 1000).toFixed(1)} s | ${row.failing.join(', ') || '—'} |`,
    ),
    '',
    `Required: accessibility ${REQUIRED.accessibility}, SEO ≥ ${REQUIRED.seo}, CLS ${REQUIRED.cls}: ${ok ? 'met on every page' : 'NOT MET'}.`,
    'Performance is measured under Lighthouse’s simulated slow 4G and CPU throttling on a shared machine; it is reported, not required.',
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await lighthouseSite();
  console.log(siteSection(result));
  if (!result.ok) process.exitCode = 1;
}
