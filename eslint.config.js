import js from '@eslint/js';
import litA11y from 'eslint-plugin-lit-a11y';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // bench/.vendor/ holds the comparison libraries the benchmark bundles (minified, not ours).
  { ignores: ['dist/', 'generated/', 'node_modules/', 'custom-elements.json', 'test-results/', 'bench/.vendor/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{js,ts}'],
    ignores: ['src/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // The widgets run in the reader's browser: a Node global there would throw on a partner's page.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    languageOptions: { globals: globals.browser },
    rules: {
      // TypeScript files skip no-undef, so the browser globals alone do not keep Node out.
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['node:*'], message: 'Node modules belong in src/cli/ (the widgets run in browsers).' }],
        },
      ],
    },
  },
  {
    // The partners' build tool and the content compiler run in Node only.
    files: ['src/cli/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice'], litA11y.configs.recommended],
    rules: {
      // Elements import without side effects; registration lives in define.ts and the entries.
      'wc/define-tag-after-class-definition': 'off',
      'wc/tag-name-matches-class': 'off',
      // Safari drops list semantics from lists styled with list-style: none unless role="list" is explicit.
      'lit-a11y/no-redundant-role': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Only src/text/sanitize.ts turns strings into markup.',
        },
        {
          selector: "ImportSpecifier[imported.name='unsafeHTML']",
          message: 'Only src/text/sanitize.ts turns strings into markup.',
        },
      ],
    },
  },
  {
    // The one sanitizer may hand its own sanitized output to Lit as markup (the server-render path).
    files: ['src/text/sanitize.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Only src/text/sanitize.ts turns strings into markup.',
        },
      ],
    },
  },
  {
    // Types only: nearly every module imports them, so a value here would ride in the entry script.
    files: ['src/data/types.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            ':matches(VariableDeclaration, FunctionDeclaration, ClassDeclaration, TSEnumDeclaration, ExpressionStatement, ImportDeclaration[importKind="value"], ExportNamedDeclaration[source][exportKind="value"], ExportAllDeclaration[exportKind="value"])',
          message: 'src/data/types.ts holds types only; values and the validator belong in src/data/schema.ts.',
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // @open-wc/testing's waitUntil gives up after 1 s, less than a render takes on a loaded machine;
    // test/helpers.ts has one with a generous default, which ends as soon as the condition holds.
    files: ['test/**/*.{js,ts}'],
    ignores: ['test/helpers.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@open-wc/testing',
              importNames: ['waitUntil'],
              message: "Import waitUntil from test/helpers.ts: @open-wc/testing's gives up after 1 s.",
            },
          ],
        },
      ],
    },
  },
  {
    // A committed `.only` runs one test and drops the rest; a bare `.skip` drops one without a word.
    // A test that cannot run somewhere is skipped where it is defined, with its reason (test/helpers.ts).
    files: ['test/**/*.{js,ts}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression > MemberExpression.callee[object.name=/^(it|test|describe|suite|context)$/][property.name=/^(only|skip)$/]',
          message:
            'No .only or .skip in a committed test: the gate must run every test (test/helpers.ts has skips with reasons).',
        },
        {
          selector:
            "CallExpression[callee.name=/^(it|test|describe|suite)$/] > ObjectExpression > Property[key.name='only'][value.value=true]",
          message: 'No { only: true } in a committed test: the gate must run every test.',
        },
      ],
    },
  },
);
