/**
 * 1,000 terms to the next frame against 1,000 plain spans, with Tippy (+ Popper) and Shoelace's
 * tooltip in the same run, the order rotated each run; and the JS heap 1,000 terms add.
 */
import { mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const vendorDir = new URL('./.vendor/', import.meta.url);

/** Bundles the two comparisons the way a partner's build would ship them (minified, one file each). */
export async function buildVendors() {
  mkdirSync(vendorDir, { recursive: true });
  const bundles = {
    tippy: "import tippy from 'tippy.js'; window.tippy = tippy;",
    shoelace: "import '@shoelace-style/shoelace/dist/components/tooltip/tooltip.js';",
  };
  const sizes = {};
  for (const [name, contents] of Object.entries(bundles)) {
    const result = await build({
      stdin: { contents, resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0].contents;
    await import('node:fs').then(({ writeFileSync }) => writeFileSync(new URL(`${name}.js`, vendorDir), code));
    sizes[name] = gzipSync(code, { level: 9 }).length;
  }
  return sizes;
}

/** Runs in the page: `count` items of one kind appended at once, timed to the next frame. */
async function timeKind(kind) {
  const words = ['naloxone', 'overdose', 'fentanyl', 'harm reduction', 'recovery'];
  const short = 'A medicine that can reverse an opioid overdose.';
  const box = document.createElement('div');
  const start = performance.now();
  const items = [];
  for (let i = 0; i < 1000; i++) {
    const word = words[i % words.length];
    let el;
    if (kind === 'term') {
      el = document.createElement('glossary-term');
      el.textContent = word;
    } else if (kind === 'shoelace') {
      el = document.createElement('sl-tooltip');
      el.content = short;
      const span = document.createElement('span');
      span.tabIndex = 0;
      span.textContent = word;
      el.append(span);
    } else {
      el = document.createElement('span');
      el.textContent = word;
      if (kind === 'tippy') el.tabIndex = 0;
    }
    items.push(el);
    box.append(el, ' ');
  }
  document.body.append(box);
  if (kind === 'tippy') window.tippy(items, { content: short });
  if (kind === 'term' || kind === 'shoelace') await Promise.all(items.map((el) => el.updateComplete));
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const elapsed = performance.now() - start;
  box.remove();
  return elapsed;
}

const KINDS = ['span', 'term', 'tippy', 'shoelace'];

export async function measureRender(fresh, runs) {
  const times = Object.fromEntries(KINDS.map((kind) => [kind, []]));
  for (let run = 0; run < runs; run++) {
    const page = await fresh();
    await page.addScriptTag({ url: '/.vendor/tippy.js', type: 'module' });
    await page.addScriptTag({ url: '/.vendor/shoelace.js', type: 'module' });
    await page.evaluate(async () => {
      await customElements.whenDefined('sl-tooltip');
      while (!window.tippy) await new Promise((resolve) => setTimeout(resolve, 10));
      // The glossary is loaded before timing: this measures rendering, not the network.
      await window.TwelvaGlossary.autolink(document.createElement('div')).then((handle) => handle.ready);
    });
    // Warm-up: each kind once, so the first-ever element definition cost is not charged to one side.
    for (const kind of KINDS) await page.evaluate(timeKind, kind);
    const order = KINDS.map((_, i) => KINDS[(i + run) % KINDS.length]);
    for (const kind of order) times[kind].push(await page.evaluate(timeKind, kind));
    await page.close();
  }
  return times;
}

/** JS heap that 1,000 rendered terms add, after garbage collection. */
export async function measureHeap(fresh, runs) {
  const heap = [];
  for (let run = 0; run < runs; run++) {
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
      window.__keep = box;
      await Promise.all([...box.children].map((el) => el.updateComplete));
    });
    heap.push((await used()) - before);
    await page.close();
  }
  return heap;
}
