/**
 * Shared safety caveats and their rules, as the content build applies them to every folder (ours and a
 * partner's): each test edits a copy of a small entry in a temporary folder and builds it.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildLocale, ContentBuildError, forSearchEngines } from '../../src/cli/build-content.js';
import { run as buildGlossary } from '../../src/cli/build-glossary.js';
import { builtinCaveats } from '../../src/cli/caveats.js';
import { untilProblems, type Ledger } from '../../src/cli/ledger.js';

const fixture = new URL('../fixtures/content/caveats/en/', import.meta.url).pathname;

/** A copy of the fixture folder with withdrawal.md changed by `edit`; returns the folder. */
function copyWith(edit: (text: string) => string): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'caveats-')), 'en');
  cpSync(fixture, folder, { recursive: true });
  const file = join(folder, 'withdrawal.md');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return folder;
}

/** Every problem the build reports for a folder, as "file: field: message" without the folder. */
function errorsOf(folder: string): string[] {
  try {
    buildLocale(folder, 'en');
  } catch (error) {
    assert.ok(error instanceof ContentBuildError, String(error));
    return error.errors.map((e) => `${e.file.replace(`${folder}/`, '')}: ${e.field}: ${e.message}`);
  }
  return [];
}

const cutFirst = (token: string) => (text: string) => text.replace(`${token}\n\n`, '');
/** An edit that adds front-matter lines (YAML) after the reviewed date. */
const frontMatter = (yaml: string) => (text: string) =>
  text.replace('reviewed: 2026-11-01\n', `reviewed: 2026-11-01\n${yaml}`);

/** Runs build-glossary as a partner would, and what it printed (stdout and stderr together). */
async function cli(args: string[]): Promise<{ code: number; printed: string }> {
  const printed: string[] = [];
  const stream = { write: (text: string) => printed.push(text) };
  const code = await buildGlossary(args, { stdout: stream, stderr: stream, env: {}, cwd: process.cwd() });
  return { code, printed: printed.join('') };
}

describe('shared safety caveats', () => {
  it('builds an entry that holds its caveats, each token becoming the block in a labelled note', () => {
    const doc = buildLocale(fixture, 'en');
    const [entry] = doc.terms;
    assert.ok(entry);
    const block = builtinCaveats().blocks['en']?.['dangerous-withdrawal'] ?? '';
    assert.ok(block.includes('{emergency}'), 'the block keeps {emergency} for the reader’s region');
    assert.ok(entry.body.startsWith(`<aside role="note"><p><strong>Safety</strong></p>${block}</aside>`), entry.body);
    assert.doesNotMatch(JSON.stringify(doc), /\{caveat:/);
    assert.match(entry.faq[0]?.a ?? '', /<aside role="note">/);
    // Search engines get one text for everyone: the block's {emergency} becomes the neutral words too.
    const neutral = forSearchEngines(doc).terms[0]?.body ?? '';
    assert.match(neutral, /Call your local emergency number \(911 in the US and Canada[^)]*\) for a seizure/);
    assert.doesNotMatch(neutral, /\{emergency\}/);
  });

  it('fails the build when a required caveat is cut from the card, naming the entry, the place and the rule', () => {
    const errors = errorsOf(copyWith(cutFirst('{caveat:dangerous-withdrawal}')));
    assert.deepEqual(errors, [
      'withdrawal.md: body: mentions "Withdrawal", so the card must include {caveat:dangerous-withdrawal} here or before (rule: caveat in the card no later than its first trigger)',
    ]);
  });

  it('fails when an answer that triggers a caveat does not hold it itself', () => {
    const folder = copyWith((text) => text.replace('seizures.\n\n{caveat:dangerous-withdrawal}\n', 'seizures.\n'));
    assert.deepEqual(errorsOf(folder), [
      'withdrawal.md: faq.dangerous: mentions "withdrawal", so this answer must include {caveat:dangerous-withdrawal} (rule: an answer that triggers a caveat includes it itself)',
    ]);
  });

  it('fails when the card holds a caveat after its first trigger, or twice', () => {
    const late = copyWith((text) =>
      text
        .replace('{caveat:dangerous-withdrawal}\n\nWithdrawal from alcohol', 'Withdrawal from alcohol')
        .replace('plan with a provider.', 'plan with a provider.\n\n{caveat:dangerous-withdrawal}'),
    );
    assert.deepEqual(errorsOf(late), [
      'withdrawal.md: body: mentions "Withdrawal" before the card\'s {caveat:dangerous-withdrawal} (in sections.why): move it here or before (rule: caveat in the card no later than its first trigger)',
    ]);
    const twice = copyWith((text) =>
      text.replace('plan with a provider.', 'plan with a provider.\n\n{caveat:dangerous-withdrawal}'),
    );
    assert.deepEqual(errorsOf(twice), [
      'withdrawal.md: sections.why: includes the "dangerous-withdrawal" caveat again: a card holds each caveat once',
    ]);
    const twiceInAnswer = copyWith((text) =>
      text.replace(
        'seizures.\n\n{caveat:dangerous-withdrawal}\n',
        'seizures.\n\n{caveat:dangerous-withdrawal}\n\n{caveat:dangerous-withdrawal}\n',
      ),
    );
    assert.deepEqual(errorsOf(twiceInAnswer), [
      'withdrawal.md: faq.dangerous: includes the "dangerous-withdrawal" caveat twice: once per answer',
    ]);
  });

  it('matches triggers as whole words in either language, and not inside phrases the table ignores', () => {
    const spanishFolder = join(mkdtempSync(join(tmpdir(), 'caveats-')), 'es');
    cpSync(fixture, spanishFolder, { recursive: true });
    const file = join(spanishFolder, 'withdrawal.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(
          'Withdrawal from alcohol can be dangerous.',
          'El síndrome de abstinencia del alcohol puede ser peligroso.',
        )
        .replace('Withdrawal is a reason', 'Es una razón')
        .replace('withdrawal from alcohol can cause', 'el alcohol puede causar'),
    );
    // "síndrome de abstinencia" is withdrawal (held by the block), not abstinence: no overdose-after-break.
    assert.doesNotThrow(() => buildLocale(spanishFolder, 'es'));
    // "drawal" inside another word is no trigger; "withdrawals" is one on its own.
    const word = copyWith((text) => text.replace('Most symptoms pass in days.', 'Most withdrawals pass in days.'));
    assert.match(errorsOf(word).join('\n'), /faq\.how-long: mentions "withdrawals"/);
  });

  it('accepts an exception with a reason, and refuses one without', () => {
    const cut = cutFirst('{caveat:dangerous-withdrawal}');
    const withWhy = copyWith((text) =>
      frontMatter(
        'caveatExceptions:\n  - caveat: dangerous-withdrawal\n    where: card\n    why: The card is about the word, not the act; the answer holds the block.\n',
      )(cut(text)),
    );
    assert.deepEqual(errorsOf(withWhy), []);
    const withoutWhy = copyWith((text) =>
      frontMatter('caveatExceptions:\n  - caveat: dangerous-withdrawal\n    where: card\n')(cut(text)),
    );
    assert.deepEqual(errorsOf(withoutWhy), [
      'withdrawal.md: caveatExceptions[0].why: an exception needs a why: the reason a reviewer reads',
      'withdrawal.md: body: mentions "Withdrawal", so the card must include {caveat:dangerous-withdrawal} here or before (rule: caveat in the card no later than its first trigger)',
    ]);
    const wrongPlace = copyWith((text) =>
      frontMatter('caveatExceptions:\n  - caveat: no-such-caveat\n    where: faq:nowhere\n    why: a reason\n')(text),
    );
    assert.deepEqual(errorsOf(wrongPlace), [
      'withdrawal.md: caveatExceptions[0].caveat: "no-such-caveat" is not a known caveat',
      'withdrawal.md: caveatExceptions[0].where: "faq:nowhere" must be card or faq:<question id> of this entry',
    ]);
  });

  it('refuses an unknown caveat id, or a token inside a sentence, naming the file and field', () => {
    const unknown = copyWith((text) => text.replace('Most symptoms pass in days.', '{caveat:overdose-after-brake}'));
    assert.match(
      errorsOf(unknown)[0] ?? '',
      /^withdrawal\.md: faq\.how-long: "\{caveat:overdose-after-brake\}" names no known caveat/,
    );
    const inline = copyWith((text) =>
      text.replace('Most symptoms pass in days.', 'Most symptoms pass in days {caveat:take-home-medicines}.'),
    );
    assert.match(errorsOf(inline).join('\n'), /faq\.how-long: \{caveat:<id>\} must stand alone in its own paragraph/);
  });

  it('a partner’s folder gets the same check through the command line, with every problem listed', async () => {
    const folder = copyWith(cutFirst('{caveat:dangerous-withdrawal}'));
    const out = mkdtempSync(join(tmpdir(), 'caveats-out-'));
    const result = await cli([folder, '--out', out]);
    assert.equal(result.code, 1);
    const printed = [result.printed];
    assert.match(
      printed.join('\n'),
      /withdrawal\.md: body: mentions "Withdrawal", so the card must include \{caveat:dangerous-withdrawal\}/,
    );
  });

  it('asks a paragraph naming a US-only service to say so, unless the entry has notes for the other regions', () => {
    const bare = copyWith((text) => text.replace('Most symptoms pass in days.', 'Call or text 988 to talk.'));
    assert.deepEqual(errorsOf(bare), [
      'withdrawal.md: faq.how-long: names "988", US-only: say "in the US" in the same paragraph, or add regionNotes for CA, GB, IE, AU, NZ (rule: US-only names)',
    ]);
    const said = copyWith((text) =>
      text.replace('Most symptoms pass in days.', 'In the US, call or text 988 to talk.'),
    );
    assert.deepEqual(errorsOf(said), []);
    const allNotes = frontMatter(
      'regionNotes:\n  CA: In Canada, call or text 9-8-8.\n  GB: In the UK, call Samaritans.\n  IE: In Ireland, call Samaritans.\n  AU: In Australia, call Lifeline.\n  NZ: In New Zealand, call or text 1737.\n',
    );
    const notes = copyWith((text) =>
      allNotes(text.replace('Most symptoms pass in days.', 'Call or text 988 to talk.')),
    );
    assert.deepEqual(errorsOf(notes), []);
    assert.equal(buildLocale(notes, 'en').terms[0]?.regionNotes?.['CA'], 'In Canada, call or text 9-8-8.');
  });

  it('asks a region note to write its country’s emergency number as {emergency}, and lets a helpline stand', () => {
    const folder = copyWith((text) =>
      frontMatter(
        'regionNotes:\n  GB: In an emergency call 999; Samaritans are on 116 123.\n  AU: Call {emergency}.\n',
      )(text),
    );
    assert.deepEqual(errorsOf(folder), [
      'withdrawal.md: regionNotes.GB: names the emergency number "999": write {emergency}, which shows the reader\'s own number',
    ]);
  });

  it('refuses region notes for a country the widgets do not serve, or longer than a note', () => {
    const folder = copyWith((text) =>
      frontMatter(`regionNotes:\n  XX: Somewhere.\n  GB: ${'Long. '.repeat(80)}\n`)(text),
    );
    const errors = errorsOf(folder).join('\n');
    assert.match(errors, /regionNotes\.XX: "XX" is not a country the widgets serve/);
    assert.match(errors, /regionNotes\.GB: must be at most 400 characters/);
  });
});

describe('the clinical sign-off', () => {
  const review = (block: string) => {
    const folder = copyWith((text) => text);
    mkdirSync(join(folder, '..', 'ledger'));
    writeFileSync(join(folder, '..', 'ledger', 'withdrawal.yaml'), `id: withdrawal\nreview:\n${block}claims: []\n`);
    return buildLocale(folder, 'en').terms[0]?.clinicalReview;
  };

  it('reaches the built entry only when the review block names a reviewer and a date', () => {
    assert.deepEqual(
      review('  name: Dr Ana Ruiz\n  credentials: MD\n  date: 2026-11-20\n  scope: en and es, all sections\n'),
      { name: 'Dr Ana Ruiz', credentials: 'MD', date: '2026-11-20' },
    );
    assert.equal(review('  name: ""\n  credentials: ""\n  date: ""\n  scope: ""\n'), undefined);
    assert.equal(review('  name: Dr Ana Ruiz\n  credentials: MD\n  date: ""\n  scope: ""\n'), undefined);
  });
});

describe('claims that expire (until)', () => {
  it('fail the content build once past, naming the ledger and row, and warn before', async () => {
    const root = mkdtempSync(join(tmpdir(), 'until-'));
    cpSync(fixture, join(root, 'en'), { recursive: true });
    mkdirSync(join(root, 'ledger'));
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const ledgerWith = (until: string) =>
      `id: withdrawal\nreview: { name: "", credentials: "", date: "", scope: "" }\nclaims:\n  - where: body\n    claim: "Withdrawal from alcohol can be dangerous."\n    source: https://www.fda.gov/\n    quote: "withdrawal reactions, including seizures"\n    checked: 2026-11-01\n    until: ${until}\n`;
    const run = (until: string) => {
      writeFileSync(join(root, 'ledger', 'withdrawal.yaml'), ledgerWith(until));
      return cli([root, '--out', mkdtempSync(join(tmpdir(), 'until-out-'))]);
    };
    const past = await run(day(-1));
    assert.equal(past.code, 1);
    assert.match(
      past.printed,
      /ledger\/withdrawal\.yaml: claims\[0\]\.until: "Withdrawal from alcohol can be dangerous\." held until/,
    );
    const soon = await run(day(10));
    assert.equal(soon.code, 0, soon.printed);
    assert.match(
      soon.printed,
      /warning: .*withdrawal\.yaml: claims\[0\]\.until: .* \(10 days\): re-check it before then/m,
    );
  });

  const ledger = (until: string): Ledger => ({
    id: 'buprenorphine',
    review: { name: '', credentials: '', date: '', scope: '' },
    claims: [
      {
        where: 'faq:telehealth',
        claim: 'A temporary rule lets a first prescription come by video.',
        source: 'https://www.samhsa.gov/',
        quote: 'extended through December 31, 2026',
        checked: '2026-12-01',
        until,
      },
    ],
  });

  it('is quiet more than 45 days before, warns within 45 days, and fails the day after', () => {
    const check = (until: string, day: string) => untilProblems('buprenorphine.yaml', ledger(until), day);
    assert.deepEqual(check('2026-12-31', '2026-11-15'), { warnings: [], errors: [] });
    const soon = check('2026-12-31', '2026-12-06');
    assert.equal(soon.errors.length, 0);
    assert.deepEqual(
      soon.warnings.map((w) => `${w.field}: ${w.message}`),
      [
        'claims[0].until: "A temporary rule lets a first prescription come by video." holds until 2026-12-31 (25 days): re-check it before then',
      ],
    );
    assert.equal(check('2026-12-31', '2026-12-31').errors.length, 0, 'the last day still holds');
    const past = check('2026-12-31', '2027-01-01');
    assert.deepEqual(
      past.errors.map((e) => `${e.field}: ${e.message}`),
      [
        'claims[0].until: "A temporary rule lets a first prescription come by video." held until 2026-12-31: re-check it and change the entry, or set a new until',
      ],
    );
    assert.match(check('2026-02-30', '2026-01-01').errors[0]?.message ?? '', /must be a date as YYYY-MM-DD/);
  });
});
