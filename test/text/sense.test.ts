import { expect } from '@open-wc/testing';
import type { GlossaryTerm } from '../../src/data/types.js';
import { TermMatcher } from '../../src/text/matcher.js';
import { linkable, type SenseContext } from '../../src/text/sense.js';
import { glossaryEntry } from '../helpers.js';

const entry = (id: string, title: string, aliases: string[], sense?: GlossaryTerm['sense']): GlossaryTerm =>
  glossaryEntry(id, title, aliases, sense ? { sense } : {});

const matcher = new TermMatcher([
  entry('naloxone', 'Naloxone', []),
  entry('withdrawal', 'Withdrawal', ['opioid withdrawal'], {
    ambiguous: ['Withdrawal'],
    cues: ['heroin', 'alcohol'],
    against: ['funding', 'bank'],
    otherSenses: ['cash withdrawal'],
  }),
  entry('recovery', 'Recovery', [], {
    ambiguous: ['Recovery'],
    cues: ['relapse'],
    against: ['surgery'],
    otherSenses: [],
  }),
  entry('return-to-use', 'Return to use', ['relapse'], {
    ambiguous: ['relapse'],
    cues: ['recovery', 'alcohol'],
    against: ['cancer'],
    otherSenses: [],
  }),
]);

const none: SenseContext = { topic: false, excludedIds: new Set(), excludedNames: new Set() };
const linked = (text: string, context: Partial<SenseContext> = {}) =>
  linkable(text, matcher.scan(text), { ...none, ...context }).map((m) => `${text.slice(m.start, m.end)}:${m.id}`);

describe('word sense', () => {
  it('links unambiguous names by spelling alone', () => {
    expect(linked('Carry naloxone.')).to.deep.equal(['naloxone:naloxone']);
  });

  it('links an ambiguous name only with a cue or an unambiguous name near it', () => {
    expect(linked('The withdrawal of federal funding hurt the town.')).to.deep.equal([]);
    expect(linked('Withdrawal is hard.')).to.deep.equal([]);
    expect(linked('Withdrawal from heroin is hard.')).to.deep.equal(['Withdrawal:withdrawal']);
    expect(linked('Withdrawal is hard. Keep naloxone near.')).to.deep.equal([
      'Withdrawal:withdrawal',
      'naloxone:naloxone',
    ]);
  });

  it('lets a word against the sense in the same sentence win over a cue', () => {
    expect(linked('Alcohol withdrawal at the bank: the funding is gone.')).to.deep.equal([]);
    // In the paragraph but another sentence, a word against the sense blocks paragraph-wide support only.
    expect(linked('Withdrawal from alcohol is hard. The bank is closed.')).to.deep.equal(['Withdrawal:withdrawal']);
    expect(linked('Withdrawal is hard. The bank is closed. Keep naloxone near.')).to.deep.equal(['naloxone:naloxone']);
  });

  it('never links a name inside a phrase of another sense', () => {
    expect(linked('A cash withdrawal before heroin.')).to.deep.equal([]);
  });

  it('counts ambiguous names as support only once they are linked themselves', () => {
    // "relapse" and "recovery" cue each other, but neither has support of its own.
    expect(linked('Relapse and recovery are common.')).to.deep.equal([]);
    expect(linked('Relapse after cancer surgery, then recovery.')).to.deep.equal([]);
    expect(linked('A relapse into alcohol use is part of many paths of recovery.')).to.deep.equal([
      'relapse:return-to-use',
      'recovery:recovery',
    ]);
  });

  it('links what is left in a root about the subject, unless the paragraph is against it', () => {
    expect(linked('Recovery takes time.', { topic: true })).to.deep.equal(['Recovery:recovery']);
    expect(linked('Recovery after surgery takes time.', { topic: true })).to.deep.equal([]);
  });

  it('leaves out excluded entries and names', () => {
    expect(linked('Naloxone and opioid withdrawal.', { excludedIds: new Set(['naloxone']) })).to.deep.equal([
      'opioid withdrawal:withdrawal',
    ]);
    expect(linked('Naloxone and opioid withdrawal.', { excludedNames: new Set(['opioid withdrawal']) })).to.deep.equal([
      'Naloxone:naloxone',
    ]);
  });
});
