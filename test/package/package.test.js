/**
 * The package as npm and the CDNs will serve it: `npm pack` of the built tree, checked the way a new
 * user would meet it. Run after `npm run build` (npm test does).
 * - publint (strict): package.json fields and exports resolve to files of the right format;
 * - arethetypeswrong, ESM-only profile: every entry point resolves to JavaScript *and* types, under
 *   Node's ESM resolution and under bundlers. The package is ESM only ("type": "module"), so the
 *   CommonJS and pre-exports (node10) resolutions, which would flag every ESM package, are left out;
 * - what neither checks: the manifest's paths, the CDN fields, the licence and the framework files.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
let folder;
let tarball;
let files;
let pkg;
let sizes;

/** Runs a package's command line from node_modules, returning its exit code and what it printed. */
function npx(...args) {
  const result = spawnSync('npx', ['--no-install', ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

before(() => {
  folder = mkdtempSync(join(tmpdir(), 'glossary-pack-'));
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', folder], { cwd: root, encoding: 'utf8' }),
  );
  tarball = join(folder, packed.filename);
  files = new Set(packed.files.map((file) => file.path));
  sizes = { packed: packed.size, unpacked: packed.unpackedSize };
  execFileSync('tar', ['-xzf', tarball, '-C', folder]);
  pkg = JSON.parse(readFileSync(join(folder, 'package', 'package.json'), 'utf8'));
});
after(() => rmSync(folder, { recursive: true, force: true }));

const ships = (path) => files.has(path.replace(/^\.\//, ''));

describe('the packed package', () => {
  it('passes publint, strict', () => {
    const { code, output } = npx('publint', 'run', tarball, '--strict');
    assert.equal(code, 0, output);
    assert.match(output, /All good!/, output);
  });

  it('passes arethetypeswrong: every entry point has types (ESM-only profile)', () => {
    // The stylesheet is CSS, which a bundler imports without types; every other entry point is checked.
    const stylesheets = Object.keys(pkg.exports).filter((subpath) => subpath.endsWith('.css'));
    const { code, output } = npx(
      'attw',
      tarball,
      '--profile',
      'esm-only',
      '--format',
      'ascii',
      ...(stylesheets.length ? ['--exclude-entrypoints', ...stylesheets] : []),
    );
    assert.equal(code, 0, output);
    // The CommonJS and node10 rows are printed, marked "(ignored)"; every other row must be clean.
    const counted = output
      .split('\n')
      .filter((line) => !line.includes('(ignored'))
      .join('\n');
    assert.match(counted, /"@twelva\/glossary-widgets\/jsx"/, output);
    assert.doesNotMatch(counted, /❌|💀|🐛|🥴|❗️|⚠️/u, output);
  });

  it('types every JavaScript export', () => {
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'string') {
        assert.match(target, /\.(?:json|css)$/, `${subpath} is JavaScript with no types`);
        continue;
      }
      assert.ok(target.types && ships(target.types), `${subpath}: types ${target.types} not in the tarball`);
      assert.ok(ships(target.default), `${subpath}: ${target.default} not in the tarball`);
    }
  });

  it('exports the reserved-space stylesheet for bundlers, marked as a side effect so that none drops it', () => {
    assert.equal(pkg.exports['./reserve.css'], './dist/reserve.css');
    assert.ok(ships(pkg.exports['./reserve.css']), 'dist/reserve.css not in the tarball');
    // With "sideEffects" a list, webpack and Rollup drop `import '…/reserve.css'` for any file not in it.
    assert.ok(pkg.sideEffects.includes('./dist/reserve.css'), 'sideEffects lists the stylesheet');
  });

  it('serves the one-file script build from a CDN address with no file named', () => {
    for (const field of ['jsdelivr', 'unpkg']) {
      assert.equal(pkg[field], './dist/glossary-widgets.iife.js', field);
      assert.ok(ships(pkg[field]), `${field}: ${pkg[field]} not in the tarball`);
    }
    // The built-in glossaries are looked for in dist/ at that address (src/data/builtin.ts).
    assert.ok(ships('dist/glossary.en.json') && ships('dist/glossary.es.json'));
  });

  it('points custom-elements.json only at files it ships', () => {
    const manifest = JSON.parse(readFileSync(join(folder, 'package', 'custom-elements.json'), 'utf8'));
    const paths = manifest.modules.flatMap((module) => [
      module.path,
      ...(module.exports ?? []).map((entry) => entry.declaration?.module).filter(Boolean),
    ]);
    assert.ok(paths.length > 0);
    assert.deepEqual(
      paths.filter((path) => !ships(path)),
      [],
    );
    assert.ok(ships(pkg.customElements), 'customElements field');
  });

  it("ships the framework typings and the editors' data", () => {
    for (const file of [
      'dist/frameworks/jsx.d.ts',
      'dist/frameworks/vue.d.ts',
      'dist/frameworks/vscode.html-custom-data.json',
      'dist/frameworks/vscode.css-custom-data.json',
      pkg['web-types'],
    ])
      assert.ok(ships(file), `${file} not in the tarball`);
  });

  it('ships what a partner hosts and uses, not the pre-rendered demo site', () => {
    // The demo's own glossary site (dist/site, about half the package) has local canonical URLs and is
    // no use to anyone else: the CLI writes a partner's own site from the site script it ships.
    assert.deepEqual(
      [...files].filter((path) => path.startsWith('dist/site/')),
      [],
    );
    for (const path of [
      'dist/glossary-widgets.js',
      'dist/glossary-widgets.iife.js',
      'dist/reserve.css',
      'dist/glossary.en.terms.json',
      'dist/glossary.es.json',
      'dist/glossary.en/naloxone.json',
      'dist/data/glossary.en.terms.js',
      'dist/data/glossary.es/naloxone.js',
      'dist/index.js',
      'dist/cli/build-glossary.js',
      'dist/cli/ssr.js',
      'dist/site-assets/glossary-site.js',
    ])
      assert.ok(ships(path), `${path} not in the tarball`);
    assert.ok(
      [...files].some((path) => /^dist\/chunks\/.+\.js$/.test(path)),
      'the module build’s chunks',
    );
    // Measured at 1.84 MB packed, 7.19 MB unpacked (the built-in glossaries, in four forms, grew with
    // their sources, region notes and safety caveats); the demo site would add about 5 MB unpacked.
    assert.ok(sizes.packed < 2_300_000, `packed: ${sizes.packed} bytes`);
    assert.ok(sizes.unpacked < 8_500_000, `unpacked: ${sizes.unpacked} bytes`);
  });

  it('runs build-glossary from the tarball alone, as npx does: --help prints the usage', () => {
    // The package's bin, unpacked with nothing installed beside it: the command must need none of the
    // checkout (its sources moved to src/cli/, bundled to dist/cli/) and none of the package's dependencies.
    const bin = join(folder, 'package', pkg.bin['build-glossary']);
    assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/, 'npx runs the file itself');
    const result = spawnSync(process.execPath, [bin, '--help'], { cwd: folder, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Usage: build-glossary <folder> --out <path> \| --site <folder>/);
  });

  it('names its licence (MIT, with the LICENSE file) and its repository', () => {
    assert.equal(pkg.license, 'MIT');
    assert.ok(ships('LICENSE'));
    assert.match(readFileSync(join(folder, 'package', 'LICENSE'), 'utf8'), /^MIT License/);
    assert.match(pkg.repository?.url ?? '', /^git\+https:\/\/github\.com\/.+\.git$/);
  });
});
