/**
 * The release bundle (`npm run bundle`): the archive holds exactly the files a partner hosts, and
 * hosted as its README says (the folder on one origin, with the CORS header), the README's own tag on a
 * page of another origin brings up a card with its definition. Run after `npm run build`.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { bundle, hostedFiles } from '../../scripts/bundle.js';
import { startServer } from '../../scripts/serve.js';
import { cardShows, closeServer, openPage, partnerSite, useBrowser } from '../e2e/browser.js';

const root = new URL('../../', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const top = `twelva-glossary-widgets-${version}`;
let folder;
let archive;
const env = useBrowser();

before(() => {
  folder = mkdtempSync(join(tmpdir(), 'glossary-bundle-test-'));
  archive = bundle({ out: folder });
  execFileSync('tar', ['-xzf', archive, '-C', folder]);
});
after(() => rmSync(folder, { recursive: true, force: true }));

/** The bundle's README, and one of its fenced html blocks. */
const readme = () => readFileSync(join(folder, top, 'README.md'), 'utf8');
const sri = (file) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(join(folder, top, file)))
    .digest('base64')}`;

describe('the release bundle', () => {
  it('is named for the version and holds exactly the files a partner hosts', () => {
    assert.equal(basename(archive), `${top}.tgz`);
    const listed = execFileSync('tar', ['-tzf', archive], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line && !line.endsWith('/'))
      .map((line) => line.slice(`${top}/`.length))
      .sort();
    assert.deepEqual(listed, ['README.md', ...hostedFiles()].sort());
    for (const needed of [
      'glossary-widgets.js',
      'glossary-widgets.iife.js',
      'reserve.css',
      'glossary.en.terms.json',
      'glossary.en.json',
      'glossary.es.sense.json',
      'glossary.es/naloxone.json',
    ])
      assert.ok(listed.includes(needed), needed);
    assert.ok(
      listed.some((file) => file.startsWith('chunks/')),
      'the module script’s chunks',
    );
    assert.deepEqual(
      listed.filter((file) => /\.map$|^site|^cli\/|^index\.js$|^data\//.test(file)),
      [],
      'no source maps, pre-rendered site, command-line tool or npm build',
    );
  });

  it('README: the CORS header and both tags, with the hashes of the bundled files', () => {
    const text = readme();
    assert.match(text, /Access-Control-Allow-Origin/);
    for (const file of ['glossary-widgets.js', 'glossary-widgets.iife.js']) {
      assert.ok(text.includes(`/${file}"\n        integrity="${sri(file)}"`), `${file}: tag with its hash`);
    }
    // Each tag comes with the reserved-space stylesheet before it, hash and all.
    const stylesheet = `<link rel="stylesheet" href="https://YOUR-HOST/glossary-widgets/reserve.css"\n      integrity="${sri('reserve.css')}"`;
    assert.equal(text.split(stylesheet).length - 1, 2, 'the stylesheet before each script tag');
  });

  it("hosted as its README says, the README's module tag works on a page of another origin", async () => {
    const host = await startServer({
      mounts: [['/glossary-widgets/', join(folder, top)]],
      headers: () => ({ 'access-control-allow-origin': '*' }),
    });
    const tag = /```html\n(<link[^>]*>\n<script type="module"[\s\S]*?<\/script>)\n```/
      .exec(readme())[1]
      .replaceAll('https://YOUR-HOST/', host.url);
    const partner = await partnerSite(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title><link rel="icon" href="data:,">${tag}</head>` +
        '<body><glossary-card term="naloxone"></glossary-card></body></html>',
    );
    try {
      const { page, log } = await openPage(env.browser, partner.url);
      await cardShows(page, /A medicine that can reverse an opioid overdose/, log);
      assert.deepEqual(log.errors, []);
      await page.close();
    } finally {
      await partner.close();
      await closeServer(host.server);
    }
  });
});
