/**
 * The framework typings and the docs/frameworks.md examples, compiled against the built package
 * (run after `npm run build`; the examples import `@twelva/glossary-widgets` by name, which resolves
 * to this package through its own `exports`).
 * - React 19 (+ the Next.js client component): tsc, strict, library checking on, so the generated
 *   typings themselves must be valid; a wrong attribute value must fail.
 * - Vue 3: vue-tsc on single-file components; a wrong value must fail; the template compiler with
 *   the documented isCustomElement leaves the tags to the browser.
 * - Svelte 5 and Astro: their own compilers, which must accept the examples without a warning.
 *   (Neither type-checks custom-element attributes; Next.js and Astro are not built, only compiled:
 *   their full toolchains are hundreds of megabytes for what these checks already prove.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { transform } from '@astrojs/compiler';
import { compile } from 'svelte/compiler';
import { compileTemplate, parse } from 'vue/compiler-sfc';
import { isCustomElement } from './frameworks/vue/is-custom-element.js';

const root = new URL('../../', import.meta.url).pathname;
const here = (path) => new URL(`frameworks/${path}`, import.meta.url).pathname;
const TAGS = ['glossary-term', 'glossary-card', 'glossary-faq', 'glossary-index', 'crisis-footer'];

function npx(...args) {
  const result = spawnSync('npx', ['--no-install', ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('framework typings', () => {
  it('React 19: a page using every element, its attributes and its events compiles', () => {
    const source = readFileSync(here('react/all-elements.tsx'), 'utf8');
    for (const tag of TAGS) assert.match(source, new RegExp(`<${tag}`), `the example leaves out <${tag}>`);
    const { code, output } = npx('tsc', '-p', here('react/tsconfig.json'));
    assert.equal(code, 0, output);
  });

  it('React 19: a value outside an attribute’s allowed values does not compile', () => {
    const { code, output } = npx('tsc', '--pretty', 'false', '-p', here('react/tsconfig.wrong.json'));
    assert.notEqual(code, 0, 'variant="huge" compiled');
    assert.match(output, /wrong-value\.tsx\(5,\d+\): error TS2322: Type '"huge"' is not assignable/, output);
    assert.equal(output.match(/error TS/g)?.length, 1, output);
  });

  it('Vue 3: the elements are typed global components (vue-tsc)', () => {
    const { code, output } = npx('vue-tsc', '-p', here('vue/tsconfig.json'));
    assert.equal(code, 0, output);
  });

  it('Vue 3: a value outside an attribute’s allowed values does not type-check', () => {
    const { code, output } = npx('vue-tsc', '--pretty', 'false', '-p', here('vue/tsconfig.wrong.json'));
    assert.notEqual(code, 0, 'variant="huge" type-checked');
    assert.match(output, /Wrong\.vue\(7,\d+\): error TS2322: Type '"huge"' is not assignable/, output);
  });
});

describe('framework examples', () => {
  it('Vue 3: with the documented isCustomElement the compiler leaves every tag to the browser', () => {
    const { descriptor } = parse(readFileSync(here('vue/App.vue'), 'utf8'), { filename: 'App.vue' });
    const compiled = (options) =>
      compileTemplate({ source: descriptor.template.content, filename: 'App.vue', id: 'app', compilerOptions: options })
        .code;
    const without = compiled({});
    assert.match(without, /resolveComponent\("glossary-card"\)/, 'without the option Vue looks for a component');
    const withOption = compiled({ isCustomElement });
    assert.doesNotMatch(withOption, /resolveComponent/);
    for (const tag of TAGS) assert.match(withOption, new RegExp(`"${tag}"`));
  });

  it('Svelte 5: the component compiles without a warning', () => {
    const { js, warnings } = compile(readFileSync(here('svelte/Glossary.svelte'), 'utf8'), {
      filename: 'Glossary.svelte',
      generate: 'client',
    });
    assert.deepEqual(
      warnings.map((warning) => warning.message),
      [],
    );
    assert.match(js.code, /<glossary-card><\/glossary-card>/);
  });

  it('Astro: the page compiles, the tags render as HTML and the import runs as a browser script', async () => {
    const result = await transform(readFileSync(here('astro/Glossary.astro'), 'utf8'), {
      filename: 'Glossary.astro',
      renderScript: true,
    });
    assert.deepEqual(result.diagnostics, []);
    assert.match(result.scripts[0]?.code ?? '', /import '@twelva\/glossary-widgets'/);
    assert.match(result.code, /'glossary-card'/);
  });
});
