import { expect } from '@open-wc/testing';
import { isExactCase, TermMatcher } from '../../src/text/matcher.js';
import { glossaryEntry } from '../helpers.js';

const entry = glossaryEntry;

const matcher = new TermMatcher([
  entry('harm-reduction', 'Harm reduction'),
  entry('harm', 'Harm'),
  entry('naloxone', 'Naloxone', ['Narcan', 'naloxona']),
  entry('fentanyl-test-strips', 'Fentanyl test strips', ['fentanyl test strip']),
  entry('fentanyl', 'Fentanyl', ['fentanilo']),
  entry('moud', 'MOUD', ['MAT', 'medications for opioid use disorder']),
  entry('abuso', 'Señal de alerta', ['niño']),
]);
const words = (text: string) => matcher.find(text).map((m) => [text.slice(m.start, m.end), m.id]);

describe('TermMatcher', () => {
  it('prefers the longest match', () => {
    expect(words('Harm reduction saves lives; harm is real.')).to.deep.equal([
      ['Harm reduction', 'harm-reduction'],
      ['harm', 'harm'],
    ]);
    expect(words('Use fentanyl test strips, fentanyl test strip or fentanyl.')).to.deep.equal([
      ['fentanyl test strips', 'fentanyl-test-strips'],
      ['fentanyl test strip', 'fentanyl-test-strips'],
      ['fentanyl', 'fentanyl'],
    ]);
  });

  it('matches whole words only, with Unicode boundaries', () => {
    expect(words('Narcanesque naloxones prenaloxone')).to.deep.equal([]);
    expect(words('La naloxona, el fentanilo; el niño.')).to.deep.equal([
      ['naloxona', 'naloxone'],
      ['fentanilo', 'fentanyl'],
      ['niño', 'abuso'],
    ]);
    expect(words('niños naloxonaé'), 'ñ and é are letters, not boundaries').to.deep.equal([]);
  });

  it('ignores case, except for acronyms written in capitals', () => {
    expect(words('NALOXONE and narcan')).to.deep.equal([
      ['NALOXONE', 'naloxone'],
      ['narcan', 'naloxone'],
    ]);
    expect(words('MAT and MOUD help; a yoga mat and moud do not')).to.deep.equal([
      ['MAT', 'moud'],
      ['MOUD', 'moud'],
    ]);
    expect(isExactCase('MAT')).to.equal(true);
    expect(isExactCase('A')).to.equal(false);
    expect(isExactCase('Narcan')).to.equal(false);
  });

  it('matches phrases across any run of white space', () => {
    expect(words('harm\n     reduction')).to.deep.equal([['harm\n     reduction', 'harm-reduction']]);
  });

  it('keeps offsets right around characters whose lower case is longer', () => {
    const text = 'İstanbul naloxone';
    expect(words(text)).to.deep.equal([['naloxone', 'naloxone']]);
  });

  it('compiles thousands of entries and still finds the right one', () => {
    const many = Array.from({ length: 5000 }, (_, i) => entry(`term-${i}`, `Term number ${i}`, [`alias${i}`]));
    const big = new TermMatcher(many);
    expect(big.size).to.equal(10000);
    const found = big.find('We read term number 4999 and alias17 and term number 12.');
    expect(found.map((m) => m.id)).to.deep.equal(['term-4999', 'term-17', 'term-12']);
  });
});

describe('TermMatcher word sense', () => {
  const sensed = new TermMatcher([
    {
      ...entry('recovery', 'Recovery', ['in recovery']),
      sense: {
        ambiguous: ['Recovery'],
        cues: ['sober'],
        against: ['surgery', 'MS'],
        otherSenses: ['economic recovery'],
      },
    },
    { ...entry('mat', 'MAT'), sense: { ambiguous: ['MAT'], cues: ['opioid'], against: [], otherSenses: [] } },
  ]);

  it('finds names, cues, words against and other-sense phrases in the same single pass', () => {
    const { hits, sentenceEnds } = sensed.scan('Sober now. Economic recovery after surgery; MS or ms? in recovery.');
    const text = 'Sober now. Economic recovery after surgery; MS or ms? in recovery.';
    expect(hits.map((hit) => [text.slice(hit.start, hit.end), hit.id ?? '', hit.ambiguous ?? false])).to.deep.equal([
      ['Sober', '', false],
      ['Economic recovery', '', false],
      ['surgery', '', false],
      ['MS', '', false],
      ['in recovery', 'recovery', false],
    ]);
    expect(hits[0]?.cues).to.deep.equal(['recovery']);
    expect(hits[1]?.other).to.equal(true);
    expect(hits[2]?.against).to.deep.equal(['recovery']);
    expect(sentenceEnds).to.deep.equal([10, 43, 53, 66]);
  });

  it('marks ambiguous names, and only the spellings an entry calls ambiguous', () => {
    expect(sensed.find('Recovery, in recovery, MAT, mat.')).to.deep.equal([
      { start: 0, end: 8, id: 'recovery', ambiguous: true },
      { start: 10, end: 21, id: 'recovery' },
      { start: 23, end: 26, id: 'mat', ambiguous: true },
    ]);
  });

  it('scans a text in parts cut anywhere, even inside a phrase, and finds what one pass finds', () => {
    const text = 'Sober now. Economic recovery after surgery; MS or ms? in recovery. Recovery, in recovery, MAT.';
    const whole = sensed.scan(text);
    for (const size of [1, 2, 3, 5, 7, 11]) {
      const parts = { hits: [], sentenceEnds: [] };
      let cuts = 0;
      for (let at = 0; at < text.length; cuts++) at = sensed.scanPart(text, at, at + size, parts);
      expect(parts, `parts of ${size}`).to.deep.equal(whole);
      expect(cuts).to.be.greaterThan(text.length / (size + 20));
    }
  });

  it('does not end a sentence inside a number', () => {
    expect(sensed.scan('Take 2.5 mg. Then rest').sentenceEnds).to.deep.equal([12]);
  });
});
