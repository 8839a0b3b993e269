#!/usr/bin/env node
/**
 * Publishes the package to npm from CI, with provenance, and only after the whole gate passes.
 * The steps (docs/releasing.md):
 *   1. the working tree is clean and no changeset is waiting (`npx changeset version` has been run
 *      and committed, so the version and CHANGELOG.md say what is being published);
 *   2. every safety entry (content/caveat-rules.yaml, `safetyEntries`) carries a clinician's signed
 *      review block (name and date) in its ledger: authoring may leave it empty, shipping may not;
 *   3. `npm test` passes in full: lint, types, content, build, package gate (publint,
 *      arethetypeswrong, framework typings), every browser, end-to-end;
 *   4. `npm publish --provenance --access public` (provenance needs CI's OIDC identity, so a real
 *      publish refuses to run outside CI).
 *
 *   node scripts/release.js --dry-run   everything, with `npm publish --dry-run`: nothing is published
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../', import.meta.url));

/** Changesets not yet turned into a version and changelog entry. */
export function pendingChangesets(folder = `${root}.changeset`) {
  return readdirSync(folder).filter((name) => name.endsWith('.md') && name !== 'README.md');
}

/**
 * The safety entries (listed once, in the rules table) whose ledger has no signed review: no
 * reviewer's name or no date, or no ledger at all.
 */
export function unsignedSafetyEntries(contentRoot = join(root, 'content')) {
  const rules = parse(readFileSync(join(contentRoot, 'caveat-rules.yaml'), 'utf8')) ?? {};
  return (rules.safetyEntries ?? []).filter((id) => {
    const file = join(contentRoot, 'ledger', `${id}.yaml`);
    if (!existsSync(file)) return true;
    const review = parse(readFileSync(file, 'utf8'))?.review ?? {};
    return !String(review.name ?? '').trim() || !String(review.date ?? '').trim();
  });
}

/**
 * Runs the release. `steps` does the work (the command line passes the real ones; tests pass stand-ins
 * to see what would run): `treeIsClean()`, `pending()`, `unsigned()` → safety entries without a
 * clinician's sign-off, `gate()` → exit code, `publish(args)` → exit code.
 */
export function release({ dryRun, ci, steps, log = console.log }) {
  if (!dryRun && !ci) throw new Error('Refusing to publish outside CI: provenance needs its identity.');
  if (!steps.treeIsClean()) throw new Error('Refusing to release: the working tree has uncommitted changes.');
  const pending = steps.pending();
  if (pending.length > 0) {
    throw new Error(
      `Refusing to release: changesets not yet versioned (${pending.join(', ')}); run npx changeset version.`,
    );
  }
  const unsigned = steps.unsigned();
  if (unsigned.length > 0) {
    throw new Error(
      `Refusing to release: no clinician has signed the review block of these safety entries (${unsigned.join(', ')}); see docs/content-audit.md.`,
    );
  }
  log('Running the gate (npm test)…');
  const gate = steps.gate();
  if (gate !== 0) throw new Error(`Refusing to release: the gate failed (npm test exited ${gate}).`);
  const args = ['publish', '--provenance', '--access', 'public', ...(dryRun ? ['--dry-run'] : [])];
  log(`npm ${args.join(' ')}`);
  const published = steps.publish(args);
  if (published !== 0) throw new Error(`npm publish exited ${published}.`);
  return args;
}

const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

export const realSteps = {
  treeIsClean: () => execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).trim() === '',
  pending: () => pendingChangesets(),
  unsigned: () => unsignedSafetyEntries(),
  gate: () => run('npm', ['test']),
  publish: (args) => run('npm', args),
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    release({ dryRun: process.argv.includes('--dry-run'), ci: process.env.CI === 'true', steps: realSteps });
  } catch (error) {
    console.error(`\n✖ ${error.message}`);
    process.exit(1);
  }
}
