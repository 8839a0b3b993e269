#!/usr/bin/env node
/**
 * `npm test`: every check and test, in the order that fails fastest.
 *   browser → lint → type check → content tests → build (with size budget) → package gate (the
 *   packed tarball through publint and arethetypeswrong) → component tests in headless Chromium,
 *   again against Lit's development build (its warnings fail), then in headless Firefox (light, then
 *   dark and forced-colours passes for the tests written for those schemes), then in WebKit (light,
 *   then dark) → end-to-end tests of the built dist/.
 * Stops at the first failing stage. Ends with one line counting every test: "N passed, N failed".
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { ensureBrowser } from './ensure-browser.js';

const files = (folder, suffix) =>
  readdirSync(folder)
    .filter((name) => name.endsWith(suffix))
    .map((name) => `${folder}/${name}`);

const npx = (...args) => ['npx', '--no-install', ...args];

const stages = [
  ['lint', npx('eslint', '.')],
  ['format', npx('prettier', '--check', '.')],
  ['type check', npx('tsc', '--noEmit', '-p', 'tsconfig.json')],
  ['content tests', ['node', '--test', '--import', 'tsx', ...files('test/content', '.test.ts')]],
  ['build and size budget', ['npm', 'run', '--silent', 'build']],
  ['package gate: npm pack, publint, arethetypeswrong', ['node', '--test', ...files('test/package', '.test.js')]],
  ['component tests (headless Chromium)', npx('web-test-runner')],
  ['component tests (Lit development build)', npx('web-test-runner', '--config', 'web-test-runner.dev.config.js')],
  ['component tests (headless Firefox)', npx('web-test-runner', '--config', 'web-test-runner.firefox.config.js')],
  [
    'component tests (headless Firefox, dark)',
    npx('web-test-runner', '--config', 'web-test-runner.firefox.config.js'),
    { FIREFOX_MEDIA: 'dark' },
  ],
  [
    'component tests (headless Firefox, forced colours)',
    npx('web-test-runner', '--config', 'web-test-runner.firefox.config.js'),
    { FIREFOX_MEDIA: 'forced colors' },
  ],
  ['component tests (WebKit)', npx('web-test-runner', '--config', 'web-test-runner.webkit.config.js')],
  [
    'component tests (WebKit, dark)',
    npx('web-test-runner', '--config', 'web-test-runner.webkit.config.js'),
    { WEBKIT_MEDIA: 'dark' },
  ],
  ['end-to-end tests of dist/', ['node', '--test', ...files('test/e2e', '.test.js')]],
];

/** Runs a command, streaming its output, and returns what it printed. */
function run([command, ...args], env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Test counts from node:test ("# pass N") or web-test-runner ("N passed, N failed"). */
function counts(output) {
  const plain = stripVTControlCharacters(output);
  const node = /^# pass (\d+)$/m.exec(plain);
  if (node) return { passed: Number(node[1]), failed: Number(/^# fail (\d+)$/m.exec(plain)?.[1] ?? 0) };
  const wtr = [...plain.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  return wtr ? { passed: Number(wtr[1]), failed: Number(wtr[2]) } : { passed: 0, failed: 0 };
}

const browser = ensureBrowser();
const env = { ...process.env, CHROME_PATH: browser, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' };
let passed = 0;
let failed = 0;
for (const [name, command, extraEnv = {}] of stages) {
  const settings = Object.entries(extraEnv)
    .map(([key, value]) => `${key}="${value}" `)
    .join('');
  console.log(`\n▶ ${name}: ${settings}${command.join(' ')}`);
  const result = await run(command, { ...env, ...extraEnv });
  const tally = counts(result.output);
  passed += tally.passed;
  failed += tally.failed;
  if (result.code !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.code}).`);
    console.log(`\ntests: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(1);
  }
}
console.log(`\nAll checks passed.\ntests: ${passed} passed, ${failed} failed`);
