#!/usr/bin/env node
/**
 * `npm run bench`: sizes, render cost, auto-link speed against mark.js, and heap, measured in headless
 * Chromium on the built dist/. Each timing is the median of several runs, ours and the comparison
 * interleaved in one session because this machine is noisy. Prints a table and writes bench/RESULTS.md.
 * Also: bytes before interaction and layout shift per page (page-load.js), 1,000 terms against Tippy and
 * Shoelace (render.js), Lighthouse on the demo pages (lighthouse.js).
 *
 * BENCH_RUNS sets the runs per timing (default 5); BENCH_ONLY=pages,render,autolink,lighthouse,site runs
 * some sections only and writes bench/.vendor/RESULTS-partial.md instead.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import puppeteer from 'puppeteer-core';
import { sizeTable } from '../scripts/check-size.js';
import { CHROME_ARGS, ensureBrowser } from '../scripts/ensure-browser.js';
import { startServer } from '../scripts/serve.js';
import { measureLighthouse } from './lighthouse.js';
import { measurePages, PAGES, WIDTHS } from './page-load.js';
import { buildVendors, measureHeap, measureRender } from './render.js';
import { lighthouseSite, siteSection } from './site.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * Runs in the page: starts recording long tasks, lets the page settle, and resolves with a function
 * that, after a last pause for late entries, stops and gives the longest task in ms (0 when none).
 */
async function watchLongTasks() {
  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: 'longtask' });
  await new Promise((resolve) => setTimeout(resolve, 50));
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    return Math.max(0, ...longTasks);
  };
}

/** Runs in the page: a deterministic article of `words` words with glossary words sprinkled in. */
function buildArticle(words, glossaryWords, seed) {
  let state = seed;
  const random = () => (state = (state * 1664525 + 1013904223) % 4294967296) / 4294967296;
  const plain = (
    'people often find that support from friends family and community makes a real difference when ' +
    'they are ready to talk about their health their plans and the changes they want to make over time'
  ).split(' ');
  const article = document.createElement('article');
  let count = 0;
  while (count < words) {
    const paragraph = document.createElement(random() < 0.05 ? 'h2' : 'p');
    const parts = [];
    const length = paragraph.localName === 'h2' ? 6 : 90 + Math.floor(random() * 40);
    for (let i = 0; i < length; i++) {
      if (random() < 0.02) {
        const word = glossaryWords[Math.floor(random() * glossaryWords.length)];
        parts.push(word);
        count += word.split(' ').length;
      } else {
        parts.push(plain[Math.floor(random() * plain.length)]);
        count++;
      }
    }
    paragraph.textContent = `${parts.join(' ')}.`;
    if (random() < 0.1) {
      const link = document.createElement('a');
      link.href = '#';
      link.textContent = ' related reading';
      paragraph.append(link);
    }
    article.append(paragraph);
  }
  return article;
}

/** A partner-sized glossary: 5,000 entries of made-up two-word terms, each with one alias. */
function writeLargeGlossary() {
  const syllables = ['ka', 'lo', 'mi', 'ner', 'tu', 'sa', 'vri', 'don', 'pel', 'qua', 'ris', 'bo', 'fen', 'gal'];
  const word = (n) => {
    let text = '';
    do {
      text += syllables[n % syllables.length];
      n = Math.floor(n / syllables.length);
    } while (n > 0);
    return text;
  };
  const terms = Array.from({ length: 5000 }, (_, i) => ({
    id: `term-${i}`,
    title: `${word(i + 200)} ${word(i * 7 + 3)}`,
    aliases: [`${word(i + 90000)}x`],
    short: `Generated entry ${i}.`,
  }));
  const document = { schema: 1, locale: 'en', name: 'Generated', updated: '2026-11-28', terms };
  writeFileSync(new URL('./generated-5000.json', import.meta.url), JSON.stringify(document));
}

const score = (value) => value.toFixed(3);

/** Bytes before interaction per page kind, and layout shift per page and width. */
function pageSection(pages) {
  if (pages.length === 0) return [];
  const kinds = pages.filter((page) => page.kind);
  return [
    '## Bytes before interaction (JS and data, gzip -9 on the wire)',
    '',
    "Everything under dist/ the page fetched (script, chunks, glossary data) until every widget on it had rendered and the network was idle: the body bytes of each response as the bench server sent them (gzip -9, as a CDN would), read from the DevTools protocol. A page with terms also fetches, once it falls idle, the open definition and Floating UI (with Lit's runtime where nothing else brought it), so that a first opening shows no delay: those files are named in the list, and no term is touched.",
    '',
    '| page | bytes | files |',
    '|---|---:|---|',
    ...kinds.map(
      (page) =>
        `| ${page.name} | ${kb(page.bytes)} | ${page.resources.map((r) => `${r.path.replace(/^\/dist\//, '')} ${kb(r.bytes)}`).join(', ')} |`,
    ),
    '',
    '## Layout shift while the widgets load',
    '',
    'Cumulative layout shift (a buffered `layout-shift` observer, shifts without input) from navigation until every widget has rendered, the page loaded over a throttled connection (150 ms, 1.6 Mbit/s) so that it paints before the widgets arrive. Worst of the runs. Goal: ≤ 0.01.',
    '',
    `| page | ${WIDTHS.map((w) => w.label).join(' | ')} | bytes (gzip) | shifted |`,
    `|---|${WIDTHS.map(() => '---:').join('|')}|---:|---|`,
    ...pages.map((page) => {
      const shifted = [
        ...new Set(
          Object.values(page.shifts)
            .flat()
            .flatMap((entry) => entry.sources),
        ),
      ].join(', ');
      return `| ${page.name} | ${WIDTHS.map((w) => score(page.cls[w.label])).join(' | ')} | ${kb(page.bytes)} | ${shifted || '—'} |`;
    }),
    '',
  ];
}

/** 1,000 terms against plain spans, Tippy and Shoelace, and the heap of 1,000 terms. */
function renderSection(render, heap, vendorSizes) {
  if (!render) return [];
  const span = median(render.span);
  const row = (label, values) => `| ${label} | ${ms(median(values))} | ${(median(values) / span).toFixed(2)} × |`;
  return [
    '## First render of 1,000 terms',
    '',
    'Each kind appended 1,000 at a time and timed to the next frame, all four in one page, the order rotated each run, after one warm-up each.',
    '',
    '| what | median | ÷ plain spans |',
    '|---|---:|---:|',
    row('1,000 plain `<span>`', render.span),
    row('1,000 `<glossary-term>` (loaded glossary)', render.term),
    row(`1,000 spans with Tippy 6 + Popper (${kb(vendorSizes.tippy)} gzip)`, render.tippy),
    row(`1,000 Shoelace 2 \`<sl-tooltip>\` (${kb(vendorSizes.shoelace)} gzip)`, render.shoelace),
    '',
    `JS heap added by 1,000 terms (after GC): ${kb(median(heap))}.`,
    '',
  ];
}

function lighthouseSection(rows) {
  if (rows.length === 0) return [];
  return [
    '## Lighthouse 12.2.3 (mobile, simulated throttling)',
    '',
    `Machine load average while it ran: ${loadavg()[0].toFixed(1)} on ${cpus().length} cores. Lighthouse multiplies the script time it observes by 4 to simulate a phone, so a busy machine lowers the performance score; the benchmark index (BI) is Lighthouse's own measure of the machine's speed.`,
    '',
    '| demo page | performance | accessibility | CLS | LCP | TBT | BI | failing accessibility audits |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${row.performance} | ${row.accessibility} | ${score(row.cls)} | ${ms(row.lcp)} | ${ms(row.tbt)} | ${Math.round(row.benchmarkIndex)} | ${row.failing.join(', ') || '—'} |`,
    ),
    '',
  ];
}

async function main() {
  writeLargeGlossary();
  const { server, url } = await startServer({
    mounts: [
      // BENCH_DIST serves another build (a copy of main's, say) for a before/after comparison.
      ['/dist/', process.env.BENCH_DIST ?? 'dist'],
      ['/demo/', 'demo'],
      ['/node_modules/mark.js/', 'node_modules/mark.js'],
      ['/corpus/', 'test/fixtures/autolink-corpus'],
      ['/', 'bench'],
    ],
    gzip: true,
  });
  const executablePath = ensureBrowser();
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [...CHROME_ARGS, '--js-flags=--expose-gc'],
  });
  const chromium = execFileSync(executablePath, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();

  const fresh = async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${url}page.html`, { waitUntil: 'networkidle0' });
    await page.evaluate(`window.buildArticle = ${buildArticle.toString()}`);
    await page.evaluate(`window.watchLongTasks = ${watchLongTasks.toString()}`);
    return page;
  };

  const only = new Set((process.env.BENCH_ONLY ?? 'pages,render,autolink,lighthouse,site').split(','));
  const pages = only.has('pages') ? await measurePages(browser, url, Math.max(1, Math.ceil(RUNS / 3))) : [];
  let render;
  let heap = [];
  let vendorSizes = {};
  if (only.has('render')) {
    vendorSizes = await buildVendors();
    render = await measureRender(fresh, RUNS);
    heap = await measureHeap(fresh, RUNS);
  }

  // 3. Auto-link a 100,000-word article against mark.js marking the same words.
  const autolinkCase = async (label, glossaryUrl) => {
    const rows = { oursFirst: [], oursAll: [], mark: [], taskFirst: [], taskAll: [], taskMark: [] };
    let counts = {};
    for (let run = 0; run < RUNS; run++) {
      for (const mode of ['oursFirst', 'oursAll', 'mark']) {
        const page = await fresh();
        const result = await page.evaluate(
          async (mode, glossaryUrl) => {
            const glossary = await (await fetch(glossaryUrl)).json();
            const keywords = glossary.terms.flatMap((term) => [term.title, ...term.aliases]);
            const article = window.buildArticle(100000, keywords, 7);
            document.body.append(article);
            const longestTask = await window.watchLongTasks();
            const start = performance.now();
            let marked = 0;
            let failed;
            if (mode === 'mark') {
              try {
                await new Promise((resolve) =>
                  new window.Mark(article).mark(keywords, {
                    separateWordSearch: false,
                    accuracy: 'exactly',
                    caseSensitive: false,
                    diacritics: false,
                    done: (count) => {
                      marked = count;
                      resolve();
                    },
                  }),
                );
              } catch (error) {
                failed = String(error).slice(0, 80);
              }
            } else {
              const handle = await window.TwelvaGlossary.autolink(article, {
                src: glossaryUrl,
                all: mode === 'oursAll',
                observe: false,
              });
              marked = await handle.ready;
              await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
            }
            const elapsed = performance.now() - start;
            return { elapsed, marked, failed, longest: await longestTask(), keywords: keywords.length };
          },
          mode,
          glossaryUrl,
        );
        rows[mode].push(result.elapsed);
        rows[{ oursFirst: 'taskFirst', oursAll: 'taskAll', mark: 'taskMark' }[mode]].push(result.longest);
        counts = { ...counts, [mode]: result.marked, keywords: result.keywords };
        if (result.failed) counts.markFailed = result.failed;
        await page.close();
      }
    }
    return { label, rows, counts };
  };

  const autolinkRows = only.has('autolink')
    ? [
        await autolinkCase('built-in glossary', `${url}dist/glossary.en.json`),
        await autolinkCase('5,000-entry glossary', `${url}generated-5000.json`),
      ]
    : [];

  // 3b. Inputs a partner does not control: one forum post of a single ambiguous word repeated (180 kB in
  // one paragraph), and the 100,000-word article with a 10,000-item exclusion list. Time to the first
  // term and the longest task.
  const hostileCase = async (label, setup) => {
    const rows = { first: [], task: [] };
    let linked = 0;
    for (let run = 0; run < RUNS; run++) {
      const page = await fresh();
      const result = await page.evaluate(
        async (setup, glossaryUrl) => {
          const glossary = await (await fetch(glossaryUrl)).json();
          const keywords = glossary.terms.flatMap((term) => [term.title, ...term.aliases]);
          let root;
          let options = { src: glossaryUrl, observe: false };
          if (setup === 'forum') {
            root = document.createElement('div');
            const post = document.createElement('p');
            post.textContent = 'recovery '.repeat(20000);
            root.append(post);
            root.dataset.glossaryTopic = '';
          } else {
            root = window.buildArticle(100000, keywords, 7);
            const exclude = Array.from({ length: 10000 }, (_, i) => `not a term ${i}`);
            options = { ...options, exclude };
          }
          document.body.append(root);
          const longestTask = await window.watchLongTasks();
          const start = performance.now();
          const handle = await window.TwelvaGlossary.autolink(root, options);
          const count = await handle.ready;
          const first = performance.now() - start;
          return { first, count, longest: await longestTask() };
        },
        setup,
        `${url}dist/glossary.en.json`,
      );
      rows.first.push(result.first);
      rows.task.push(result.longest);
      linked = result.count;
      await page.close();
    }
    return { label, rows, linked };
  };
  const hostileRows = only.has('autolink')
    ? [
        await hostileCase('forum post: "recovery" × 20,000 in one 180 kB paragraph', 'forum'),
        await hostileCase('100,000-word article, 10,000-item exclusion list', 'exclude'),
      ]
    : [];

  // 4. Word sense: precision and recall of the built auto-linker on the labelled corpus.
  const sense = {};
  for (const locale of only.has('autolink') ? ['en', 'es'] : []) {
    const page = await fresh();
    sense[locale] = await page.evaluate(async (locale) => {
      const { scoreCorpus } = await import('/corpus/score.js');
      const corpus = await (await fetch(`/corpus/${locale}.json`)).json();
      const { tuning, heldOut, all } = await scoreCorpus(corpus, window.TwelvaGlossary.autolink);
      return { tuning, heldOut, all, items: corpus.items.length };
    }, locale);
    await page.close();
  }

  await browser.close();
  const lighthouseRows = only.has('lighthouse')
    ? await measureLighthouse(
        executablePath,
        PAGES.filter((page) => page.demo).map((page) => ({ name: page.name, url: `${url}${page.path}` })),
      )
    : [];
  await new Promise((resolve) => server.close(resolve));

  // Lighthouse on the pre-rendered site (a section of its own: BENCH_ONLY=site).
  const site = only.has('site') ? await lighthouseSite() : undefined;

  const { rows: sizeRows } = sizeTable();
  const date = new Date().toISOString().slice(0, 10);
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromium}`;
  const lines = [
    '# Benchmark results',
    '',
    `${date} · ${machine} · median of ${RUNS} runs, interleaved`,
    '',
    '## Sizes (dist/)',
    '',
    '| file | raw | gzip -9 | brotli |',
    '|---|---:|---:|---:|',
    ...sizeRows.map(([name, size]) => `| ${name} | ${kb(size.raw)} | ${kb(size.gzip)} | ${kb(size.brotli)} |`),
    '',
    ...pageSection(pages),
    ...renderSection(render, heap, vendorSizes),
    ...lighthouseSection(lighthouseRows),
    '## Auto-linking a 100,000-word article',
    '',
    '| glossary | words matched | ours, first occurrence | ours, every occurrence | mark.js, every occurrence | mark.js ÷ ours (every) | longest task: ours first / ours every / mark.js |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...autolinkRows.map(({ label, rows, counts }) => {
      const task = (values) => (median(values) > 0 ? ms(median(values)) : '< 50 ms');
      const mark = counts.markFailed
        ? `failed after ${ms(median(rows.mark))}: ${counts.markFailed}`
        : ms(median(rows.mark));
      const ratio = counts.markFailed ? 'n/a' : `${(median(rows.mark) / median(rows.oursAll)).toFixed(1)} ×`;
      return `| ${label} (${counts.keywords} words) | ${counts.oursFirst} / ${counts.oursAll} / ${counts.markFailed ? '—' : counts.mark} | ${ms(median(rows.oursFirst))} | ${ms(median(rows.oursAll))} | ${mark} | ${ratio} | ${task(rows.taskFirst)} / ${task(rows.taskAll)} / ${task(rows.taskMark)} |`;
    }),
    '',
    'Longest task: the longest entry the browser reported as a long task (50 ms or more) while the work ran; "< 50 ms" means none.',
    'Words matched: terms wrapped by ours (first occurrence / every occurrence) and marks placed by mark.js (every occurrence).',
    '',
    '## Auto-linking what a partner does not control',
    '',
    '| input | terms linked | time to the first pass | longest task |',
    '|---|---:|---:|---:|',
    ...hostileRows.map(
      ({ label, rows, linked }) =>
        `| ${label} | ${linked} | ${ms(median(rows.first))} | ${median(rows.task) > 0 ? ms(median(rows.task)) : '< 50 ms'} |`,
    ),
    '',
    ...(site ? [siteSection(site)] : []),
  ];
  const figure = (f) => `${f.precision.toFixed(3)} / ${f.recall.toFixed(3)}`;
  const senseLines = [
    '## Auto-link word sense (labelled corpus, built dist/)',
    '',
    '| language | paragraphs | precision / recall, tuning | held out | all |',
    '|---|---:|---:|---:|---:|',
    ...Object.entries(sense).map(
      ([locale, { tuning, heldOut, all, items }]) =>
        `| ${locale} | ${items} | ${figure(tuning)} | ${figure(heldOut)} | ${figure(all)} |`,
    ),
    '',
    'Every occurrence linked; the corpus and how it was made: docs/autolink.md.',
    '',
  ];
  lines.push(...senseLines);
  const report = lines.join('\n');
  // A partial run (BENCH_ONLY) never overwrites the full results. Its folder exists only once the
  // render section has bundled Tippy and Shoelace there, so a run without it makes the folder itself.
  mkdirSync(new URL('./.vendor/', import.meta.url), { recursive: true });
  writeFileSync(
    new URL(process.env.BENCH_ONLY ? './.vendor/RESULTS-partial.md' : './RESULTS.md', import.meta.url),
    report,
  );
  console.log(report);
  if (site && !site.ok) process.exitCode = 1;
}

await main();
