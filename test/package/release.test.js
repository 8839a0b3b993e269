/**
 * The release script, dry: what it refuses, and that its publish command works without publishing.
 * The gate itself (npm test) is what runs these tests, so here it is a stand-in that passes or fails.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { pendingChangesets, release } from '../../scripts/release.js';

const root = new URL('../../', import.meta.url).pathname;

/** Stand-in steps that record what ran. */
function steps({ clean = true, pending = [], gate = 0 } = {}) {
  const ran = [];
  return {
    ran,
    treeIsClean: () => clean,
    pending: () => pending,
    gate: () => (ran.push('gate'), gate),
    publish: (args) => (ran.push(['publish', ...args]), 0),
  };
}
const quiet = () => undefined;

describe('release script', () => {
  it('refuses to publish when the gate fails', () => {
    const s = steps({ gate: 1 });
    assert.throws(() => release({ dryRun: true, ci: true, steps: s, log: quiet }), /the gate failed/);
    assert.deepEqual(s.ran, ['gate']);
  });

  it('refuses a real publish outside CI, before running anything', () => {
    const s = steps();
    assert.throws(() => release({ dryRun: false, ci: false, steps: s, log: quiet }), /outside CI/);
    assert.deepEqual(s.ran, []);
  });

  it('refuses with uncommitted changes or changesets not yet versioned', () => {
    assert.throws(() => release({ dryRun: true, ci: true, steps: steps({ clean: false }), log: quiet }), /uncommitted/);
    const s = steps({ pending: ['brave-owls.md'] });
    assert.throws(() => release({ dryRun: true, ci: true, steps: s, log: quiet }), /changeset version/);
    assert.deepEqual(s.ran, []);
  });

  it('publishes with provenance once the gate passes', () => {
    const s = steps();
    release({ dryRun: false, ci: true, steps: s, log: quiet });
    assert.deepEqual(s.ran, ['gate', ['publish', 'publish', '--provenance', '--access', 'public']]);
  });

  it('finds the changesets waiting in .changeset/', () => {
    assert.ok(pendingChangesets().every((name) => name.endsWith('.md') && name !== 'README.md'));
  });

  it('dry run: its npm publish command packs and checks the package and publishes nothing', () => {
    let output = '';
    release({
      dryRun: true,
      ci: false,
      log: quiet,
      steps: {
        ...steps(),
        publish: (args) => {
          const result = spawnSync('npm', args, { cwd: root, encoding: 'utf8' });
          output = `${result.stdout}${result.stderr}`;
          return result.status;
        },
      },
    });
    assert.match(output, /\(dry-run\)/, output);
    assert.match(output, /\+ @twelva\/glossary-widgets@\d+\.\d+\.\d+/, output);
  });
});
