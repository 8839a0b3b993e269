import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ESSENTIAL } from '../../src/region/essential-lines.js';
import { REGIONS } from '../../src/region/lines.js';
import { EMERGENCY_NUMBERS } from '../../src/region/emergency.js';
import { crisisProblems, referenceBody, type CrisisData } from './crisis-oracle.js';

const reference = readFileSync(new URL('../../docs/crisis-lines.md', import.meta.url), 'utf8');
const allLines = REGIONS.flatMap((region) => region.lines.map((line) => ({ region, line })));
const allText = JSON.stringify(REGIONS);

/**
 * The shared reference the docs copy is taken from lives outside the repository, in the shared folder
 * beside a checkout (../shared/reference/crisis-lines.md, where CI and the developers have it), or at
 * the path CRISIS_LINES_REFERENCE names. Where neither is at hand the comparison is a visible skip.
 */
const besideCheckout = fileURLToPath(new URL('../../../shared/reference/crisis-lines.md', import.meta.url));
const sharedReference =
  process.env['CRISIS_LINES_REFERENCE'] ?? (existsSync(besideCheckout) ? besideCheckout : undefined);

describe('crisis lines reference (docs/crisis-lines.md)', () => {
  it(
    'is the shared reference, word for word, between its header comment and the project notes',
    { skip: sharedReference ? false : 'no shared reference beside the checkout, and CRISIS_LINES_REFERENCE is not set' },
    () => {
      assert.equal(referenceBody(reference), readFileSync(sharedReference!, 'utf8'));
    },
  );
});

describe('crisis numbers against their own ship rows (crisis-oracle.ts)', () => {
  it('every line of every region, the essential view and every emergency number match their ship rows', () => {
    assert.deepEqual(
      crisisProblems(reference, { essential: ESSENTIAL, regions: REGIONS, emergencyNumbers: EMERGENCY_NUMBERS }),
      [],
    );
  });

  // The data modules, copied to a folder of their own with their relative imports kept, so a mutation
  // of one number reaches the oracle exactly as a wrong edit of the source would.
  const DATA_FILES = ['src/region/essential-lines.ts', 'src/region/lines.ts', 'src/region/emergency.ts'];
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const copies = mkdtempSync(join(tmpdir(), 'crisis-data-'));
  after(() => rmSync(copies, { recursive: true, force: true }));
  let copyCount = 0;

  /** The data as it would be with `from` replaced by `to` in one file (exactly once: a mutation must land). */
  async function mutated(file: string, from: string, to: string): Promise<CrisisData> {
    const folder = join(copies, String(++copyCount));
    for (const data of DATA_FILES) {
      mkdirSync(dirname(join(folder, data)), { recursive: true });
      copyFileSync(join(root, data), join(folder, data));
    }
    const source = readFileSync(join(folder, file), 'utf8');
    if (from !== to) assert.equal(source.split(from).length, 2, `${file}: "${from}" is there exactly once`);
    writeFileSync(join(folder, file), source.replace(from, to));
    const load = (data: string) => import(pathToFileURL(join(folder, data)).href);
    const [essential, regions, emergency] = await Promise.all(DATA_FILES.map(load));
    return { essential: essential.ESSENTIAL, regions: regions.REGIONS, emergencyNumbers: emergency.EMERGENCY_NUMBERS };
  }

  it('finds nothing wrong in an unchanged copy of the data (the mutations below start from here)', async () => {
    const copy = await mutated('src/region/emergency.ts', 'MX', 'MX');
    assert.deepEqual(crisisProblems(reference, copy), []);
  });

  const MUTATIONS = [
    {
      what: "a shipped number's display (Samaritans shown as 116 124, still dialling 116123)",
      file: 'src/region/essential-lines.ts',
      from: "contacts: [{ kind: 'call', display: '116 123', tel: '116123' }],\n      open: ALWAYS,\n    },\n    more: [SHOUT],",
      to: "contacts: [{ kind: 'call', display: '116 124', tel: '116123' }],\n      open: ALWAYS,\n    },\n    more: [SHOUT],",
      expected: /GB\/samaritans-uk: shows "116 124" but dials 116123/,
    },
    {
      what: "a shipped number's tel (Lifeline dialling 131115 under 13 11 14)",
      file: 'src/region/essential-lines.ts',
      from: "display: '13 11 14', tel: '131114'",
      to: "display: '13 11 14', tel: '131115'",
      expected: /AU\/lifeline-au: call 131115 is not a number of the row "Lifeline"/,
    },
    {
      what: "a shipped number's sms (Shout texting 85259)",
      file: 'src/region/essential-lines.ts',
      from: "display: '85258', sms: '85258'",
      to: "display: '85259', sms: '85259'",
      expected: /GB\/shout: text 85259 is not a number of the row "Shout"/,
    },
    {
      what: 'a number from a hold row (Kids Help Phone) moved into a shipped line',
      file: 'src/region/essential-lines.ts',
      from: "{ kind: 'call', display: '1-855-242-3310', tel: '+18552423310' }",
      to: "{ kind: 'call', display: '1-800-668-6868', tel: '+18006686868' }",
      expected: /18006686868 appears only in a row marked hold or for later/,
    },
    {
      what: 'a number from the "for later" places (France 3114) as an emergency number',
      file: 'src/region/emergency.ts',
      from: "MX: ['911'],",
      to: "MX: ['911'],\n  FR: ['3114'],",
      expected: /FR: emergency 3114; its ship row says 112/,
    },
    {
      what: 'an EU member state dropped from the 112 table',
      file: 'src/region/emergency.ts',
      from: ' SK SI ES SE',
      to: ' SK SI ES',
      expected: /SE: its ship row has an emergency number the data lacks/,
    },
    {
      what: 'a keyword the row does not give (Crisis Text Line: text HELP)',
      file: 'src/region/essential-lines.ts',
      from: "keyword: { en: 'HOME', es: 'AYUDA' }",
      to: "keyword: { en: 'HELP', es: 'AYUDA' }",
      expected: /US\/crisis-text-line: keyword HELP is not the row's/,
    },
  ];
  for (const { what, file, from, to, expected } of MUTATIONS) {
    it(`rejects ${what}`, async () => {
      const problems = crisisProblems(reference, await mutated(file, from, to));
      assert.ok(
        problems.some((problem) => expected.test(problem)),
        `expected ${expected}, found:\n${problems.join('\n')}`,
      );
    });
  }
});

describe('crisis lines data (src/region/lines.ts)', () => {
  it('covers the six supported regions, emergency line first in each', () => {
    assert.deepEqual(
      REGIONS.map((r) => r.code),
      ['US', 'CA', 'GB', 'IE', 'AU', 'NZ'],
    );
    for (const region of REGIONS) {
      assert.equal(region.lines[0]?.group, 'emergency', region.code);
      assert.equal(region.lines.filter((l) => l.group === 'emergency').length, 1, region.code);
      for (const id of region.compact) assert.ok(region.lines.some((l) => l.id === id), `${region.code} compact ${id}`);
    }
  });

  it('names the source and status of every line in a comment beside it', () => {
    // Provenance is kept as comments, not data, so it costs the reader's download nothing.
    const source = readFileSync(new URL('../../src/region/lines.ts', import.meta.url), 'utf8');
    const lines = source.split('\n');
    const starts = lines
      .map((text, index) => ({ text, index }))
      // A line starts with its id, its emergencyLine() call, or the essential line it is built on.
      .filter(({ text }) => /^\s{6,}(id: '|(\.\.\.)?emergencyLine\(|\.\.\.(ESSENTIAL\.\w+\.main|[A-Z][A-Z0-9_]+),$)/.test(text));
    assert.equal(starts.length, allLines.length, 'one line object or emergencyLine() call per line');
    for (const { text, index } of starts) {
      assert.match(lines[index - 1] ?? '', /\/\/ Source: .+\. Status [VS]\.$/, `line ${index + 1}: ${text.trim()}`);
      const url = /<([^>]+)>/.exec(lines[index - 1] ?? '')?.[1];
      if (url) assert.match(url, /^https:\/\//, `line ${index}: source URL`);
    }
    // The essential lines (in the main script) carry the same comments where their numbers are written.
    const essential = readFileSync(new URL('../../src/region/essential-lines.ts', import.meta.url), 'utf8');
    const essentialLines = essential.split('\n');
    const essentialStarts = essentialLines
      .map((text, index) => ({ text, index }))
      // (the emergency line's shared builder, emergencyContacts, writes no number and needs no source)
      .filter(({ text }) => /^\s{2,}(id: '(?!emergency')|emergency: emergencyOf\()/.test(text));
    assert.equal(
      essentialStarts.length,
      19,
      'an emergency line and a main line for each of the six regions, and the compact lists\' seven other lines',
    );
    for (const { text, index } of essentialStarts)
      assert.match(essentialLines[index - 1] ?? '', /\/\/ Source: .+\. Status [VS]\.$/, `essential-lines.ts: ${text.trim()}`);
  });

  it('writes tel: numbers as digits only and sms: numbers with no message body', () => {
    for (const { line } of allLines) {
      for (const contact of line.contacts) {
        if (contact.kind === 'call' || contact.kind === 'tty') assert.match(contact.tel, /^\+?\d+$/, line.id);
        if (contact.kind === 'text') assert.match(contact.sms, /^\d+$/, `${line.id}: no ?body= or &body=`);
      }
    }
  });

  it('follows the reference rules: referral line labelled, no Press 3, no promises, 116 123 not EU-wide', () => {
    const samhsa = allLines.find(({ line }) => line.id === 'samhsa-helpline')?.line;
    assert.equal(samhsa?.group, 'support', 'never under "In crisis"');
    assert.match(samhsa?.name.en ?? '', /treatment referral/i);
    assert.match(samhsa?.purpose.en ?? '', /does not provide counseling/);
    assert.doesNotMatch(allText, /press 3|marque 3/i);
    assert.doesNotMatch(allText, /anonym|anónim|immun|inmun/i);
    assert.doesNotMatch(allText, /EU-wide/i);
    assert.doesNotMatch(allText, /committed suicide/i);
    const free = allLines.filter(({ line }) => /confidential|confidencial/i.test(line.purpose.en + line.purpose.es));
    assert.deepEqual(
      free.map(({ line }) => line.id),
      ['samhsa-helpline'],
      '"confidential" only where the service says so',
    );
  });
});
