/**
 * Subresource Integrity hashes for every file a partner's page loads from dist/, written to
 * dist/integrity.json (the demo's embed-code page reads it) and printed. Run by `npm run build`.
 *
 * A hash pins the exact bytes of one file: a CDN or a compromised host cannot swap the script. The
 * classic build (`glossary-widgets.iife.js`) is one file, so its hash covers every line of code; the
 * module build's hash covers its entry, whose lazy chunks are content-hashed file names.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { hostedFiles } from './hosted-files.js';

const dist = new URL('../dist/', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// What a page loads by URL: the code, the reserved-space stylesheet and the full glossaries (entry
// files and indexes are fetched by the code, which cannot pin them).
const files = hostedFiles(dist).filter((file) => /\.(?:js|css)$/.test(file) || /^glossary\.[a-z]{2}\.json$/.test(file));

const integrity = Object.fromEntries(
  files.map((file) => [
    file,
    `sha384-${createHash('sha384')
      .update(readFileSync(new URL(file, dist)))
      .digest('base64')}`,
  ]),
);
writeFileSync(
  new URL('integrity.json', dist),
  JSON.stringify({ version, algorithm: 'sha384', files: integrity }, null, 2) + '\n',
);
for (const file of ['reserve.css', 'glossary-widgets.js', 'glossary-widgets.iife.js'])
  console.log(`SRI ${file.padEnd(26)} ${integrity[file]}`);
