/**
 * The crisis footer's promise in its strictest form: the reader's emergency number and main crisis line
 * with nothing but the footer's own code, when Lit is missing and the footer's chunk cannot load. The
 * footer's class is bundled here on its own (esbuild, as the build's bundler treats Lit: free of unused
 * side effects), every Lit runtime module replaced by one that throws as it loads, and the footer's
 * chunk (the only code that may use Lit) blocked in the browser.
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import { useBrowser } from './browser.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const env = useBrowser();

/** Lit's runtime modules (its barrel `lit/index.js` and `isServer`, a build-time constant, are no runtime). */
const LIT = /node_modules[\\/](?:lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/;
const litRuntime = (path) => LIT.test(path) && !/[\\/]is-server\.js$|[\\/]lit[\\/]index\.js$/.test(path);

/** The footer's class and its registration, bundled alone, its chunk left as an import of its own. */
async function footerAlone() {
  const result = await build({
    stdin: {
      contents: `import { CrisisFooterElement } from './src/elements/crisis-footer/crisis-footer.ts';
        import { defineElement } from './src/define.ts';
        defineElement('crisis-footer', CrisisFooterElement);`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [
      {
        name: 'lit-unavailable',
        setup(bundler) {
          // The footer's chunk stays outside, where the page below refuses it.
          bundler.onResolve({ filter: /full-footer\.js$/ }, () => ({ path: './full-footer.js', external: true }));
          bundler.onResolve({ filter: /.*/ }, async (args) => {
            if (args.pluginData?.resolving) return undefined;
            const resolved = await bundler.resolve(args.path, {
              kind: args.kind,
              importer: args.importer,
              resolveDir: args.resolveDir,
              pluginData: { resolving: true },
            });
            return LIT.test(resolved.path) ? { ...resolved, sideEffects: false } : resolved;
          });
          bundler.onLoad({ filter: /\.js$/ }, async (args) => {
            if (!litRuntime(args.path)) return undefined;
            const { readFile } = await import('node:fs/promises');
            const code = await readFile(args.path, 'utf8');
            return { contents: `throw new Error('Lit is not available on this page');\n${code}`, loader: 'js' };
          });
        },
      },
    ],
  });
  // What the bundle holds (the modules that left code in it, not all that were read on the way).
  const [output] = Object.values(result.metafile.outputs);
  const lit = Object.entries(output.inputs)
    .filter(([path, { bytesInOutput }]) => litRuntime(path) && bytesInOutput > 0)
    .map(([path]) => path);
  return { code: result.outputFiles[0].text, lit };
}

describe('<crisis-footer> without Lit', () => {
  it('shows the emergency number and the main crisis line with Lit missing and its chunk blocked', async () => {
    const { code, lit } = await footerAlone();
    assert.deepEqual(lit, [], 'the footer needs none of Lit to show its essential view');
    const page = await env.browser.newPage();
    const errors = [];
    const warnings = [];
    const blocked = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'warn' || message.type() === 'warning') warnings.push(message.text());
    });
    await page.setRequestInterception(true);
    const url = `${env.base}footer-alone/`;
    page.on('request', (request) => {
      if (request.url() === url)
        return void request.respond({
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
            <script type="module" src="footer.js"></script></head><body>
            <crisis-footer id="full" region="US"></crisis-footer>
            <crisis-footer id="compact" variant="compact" region="GB"></crisis-footer></body></html>`,
        });
      if (request.url() === `${url}footer.js`)
        return void request.respond({ contentType: 'text/javascript; charset=utf-8', body: code });
      blocked.push(request.url());
      return void request.abort('internetdisconnected');
    });
    await page.goto(url, { waitUntil: 'load' });
    // Until the chunk has failed, the full footer holds its space; after, its essential view stays.
    await page.waitForFunction(() => {
      const root = document.querySelector('#full')?.shadowRoot;
      return root?.querySelector('a[href="tel:911"]') && !root.querySelector('.reserve');
    });
    const shown = await page.evaluate(() =>
      ['#full', '#compact'].map((id) => {
        const root = document.querySelector(id).shadowRoot;
        return {
          hrefs: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')),
          text: root.textContent.replace(/\s+/g, ' '),
          styled: getComputedStyle(root.querySelector('.emergency')).borderInlineStartStyle,
        };
      }),
    );
    assert.deepEqual(shown[0].hrefs, ['tel:911', 'tel:988', 'sms:988'], 'the emergency number first, then 988');
    assert.match(shown[0].text, /988 Suicide & Crisis Lifeline/);
    assert.deepEqual(shown[1].hrefs, ['tel:999', 'tel:18000', 'tel:116123', 'sms:85258']);
    assert.match(shown[1].text, /Samaritans, 24\/7:/);
    assert.equal(shown[0].styled, 'solid', 'with its own styles');
    assert.ok(
      blocked.some((request) => request.endsWith('/footer-alone/full-footer.js')),
      "the footer's chunk was asked for and refused",
    );
    assert.deepEqual(errors, [], 'nothing throws');
    assert.equal(warnings.filter((warning) => warning.includes('crisis footer')).length, 1, warnings.join('\n'));
    await page.close();
  });
});
