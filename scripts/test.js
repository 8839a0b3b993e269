#!/usr/bin/env node
/**
 * `npm test`: every check and test, in the order that fails fastest.
 *   browser → lint → type check → the gate's own tests → CLI and compiler tests → content tests →
 *   build (with size budget) →
 *   package gate (the packed tarball through publint and arethetypeswrong) → component tests in
 *   headless Chromium, again against Lit's development build (its warnings fail), then in headless
 *   Firefox (light, then dark and forced-colours passes for the tests written for those schemes), then
 *   in WebKit (light, then dark) → end-to-end tests of the built dist/ → the WordPress plugin on a
 *   real WordPress (scripts/ensure-wordpress.js installs Debian's packages when missing).
 * Stops at the first failing stage.
 *
 * What keeps it honest:
 * - Each stage runs in a clean environment: the system's own variables (PATH, HOME, locale, display)
 *   and the browser paths, plus what the stage sets; switches such as FIREFOX_MEDIA, WEBKIT_MEDIA,
 *   CYCLES or TERMS left in the shell never reach a stage that does not set them.
 * - Passed, failed and skipped come from the runners' reporters (scripts/test-counts.js), and every
 *   skipped test is listed with its reason.
 * - A stage that runs fewer tests than its floor in scripts/test-floors.json fails.
 * - `.only` fails: mocha's forbidOnly in every web-test-runner configuration, scripts/forbid-only.js
 *   before every node:test stage, and a lint rule.
 * Ends with a table per stage, the distinct tests beside the runs summed over stages, and one line
 * that CI reads: "tests: N passed, N failed".
 *
 * `node scripts/test.js --only content,chromium` runs the named stages alone (keys in `--list`).
 * The soak stage (heap, nodes and listeners over thousands of cycles) does not gate: it runs only
 * when named.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowser } from './ensure-browser.js';

const files = (folder, suffix) =>
  readdirSync(folder)
    .filter((name) => name.endsWith(suffix))
    .map((name) => `${folder}/${name}`);

const npx = (...args) => ['npx', '--no-install', ...args];
const wtr = (config, env = {}) => ({ runner: 'wtr', command: npx('web-test-runner', '--config', config), env });
const nodeTest = (...args) => ({ runner: 'node', command: ['node', ...args] });
const check = (...command) => ({ runner: 'none', command });

/**
 * The stages in order: a key for `--only` and the floors, a name, the command, the runner whose
 * counts it reports, and the variables it sets. `gates: false` leaves a stage out unless named.
 */
export const STAGES = [
  { key: 'lint', name: 'lint', ...check(...npx('eslint', '.')) },
  { key: 'format', name: 'format', ...check(...npx('prettier', '--check', '.')) },
  { key: 'types', name: 'type check', ...check(...npx('tsc', '--noEmit', '-p', 'tsconfig.json')) },
  { key: 'gate', name: "the gate's own tests", ...nodeTest(...files('test/gate', '.test.js')) },
  {
    key: 'cli',
    name: 'CLI, content compiler and site builder tests',
    ...nodeTest('--import', 'tsx', ...files('test/cli', '.test.ts')),
  },
  { key: 'content', name: 'content tests', ...nodeTest('--import', 'tsx', ...files('test/content', '.test.ts')) },
  { key: 'build', name: 'build and size budget', ...check('npm', 'run', '--silent', 'build') },
  {
    key: 'package',
    name: 'package gate: npm pack, publint, arethetypeswrong',
    ...nodeTest(...files('test/package', '.test.js')),
  },
  { key: 'chromium', name: 'component tests (headless Chromium)', ...wtr('web-test-runner.config.js') },
  { key: 'lit-dev', name: 'component tests (Lit development build)', ...wtr('web-test-runner.dev.config.js') },
  { key: 'firefox', name: 'component tests (headless Firefox)', ...wtr('web-test-runner.firefox.config.js') },
  {
    key: 'firefox-dark',
    name: 'component tests (headless Firefox, dark)',
    ...wtr('web-test-runner.firefox.config.js', { FIREFOX_MEDIA: 'dark' }),
  },
  {
    key: 'firefox-forced',
    name: 'component tests (headless Firefox, forced colours)',
    ...wtr('web-test-runner.firefox.config.js', { FIREFOX_MEDIA: 'forced colors' }),
  },
  { key: 'webkit', name: 'component tests (WebKit)', ...wtr('web-test-runner.webkit.config.js') },
  {
    key: 'webkit-dark',
    name: 'component tests (WebKit, dark)',
    ...wtr('web-test-runner.webkit.config.js', { WEBKIT_MEDIA: 'dark' }),
  },
  { key: 'e2e', name: 'end-to-end tests of dist/', ...nodeTest(...files('test/e2e', '.test.js')) },
  // Last: it installs Debian's WordPress, PHP and MariaDB when missing (as root), then runs the built
  // plugin zip on a real site; its time is reported apart from the widgets' stages.
  {
    key: 'wordpress',
    name: 'WordPress plugin on a real WordPress',
    ...nodeTest(...files('test/wordpress', '.test.js')),
  },
  {
    key: 'soak',
    name: 'soak: heap, nodes and listeners over long sessions (not gating)',
    ...nodeTest(...files('test/soak', '.test.js')),
    gates: false,
    // The soak's length, when the caller sets it (test/soak/long-session.test.js).
    passes: ['CYCLES', 'TERMS'],
  },
];

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

/** Runs a command with its output passed through; resolves to its exit code. */
function run([command, ...args], env) {
  return new Promise((done) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('close', (code) => done(code ?? 1));
  });
}

function readCounts(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The table of what each test stage ran, then the distinct tests beside the runs summed. */
function report(results) {
  const rows = results.filter(({ counts }) => counts);
  console.log(
    `\n${'stage'.padEnd(58)} ${'passed'.padStart(7)} ${'failed'.padStart(7)} ${'skipped'.padStart(8)} ${'floor'.padStart(6)} ${'seconds'.padStart(8)}`,
  );
  for (const { stage, counts, floor, seconds } of results) {
    const [passed, failed, skipped] = counts ? [counts.passed, counts.failed, counts.skipped] : ['-', '-', '-'];
    console.log(
      `${stage.name.slice(0, 58).padEnd(58)} ${String(passed).padStart(7)} ${String(failed).padStart(7)} ${String(skipped).padStart(8)} ${String(floor ?? '-').padStart(6)} ${seconds.toFixed(0).padStart(8)}`,
    );
  }
  const skips = rows.flatMap(({ counts }) => counts.skips);
  if (skips.length > 0)
    console.log(`\nSkipped, with the reason each gives:\n${skips.map((s) => `  - ${s}`).join('\n')}`);
  const passed = rows.reduce((sum, { counts }) => sum + counts.passed, 0);
  const failed = rows.reduce((sum, { counts }) => sum + counts.failed, 0);
  const distinct = new Set(rows.flatMap(({ counts }) => counts.tests)).size;
  console.log(
    `\n${distinct} distinct tests; ${passed + failed} runs summed over the stages (a test runs once per browser).`,
  );
  return { passed, failed };
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--list')) {
    for (const stage of STAGES) console.log(`${stage.key.padEnd(16)} ${stage.name}`);
    return;
  }
  const only = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '').split(',') : undefined;
  const unknown = (only ?? []).filter((key) => !STAGES.some((stage) => stage.key === key));
  if (only && (only.length === 0 || unknown.length > 0)) {
    console.error(`--only takes stage keys separated by commas (unknown: ${unknown.join(', ')}); see --list.`);
    process.exit(2);
  }
  const chosen = STAGES.filter((stage) => (only ? only.includes(stage.key) : stage.gates !== false));
  const floors = JSON.parse(readFileSync(new URL('./test-floors.json', import.meta.url), 'utf8'));
  const browser = ensureBrowser();
  const countsFolder = mkdtempSync(join(tmpdir(), 'test-counts-'));
  const results = [];
  let failure;
  for (const stage of chosen) {
    const countsFile = join(countsFolder, `${stage.key}.json`);
    const passed = (stage.passes ?? []).filter((key) => key in process.env).map((key) => [key, process.env[key]]);
    const own = {
      CHROME_PATH: browser,
      ...(stage.runner === 'wtr' ? { TEST_COUNTS_FILE: countsFile } : {}),
      ...Object.fromEntries(passed),
      ...stage.env,
    };
    const command = commandOf(stage, countsFile);
    const settings = Object.entries(stage.env ?? {})
      .map(([key, value]) => `${key}="${value}" `)
      .join('');
    console.log(`\n▶ ${stage.name}: ${settings}${command.join(' ')}`);
    const started = performance.now();
    const code = await run(command, stageEnv(process.env, own));
    const seconds = (performance.now() - started) / 1000;
    const counts = stage.runner === 'none' ? undefined : readCounts(countsFile);
    results.push({ stage, counts, floor: floors[stage.key], seconds });
    if (code !== 0) failure = `${stage.name} failed (exit ${code}).`;
    else if (stage.runner !== 'none') failure = floorProblem(stage, counts, floors);
    if (failure) break;
  }
  rmSync(countsFolder, { recursive: true, force: true });
  const { passed, failed } = report(results);
  if (failure) {
    console.error(`\n✖ ${failure}`);
    console.log(`tests: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(1);
  }
  console.log(`All checks passed.\ntests: ${passed} passed, ${failed} failed`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
