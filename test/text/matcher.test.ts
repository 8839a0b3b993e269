import { expect } from '@open-wc/testing';
import type { GlossaryTerm } from '../../src/data/schema.js';
import { isExactCase, TermMatcher } from '../../src/text/matcher.js';

const entry = (id: string, title: string, aliases: string[] = []): GlossaryTerm => ({
  id,
  title,
  aliases,
  short: 's',
  body: '',
  sections: [],
  faq: [],
  related: [],
  sources: [],
  reviewed: '',
});

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
