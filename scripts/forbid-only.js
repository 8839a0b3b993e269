/**
 * Loaded before every node:test stage of the gate (`node --import ./scripts/forbid-only.js --test`):
 * a test or suite marked `.only` fails instead of narrowing what runs. node:test has no forbid-only
 * option of its own; web-test-runner's mocha has one (`forbidOnly` in web-test-runner.config.js), and
 * ESLint rejects a committed `.only` or `{ only: true }` (eslint.config.js).
 *
 * Only the `.only` properties are replaced: wrapping `it` itself would make node:test attribute every
 * test to this file, the place it was called from.
 */
import { createRequire } from 'node:module';

const nodeTest = createRequire(import.meta.url)('node:test');

for (const name of ['it', 'test', 'describe', 'suite']) {
  nodeTest[name].only = () => {
    throw new Error(`.only() is not allowed in the gate: it would leave the other tests out`);
  };
}
