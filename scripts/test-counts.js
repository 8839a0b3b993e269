/**
 * What each test stage ran, as the runners themselves report it (not read back from their printed
 * text): passed, failed and skipped, and an id for every test so the gate can count distinct tests
 * across stages that run the same files in several browsers.
 *
 * - node:test: this module's default export is a reporter (`--test-reporter=./scripts/test-counts.js
 *   --test-reporter-destination=<file>`); it writes the counts as JSON when the run ends.
 * - @web/test-runner: `countsReporter(file)` in the configuration's reporters, writing the same JSON.
 *
 * scripts/test.js gives each stage its own file (TEST_COUNTS_FILE for web-test-runner) and reads it back.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/** @typedef {{ passed: number; failed: number; skipped: number; tests: string[]; skips: string[] }} Counts */

/** @returns {Counts} */
const empty = () => ({ passed: 0, failed: 0, skipped: 0, tests: [], skips: [] });

/**
 * node:test reporter. A test's id is its file and the names of its suites and itself; suites are not
 * counted as tests unless they fail by themselves, and a file that fails before defining any test
 * counts as one failure.
 * @param {AsyncIterable<{ type: string; data: any }>} source
 */
export default async function* nodeCounts(source) {
  const counts = empty();
  /** The names of the tests now open at each nesting level, by file. */
  const open = new Map();
  for await (const { type, data } of source) {
    const file = data?.file ? relative(process.cwd(), data.file) : '';
    if (type === 'test:start') {
      const path = open.get(file) ?? [];
      path[data.nesting] = data.name;
      path.length = data.nesting + 1;
      open.set(file, path);
    }
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    // A suite is not a test, but one that fails by itself (its body or a hook threw) is a failure.
    const suite = data.details?.type === 'suite';
    if (suite && (type === 'test:pass' || data.details.error?.failureType === 'subtestsFailed')) continue;
    const id = [file, ...(open.get(file) ?? []).slice(0, data.nesting), data.name].join(' > ');
    if (data.skip !== undefined || data.todo !== undefined) {
      counts.skipped += 1;
      counts.skips.push(`${id} (${typeof data.skip === 'string' ? data.skip : 'no reason given'})`);
    } else {
      counts[type === 'test:pass' ? 'passed' : 'failed'] += 1;
      counts.tests.push(id);
    }
  }
  yield `${JSON.stringify(counts)}\n`;
}

/**
 * @web/test-runner reporter: every test of every session (file × browser) when the run finishes. A
 * session whose file failed to load counts as one failure, so a file that cannot run is not silence.
 * @param {string} file where to write the counts
 * @returns {import('@web/test-runner').Reporter}
 */
export function countsReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = empty();
      for (const session of sessions) {
        const testFile = relative(process.cwd(), session.testFile);
        const before = counts.passed + counts.failed + counts.skipped;
        /** @param {import('@web/test-runner').TestSuiteResult} suite @param {string[]} path */
        const walk = (suite, path) => {
          for (const test of suite.tests) {
            const id = [testFile, ...path, test.name].join(' > ');
            if (test.skipped) {
              counts.skipped += 1;
              counts.skips.push(`${id} [${session.browser.name}]`);
            } else {
              counts[test.passed ? 'passed' : 'failed'] += 1;
              counts.tests.push(id);
            }
          }
          for (const child of suite.suites) walk(child, [...path, child.name]);
        };
        if (session.testResults) walk(session.testResults, []);
        const none = counts.passed + counts.failed + counts.skipped === before;
        if (!session.passed && (none || session.errors.length > 0)) {
          counts.failed += 1;
          counts.tests.push(`${testFile} (errors outside its tests in ${session.browser.name})`);
        }
      }
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}
