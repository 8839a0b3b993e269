#!/usr/bin/env node
/**
 * `npm run bundle` (after the build): the release bundle, one archive of exactly the files a partner
 * hosts, for partners who download the widgets instead of building them or using a CDN:
 *
 *   release/twelva-glossary-widgets-<version>.tgz
 *     twelva-glossary-widgets-<version>/
 *       README.md                    hosting: the files, the CORS header, the script tags with SRI hashes
 *       glossary-widgets.js          module script (with chunks/, loaded on demand)
 *       chunks/*.js
 *       glossary-widgets.iife.js     classic script (one file)
 *       reserve.css                  the space the widgets hold until they render (linked before a script)
 *       glossary.<locale>.terms.json, .json, .sense.json, glossary.<locale>/<id>.json   built-in glossaries
 *
 * No source maps, no npm build, no command-line tool, no pre-rendered site: those are the package's.
 * `node scripts/bundle.js --out DIR` writes the archive to DIR instead of release/.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { hostedFiles as listHostedFiles } from './hosted-files.js';

const root = fileURLToPath(new URL('../', import.meta.url));
/** The reserved-space stylesheet the build writes beside the scripts (src/styles/reserve.ts). */
const RESERVED_SPACE = 'reserve.css';
const dist = join(root, 'dist');

/** The files a partner hosts, relative to dist/ (the one list, scripts/hosted-files.js). */
export function hostedFiles(folder = dist) {
  return listHostedFiles(pathToFileURL(`${folder}/`));
}

/** The bundle's README: what to host, the header its server must send, and the tags to paste. */
function hostingReadme(version, integrity) {
  // The stylesheet goes first: it holds the widgets' space from the page's first paint.
  const stylesheet =
    `<link rel="stylesheet" href="https://YOUR-HOST/glossary-widgets/${RESERVED_SPACE}"\n` +
    `      integrity="${integrity[RESERVED_SPACE]}" crossorigin="anonymous" referrerpolicy="no-referrer">`;
  const tag = (file, module) =>
    `${stylesheet}\n<script${module ? ' type="module"' : ''} src="https://YOUR-HOST/glossary-widgets/${file}"\n` +
    `        integrity="${integrity[file]}" crossorigin="anonymous" referrerpolicy="no-referrer"></script>`;
  return `# @twelva/glossary-widgets ${version}: files to host

Upload this whole folder, as it is, to your web server or CDN (for example as \`/glossary-widgets/\`).
The scripts find their chunks and the built-in glossaries beside themselves.

- \`glossary-widgets.js\` and \`chunks/\`: the module script, which loads its parts on demand.
- \`glossary-widgets.iife.js\`: the classic script, one file, for sites that allow only classic scripts.
- \`${RESERVED_SPACE}\`: a small stylesheet, linked before either script, that makes each card, question
  list, index and footer hold its space until the script has drawn it, so the page does not jump.
- \`glossary.<locale>.terms.json\`, \`glossary.<locale>.json\`, \`glossary.<locale>.sense.json\` and the
  \`glossary.<locale>/\` folders: the built-in English and Spanish glossaries.

## The header your server must send

If the pages that use the widgets are on another origin than these files (another domain, subdomain
or port), the server must send \`Access-Control-Allow-Origin: *\` (or your site's origin) with every
file of this folder. Without it the browser blocks the module script, and either script's glossary
requests. The partner guide (docs/partner-guide.md in the project, section "Hosting") has the lines for
nginx, Apache, S3 with CloudFront and Netlify-style \`_headers\`.

## The tags to paste

Replace \`https://YOUR-HOST/glossary-widgets/\` with the folder's address. The stylesheet with the module
script:

\`\`\`html
${tag('glossary-widgets.js', true)}
\`\`\`

or with the classic script:

\`\`\`html
${tag('glossary-widgets.iife.js', false)}
\`\`\`

The \`integrity\` hashes are those of these exact files: edit a file and the browser refuses it.
`;
}

/** Writes the archive and returns its path. */
export function bundle({ out = join(root, 'release') } = {}) {
  if (!existsSync(join(dist, 'glossary-widgets.js')) || !existsSync(join(dist, 'glossary-widgets.iife.js'))) {
    throw new Error('No build in dist/: run npm run build first (npm run bundle does).');
  }
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  // Hashed here, from the very bytes that go into the archive.
  const integrity = Object.fromEntries(
    [RESERVED_SPACE, 'glossary-widgets.js', 'glossary-widgets.iife.js'].map((file) => [
      file,
      `sha384-${createHash('sha384')
        .update(readFileSync(join(dist, file)))
        .digest('base64')}`,
    ]),
  );
  const name = `twelva-glossary-widgets-${version}`;
  const staging = mkdtempSync(join(tmpdir(), 'glossary-bundle-'));
  try {
    const folder = join(staging, name);
    for (const file of hostedFiles()) {
      mkdirSync(join(folder, file, '..'), { recursive: true });
      cpSync(join(dist, file), join(folder, file));
    }
    writeFileSync(join(folder, 'README.md'), hostingReadme(version, integrity));
    mkdirSync(out, { recursive: true });
    const archive = resolve(out, `${name}.tgz`);
    execFileSync('tar', ['-czf', archive, '-C', staging, name]);
    return archive;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  try {
    console.log(`Release bundle: ${bundle({ out: values.out })}`);
  } catch (error) {
    console.error(`✖ ${error.message}`);
    process.exit(1);
  }
}
