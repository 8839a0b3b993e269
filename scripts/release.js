#!/usr/bin/env node
/**
 * Publishes the package to npm from CI, with provenance, and only after the whole gate passes.
 * The steps (docs/releasing.md):
 *   1. the working tree is clean and no changeset is waiting (`npx changeset version` has been run
 *      and committed, so the version and CHANGELOG.md say what is being published);
 *   2. `npm test` passes in full: lint, types, content, build, package gate (publint,
 *      arethetypeswrong, framework typings), every browser, end-to-end;
 *   3. `npm publish --provenance --access public` (provenance needs CI's OIDC identity, so a real
 *      publish refuses to run outside CI).
 *
 *   node scripts/release.js --dry-run   everything, with `npm publish --dry-run`: nothing is published
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const root = fileURLToPath(new URL('../', import.meta.url));

/** Changesets not yet turned into a version and changelog entry. */
export function pendingChangesets(folder = `${root}.changeset`) {
  return readdirSync(folder).filter((name) => name.endsWith('.md') && name !== 'README.md');
}

/**
 * Runs the release. `steps` does the work (the command line passes the real ones; tests pass stand-ins
 * to see what would run): `treeIsClean()`, `pending()`, `gate()` → exit code, `publish(args)` → exit code.
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
