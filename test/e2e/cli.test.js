import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const bin = new URL('../../dist/cli/build-glossary.js', import.meta.url).pathname;
const root = new URL('../../', import.meta.url).pathname;
const run = (...args) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });

describe('build-glossary, the partners’ build tool (built dist/cli)', () => {
  it('compiles a folder of Markdown entries to schema-1 JSON and a schema.org DefinedTermSet', () => {
    const out = mkdtempSync(join(tmpdir(), 'glossary-'));
    const result = run(
      'content/es',
      '--out',
      join(out, 'glossary.es.json'),
      '--jsonld',
      join(out, 'glossary.es.jsonld'),
      '--term-url',
      'https://partner.example/glosario/{id}',
    );
    assert.equal(result.status, 0, result.stderr);
    const doc = JSON.parse(readFileSync(join(out, 'glossary.es.json'), 'utf8'));
    assert.equal(doc.schema, 1);
    assert.equal(doc.locale, 'es');
    assert.ok(doc.terms.some((term) => term.title === 'Naloxona'));
    // Beside it: the term index (no word-sense hints in it) and the hints only the auto-linker reads.
    const index = JSON.parse(readFileSync(join(out, 'glossary.es.terms.json'), 'utf8'));
    assert.equal(index.full, 'glossary.es.json');
    assert.equal(index.sense, 'glossary.es.sense.json');
    assert.ok(index.terms.every((term) => !('sense' in term) && !('body' in term)));
    const hints = JSON.parse(readFileSync(join(out, 'glossary.es.sense.json'), 'utf8'));
    const withSense = doc.terms.filter((term) => term.sense).map((term) => term.id);
    assert.deepEqual(Object.keys(hints.terms), withSense);
    const set = JSON.parse(readFileSync(join(out, 'glossary.es.jsonld'), 'utf8'));
    assert.equal(set['@type'], 'DefinedTermSet');
    const naloxone = set.hasDefinedTerm.find((term) => term.termCode === 'naloxone');
    assert.equal(naloxone.url, 'https://partner.example/glosario/naloxone');
    assert.match(naloxone.lastReviewed, /^\d{4}-\d{2}-\d{2}$/);
  });

  it('checks a partner folder against the built-in safety caveats it carries, with no content/ folder near', () => {
    const partner = mkdtempSync(join(tmpdir(), 'partner-'));
    cpSync(join(root, 'test/fixtures/content/caveats/en'), join(partner, 'en'), { recursive: true });
    const entry = join(partner, 'en', 'withdrawal.md');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('{caveat:dangerous-withdrawal}\n\n', ''));
    const result = spawnSync(process.execPath, [bin, 'en', '--out', 'out'], { cwd: partner, encoding: 'utf8' });
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      /en\/withdrawal\.md: body: mentions "Withdrawal", so the card must include \{caveat:dangerous-withdrawal\}.*\(rule: caveat in the card no later than its first trigger\)/,
    );
    writeFileSync(entry, readFileSync(join(root, 'test/fixtures/content/caveats/en/withdrawal.md'), 'utf8'));
    const fixed = spawnSync(process.execPath, [bin, 'en', '--out', 'out'], { cwd: partner, encoding: 'utf8' });
    assert.equal(fixed.status, 0, fixed.stderr);
    const doc = JSON.parse(readFileSync(join(partner, 'out', 'glossary.en.json'), 'utf8'));
    assert.match(
      doc.terms[0].body,
      /^<aside role="note"><p><strong>Safety<\/strong><\/p><p>Some withdrawal can kill\./,
    );
  });

  it('refuses a folder with problems, naming each file and field, and exits non-zero', () => {
    const out = mkdtempSync(join(tmpdir(), 'glossary-'));
    const result = run('test/fixtures/content/bad/en', '--out', join(out, 'bad.json'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /bad\/en\/overdose\.md: short: must be at most 280 characters/);
    assert.match(result.stderr, /bad\/en\/naloxone\.md: related\[0\]: "missing-entry" is not an entry id/);
  });
});
