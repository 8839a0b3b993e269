import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { MANIFEST, OutputError, OutputFolder } from '../../src/cli/output.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'glossary-out-'));

describe('the folder build-glossary writes into', () => {
  it('removes only files its own manifest lists, inside the folder and reached without a link', () => {
    const parent = scratch();
    const out = join(parent, 'site');
    const elsewhere = scratch();
    writeFileSync(join(parent, 'beside.txt'), 'a file beside the output folder');
    writeFileSync(join(elsewhere, 'page.html'), 'a file behind a link');
    mkdirSync(out);
    symlinkSync(elsewhere, join(out, 'linked'));
    writeFileSync(join(out, 'stale.html'), 'written by the last build');
    // A manifest edited by hand, or by someone hostile: only `stale.html` is a file the folder may remove.
    const files = ['../beside.txt', '/etc/hostname', 'a/../../beside.txt', 'linked/page.html', 'stale.html'];
    writeFileSync(join(out, MANIFEST), JSON.stringify({ files }));
    const folder = new OutputFolder(out);
    folder.write('index.html', 'this build');
    assert.deepEqual(folder.finish(), ['stale.html']);
    assert.ok(existsSync(join(parent, 'beside.txt')));
    assert.ok(existsSync(join(elsewhere, 'page.html')));
    assert.ok(!existsSync(join(out, 'stale.html')));
    assert.deepEqual(JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')).files, ['index.html']);
  });

  it('refuses a path that leaves the folder or runs through a link, naming every link at once', () => {
    const out = scratch();
    symlinkSync(scratch(), join(out, 'en'));
    symlinkSync(join(scratch(), 'x.json'), join(out, 'glossary.es.json'));
    const folder = new OutputFolder(out);
    assert.throws(() => folder.write('../outside.html', 'x'), OutputError);
    assert.throws(
      () => folder.check(['en/naloxone/index.html', 'en/index.html', 'glossary.es.json', 'robots.txt']),
      (error: unknown) =>
        error instanceof OutputError &&
        error.message.includes(join(folder.root, 'en')) &&
        error.message.includes(join(folder.root, 'glossary.es.json')) &&
        !error.message.includes('robots.txt'),
    );
  });
});
