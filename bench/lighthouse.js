/**
 * Lighthouse (pinned 12.2.3: later versions want Node 22) on every demo page, mobile defaults with
 * simulated throttling, the categories partners look at: performance and accessibility.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_ARGS } from '../scripts/ensure-browser.js';

export async function measureLighthouse(chromePath, urls) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...CHROME_ARGS],
    logLevel: 'silent',
  });
  const rows = [];
  try {
    for (const { name, url } of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        onlyCategories: ['performance', 'accessibility'],
        output: 'json',
        logLevel: 'error',
      });
      const { categories, audits } = result.lhr;
      // The accessibility audits that failed, so a score under 100 says what to fix.
      const failing = categories.accessibility.auditRefs
        .filter((ref) => audits[ref.id]?.score === 0)
        .map((ref) => ref.id);
      rows.push({
        name,
        performance: Math.round(categories.performance.score * 100),
        accessibility: Math.round(categories.accessibility.score * 100),
        cls: audits['cumulative-layout-shift'].numericValue,
        lcp: audits['largest-contentful-paint'].numericValue,
        tbt: audits['total-blocking-time'].numericValue,
        // Lighthouse's own CPU score for the machine: below about 1000 it is slower than the phone it simulates.
        benchmarkIndex: result.lhr.environment.benchmarkIndex,
        failing,
      });
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}
