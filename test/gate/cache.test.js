/**
 * The gate's cache and its browser passes (scripts/test.js, web-test-runner.config.js): a stage is
 * skipped only when it passed on the very inputs it declares, a change to one of them (or to a stage it
 * needs, or to what the build wrote) runs it again, a cached stage still reports its counts, and the one
 * test-runner configuration has a group for every engine and scheme the gate runs.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, beforeEach, describe, it } from 'node:test';
import { PASSES, selectedGroup } from '../../web-test-runner.config.js';
import { STAGES, cachedPass, declares, freshRecord, inputKeys, recordPass, report } from '../../scripts/test.js';

const scratch = mkdtempSync(join(tmpdir(), 'gate-cache-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Two stages as the gate declares them: a build that writes dist/, and tests that need it. */
const BUILD = { key: 'build', command: ['build'], runner: 'none', inputs: ['src/', '!src/notes/'], outputs: ['dist'] };
const TESTS = { key: 'tests', command: ['tests'], runner: 'node', inputs: ['test/'], needs: ['build'] };
const STUB = [BUILD, TESTS];

let repo;
let cache;
/** Writes `files` (path → text) into the scratch repository. */
function write(files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(repo, path, '..'), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
}
const keys = () => inputKeys(STUB, { root: repo });
const fresh = (stage) => freshRecord(stage, keys().get(stage.key), { folder: cache, root: repo });
const pass = (stage, counts) =>
  recordPass(stage, keys().get(stage.key), { counts, seconds: 3 }, { folder: cache, root: repo });
const counts = { passed: 12, failed: 0, skipped: 1, tests: ['a', 'b'], skips: ['c (a reason)'] };

beforeEach(() => {
  repo = mkdtempSync(join(scratch, 'repo-'));
  cache = join(repo, '.cache', 'gate');
  execFileSync('git', ['init', '-q'], { cwd: repo });
  write({
    '.gitignore': '.cache/\ndist/\n',
    'package.json': '{}',
    'src/a.ts': 'export const a = 1;',
    'src/notes/todo.txt': 'nothing',
    'test/a.test.js': 'ok',
    'dist/a.js': 'built',
  });
});

describe('the cache (scripts/test.js)', () => {
  it('skips a stage that passed when nothing it reads has changed, and reports the counts it recorded', () => {
    assert.equal(fresh(TESTS), undefined, 'fresh before it ever ran');
    pass(TESTS, counts);
    const record = fresh(TESTS);
    assert.deepEqual(record?.counts, counts);
    const lines = [];
    report([{ stage: { ...TESTS, name: 'tests' }, counts: record.counts, floor: 10, seconds: 0, cached: true }], (l) =>
      lines.push(l),
    );
    assert.match(lines.join('\n'), /^tests\s+12\s+0\s+1\s+10\s+cached$/m);
    assert.match(lines.join('\n'), /c \(a reason\)/);
  });

  it('runs a stage again when a file it declares changes, is added or is removed', () => {
    pass(BUILD);
    write({ 'src/a.ts': 'export const a = 2;' });
    assert.equal(fresh(BUILD), undefined, 'changed');
    pass(BUILD);
    write({ 'src/b.ts': 'export const b = 1;' });
    assert.equal(fresh(BUILD), undefined, 'added');
    pass(BUILD);
    rmSync(join(repo, 'src/b.ts'));
    assert.equal(fresh(BUILD), undefined, 'removed');
  });

  it('leaves a stage cached when only files it does not read change, ignored ones included', () => {
    pass(BUILD);
    write({ 'test/a.test.js': 'changed', 'src/notes/todo.txt': 'changed', '.cache/gate/other.json': '{}' });
    assert.ok(fresh(BUILD));
  });

  it('runs a stage again when a stage it needs has new inputs', () => {
    pass(TESTS, counts);
    write({ 'src/a.ts': 'export const a = 3;' });
    assert.equal(fresh(TESTS), undefined);
  });

  it('runs the build again when what it wrote was changed or deleted since it passed', () => {
    pass(BUILD);
    assert.ok(fresh(BUILD));
    write({ 'dist/a.js': 'edited by hand, and longer' });
    assert.equal(fresh(BUILD), undefined, 'changed');
    pass(BUILD);
    rmSync(join(repo, 'dist'), { recursive: true });
    assert.equal(fresh(BUILD), undefined, 'deleted');
  });

  it('runs a stage again when the tools change (package.json or the lock file)', () => {
    pass(TESTS, counts);
    write({ 'package.json': '{"devDependencies":{"eslint":"9"}}' });
    assert.equal(fresh(TESTS), undefined);
  });

  it('never records a pass it did not see: a record for other inputs or a failure is not fresh', () => {
    pass(TESTS, counts);
    const key = keys().get('tests');
    write({ '.cache/gate/tests.json': JSON.stringify({ key, passed: false, counts }) });
    assert.equal(freshRecord(TESTS, key, { folder: cache, root: repo }), undefined);
  });

  it('reads prefixes, with `!` leaving part of one out', () => {
    assert.ok(declares(['src/'], 'src/a.ts'));
    assert.ok(!declares(['src/', '!src/notes/'], 'src/notes/todo.txt'));
    assert.ok(!declares(['src/'], 'srcfile.ts'));
    assert.ok(declares([''], 'README.md'));
  });
});

describe('stages as declared (scripts/test.js)', () => {
  it('declares what every stage reads, and only stages that exist as what it needs', () => {
    for (const stage of STAGES) {
      assert.ok(stage.inputs?.length > 0, `${stage.key} declares no inputs`);
      for (const need of stage.needs ?? [])
        assert.ok(
          STAGES.some(({ key }) => key === need),
          need,
        );
    }
  });

  it('holds a cached stage to its floor: a recorded pass under today’s floor runs again', () => {
    pass(TESTS, counts);
    const key = keys().get('tests');
    const options = { folder: cache, root: repo };
    assert.ok(cachedPass(TESTS, key, { tests: 12 }, options), 'at its floor');
    assert.equal(cachedPass(TESTS, key, { tests: 13 }, options), undefined, 'under it');
  });
});

describe('browser passes (web-test-runner.config.js)', () => {
  it('has one group for every pass the gate runs, and the gate runs every group', () => {
    const wtrStages = STAGES.filter(({ runner }) => runner === 'wtr').map(({ key }) => key);
    assert.deepEqual(PASSES.map(({ name }) => name).sort(), wtrStages.sort());
  });

  it('covers every engine in every scheme it can start in, and Lit’s development build', () => {
    const passes = PASSES.map(({ engine, scheme, lit }) => `${engine} ${scheme}${lit ? ` ${lit}` : ''}`).sort();
    assert.deepEqual(passes, ['chromium light development', 'firefox light', 'webkit dark', 'webkit light']);
  });

  it("runs Chromium on Lit's development build, its dev-mode notice silenced and its other warnings kept", async () => {
    // Imported here with no --group on the command line: the configuration of the Chromium pass, which
    // `npx web-test-runner <file>` also runs.
    const { default: config } = await import('../../web-test-runner.config.js');
    assert.deepEqual(config.nodeResolve.exportConditions, ['development']);
    const page = config.testRunnerHtml('/framework.js');
    assert.match(page, /litIssuedWarnings = new Set\(\['dev-mode'\]\)/);
    assert.match(page, /src="\/framework\.js"/);
    assert.deepEqual(
      PASSES.filter(({ engine }) => engine === 'chromium').map(({ name, lit }) => [name, lit]),
      [['chromium', 'development']],
      'one Chromium pass: the same tests twice in one engine only cost time',
    );
  });

  it('reads the group from either form of the flag, and none without it', () => {
    assert.equal(selectedGroup(['node', 'wtr', '--group', 'webkit-dark']), 'webkit-dark');
    assert.equal(selectedGroup(['node', 'wtr', '--group=webkit']), 'webkit');
    assert.equal(selectedGroup(['node', 'wtr', 'test/elements/x.test.ts']), undefined);
  });
});
