#!/usr/bin/env node
/**
 * `npm test`: every check and test, each a stage declared with what it reads, cached when nothing it
 * reads has changed, and run beside the stages it does not depend on.
 *   the build starts first (most stages wait for it), with lint, format, type check, the gate's own
 *   tests, the CLI and compiler tests and the content tests beside it as the slots allow (`--jobs`);
 *   once the build is done: the end-to-end tests of the built dist/, the package gate (the packed
 *   tarball through publint and
 *   arethetypeswrong) and the component tests in every browser pass (one group each of
 *   web-test-runner.config.js: headless Chromium on Lit's development build and headless Firefox, each
 *   switching colour schemes at run time, WebKit light and WebKit started dark). Last, alone and timed apart: the WordPress plugin on a
 *   real WordPress (scripts/ensure-wordpress.js installs Debian's packages when missing).
 * A failing stage stops the run: nothing new starts and the stages still running are stopped.
 *
 * What keeps it honest:
 * - Each stage runs in a clean environment: the system's own variables (PATH, HOME, locale, display)
 *   and the browser paths, plus what the stage sets; switches such as CYCLES or TERMS left in the shell
 *   never reach a stage that does not set them.
 * - Passed, failed and skipped come from the runners' reporters (scripts/test-counts.js), and every
 *   skipped test is listed with its reason.
 * - A stage that runs fewer tests than its floor in scripts/test-floors.json fails.
 * - `.only` fails: mocha's forbidOnly in the web-test-runner configuration, scripts/forbid-only.js
 *   before every node:test stage, and a lint rule.
 * - A stage is skipped as fresh ("cached") only when it passed on exactly the same inputs: the content of
 *   every file it declares, the stages it needs (their inputs), its command, Node's version, the lock
 *   file (every tool's version) and the browser it drives; and, for the build, only when what it wrote
 *   is still there untouched. The record lives in .cache/gate/ (git-ignored); `--force` ignores it.
 * Ends with a table per stage (a cached stage shows the counts recorded when it passed), the distinct
 * tests beside the runs summed over stages, and one line that CI reads: "tests: N passed, N failed".
 *
 * `node scripts/test.js --only content,chromium` runs the named stages alone (keys in `--list`);
 * `--force` runs them even when fresh; `--jobs N` sets how many stages run at once (default 3).
 * The soak stage (heap, nodes and listeners over thousands of cycles) does not gate: it runs only
 * when named.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowser } from './ensure-browser.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const files = (folder, suffix) =>
  readdirSync(join(ROOT, folder))
    .filter((name) => name.endsWith(suffix))
    .map((name) => `${folder}/${name}`);

const npx = (...args) => ['npx', '--no-install', ...args];
/** A pass of web-test-runner.config.js, by its group name (the stage's key). */
const wtr = (group) => ({ runner: 'wtr', command: npx('web-test-runner', '--group', group), needs: ['build'] });
const nodeTest = (...args) => ({ runner: 'node', command: ['node', ...args] });
const check = (...command) => ({ runner: 'none', command });

/**
 * What the stages read, as path prefixes of the repository's files (a leading `!` leaves a prefix out).
 * Every stage also reads package.json and package-lock.json (the tools' versions) and this file.
 */
const EVERYTHING = [''];
/** What the component tests read: the sources, their tests and fixtures, the runner's configuration. */
const COMPONENT_INPUTS = [
  'src/',
  'test/',
  '!test/e2e/',
  '!test/content/',
  '!test/gate/',
  '!test/soak/',
  '!test/package/',
  '!test/wordpress/',
  'web-test-runner.config.js',
  'tsconfig.json',
  'scripts/ensure-browser.js',
  'scripts/webkit-launcher.js',
  'scripts/test-counts.js',
];

/**
 * The stages: a key for `--only` and the floors, a name, the command, the runner whose counts it
 * reports, what it reads (`inputs`), the stages whose results it uses (`needs`: it starts after them,
 * and their inputs are part of its own), what it writes (`outputs`), the browser it drives, and the
 * variables it sets. `gates: false` leaves a stage out unless named; `last` runs it alone after the rest.
 */
export const STAGES = [
  // First: every later stage but the checks waits for it.
  {
    key: 'build',
    name: 'build and size budget',
    ...check('npm', 'run', '--silent', 'build'),
    inputs: ['', '!test/', '!bench/', '!.changeset/'],
    outputs: ['dist', 'generated', 'custom-elements.json'],
  },
  { key: 'lint', name: 'lint', ...check(...npx('eslint', '.')), inputs: EVERYTHING },
  { key: 'format', name: 'format', ...check(...npx('prettier', '--check', '.')), inputs: EVERYTHING },
  {
    key: 'types',
    name: 'type check',
    ...check(...npx('tsc', '--noEmit', '-p', 'tsconfig.json')),
    inputs: ['src/', 'test/', 'scripts/', 'bench/', 'tsconfig.json', 'vite.config.ts'],
  },
  {
    key: 'gate',
    name: "the gate's own tests",
    ...nodeTest(...files('test/gate', '.test.js')),
    // It lints samples with the project's rules and loads the test runner's configuration.
    inputs: ['test/gate/', 'scripts/', 'eslint.config.js', 'web-test-runner.config.js', 'tsconfig.json'],
  },
  {
    key: 'cli',
    name: 'CLI, content compiler and site builder tests',
    ...nodeTest('--import', 'tsx', ...files('test/cli', '.test.ts')),
    // The compiler reads the content, the caveat rules and the source modules it bundles.
    inputs: EVERYTHING,
  },
  {
    key: 'content',
    name: 'content tests',
    ...nodeTest('--import', 'tsx', ...files('test/content', '.test.ts')),
    inputs: EVERYTHING,
    // The crisis-lines reference the docs copy is compared with (test/content/crisis-lines.test.ts).
    outside: (env) => [env.CRISIS_LINES_REFERENCE ?? resolve(ROOT, '../shared/reference/crisis-lines.md')],
  },
  {
    key: 'e2e',
    name: 'end-to-end tests of dist/',
    // Each file starts its own server and browser and writes only to its own temporary folders, so two
    // files run at once: one file's waits (a page loading, a browser starting) are the other's CPU time.
    ...nodeTest('--test-concurrency=2', ...files('test/e2e', '.test.js')),
    needs: ['build'],
    inputs: ['test/e2e/', 'test/fixtures/', 'demo/', 'scripts/'],
    browser: 'chrome',
  },
  {
    key: 'package',
    name: 'package gate: npm pack, publint, arethetypeswrong',
    ...nodeTest('--test-concurrency=2', ...files('test/package', '.test.js')),
    needs: ['build'],
    inputs: ['test/package/', 'test/e2e/browser.js', 'docs/', 'README.md', 'scripts/', 'LICENSE'],
    browser: 'chrome',
  },
  {
    key: 'chromium',
    name: 'component tests (headless Chromium, Lit development build)',
    ...wtr('chromium'),
    browser: 'chrome',
  },
  { key: 'firefox', name: 'component tests (headless Firefox)', ...wtr('firefox'), browser: 'firefox' },
  { key: 'webkit', name: 'component tests (WebKit)', ...wtr('webkit'), browser: 'webkit' },
  { key: 'webkit-dark', name: 'component tests (WebKit, dark)', ...wtr('webkit-dark'), browser: 'webkit' },
  // Last and alone: it installs Debian's WordPress, PHP and MariaDB when missing (as root), then runs
  // the built plugin zip on a real site; its time is reported apart from the widgets' stages.
  {
    key: 'wordpress',
    name: 'WordPress plugin on a real WordPress',
    ...nodeTest(...files('test/wordpress', '.test.js')),
    needs: ['build'],
    inputs: ['test/wordpress/', 'test/e2e/browser.js', 'wordpress/', 'scripts/'],
    browser: 'chrome',
    last: true,
  },
  {
    key: 'soak',
    name: 'soak: heap, nodes and listeners over long sessions (not gating)',
    ...nodeTest(...files('test/soak', '.test.js')),
    needs: ['build'],
    inputs: ['test/soak/', 'test/e2e/browser.js', 'scripts/'],
    browser: 'chrome',
    gates: false,
    // The soak's length, when the caller sets it (test/soak/long-session.test.js).
    passes: ['CYCLES', 'TERMS'],
  },
].map((stage) => (stage.runner === 'wtr' ? { ...stage, inputs: COMPONENT_INPUTS } : stage));

/**
 * What a stage may see of the caller's environment: the system's (to find programs, a home, a locale,
 * a display) and where the browsers are. Everything else is the stage's own.
 */
const PASSED_THROUGH = [
  /^(PATH|HOME|USER|LOGNAME|SHELL|LANG|LANGUAGE|TZ|TMPDIR|TERM|DISPLAY|WAYLAND_DISPLAY|CI)$/,
  /^LC_/,
  /^XDG_/,
  /^(CHROME|FIREFOX|WEBKIT)_PATH$/,
  // Where the shared crisis-lines reference is, for the test that compares the docs copy with it.
  /^CRISIS_LINES_REFERENCE$/,
];

/** A stage's environment: the passed-through part of `base`, then what the stage sets. */
export function stageEnv(base, own = {}) {
  const kept = Object.entries(base).filter(([key]) => PASSED_THROUGH.some((pattern) => pattern.test(key)));
  return { ...Object.fromEntries(kept), FORCE_COLOR: '0', ...own };
}

/** The command as run: node:test stages with the .only guard and the counting reporter beside the spec one. */
export function commandOf(stage, countsFile) {
  if (stage.runner !== 'node') return stage.command;
  const [node, ...args] = stage.command;
  return [
    node,
    '--import',
    './scripts/forbid-only.js',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/test-counts.js',
    `--test-reporter-destination=${countsFile}`,
    ...args,
  ];
}

/**
 * Why a stage's counts fail the gate, if they do: no counts at all (the runner never reported), or
 * fewer tests run (passed and failed; a skip is not a run) than the stage's floor.
 */
export function floorProblem(stage, counts, floors) {
  if (!counts) return `${stage.name}: the runner reported no counts`;
  const ran = counts.passed + counts.failed;
  const floor = floors[stage.key] ?? 0;
  return ran < floor
    ? `${stage.name}: ran ${ran} tests, fewer than its floor of ${floor} (scripts/test-floors.json)`
    : undefined;
}

/**
 * The repository's files as git sees them: committed or not, but not ignored (so dist/, node_modules
 * and the cache itself never count as inputs). Paths are relative to `root`, with forward slashes.
 */
export function repositoryFiles(root = ROOT) {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // A file deleted but not yet committed is still listed by --cached: it is not an input any more.
  return [...new Set(listed.split('\0'))].filter((path) => path && existsSync(join(root, path))).sort();
}

/** Whether `path` is one of the files `patterns` declares (prefixes; `!` prefixes leave files out). */
export function declares(patterns, path) {
  let included = false;
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) {
      if (path.startsWith(pattern.slice(1))) return false;
    } else if (path.startsWith(pattern)) included = true;
  }
  return included;
}

/** Every file whose content a stage's result depends on, besides those its patterns declare. */
const ALWAYS = [
  'package.json',
  'package-lock.json',
  'scripts/test.js',
  'scripts/test-counts.js',
  'scripts/test-floors.json',
];

/** Content hashes of files, memoized for one run: several stages read the same files. */
function hasher(root) {
  const memo = new Map();
  return (path) => {
    const full = resolve(root, path);
    if (!memo.has(full)) {
      memo.set(full, existsSync(full) ? createHash('sha256').update(readFileSync(full)).digest('hex') : 'absent');
    }
    return memo.get(full);
  };
}

/**
 * A stage's input key: a hash of its command and variables, Node's version, the browser it drives (path,
 * size and date of the program), the content of every file it reads and the keys of the stages it needs.
 * The same key means the same inputs; a stage that passed on them need not run again.
 */
export function inputKeys(
  stages,
  { root = ROOT, listed = repositoryFiles(root), env = process.env, browsers = {} } = {},
) {
  const hashOf = hasher(root);
  const keys = new Map();
  const keyOf = (stage) => {
    if (keys.has(stage.key)) return keys.get(stage.key);
    const hash = createHash('sha256');
    const line = (...parts) => hash.update(`${parts.join(' ')}\n`);
    line('command', JSON.stringify(stage.command), JSON.stringify(stage.env ?? {}));
    line('node', process.version);
    for (const name of stage.passes ?? []) line('passed', name, env[name] ?? '');
    if (stage.browser) line('browser', browsers[stage.browser] ?? stage.browser);
    for (const need of stage.needs ?? []) line('needs', need, keyOf(stages.find(({ key }) => key === need)));
    const own = listed.filter((path) => ALWAYS.includes(path) || declares(stage.inputs ?? [], path));
    for (const path of own) line('file', path, hashOf(path));
    for (const path of stage.outside?.(env) ?? []) line('outside', path, hashOf(path));
    const key = hash.digest('hex');
    keys.set(stage.key, key);
    return key;
  };
  for (const stage of stages) keyOf(stage);
  return keys;
}

/** A browser's identity for the keys: a new version of the program is a new input. */
function browserStamp(path) {
  try {
    const { size, mtimeMs } = statSync(path);
    return `${path} ${size} ${mtimeMs}`;
  } catch {
    return path;
  }
}

/**
 * A fingerprint of what a stage wrote (every file's path, size and date): a build whose output was
 * deleted or changed since it passed is not fresh.
 */
export function outputStamp(paths, root = ROOT) {
  const hash = createHash('sha256');
  const walk = (path) => {
    const full = join(root, path);
    if (!existsSync(full)) {
      hash.update(`${path} absent\n`);
      return;
    }
    const stat = statSync(full);
    if (!stat.isDirectory()) {
      hash.update(`${path} ${stat.size} ${stat.mtimeMs}\n`);
      return;
    }
    for (const name of readdirSync(full).sort()) walk(`${path}/${name}`);
  };
  for (const path of paths) walk(path);
  return hash.digest('hex');
}

/** Where a stage's last passing result is recorded. */
export const CACHE_FOLDER = join(ROOT, '.cache', 'gate');

/** The record of a stage that passed on `key`, if there is one and its outputs are as it left them. */
export function freshRecord(stage, key, { folder = CACHE_FOLDER, root = ROOT } = {}) {
  let record;
  try {
    record = JSON.parse(readFileSync(join(folder, `${stage.key}.json`), 'utf8'));
  } catch {
    return undefined;
  }
  if (record.key !== key || record.passed !== true) return undefined;
  if (stage.outputs && record.outputs !== outputStamp(stage.outputs, root)) return undefined;
  return record;
}

/**
 * The recorded pass a stage may be skipped for: fresh (freshRecord) and, for a stage that runs tests,
 * with counts that meet today's floor (one under it runs again, and fails if it is still under).
 */
export function cachedPass(stage, key, floors, options) {
  const record = freshRecord(stage, key, options);
  if (!record) return undefined;
  return stage.runner !== 'none' && floorProblem(stage, record.counts, floors) ? undefined : record;
}

/** Records that a stage passed on `key`, with its counts and time (what a cached run reports). */
export function recordPass(stage, key, { counts, seconds }, { folder = CACHE_FOLDER, root = ROOT } = {}) {
  mkdirSync(folder, { recursive: true });
  const outputs = stage.outputs ? outputStamp(stage.outputs, root) : undefined;
  writeFileSync(
    join(folder, `${stage.key}.json`),
    JSON.stringify({ key, passed: true, counts, seconds, outputs, at: new Date().toISOString() }),
  );
}

/** Forgets a stage's record: it failed, or ran on other inputs. */
function forget(stage, folder = CACHE_FOLDER) {
  rmSync(join(folder, `${stage.key}.json`), { force: true });
}

/**
 * Runs a command in its own process group; resolves to its exit code and, unless `stream`, what it
 * printed (shown in one piece when it ends, so stages side by side do not interleave their lines).
 */
function run([command, ...args], env, { stream, running }) {
  return new Promise((done) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env,
      detached: true,
      stdio: ['ignore', stream ? 'inherit' : 'pipe', stream ? 'inherit' : 'pipe'],
    });
    running.add(child);
    const chunks = [];
    child.stdout?.on('data', (chunk) => chunks.push(chunk));
    child.stderr?.on('data', (chunk) => chunks.push(chunk));
    child.on('close', (code, signal) => {
      running.delete(child);
      done({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks).toString('utf8') });
    });
  });
}

/** Stops a stage's whole process group (its browsers too): politely, then for good after 5 s. */
function stop(child) {
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  setTimeout(() => signal('SIGKILL'), 5000).unref();
}

function readCounts(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The table of what each test stage ran, then the distinct tests beside the runs summed. */
export function report(results, log = console.log) {
  const rows = results.filter(({ counts }) => counts);
  log(
    `\n${'stage'.padEnd(58)} ${'passed'.padStart(7)} ${'failed'.padStart(7)} ${'skipped'.padStart(8)} ${'floor'.padStart(6)} ${'seconds'.padStart(8)}`,
  );
  for (const { stage, counts, floor, seconds, cached, stopped } of results) {
    const [passed, failed, skipped] = counts ? [counts.passed, counts.failed, counts.skipped] : ['-', '-', '-'];
    const time = cached ? 'cached' : stopped ? 'stopped' : seconds.toFixed(0);
    log(
      `${stage.name.slice(0, 58).padEnd(58)} ${String(passed).padStart(7)} ${String(failed).padStart(7)} ${String(skipped).padStart(8)} ${String(floor ?? '-').padStart(6)} ${time.padStart(8)}`,
    );
  }
  const skips = rows.flatMap(({ counts }) => counts.skips);
  if (skips.length > 0) log(`\nSkipped, with the reason each gives:\n${skips.map((s) => `  - ${s}`).join('\n')}`);
  const passed = rows.reduce((sum, { counts }) => sum + counts.passed, 0);
  const failed = rows.reduce((sum, { counts }) => sum + counts.failed, 0);
  const distinct = new Set(rows.flatMap(({ counts }) => counts.tests)).size;
  log(`\n${distinct} distinct tests; ${passed + failed} runs summed over the stages (a test runs once per browser).`);
  const cached = results.filter(({ cached }) => cached).map(({ stage }) => stage.key);
  if (cached.length > 0) {
    log(`Cached (passed before on the same inputs; --force runs them again): ${cached.join(', ')}.`);
  }
  return { passed, failed };
}

function option(args, name) {
  const at = args.indexOf(name);
  return at < 0 ? undefined : (args[at + 1] ?? '');
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--list')) {
    for (const stage of STAGES) console.log(`${stage.key.padEnd(16)} ${stage.name}`);
    return;
  }
  const only = option(args, '--only')?.split(',');
  const unknown = (only ?? []).filter((key) => !STAGES.some((stage) => stage.key === key));
  if (only && (only.length === 0 || unknown.length > 0)) {
    console.error(`--only takes stage keys separated by commas (unknown: ${unknown.join(', ')}); see --list.`);
    process.exit(2);
  }
  const jobs = Number(option(args, '--jobs') ?? 3);
  if (!Number.isInteger(jobs) || jobs < 1) {
    console.error('--jobs takes a whole number of stages to run at once, 1 or more.');
    process.exit(2);
  }
  const force = args.includes('--force');
  const chosen = STAGES.filter((stage) => (only ? only.includes(stage.key) : stage.gates !== false));
  const floors = JSON.parse(readFileSync(new URL('./test-floors.json', import.meta.url), 'utf8'));
  const browser = ensureBrowser();
  const browsers = { chrome: browserStamp(browser) };
  for (const kind of ['firefox', 'webkit']) {
    if (chosen.some((stage) => stage.browser === kind)) browsers[kind] = browserStamp(ensureBrowser(kind));
  }
  let keys;
  try {
    keys = inputKeys(STAGES, { browsers });
  } catch (error) {
    // Outside a git checkout (an unpacked tarball) there is no list of inputs: run everything.
    console.log(`No cache this run (the repository's files could not be listed: ${error.message.split('\n')[0]}).`);
  }
  const countsFolder = mkdtempSync(join(tmpdir(), 'test-counts-'));
  const started = performance.now();
  /** @type {Map<string, { stage: object, counts?: object, floor?: number, seconds: number, cached?: boolean, stopped?: boolean, ok: boolean }>} */
  const results = new Map();
  const running = new Set();
  const active = new Set();
  let failure;

  const runStage = async (stage) => {
    const key = keys?.get(stage.key);
    const record = force || !key ? undefined : cachedPass(stage, key, floors);
    if (record) {
      console.log(`\n✓ ${stage.name}: cached (passed on the same inputs ${record.at})`);
      results.set(stage.key, {
        stage,
        counts: record.counts,
        floor: floors[stage.key],
        seconds: 0,
        cached: true,
        ok: true,
      });
      return;
    }
    const countsFile = join(countsFolder, `${stage.key}.json`);
    const passed = (stage.passes ?? []).filter((name) => name in process.env).map((name) => [name, process.env[name]]);
    const own = {
      CHROME_PATH: browser,
      ...(stage.runner === 'wtr' ? { TEST_COUNTS_FILE: countsFile } : {}),
      ...Object.fromEntries(passed),
      ...stage.env,
    };
    const command = commandOf(stage, countsFile);
    console.log(`\n▶ ${stage.name}: ${command.join(' ')}`);
    const begun = performance.now();
    const { code, output } = await run(command, stageEnv(process.env, own), { stream: jobs === 1, running });
    const seconds = (performance.now() - begun) / 1000;
    const stopped = failure !== undefined && code !== 0;
    if (jobs !== 1) console.log(`\n── ${stage.name} (${seconds.toFixed(0)} s) ──\n${output.trimEnd()}`);
    // A stage stopped because another failed reports nothing: its browser was closed under it.
    const counts = stage.runner === 'none' || stopped ? undefined : readCounts(countsFile);
    let problem;
    if (code !== 0) problem = `${stage.name} failed (exit ${code}).`;
    else if (stage.runner !== 'none') problem = floorProblem(stage, counts, floors);
    results.set(stage.key, { stage, counts, floor: floors[stage.key], seconds, stopped, ok: !problem });
    if (problem) {
      forget(stage);
      if (!stopped && !failure) {
        failure = problem;
        // Stop what is still running: the run has failed, and the machine is shared. A test runner
        // that ignores the polite signal for 5 s (web-test-runner waits on its browsers) is killed.
        for (const child of running) stop(child);
      }
    } else if (key) recordPass(stage, key, { counts, seconds });
  };

  const pending = chosen.filter((stage) => !stage.last);
  const last = chosen.filter((stage) => stage.last);
  await new Promise((allDone) => {
    const next = () => {
      if (active.size === 0 && (failure || pending.length === 0)) return allDone();
      if (failure) return undefined;
      for (const stage of [...pending]) {
        if (active.size >= jobs) break;
        // A stage waits for the chosen stages it needs; one not chosen is taken as done (--only e2e
        // runs against the dist/ already there).
        const waiting = (stage.needs ?? []).some(
          (need) => chosen.some(({ key }) => key === need) && !results.get(need)?.ok,
        );
        if (waiting) continue;
        pending.splice(pending.indexOf(stage), 1);
        const job = runStage(stage).finally(() => {
          active.delete(job);
          next();
        });
        active.add(job);
      }
      return undefined;
    };
    next();
  });
  const widgetSeconds = (performance.now() - started) / 1000;
  for (const stage of last) {
    if (failure) break;
    await runStage(stage);
  }
  rmSync(countsFolder, { recursive: true, force: true });
  const ordered = chosen.map((stage) => results.get(stage.key)).filter(Boolean);
  const { passed, failed } = report(ordered);
  const ranLast = last.filter((stage) => results.has(stage.key));
  const lastSeconds = ranLast.reduce((sum, stage) => sum + results.get(stage.key).seconds, 0);
  console.log(
    `\nWall time: ${widgetSeconds.toFixed(0)} s` +
      (ranLast.length > 0 ? `, then ${ranLast.map(({ key }) => key).join(', ')} ${lastSeconds.toFixed(0)} s` : '') +
      ` (${jobs} stages at once).`,
  );
  if (failure) {
    console.error(`\n✖ ${failure}`);
    console.log(`tests: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(1);
  }
  console.log(`All checks passed.\ntests: ${passed} passed, ${failed} failed`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
