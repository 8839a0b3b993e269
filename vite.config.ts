import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { readCaveatSources } from './src/cli/caveat-sources.js';
import { isGlossaryFile } from './src/data/layout.js';
import { RESERVED_SPACE_FILE, reservedSpaceCss } from './src/styles/reserve.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};

/**
 * Whether a module may have side effects beyond its exports. Lit's modules are declared free of them:
 * rolldown (1.2) otherwise moves side-effectful modules that the main script and a chunk it imports
 * both use (Lit, when the crisis footer's chunk arrived) into a chunk of their own, which every page
 * would then fetch before anything renders (rolldown#9154, #10731). Every Lit module's exports are
 * used, so its top-level code (version records, polyfill and hydration hooks) stays as it is.
 */
const litHasNoUnusedEffects = (id: string): boolean =>
  !/node_modules\/(?:lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id);

/** Where the content build writes the built-in glossaries (the script builds copy them into dist/). */
const GENERATED = new URL('./generated/', import.meta.url);
/** The npm build's data module of a built-in glossary file, relative to dist/index.js. */
const dataModule = (name: string): string => `./data/${name.replace(/\.json$/, '.js')}`;

/**
 * The built-in glossary files as their term index names them: `glossary.<locale>.terms.json`,
 * `.json`, `.sense.json`, and each entry's `glossary.<locale>/<id>.json`.
 */
function builtinGlossaryFiles(): string[] {
  return readdirSync(GENERATED, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split('\\').join('/'))
    .filter(isGlossaryFile)
    .sort();
}

/**
 * The npm build's built-in glossaries: src/data/bundled-glossaries.ts becomes one literal `import()`
 * per file, of a module holding that file's text (dist/data/), which the app's bundler follows and
 * emits like any lazy chunk. A file beside the script (the script builds' way) is one no bundler
 * copies: Vite moved the package's code and left the glossary behind, so cards said it could not load.
 * The data modules stay outside dist/index.js (external imports), which remains one file of code.
 */
function bundleBuiltinGlossaries(): Plugin {
  const registry = fileURLToPath(new URL('./src/data/bundled-glossaries.ts', import.meta.url));
  const files = builtinGlossaryFiles();
  const modules = new Set(files.map(dataModule));
  return {
    name: 'bundle-builtin-glossaries',
    resolveId: (id) => (modules.has(id) ? { id, external: true } : undefined),
    load(id) {
      if (id !== registry) return undefined;
      const loaders = files.map(
        (name) => `  ${JSON.stringify(name)}: () => import(${JSON.stringify(dataModule(name))}),`,
      );
      return `export const bundledGlossaryFiles = {\n${loaders.join('\n')}\n};\n`;
    },
    generateBundle() {
      for (const name of files) {
        const text = readFileSync(new URL(name, GENERATED), 'utf8');
        this.emitFile({
          type: 'asset',
          fileName: dataModule(name).slice(2),
          source: `export default ${JSON.stringify(text)};\n`,
        });
      }
    },
  };
}

/**
 * dist/reserve.css, the stylesheet the quick-start snippet links before the script: the page holds each
 * widget's space from its first paint, before any script has run, so pasting the snippet is all a
 * partner does for no layout shift. A file rather than an inline `<style>`: a policy of
 * `style-src 'self'` (or the CDN's origin) allows it, and it carries a Subresource Integrity hash.
 */
function reservedSpaceStylesheet(): Plugin {
  return {
    name: 'reserved-space-stylesheet',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: RESERVED_SPACE_FILE,
        source: `/* @twelva/glossary-widgets ${pkg.version}: space held until each widget has rendered (docs/performance.md) */\n${reservedSpaceCss()}\n`,
      });
    },
  };
}

/**
 * The widgets' styles are CSS in template literals (`*.styles.ts`, src/styles/), where the minifier
 * cannot see their comments: they shipped in every page's main script (1.1 kB, about 0.6 kB gzip).
 * Block comments are taken out of those modules before the bundler reads them. There a block comment is
 * either CSS's or TypeScript's, and neither changes what runs; JSDoc (`/**`) is left for the minifier.
 * Each comment keeps its line breaks, so the source maps' lines still point at the right rules.
 */
const STYLE_MODULE = /(?:\.styles|[\\/]src[\\/]styles[\\/][^\\/]+)\.ts$/;
function stripStyleComments(): Plugin {
  return {
    name: 'strip-style-comments',
    enforce: 'pre',
    transform(code, id) {
      if (!STYLE_MODULE.test(id)) return undefined;
      return { code: code.replace(/\/\*(?!\*)[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, '')), map: null };
    },
  };
}

/**
 * Three builds into one dist/ (run by `npm run build`, one `--mode` each):
 * - embed: dist/glossary-widgets.js, the script-tag ES module with Lit inside and heavy parts
 *   (Floating UI, DOMPurify) as lazy chunks under dist/chunks/;
 * - iife:  dist/glossary-widgets.iife.js, the same as one classic file;
 * - npm:   dist/index.js for bundlers, with dependencies left as imports so apps share one Lit.
 * The built-in glossaries (generated/ by the content build) are copied beside them.
 */
export default defineConfig(({ mode }): UserConfig => {
  // Every build, the partners' tool included, ships the widgets' styles without their comments.
  const plugins = [stripStyleComments()];
  const shared: UserConfig = {
    plugins,
    publicDir: 'generated',
    define: { __VERSION__: JSON.stringify(pkg.version) },
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: mode === 'embed',
      copyPublicDir: mode === 'embed',
      sourcemap: true,
      minify: true,
      reportCompressedSize: false,
    },
  };
  if (mode === 'embed' || mode === 'iife') {
    // Built as an application, not in library mode: library mode leaves ES output unminified.
    const iife = mode === 'iife';
    return {
      ...shared,
      plugins: iife ? plugins : [...plugins, reservedSpaceStylesheet()],
      // Chunks are found relative to the script itself, wherever a partner hosts it, and no
      // <link rel="modulepreload"> is added to the partner's page.
      base: './',
      // A classic script has no import.meta; script-url.ts uses document.currentScript there instead.
      define: { ...shared.define, ...(iife ? { 'import.meta': '{}' } : {}) },
      build: {
        ...shared.build,
        modulePreload: false,
        // Which chunk imports which (dist/.vite/manifest.json), for the size budget in scripts/check-size.js.
        manifest: !iife,
        rollupOptions: {
          input: 'src/embed.ts',
          preserveEntrySignatures: false,
          treeshake: { moduleSideEffects: litHasNoUnusedEffects },
          output: {
            format: iife ? 'iife' : 'es',
            entryFileNames: iife ? 'glossary-widgets.iife.js' : 'glossary-widgets.js',
            chunkFileNames: 'chunks/[name]-[hash].js',
            // A classic script is decoded in the page's own encoding unless its server says otherwise:
            // on a windows-1252 page, raw UTF-8 turned "línea" into "lÃ­nea". Escaped, it reads the same
            // anywhere. (A module script is always UTF-8, so the embed keeps the shorter raw text.)
            ...(iife ? { charset: 'ascii' as const } : {}),
          },
        },
      },
    };
  }
  if (mode === 'site') {
    // The pre-rendered site's script (dist/site-assets/, copied into every site the CLI writes): the
    // widgets with Lit's hydration support, which must run before any element is defined.
    return {
      ...shared,
      base: './',
      publicDir: 'src/site/public',
      build: {
        ...shared.build,
        outDir: 'dist/site-assets',
        emptyOutDir: true,
        copyPublicDir: true,
        modulePreload: false,
        rollupOptions: {
          input: 'src/site/client.ts',
          treeshake: { moduleSideEffects: litHasNoUnusedEffects },
          preserveEntrySignatures: false,
          output: { format: 'es', entryFileNames: 'glossary-site.js', chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    };
  }
  if (mode === 'npm') {
    return {
      ...shared,
      plugins: [...plugins, bundleBuiltinGlossaries()],
      build: {
        ...shared.build,
        lib: { entry: { index: 'src/index.ts' }, formats: ['es'] },
        rollupOptions: {
          external: (id) => Object.keys(pkg.dependencies).some((dep) => id === dep || id.startsWith(`${dep}/`)),
          // One file for bundlers: the registry's loaders import modules this entry imports anyway,
          // and the app's own bundler decides what to split.
          output: { inlineDynamicImports: true },
        },
      },
    };
  }
  if (mode === 'cli') {
    // The partners' build tool: one self-contained Node file, Markdown renderer and YAML parser inside,
    // and the Node API (dist/cli/ssr.js) that renders an element to HTML. jsdom (the server
    // sanitizer's DOM) stays outside: it does not bundle, and only the site build needs it.
    return {
      plugins,
      publicDir: false,
      build: {
        target: 'node20',
        outDir: 'dist/cli',
        emptyOutDir: false,
        copyPublicDir: false,
        minify: false,
        ssr: true,
        reportCompressedSize: false,
        rollupOptions: {
          input: { 'build-glossary': 'src/cli/cli.ts', ssr: 'src/site/render.ts' },
          external: ['jsdom'],
          output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es' },
        },
      },
      ssr: { noExternal: true, external: ['jsdom'] },
      // The built-in safety caveats and their rules travel inside the tool: a partner's folder is
      // checked against the same rules as ours, with no content/ folder beside it.
      define: { __BUILTIN_CAVEATS__: JSON.stringify(readCaveatSources('content')) },
    };
  }
  throw new Error(`vite.config.ts: unknown mode "${mode}"; use embed, iife, npm, cli or site`);
});
