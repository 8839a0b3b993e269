import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { entryMarkdown, partnerFolder } from './partner-folder.js';

const bin = new URL('../../dist/cli/build-glossary.js', import.meta.url).pathname;
const root = new URL('../../', import.meta.url).pathname;
const run = (...args) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
const runWith = (env, ...args) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
const fixtures = 'test/fixtures/content/good';
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

/** A wrong command: exit 2, one line on stderr (no stack trace) that matches `pattern`. */
function assertUsageError(result, pattern) {
  assert.equal(result.status, 2, result.stderr);
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 1, result.stderr);
  assert.match(lines[0], pattern);
  assert.doesNotMatch(result.stderr, /\n\s+at |Error:/);
}

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

  it('prints its usage for --help and -h, and its version for --version, exiting 0', () => {
    for (const flag of ['--help', '-h']) {
      const result = run(flag);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /^Usage: build-glossary <folder>/);
      for (const option of ['--out', '--site', '--name', '--base-url', '--app-url', '--quiet', '--version']) {
        assert.ok(result.stdout.includes(option), option);
      }
      assert.equal(result.stderr, '');
    }
    const result = run('--version');
    assert.equal(result.status, 0);
    assert.equal(result.stdout.trim(), version);
  });

  it('is documented in docs/content.md by its own --help text', () => {
    const help = run('--help').stdout.trim();
    assert.match(help, /^Usage: build-glossary/);
    const docs = readFileSync(join(root, 'docs/content.md'), 'utf8');
    assert.ok(docs.includes(`\`\`\`\n${help}\n\`\`\``), 'the command reference in docs/content.md is the --help text');
  });

  it('refuses an unknown option, a misspelt folder and a missing output place in one line each, with the fix', () => {
    assertUsageError(
      run('content', '--outt', 'x'),
      /Unknown option '--outt'\. Did you mean --out\? See build-glossary --help/,
    );
    assertUsageError(run('content', '--bogus'), /Unknown option '--bogus'\. See build-glossary --help/);
    assertUsageError(
      run('contnt', '--out', 'x'),
      /no folder "contnt" .*\. Did you mean content\? Give the folder that holds your \.md entries/,
    );
    assertUsageError(run('content'), /say where to write: --out .* --site/);
    assertUsageError(
      run('content/en', '--out', 'x', '--base-url', 'https://example.org/'),
      /--base-url is for the site/,
    );
    assertUsageError(run('content', '--out', 'one.json'), /--out names one file, and there are 2 locales/);
  });

  it('checks every address it writes like a content link: http(s) only, no user name or password', () => {
    const out = mkdtempSync(join(tmpdir(), 'glossary-'));
    assertUsageError(
      run('content/en', '--site', out, '--app-url', 'javascript:alert(1)//{id}'),
      /--app-url must be an http or https address/,
    );
    const credentials = runWith(
      { GLOSSARY_SITE_URL: 'https://user:secret@partner.example/' },
      'content/en',
      '--site',
      out,
    );
    assertUsageError(credentials, /GLOSSARY_SITE_URL \(environment\) holds a user name or password/);
    assert.doesNotMatch(credentials.stderr, /secret/, 'the password is not echoed');
    assertUsageError(
      run('content/en', '--site', out, '--base-url', 'https://user@partner.example/'),
      /--base-url holds a user name or password/,
    );
    assertUsageError(
      runWith({ GLOSSARY_APP_URL: 'data:text/html,hi' }, 'content/en', '--site', out),
      /GLOSSARY_APP_URL \(environment\) must be an http or https address/,
    );
    assertUsageError(
      run('content/en', '--out', out, '--jsonld', join(out, 'x.jsonld'), '--term-url', 'javascript:x/{id}'),
      /--term-url must be/,
    );
    assert.deepEqual(readdirSync(out), [], 'nothing was written');
  });

  it('reports every problem of a folder at once, each with its file and field, and none that only follows from another', () => {
    const folder = partnerFolder('en', {
      // An impossible day: the YAML reader used to turn it into 2026-03-02 and publish that.
      impossible: entryMarkdown('impossible', { reviewed: '2026-02-30', related: '[malformed]' }),
      // A malformed date was reported as the folder's `updated`, without its file.
      malformed: entryMarkdown('malformed', { reviewed: 'Nov 2026', related: '[misnamed]' }),
      // A wrong id was reported again as a duplicate id, and as an unknown id where another entry relates to it.
      misnamed: entryMarkdown('misnamed', { id: 'impossible' }),
      con: entryMarkdown('con'),
      aliases: entryMarkdown('aliases', { aliases: `["${'a'.repeat(121)}"]` }),
      good: entryMarkdown('good', { related: '[impossible, con]' }),
    });
    const out = mkdtempSync(join(tmpdir(), 'glossary-'));
    const result = run(join(folder, 'en'), '--out', out);
    assert.equal(result.status, 1, result.stderr);
    const rows = result.stderr
      .trim()
      .split('\n')
      // Paths are printed relative to the working folder: keep them from the locale folder on.
      .map((line) => line.replace(/^[^:]*?(?=en\/)/, ''));
    assert.deepEqual(rows.slice(0, -1).sort(), [
      'en/aliases.md: aliases[0]: must be at most 120 characters (has 121)',
      'en/con.md: id: "con" is a device name on Windows, where its files cannot be written or served: choose another id',
      'en/impossible.md: reviewed: 2026-02-30 is not a day of the calendar',
      'en/malformed.md: reviewed: must be a date as YYYY-MM-DD (found "Nov 2026")',
      'en/misnamed.md: id: must match the file name ("misnamed")',
    ]);
    assert.match(rows.at(-1), /5 problems; nothing was written/);
    assert.deepEqual(readdirSync(out), []);
  });

  it('builds a folder of any language with --out, named by --name', () => {
    const folder = partnerFolder('fr', { surdose: entryMarkdown('surdose') });
    const out = mkdtempSync(join(tmpdir(), 'glossary-'));
    const result = run(folder, '--out', out, '--name', 'Glossaire du partenaire');
    assert.equal(result.status, 0, result.stderr);
    const doc = JSON.parse(readFileSync(join(out, 'glossary.fr.json'), 'utf8'));
    assert.equal(doc.locale, 'fr');
    assert.equal(doc.name, 'Glossaire du partenaire');
    assert.equal(JSON.parse(readFileSync(join(out, 'glossary.fr.terms.json'), 'utf8')).name, 'Glossaire du partenaire');
    assert.ok(existsSync(join(out, 'glossary.fr/surdose.json')));
  });

  it('writes no progress lines when stderr is not a terminal, and no warnings either with --quiet', () => {
    const site = mkdtempSync(join(tmpdir(), 'glossary-site-'));
    const loud = run('content/en', '--site', site, '--base-url', 'https://partner.example/');
    assert.equal(loud.status, 0, loud.stderr);
    // Warnings may stand there (a claim that expires soon); progress lines may not.
    assert.doesNotMatch(loud.stderr, /reading |site: \d+\/\d+ pages/);
    assert.equal(
      loud.stderr.split('\n').filter((line) => line && !/^build-glossary: warning: /.test(line)).length,
      0,
      loud.stderr,
    );
    // Without a base URL the build warns, unless told to be quiet. The small fixture warns twice (no
    // base URL, no name) and builds in a fraction of the time: the long build above is the one that
    // would have shown progress.
    assert.match(run(fixtures, '--site', site).stderr, /warning: no --base-url/);
    const quiet = run(fixtures, '--site', site, '--quiet');
    assert.equal(quiet.status, 0, quiet.stderr);
    assert.equal(quiet.stderr, '');
  });
});
