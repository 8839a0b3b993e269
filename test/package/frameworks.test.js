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
 * Each type checker runs once, on the examples and the file that must fail together
 * (`tsconfig.all.json`): the one error it reports must be the wrong value's, and none may come from an
 * example or the typings. Loading React's types with library checking on is most of a run's time, and
 * two runs loaded them twice.
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

/** One run of a type checker over a project, kept for every test that reads it. */
const runs = new Map();
function typeCheck(checker, project) {
  if (!runs.has(project)) {
    const { code, output } = npx(checker, '--pretty', 'false', '-p', here(project));
    runs.set(project, { code, errors: output.split('\n').filter((line) => /error TS\d+/.test(line)), output });
  }
  return runs.get(project);
}
/** The wrong value's error, which proves the checker ran over the whole project and read the typings. */
const WRONG = {
  react: /^wrong-value\.tsx\(5,\d+\): error TS2322: Type '"huge"' is not assignable/,
  vue: /^Wrong\.vue\(7,\d+\): error TS2322: Type '"huge"' is not assignable/,
};
const react = () => typeCheck('tsc', 'react/tsconfig.all.json');
const vue = () => typeCheck('vue-tsc', 'vue/tsconfig.all.json');
/** Errors reported for a file other than the one that must fail (paths may be relative or absolute). */
const elsewhere = ({ errors }, wrong) => errors.filter((line) => !wrong.test(line.replace(/^.*\//, '')));

describe('framework typings', () => {
  it('React 19: a page using every element, its attributes and its events compiles', () => {
    const source = readFileSync(here('react/all-elements.tsx'), 'utf8');
    for (const tag of TAGS) assert.match(source, new RegExp(`<${tag}`), `the example leaves out <${tag}>`);
    const run = react();
    assert.deepEqual(elsewhere(run, WRONG.react), [], run.output);
    assert.equal(run.errors.length, 1, `the wrong value's error, which shows the project was checked\n${run.output}`);
  });

  it('React 19: a value outside an attribute’s allowed values does not compile', () => {
    const run = react();
    assert.notEqual(run.code, 0, 'variant="huge" compiled');
    assert.equal(run.errors.length, 1, run.output);
    assert.match(run.errors[0].replace(/^.*\//, ''), WRONG.react, run.output);
  });

  it('Vue 3: the elements are typed global components (vue-tsc)', () => {
    const run = vue();
    assert.deepEqual(elsewhere(run, WRONG.vue), [], run.output);
    assert.equal(run.errors.length, 1, `the wrong value's error, which shows the project was checked\n${run.output}`);
  });

  it('Vue 3: a value outside an attribute’s allowed values does not type-check', () => {
    const run = vue();
    assert.notEqual(run.code, 0, 'variant="huge" type-checked');
    assert.equal(run.errors.length, 1, run.output);
    assert.match(run.errors[0].replace(/^.*\//, ''), WRONG.vue, run.output);
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
