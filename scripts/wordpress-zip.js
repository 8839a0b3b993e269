#!/usr/bin/env node
/**
 * Packs the WordPress plugin (wordpress/twelva-glossary/) with the built widgets into
 * dist/wordpress/twelva-glossary-<version>.zip, the file a site owner uploads under Plugins → Add New.
 * The widgets go in assets/: the same files a partner hosts (scripts/hosted-files.js), so the plugin
 * loads nothing from another host. The plugin's version is package.json's, written into its header,
 * its version constant (the scripts' ?ver=) and readme.txt's stable tag. Run by `npm run build`.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { hostedFiles } from './hosted-files.js';

const root = new URL('../', import.meta.url);
const dist = new URL('dist/', root);
const plugin = new URL('wordpress/twelva-glossary/', root);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const SLUG = 'twelva-glossary';

/** Development files that stay out of the zip: the coding-standard ruleset. */
const DEVELOPMENT_ONLY = new Set(['phpcs.xml']);

/** Every file under `folder` (a URL ending in /), as paths relative to it. */
function walk(folder, prefix = '') {
  return readdirSync(folder, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? walk(new URL(`${item.name}/`, folder), `${prefix}${item.name}/`) : [`${prefix}${item.name}`],
  );
}

/** The plugin's text with package.json's version in every place that names one. */
export function stampVersion(path, text) {
  if (path === `${SLUG}.php`) {
    return text
      .replace(/^( \* Version:\s+).*$/m, `$1${version}`)
      .replace(/define\('TWELVA_GLOSSARY_VERSION', '[^']*'\)/, `define('TWELVA_GLOSSARY_VERSION', '${version}')`);
  }
  if (path === 'readme.txt') return text.replace(/^(Stable tag:\s+).*$/m, `$1${version}`);
  return text;
}

const STAMPED = new Set([`${SLUG}.php`, 'readme.txt']);
const entries = {};
for (const path of walk(plugin).filter((file) => !DEVELOPMENT_ONLY.has(file))) {
  const bytes = readFileSync(new URL(path, plugin));
  entries[`${SLUG}/${path}`] = STAMPED.has(path)
    ? new TextEncoder().encode(stampVersion(path, bytes.toString('utf8')))
    : bytes;
}
const assets = hostedFiles(dist);
for (const file of assets) entries[`${SLUG}/assets/${file}`] = readFileSync(new URL(file, dist));

const out = new URL('wordpress/', dist);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const zip = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
const name = `${SLUG}-${version}.zip`;
writeFileSync(new URL(name, out), zip);
console.log(
  `WordPress plugin: dist/wordpress/${name}, ${Object.keys(entries).length} files (${assets.length} built), ${Math.round(zip.length / 1024)} KiB`,
);
