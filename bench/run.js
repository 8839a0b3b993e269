#!/usr/bin/env node
/**
 * `npm run bench`: sizes, render cost, auto-link speed against mark.js, and heap, measured in headless
 * Chromium on the built dist/. Each timing is the median of several runs, ours and the comparison
 * interleaved in one session because this machine is noisy. Prints a table and writes bench/RESULTS.md.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import puppeteer from 'puppeteer-core';
import { sizeTable } from '../scripts/check-size.js';
import { CHROME_ARGS, ensureBrowser } from '../scripts/ensure-browser.js';
import { startServer } from '../scripts/serve.js';
import { lighthouseSite, siteSection } from './site.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** `BENCH_ONLY=autolink`: only the auto-link speed and word-sense figures (printed, RESULTS.md left alone). */
const ONLY = process.env.BENCH_ONLY;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

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

async function main() {
  writeLargeGlossary();
  const { server, url } = await startServer({
    mounts: [
      ['/dist/', 'dist'],
      ['/node_modules/mark.js/', 'node_modules/mark.js'],
      ['/corpus/', 'test/fixtures/autolink-corpus'],
      ['/', 'bench'],
    ],
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
    return page;
  };

  // 1. First render: 1,000 <glossary-term> against 1,000 plain spans.
  const renderOurs = [];
  const renderSpans = [];
  for (let run = 0; run < (ONLY ? 0 : RUNS); run++) {
    const page = await fresh();
    await page.evaluate(() => window.TwelvaGlossary.autolink(document.createElement('div')).then((h) => h.ready));
    const [spans, terms] = await page.evaluate(async () => {
      const words = ['naloxone', 'overdose', 'fentanyl', 'harm reduction', 'recovery'];
      const time = async (tag) => {
        const box = document.createElement('div');
        const start = performance.now();
        for (let i = 0; i < 1000; i++) {
          const el = document.createElement(tag);
          el.textContent = words[i % words.length];
          box.append(el, ' ');
        }
        document.body.append(box);
        if (tag === 'glossary-term') await Promise.all([...box.children].map((el) => el.updateComplete));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        const elapsed = performance.now() - start;
        box.remove();
        return elapsed;
      };
      const spans = await time('span');
      const terms = await time('glossary-term');
      return [spans, terms];
    });
    renderSpans.push(spans);
    renderOurs.push(terms);
    await page.close();
  }

  // 2. Heap after 1,000 terms (JS heap, after garbage collection).
  const heap = [];
  for (let run = 0; run < (ONLY ? 0 : RUNS); run++) {
    const page = await fresh();
    const client = await page.createCDPSession();
    const used = async () => {
      await client.send('HeapProfiler.collectGarbage');
      return (await page.metrics()).JSHeapUsedSize;
    };
    await page.evaluate(() => window.TwelvaGlossary.autolink(document.createElement('div')).then((h) => h.ready));
    const before = await used();
    await page.evaluate(async () => {
      const box = document.createElement('div');
      for (let i = 0; i < 1000; i++) {
        const el = document.createElement('glossary-term');
        el.textContent = 'naloxone';
        box.append(el);
      }
      document.body.append(box);
      await Promise.all([...box.children].map((el) => el.updateComplete));
    });
    heap.push((await used()) - before);
    await page.close();
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
            const longTasks = [];
            const observer = new PerformanceObserver((list) =>
              longTasks.push(...list.getEntries().map((e) => e.duration)),
            );
            observer.observe({ type: 'longtask' });
            await new Promise((resolve) => setTimeout(resolve, 50));
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
            await new Promise((resolve) => setTimeout(resolve, 100));
            observer.disconnect();
            return { elapsed, marked, failed, longest: Math.max(0, ...longTasks), keywords: keywords.length };
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

  const builtin = await autolinkCase('built-in glossary', `${url}dist/glossary.en.json`);
  const large = await autolinkCase('5,000-entry glossary', `${url}generated-5000.json`);

  // 4. Word sense: precision and recall of the built auto-linker on the labelled corpus.
  const sense = {};
  for (const locale of ['en', 'es']) {
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
  await new Promise((resolve) => server.close(resolve));

  // Lighthouse on the pre-rendered site (skipped in a focused run).
  const site = ONLY ? undefined : await lighthouseSite();

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
    '## First render of 1,000 terms',
    '',
    '| what | median |',
    '|---|---:|',
    `| 1,000 plain \`<span>\` | ${ms(median(renderSpans))} |`,
    `| 1,000 \`<glossary-term>\` (loaded glossary) | ${ms(median(renderOurs))} |`,
    `| ratio | ${(median(renderOurs) / median(renderSpans)).toFixed(1)} × |`,
    `| JS heap added by 1,000 terms (after GC) | ${kb(median(heap))} |`,
    '',
    '## Auto-linking a 100,000-word article',
    '',
    '| glossary | words matched | ours, first occurrence | ours, every occurrence | mark.js, every occurrence | mark.js ÷ ours (every) | longest task: ours first / ours every / mark.js |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...[builtin, large].map(({ label, rows, counts }) => {
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
  if (ONLY) {
    // A focused run: the auto-link tables only, RESULTS.md stays a full run's record.
    console.log(report.slice(report.indexOf('## Auto-linking')));
  } else {
    writeFileSync(new URL('./RESULTS.md', import.meta.url), report);
    console.log(report);
  }
  if (site && !site.ok) process.exitCode = 1;
}

await main();
