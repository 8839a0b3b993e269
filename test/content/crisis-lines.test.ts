import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Contact } from '../../src/elements/crisis-footer/essential.js';
import { REGIONS } from '../../src/elements/crisis-footer/regions.js';

const reference = readFileSync(new URL('../../docs/crisis-lines.md', import.meta.url), 'utf8');
/** Every run of digits in the reference, separators removed: "1-800-662-4357" → "18006624357". */
const referenceDigits = new Set(
  [...reference.matchAll(/\d[\d\s-]*\d|\d/g)].map((match) => match[0].replace(/\D/g, '')),
);
const allLines = REGIONS.flatMap((region) => region.lines.map((line) => ({ region, line })));
const allText = JSON.stringify(REGIONS);
const numberOf = (contact: Contact) =>
  contact.kind === 'call' || contact.kind === 'tty' ? contact.tel : contact.kind === 'text' ? contact.sms : undefined;

describe('crisis lines data (regions.ts)', () => {
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
    const source = readFileSync(new URL('../../src/elements/crisis-footer/regions.ts', import.meta.url), 'utf8');
    const lines = source.split('\n');
    const starts = lines
      .map((text, index) => ({ text, index }))
      // A line starts with its id, its emergencyLine() call, or the essential part it is built on.
      .filter(({ text }) => /^\s{6,}(id: '|(\.\.\.)?emergencyLine\(|\.\.\.ESSENTIAL\.\w+\.main,$)/.test(text));
    assert.equal(starts.length, allLines.length, 'one line object or emergencyLine() call per line');
    for (const { text, index } of starts) {
      assert.match(lines[index - 1] ?? '', /\/\/ Source: .+\. Status [VS]\.$/, `line ${index + 1}: ${text.trim()}`);
      const url = /<([^>]+)>/.exec(lines[index - 1] ?? '')?.[1];
      if (url) assert.match(url, /^https:\/\//, `line ${index}: source URL`);
    }
    // The essential lines (in the main script) carry the same comments where their numbers are written.
    const essential = readFileSync(new URL('../../src/elements/crisis-footer/essential.ts', import.meta.url), 'utf8');
    const essentialLines = essential.split('\n');
    const essentialStarts = essentialLines
      .map((text, index) => ({ text, index }))
      .filter(({ text }) => /^\s{4,}(id: '|emergency: emergencyOf\()/.test(text));
    assert.equal(essentialStarts.length, 12, 'an emergency line and a main line for each of the six regions');
    for (const { text, index } of essentialStarts)
      assert.match(essentialLines[index - 1] ?? '', /\/\/ Source: .+\. Status [VS]\.$/, `essential.ts: ${text.trim()}`);
  });

  it('uses only numbers that the verified reference lists', () => {
    for (const { region, line } of allLines) {
      for (const contact of line.contacts) {
        const digits = numberOf(contact)?.replace(/^\+1/, '1').replace(/\D/g, '');
        if (digits) assert.ok(referenceDigits.has(digits), `${region.code}/${line.id}: ${digits} is not in the reference`);
      }
    }
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
