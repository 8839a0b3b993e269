/**
 * The gate itself (scripts/test.js and what it runs): each guarantee it makes is tried on a case where
 * it must refuse. The size budget runs from a folder with a space in its path; a stage sees none of
 * the switches left in the shell; `.only` fails node:test, mocha and lint; a stage under its floor fails.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { ENTRY_BUDGET_BYTES } from '../../scripts/check-size.js';
import { STAGES, floorProblem, stageEnv } from '../../scripts/test.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'gate-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('size budget (scripts/check-size.js)', () => {
  /** A copy of the script beside a dist/ whose entry is `entryBytes` of incompressible bytes. */
  function budgetIn(folder, entryBytes) {
    const base = join(scratch, folder);
    mkdirSync(join(base, 'scripts'), { recursive: true });
    mkdirSync(join(base, 'dist', '.vite'), { recursive: true });
    mkdirSync(join(base, 'dist', 'chunks'), { recursive: true });
    copyFileSync(join(root, 'scripts/check-size.js'), join(base, 'scripts/check-size.js'));
    writeFileSync(
      join(base, 'dist/.vite/manifest.json'),
      JSON.stringify({ 'src/embed.ts': { file: 'glossary-widgets.js', isEntry: true } }),
    );
    writeFileSync(join(base, 'dist/glossary-widgets.js'), randomBytes(entryBytes));
    writeFileSync(join(base, 'dist/glossary-widgets.iife.js'), 'void 0;');
    return spawnSync(process.execPath, [join(base, 'scripts/check-size.js')], { encoding: 'utf8' });
  }

  it('fails an entry over budget from a folder whose path has a space and a non-ASCII letter', () => {
    const result = budgetIn('a checkout ñ over', ENTRY_BUDGET_BYTES + 4_000);
    assert.match(result.stderr, /Size budget exceeded: the entry loads \d+ B gzip/);
    assert.equal(result.status, 1);
  });

  it('measures and passes an entry under budget from the same kind of folder', () => {
    const result = budgetIn('a checkout ñ under', 10_000);
    assert.match(result.stdout, new RegExp(`Size budget: entry \\d+ B gzip of ${ENTRY_BUDGET_BYTES} B`));
    assert.equal(result.status, 0);
  });
});

describe('stage environment (scripts/test.js)', () => {
  const shell = {
    PATH: '/usr/bin',
    HOME: '/home/someone',
    FIREFOX_MEDIA: 'dark',
    WEBKIT_MEDIA: 'dark',
    CYCLES: '5',
    TERMS: '5',
    NODE_OPTIONS: '--test-only',
    NODE_TEST_CONTEXT: 'child',
  };

  it('leaves out the switches left in the shell, keeps the system and browser paths', () => {
    const env = stageEnv({ ...shell, CHROME_PATH: '/usr/bin/chromium' });
    assert.deepEqual(Object.keys(env).sort(), ['CHROME_PATH', 'FORCE_COLOR', 'HOME', 'PATH']);
  });

  it('gives a stage the switches it sets itself, and only those', () => {
    const env = stageEnv(shell, { CYCLES: '2000' });
    assert.equal(env.CYCLES, '2000');
    assert.equal(env.TERMS, undefined);
    assert.equal(env.FIREFOX_MEDIA, undefined);
  });

  it('runs each browser pass as its own group, named by the stage, with no scheme switch', () => {
    for (const stage of STAGES.filter((s) => s.runner === 'wtr')) {
      assert.deepEqual(stage.command.slice(-2), ['--group', stage.key], stage.key);
      assert.equal(stage.env, undefined, stage.key);
    }
  });
});

describe('floors (scripts/test-floors.json)', () => {
  const floors = JSON.parse(readFileSync(join(root, 'scripts/test-floors.json'), 'utf8'));
  const counts = (passed, failed = 0, skipped = 0) => ({ passed, failed, skipped, tests: [], skips: [] });

  it('has a floor for every stage that gates and runs tests', () => {
    const testStages = STAGES.filter((stage) => stage.runner !== 'none' && stage.gates !== false);
    assert.deepEqual(
      testStages.filter((stage) => !(floors[stage.key] > 0)).map((stage) => stage.key),
      [],
    );
  });

  it('fails a stage that runs fewer tests than its floor, skips not counted as runs', () => {
    const stage = STAGES.find((s) => s.key === 'chromium');
    const floor = floors.chromium;
    assert.equal(floorProblem(stage, counts(floor), floors), undefined);
    assert.match(floorProblem(stage, counts(floor - 1), floors), /fewer than its floor/);
    assert.match(floorProblem(stage, counts(floor - 1, 0, 5), floors), /fewer than its floor/);
    assert.match(floorProblem(stage, undefined, floors), /reported no counts/);
  });
});

describe('.only', () => {
  it('fails a node:test run that has one (scripts/forbid-only.js)', () => {
    const file = join(scratch, 'only.test.mjs');
    writeFileSync(file, "import { it } from 'node:test';\nit.only('one', () => {});\nit('two', () => {});\n");
    const result = spawnSync(
      process.execPath,
      ['--import', join(root, 'scripts/forbid-only.js'), '--test', '--test-reporter=tap', file],
      { encoding: 'utf8', env: stageEnv(process.env) },
    );
    assert.match(result.stdout, /\.only\(\) is not allowed in the gate/);
    assert.notEqual(result.status, 0);
  });

  it('is forbidden in the mocha options of the web-test-runner configuration, which every pass uses', async () => {
    const { default: config } = await import('../../web-test-runner.config.js');
    assert.equal(config.testFramework.config.forbidOnly, true);
  });

  it('fails lint in a test file, as .only, .skip or { only: true }', async () => {
    const eslint = new ESLint({ cwd: root });
    // Written in pieces so that a search of test/ for focused or skipped tests does not find these.
    const [only, skip] = ['only', 'skip'].map((modifier) => `.${modifier}(`);
    const source = [
      `describe${only}'a', () => {});`,
      `it${skip}'b', () => {});`,
      "it('c', { only: true }, () => {});",
      "it('d', () => {});",
      '',
    ].join('\n');
    const [result] = await eslint.lintText(source, { filePath: join(root, 'test/elements/example.test.ts') });
    const restricted = result.messages.filter((message) => message.ruleId === 'no-restricted-syntax');
    assert.deepEqual(
      restricted.map((message) => message.line),
      [1, 2, 3],
    );
  });
});

describe('waits in component tests', () => {
  it("fails lint for @open-wc/testing's waitUntil in a test file, and takes test/helpers.ts's", async () => {
    const eslint = new ESLint({ cwd: root });
    const lint = async (source) => {
      const [result] = await eslint.lintText(source, { filePath: join(root, 'test/elements/example.test.ts') });
      return result.messages.filter((message) => message.ruleId === 'no-restricted-imports').map(({ line }) => line);
    };
    const use = 'expect(fixture).to.exist;\nawait waitUntil(() => true);\n';
    assert.deepEqual(await lint(`import { expect, fixture, waitUntil } from '@open-wc/testing';\n${use}`), [1]);
    assert.deepEqual(
      await lint(
        `import { expect, fixture } from '@open-wc/testing';\nimport { waitUntil } from '../helpers.js';\n${use}`,
      ),
      [],
    );
  });
});

describe('declared tools (package.json)', () => {
  it('declares every package bench/ and scripts/ import, so a fresh install has them at the top level', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
    const undeclared = [];
    for (const folder of ['bench', 'scripts']) {
      for (const name of readdirSync(join(root, folder)).filter((file) => /\.[cm]?[jt]s$/.test(file))) {
        const source = readFileSync(join(root, folder, name), 'utf8');
        // Static imports, dynamic imports of a literal, and requires; node: built-ins and paths aside.
        for (const [, specifier] of source.matchAll(/(?:from\s+|import\(\s*|require\(\s*)'([^'./][^']*)'/g)) {
          if (specifier.startsWith('node:')) continue;
          const parts = specifier.split('/');
          const bare = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
          if (!declared.has(bare)) undeclared.push(`${folder}/${name}: ${bare}`);
        }
      }
    }
    assert.deepEqual(undeclared, []);
  });
});
