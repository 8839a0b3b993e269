/**
 * The release script, dry: what it refuses, and that its publish command works without publishing.
 * The gate itself (npm test) is what runs these tests, so here it is a stand-in that passes or fails.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pendingChangesets, release, unsignedSafetyEntries } from '../../scripts/release.js';

const root = new URL('../../', import.meta.url).pathname;

/** Stand-in steps that record what ran. */
function steps({ clean = true, pending = [], unsigned = [], gate = 0 } = {}) {
  const ran = [];
  return {
    ran,
    treeIsClean: () => clean,
    pending: () => pending,
    unsigned: () => unsigned,
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

  it('refuses while a safety entry has no clinician’s signed review, before running the gate', () => {
    const s = steps({ unsigned: ['naloxone', 'methadone'] });
    assert.throws(
      () => release({ dryRun: true, ci: true, steps: s, log: quiet }),
      /no clinician has signed the review block of these safety entries \(naloxone, methadone\)/,
    );
    assert.deepEqual(s.ran, []);
  });

  it('finds the safety entries whose review block lacks a name or a date, from the rules table', () => {
    const content = join(mkdtempSync(join(tmpdir(), 'release-')), 'content');
    cpSync(join(root, 'content', 'caveat-rules.yaml'), join(content, 'caveat-rules.yaml'));
    const safety = unsignedSafetyEntries(content);
    assert.ok(safety.includes('naloxone') && safety.includes('methadone'), 'no ledger: unsigned');
    cpSync(join(root, 'content', 'ledger'), join(content, 'ledger'), { recursive: true });
    const file = join(content, 'ledger', 'naloxone.yaml');
    const signed = readFileSync(file, 'utf8').replace(
      /review:\n(?: {2}.*\n)*/,
      'review:\n  name: Dr Ana Ruiz\n  credentials: MD\n  date: 2026-11-20\n  scope: en and es\n',
    );
    writeFileSync(file, signed);
    assert.ok(!unsignedSafetyEntries(content).includes('naloxone'), 'signed: not listed');
    writeFileSync(file, signed.replace('date: 2026-11-20', 'date: ""'));
    assert.ok(unsignedSafetyEntries(content).includes('naloxone'), 'a name without a date is not a signature');
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
