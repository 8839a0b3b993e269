import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { progressReporter } from '../../src/cli/build-glossary.js';
import {
  ALIASES_MAX,
  buildLocale,
  ContentBuildError,
  forSearchEngines,
  glossaryFiles,
  oversizedFiles,
  localeFolders,
  termIndex,
  unreadableFiles,
  writeGlossary,
} from '../../src/cli/build-content.js';
import {
  entryPath,
  glossaryDocumentName,
  isGlossaryFile,
  termIndexName,
  termIndexPath,
} from '../../src/data/layout.js';
import { SHORT_MAX, validateGlossary, validateSenseFile } from '../../src/data/schema.js';

const tooLong = 'This short definition is far too long. '.repeat(8).trim();
const fixtures = new URL('../fixtures/content/', import.meta.url).pathname;
const root = new URL('../../', import.meta.url).pathname;
// The built-in entries without the caveat rules, which glossary.test.ts checks on their own: these
// tests are about tokens and files, and should not all fail for one missing caveat.
const asWritten = { caveats: false } as const;

function errorsOf(folder: string): string[] {
  try {
    buildLocale(folder, 'en');
  } catch (error) {
    assert.ok(error instanceof ContentBuildError, String(error));
    return error.errors.map((e) => `${e.file.replace(fixtures, '')}: ${e.field}: ${e.message}`);
  }
  assert.fail('the build should have failed');
}

describe('content build', () => {
  it('turns Markdown entries into a schema-1 document, rendering Markdown at build time', () => {
    const doc = buildLocale(`${fixtures}good/en`, 'en');
    assert.equal(doc.schema, 1);
    assert.equal(doc.locale, 'en');
    assert.equal(doc.updated, '2026-11-01', 'updated is the newest reviewed date');
    const naloxone = doc.terms.find((t) => t.id === 'naloxone');
    assert.ok(naloxone);
    assert.equal(naloxone.body, '<p>Naloxone blocks the effects of <strong>opioids</strong>.</p>');
    assert.deepEqual(naloxone.sections, [{ id: 'why', title: 'Why it matters', html: '<p>It saves lives.</p>' }]);
    assert.deepEqual(
      naloxone.faq.map((q) => [q.id, q.q, q.a]),
      [
        ['safe', 'Is it safe?', '<p>Yes.</p>'],
        ['where-can-i-get-it', 'Where can I get it?', '<p>At a pharmacy.</p>'],
      ],
    );
    assert.equal(naloxone.reviewed, '2026-11-01');
  });

  it('reports every problem with the file and field it comes from, and writes nothing', () => {
    const errors = errorsOf(`${fixtures}bad/en`);
    assert.deepEqual(
      errors.sort(),
      [
        'bad/en/naloxone.md: colour: is not a known front-matter field',
        'bad/en/naloxone.md: related[0]: "missing-entry" is not an entry id',
        'bad/en/narcan-brand.md: aliases: "narcan" already names the entry "naloxone"',
        'bad/en/overdose.md: id: must match the file name ("overdose")',
        'bad/en/overdose.md: reviewed: must be a date as YYYY-MM-DD',
        'bad/en/overdose.md: sources[0].url: must be an https URL',
        `bad/en/overdose.md: short: must be at most ${SHORT_MAX} characters (has ${tooLong.length})`,
      ].sort(),
    );
  });

  it('rejects an emergency number written in entry text, naming the file and field, and accepts {emergency}', () => {
    const errors = errorsOf(`${fixtures}emergency/en`);
    assert.deepEqual(errors.sort(), [
      'emergency/en/overdose.md: body: names the emergency number "911": write {emergency}, which shows each reader their own number',
      'emergency/en/overdose.md: faq.call: names the emergency number "000", "112", "9-1-1": write {emergency}, which shows each reader their own number',
      'emergency/en/overdose.md: short: names the emergency number "999": write {emergency}, which shows each reader their own number',
    ]);
  });

  it('keeps the region-aware tokens in the built glossary for the elements to fill in', () => {
    const doc = buildLocale(`${root}content/en`, 'en', asWritten);
    const overdose = doc.terms.find((t) => t.id === 'overdose');
    assert.ok(overdose);
    assert.match(JSON.stringify(overdose), /<p>\{overdose-steps\}<\/p>/);
    assert.match(JSON.stringify(doc.terms), /call \{emergency\}/);
    const text = doc.terms.flatMap((t) => [
      t.short,
      t.body,
      ...t.sections.map((s) => s.html),
      ...t.faq.flatMap((q) => [q.q, q.a]),
    ]);
    assert.doesNotMatch(text.join('\n'), /\b911\b/);
  });

  it("gives search engines the neutral words, never one country's number", () => {
    const en = forSearchEngines(buildLocale(`${root}content/en`, 'en', asWritten));
    const es = forSearchEngines(buildLocale(`${root}content/es`, 'es', asWritten));
    assert.doesNotMatch(JSON.stringify(en.terms), /\{emergency\}|\{overdose-steps\}/);
    assert.match(JSON.stringify(en.terms), /call your local emergency number/);
    assert.match(JSON.stringify(es.terms), /llame al número de emergencias local/);
  });

  it('finds locale folders under a content root, or takes one folder directly', () => {
    assert.deepEqual(
      localeFolders(`${fixtures}good`).map((f) => f.locale),
      ['en'],
    );
    assert.deepEqual(
      localeFolders(`${fixtures}good/en`, 'es').map((f) => f.locale),
      ['es'],
    );
  });

  it('writes a term index beside the glossary: what terms need, and where the rest is', () => {
    const doc = buildLocale(`${fixtures}good/en`, 'en');
    const index = termIndex(doc, 'glossary.en.json');
    assert.equal(termIndexPath('out/glossary.en.json'), 'out/glossary.en.terms.json');
    assert.equal(index.full, 'glossary.en.json');
    assert.equal(index.terms.length, doc.terms.length);
    const naloxone = index.terms.find((t) => t.id === 'naloxone');
    const full = doc.terms.find((t) => t.id === 'naloxone');
    assert.deepEqual(naloxone, { id: full?.id, title: full?.title, aliases: full?.aliases, short: full?.short });
    assert.ok(JSON.stringify(index).length < JSON.stringify(doc).length / 2, 'the index is much smaller');
    const { document, problems } = validateGlossary(index);
    assert.deepEqual(problems, [], 'the index is a valid schema-1 document');
    assert.equal(document.full, 'glossary.en.json');
    assert.equal(index.sense, undefined, 'no entry has word-sense hints, so the index names no hints file');
  });

  it('keeps the language note out of the term index: only the card shows it, from the entry’s own file', () => {
    const built = buildLocale(`${fixtures}good/en`, 'en');
    const note = 'Some people prefer other words for this.';
    const doc = {
      ...built,
      terms: built.terms.map((term) => (term.id === 'naloxone' ? { ...term, languageNote: note } : term)),
    };
    const files = glossaryFiles('glossary.en.json', doc);
    const read = (name: string) => JSON.parse(files.get(name) ?? '') as { terms: Record<string, unknown>[] };
    const summary = read('glossary.en.terms.json').terms.find((term) => term['id'] === 'naloxone');
    assert.deepEqual(Object.keys(summary ?? {}), ['id', 'title', 'aliases', 'short'], 'what a closed term reads');
    assert.equal(read('glossary.en/naloxone.json').terms[0]?.['languageNote'], note);
    assert.equal(read('glossary.en.json').terms.find((term) => term['id'] === 'naloxone')?.['languageNote'], note);
  });

  it('checks every file it publishes as the widgets would read it: the built-in ones are read without the validator', () => {
    const files = glossaryFiles('glossary.en.json', buildLocale(`${fixtures}good/en`, 'en'));
    assert.deepEqual(unreadableFiles(files), []);
    // Each file damaged after the document was checked, as a faulty step between the two could.
    const damaged = (name: string, change: (data: { terms: Record<string, unknown>[] }) => unknown) => {
      const data = JSON.parse(files.get(name) ?? '{"terms":[]}') as { terms: Record<string, unknown>[] };
      const text = JSON.stringify(change(data) ?? data);
      return unreadableFiles(new Map([...files, [name, text]])).map((e) => `${e.file}: ${e.field}: ${e.message}`);
    };
    assert.deepEqual(
      damaged('glossary.en.terms.json', (index) => ({ ...index, entries: 'glossary.en/entry.json' })),
      ['glossary.en.terms.json: entries: must say where the entry id goes with {id}'],
    );
    assert.deepEqual(
      damaged('glossary.en.terms.json', (index) => void (index.terms[1] = { ...index.terms[1], aliases: 'Od' })),
      [
        'glossary.en.terms.json: terms[1].aliases: must be an array',
        // Left out of the index, the entry is no longer one that another entry may name.
        'glossary.en/naloxone.json: terms[0].related[0]: "overdose" is not an entry id',
      ],
    );
    assert.deepEqual(
      damaged('glossary.en/naloxone.json', (entry) => void (entry.terms[0] = { ...entry.terms[0], related: ['x'] })),
      ['glossary.en/naloxone.json: terms[0].related[0]: "x" is not an entry id'],
    );
    assert.deepEqual(
      damaged('glossary.en.json', () => ({ schema: 2 })),
      ['glossary.en.json: schema: must be 1 (found 2)'],
    );
    assert.deepEqual(
      damaged('glossary.en.sense.json', () => ({
        schema: 1,
        locale: 'en',
        terms: { naloxone: { ambiguous: ['Opioid'] } },
      })),
      ['glossary.en.sense.json: terms.naloxone.ambiguous[0]: "Opioid" is not the title or an alias of this entry'],
    );
  });

  it('publishes the files the widgets ask for: the built-in address, and each entry where its index says', () => {
    const doc = buildLocale(`${fixtures}good/en`, 'en');
    const files = glossaryFiles(glossaryDocumentName('en'), doc);
    const indexText = files.get(termIndexName('en'));
    assert.ok(indexText, 'the term index is at the address the widgets load the built-in glossary from');
    const index = termIndex(doc, 'glossary.en.json');
    assert.deepEqual(JSON.parse(indexText), JSON.parse(JSON.stringify(index)));
    for (const term of doc.terms) assert.ok(files.has(entryPath(index.entries ?? '', term.id)), term.id);
    // The npm build packs the built-in files it recognizes: none of them may be left behind.
    assert.deepEqual(
      [...files.keys()].filter((name) => !isGlossaryFile(name)),
      [],
    );
  });

  for (const locale of ['en', 'es']) {
    it(`writes the glossary for ${locale}, its term index without word sense, the hints apart, and each entry alone`, () => {
      const doc = buildLocale(`${root}content/${locale}`, locale, asWritten);
      const out = mkdtempSync(join(tmpdir(), 'glossary-'));
      writeGlossary(join(out, `glossary.${locale}.json`), doc);
      assert.deepEqual(readdirSync(out).sort(), [
        `glossary.${locale}`,
        `glossary.${locale}.json`,
        `glossary.${locale}.sense.json`,
        `glossary.${locale}.terms.json`,
      ]);
      const read = (name: string): unknown => JSON.parse(readFileSync(join(out, name), 'utf8'));
      assert.deepEqual(read(`glossary.${locale}.json`), doc, 'the full document keeps every field, sense included');

      const index = validateGlossary(read(`glossary.${locale}.terms.json`));
      assert.deepEqual(index.problems, []);
      // Each entry alone, named by the index: every field but the hints, related ids checked against the index.
      assert.equal(index.document.entries, `glossary.${locale}/{id}.json`);
      assert.deepEqual(
        readdirSync(join(out, `glossary.${locale}`)).sort(),
        doc.terms.map((t) => `${t.id}.json`).sort(),
      );
      const ids = new Set(index.document.terms.map((term) => term.id));
      for (const entry of doc.terms) {
        const own = validateGlossary(read(`glossary.${locale}/${entry.id}.json`), { knownIds: ids });
        assert.deepEqual(own.problems, [], entry.id);
        assert.deepEqual(
          own.document.terms,
          [{ ...entry, sense: undefined }].map((t) => JSON.parse(JSON.stringify(t))),
          entry.id,
        );
        assert.equal(own.document.name, doc.name);
      }
      assert.equal(index.document.sense, `glossary.${locale}.sense.json`);
      const raw = read(`glossary.${locale}.terms.json`) as { terms: Record<string, unknown>[] };
      // Listed A to Z in the language's own order, and marked so: the index shows it without sorting.
      assert.equal(index.document.alphabetical, true);
      const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
      const listed = index.document.terms.map((term) => term.title);
      assert.deepEqual(listed, [...listed].sort(collator.compare));
      assert.deepEqual(
        [...listed].sort(),
        doc.terms.map((term) => term.title).sort(),
        'every entry is in the index once',
      );
      assert.ok(
        raw.terms.every((term) => !('sense' in term) && !('languageNote' in term)),
        'no entry of the index carries its hints or its language note',
      );

      const withSense = doc.terms.filter((term) => term.sense);
      assert.ok(withSense.length >= 5, `${locale} has entries with hints (${withSense.length})`);
      const hints = validateSenseFile(read(`glossary.${locale}.sense.json`), index.document.terms);
      assert.deepEqual(hints.problems, [], 'the hints file passes the one sense validator');
      assert.deepEqual(
        Object.fromEntries(hints.sense),
        Object.fromEntries(withSense.map((term) => [term.id, term.sense])),
        'every entry keeps exactly its hints',
      );
    });
  }

  it('checks a hints file with the same rules as a sense field, entry by entry', () => {
    const terms = [
      { id: 'withdrawal', title: 'Withdrawal', aliases: ['opioid withdrawal'] },
      { id: 'recovery', title: 'Recovery', aliases: [] },
    ];
    const result = validateSenseFile(
      {
        schema: 1,
        locale: 'en',
        terms: {
          withdrawal: { ambiguous: ['Withdrawal'], against: ['funding'] },
          recovery: { ambiguous: ['Relapse'] },
          unknown: { cues: ['x'] },
        },
      },
      terms,
    );
    assert.deepEqual(Object.fromEntries(result.sense), {
      withdrawal: { ambiguous: ['Withdrawal'], cues: [], against: ['funding'], otherSenses: [] },
    });
    assert.deepEqual([...result.refused], ['recovery']);
    assert.deepEqual(
      result.problems.map((problem) => `${problem.field}: ${problem.message}`),
      [
        'terms.recovery.ambiguous[0]: "Relapse" is not the title or an alias of this entry',
        'terms.unknown: "unknown" is not an entry id',
      ],
    );
    assert.throws(() => validateSenseFile({ schema: 1, terms: [] }, terms), /terms: must be an object/);
    assert.throws(() => validateSenseFile({ schema: 2, terms: {} }, terms), /schema: must be 1/);
  });

  it('names the glossary from _glossary.md, never Twelva by default, and reports a bad name file', () => {
    assert.equal(buildLocale(`${fixtures}good/en`, 'en').name, 'Glossary');
    assert.equal(buildLocale(`${fixtures}good/en`, 'es').name, 'Glosario');
    assert.equal(buildLocale(`${root}content/en`, 'en').name, 'Twelva recovery glossary');
    const folder = join(mkdtempSync(join(tmpdir(), 'glossary-')), 'en');
    mkdirSync(folder);
    for (const file of readdirSync(`${fixtures}good/en`)) {
      writeFileSync(join(folder, file), readFileSync(join(`${fixtures}good/en`, file)));
    }
    writeFileSync(join(folder, '_glossary.md'), '---\nname: [not, text]\n---\n');
    assert.throws(
      () => buildLocale(folder, 'en'),
      (error: unknown) =>
        error instanceof ContentBuildError &&
        error.errors.length === 1 &&
        error.errors[0]?.file === join(folder, '_glossary.md') &&
        error.errors[0]?.field === 'name',
    );
  });

  /** One entry's Markdown in a folder of its own; `extra` adds front-matter lines, `text` follows the body. */
  function oneEntry(extra: string, text: string): string {
    const folder = join(mkdtempSync(join(tmpdir(), 'glossary-')), 'en');
    mkdirSync(folder);
    const front = `id: x\ntitle: X\nshort: A short one.\nsources:\n  - title: CDC\n    url: https://www.cdc.gov/\nreviewed: 2026-11-01\n${extra}`;
    writeFileSync(join(folder, 'x.md'), `---\n${front}---\n\nThe definition.\n\n${text}\n`);
    return folder;
  }

  /** The fastest of three builds of `folder`, in milliseconds (the fastest is the least disturbed). */
  function fastestBuild(folder: string): number {
    const times = [0, 1, 2].map(() => {
      const start = performance.now();
      buildLocale(folder, 'en');
      return performance.now() - start;
    });
    return Math.min(...times);
  }

  it('reads a 60,000-character heading or language note in time linear in its length', () => {
    const size = 60_000;
    // The reference: an entry with as many characters of ordinary text, which every step reads linearly.
    const reference = oneEntry('', `${'word '.repeat(size / 5)}`);
    const hostile = {
      heading: oneEntry('', `## ${' '.repeat(size)}x\n\nA section.`),
      languageNote: oneEntry(`languageNote: "${'<'.repeat(size)}"\n`, ''),
    };
    fastestBuild(reference); // warm up the Markdown renderer and the validator
    const linear = fastestBuild(reference);
    for (const [what, folder] of Object.entries(hostile)) {
      // Quadratic, these took 4-6 s against a few ms for the reference: over a thousand times as long.
      const time = fastestBuild(folder);
      assert.ok(time < 50 * Math.max(linear, 1), `${what}: ${time.toFixed(0)} ms against ${linear.toFixed(0)} ms`);
    }
    assert.equal(buildLocale(hostile.heading, 'en').terms[0]?.sections[0]?.title, `${' '.repeat(size)}x`.trim());
  });

  it('refuses files the widgets would refuse, and a hints file over 512 KB, naming the field that fills them', () => {
    const doc = buildLocale(`${fixtures}good/en`, 'en');
    // Within every entry limit (50 aliases of 120 characters), but 1,000 entries of them pass 5 MB.
    const alias = (i: number, j: number) => `alias ${i} ${j} `.padEnd(120, 'x');
    const terms = Array.from({ length: 1000 }, (_, i) => ({
      ...doc.terms[0]!,
      id: `term-${i}`,
      aliases: Array.from({ length: ALIASES_MAX }, (_, j) => alias(i, j)),
    }));
    const errors = oversizedFiles(glossaryFiles('glossary.en.json', { ...doc, terms }));
    assert.deepEqual(
      errors.map((error) => `${error.file}: ${error.field}`),
      ['glossary.en.json: aliases', 'glossary.en.terms.json: aliases'],
    );
    assert.match(errors[1]?.message ?? '', /over the 5\.0 MB the widgets accept/);
    assert.deepEqual(oversizedFiles(glossaryFiles('glossary.en.json', doc)), []);

    // Hints within every list's limit, 30 entries of them: 700 KB, which the reader's browser would hold
    // several times over. The full document stays far under 5 MB; only the hints file is refused.
    const cues = (i: number) => Array.from({ length: 200 }, (_, j) => `cue ${i} ${j} `.padEnd(110, 'x'));
    const hinted = Array.from({ length: 30 }, (_, i) => ({
      ...doc.terms[0]!,
      id: `hinted-${i}`,
      title: `Hinted ${i}`,
      aliases: [],
      sense: { ambiguous: [], cues: cues(i), against: [], otherSenses: [] },
    }));
    assert.deepEqual(
      oversizedFiles(glossaryFiles('glossary.en.json', { ...doc, terms: hinted })).map(
        (error) => `${error.file}: ${error.field}`,
      ),
      ['glossary.en.sense.json: sense.cues'],
    );
  });

  it('shows progress on a terminal only, after the first second and at most once a second, and never when quiet', () => {
    let clock = 0;
    const lines: string[] = [];
    const terminal = { isTTY: true, write: (text: string) => lines.push(text) };
    const report = progressReporter(terminal, true, () => clock);
    report('quick');
    clock = 1500;
    report('site: 10/400 pages');
    clock = 1700;
    report('site: 12/400 pages');
    clock = 2600;
    report('site: 30/400 pages');
    assert.deepEqual(lines, ['build-glossary: site: 10/400 pages\n', 'build-glossary: site: 30/400 pages\n']);
    for (const [stream, enabled] of [
      [{ isTTY: false, write: (text: string) => lines.push(text) }, true],
      [terminal, false],
    ] as const) {
      const silent = progressReporter(stream, enabled, () => clock);
      clock += 5000;
      silent('anything');
    }
    assert.equal(lines.length, 2);
  });
});
