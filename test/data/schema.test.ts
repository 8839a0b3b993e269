import { expect } from '@open-wc/testing';
import { GlossaryValidationError, SHORT_MAX, validateGlossary } from '../../src/data/schema.js';

const term = (overrides: Record<string, unknown> = {}) => ({
  id: 'naloxone',
  title: 'Naloxone',
  aliases: ['Narcan'],
  short: 'Reverses an opioid overdose.',
  body: '<p>Body</p>',
  related: [],
  sources: [{ title: 'CDC', url: 'https://www.cdc.gov/' }],
  reviewed: '2026-11-01',
  ...overrides,
});
const doc = (terms: unknown[], extra: Record<string, unknown> = {}) => ({
  schema: 1,
  locale: 'en',
  name: 'Test',
  updated: '2026-11-01',
  terms,
  ...extra,
});

describe('validateGlossary', () => {
  it('accepts a valid document and fills optional lists', () => {
    const { document, problems } = validateGlossary(doc([{ id: 'a', title: 'A', short: 'Short.' }]));
    expect(problems).to.deep.equal([]);
    expect(document.terms[0]).to.include({ id: 'a', title: 'A', body: '' });
    expect(document.terms[0]?.aliases).to.deep.equal([]);
    expect(document.terms[0]?.faq).to.deep.equal([]);
  });

  it('rejects a document that is not an object, names the wrong schema, or has no terms array', () => {
    expect(() => validateGlossary('hello')).to.throw(GlossaryValidationError, '(document)');
    expect(() => validateGlossary(doc([], { schema: 2 }))).to.throw(GlossaryValidationError, /^schema: must be 1/);
    expect(() => validateGlossary(doc([], { locale: 42 }))).to.throw(GlossaryValidationError, /^locale/);
    expect(() => validateGlossary({ schema: 1, locale: 'en', terms: {} })).to.throw(GlossaryValidationError, /^terms/);
    expect(() => validateGlossary(doc([], { alphabetical: 'yes' }))).to.throw(GlossaryValidationError, /^alphabetical/);
  });

  it('reads where entries’ own documents are, and lets one entry relate to ids its index holds', () => {
    expect(validateGlossary(doc([], { entries: 'glossary.en/{id}.json' })).document.entries).to.equal(
      'glossary.en/{id}.json',
    );
    expect(() => validateGlossary(doc([], { entries: 'glossary.en/naloxone.json' }))).to.throw(
      GlossaryValidationError,
      /^entries: .*\{id\}/,
    );
    const one = doc([term({ related: ['overdose', 'nowhere'] })]);
    expect(validateGlossary(one).document.terms[0]?.related).to.deep.equal([]);
    const named = validateGlossary(one, { knownIds: new Set(['naloxone', 'overdose']) });
    expect(named.document.terms[0]?.related).to.deep.equal(['overdose']);
    expect(named.problems.map((problem) => problem.field)).to.deep.equal(['terms[0].related[1]']);
  });

  it('keeps the mark of a document listed A to Z, and only a true one', () => {
    expect(validateGlossary(doc([], { alphabetical: true })).document.alphabetical).to.equal(true);
    expect(validateGlossary(doc([], { alphabetical: false })).document).to.not.have.property('alphabetical');
    expect(validateGlossary(doc([])).document).to.not.have.property('alphabetical');
  });

  it('drops a bad term, names its field, and keeps the rest', () => {
    const { document, problems } = validateGlossary(
      doc([term(), term({ id: 'too-long', title: 'Long', aliases: [], short: 'x'.repeat(SHORT_MAX + 1) })]),
    );
    expect(document.terms.map((t) => t.id)).to.deep.equal(['naloxone']);
    expect(problems).to.have.length(1);
    expect(problems[0]?.field).to.equal('terms[1].short');
    expect(problems[0]?.termId).to.equal('too-long');
  });

  it('keeps region notes and a signed clinical review, and drops a term whose note or review is malformed', () => {
    const notes = { CA: 'In Canada, call or text 9-8-8.', GB: 'Call {emergency}.' };
    const review = { name: 'Dr Ana Ruiz', credentials: 'MD', date: '2026-11-20' };
    const good = validateGlossary(doc([term({ regionNotes: notes, clinicalReview: review })]));
    expect(good.problems).to.deep.equal([]);
    expect(good.document.terms[0]?.regionNotes).to.deep.equal(notes);
    expect(good.document.terms[0]?.clinicalReview).to.deep.equal(review);
    const bad = validateGlossary(
      doc([
        term({ id: 'a', aliases: [], regionNotes: { XX: 'Somewhere.', GB: 42 } }),
        term({ id: 'b', aliases: [], clinicalReview: { name: 'Dr Ana Ruiz', credentials: 'MD', date: '' } }),
        term({ id: 'c', aliases: [], clinicalReview: { name: '', date: '2026-11-20' } }),
      ]),
    );
    expect(bad.document.terms).to.deep.equal([]);
    expect(bad.problems.map((p) => p.field)).to.deep.equal([
      'terms[0].regionNotes.XX',
      'terms[0].regionNotes.GB',
      'terms[1].clinicalReview.date',
      'terms[2].clinicalReview.name',
    ]);
  });

  it('refuses ids that are not slugs, duplicate ids and aliases that name two entries', () => {
    const { document, problems } = validateGlossary(
      doc([
        term(),
        term({ id: 'Bad Id', title: 'Bad' }),
        term({ id: 'naloxone', title: 'Again', aliases: [] }),
        term({ id: 'narcan-brand', title: 'Narcan brand', aliases: ['narcan'] }),
      ]),
    );
    expect(document.terms.map((t) => t.id)).to.deep.equal(['naloxone']);
    expect(problems.map((p) => p.field)).to.deep.equal(['terms[1].id', 'terms[2].id', 'terms[3].aliases']);
    expect(problems[2]?.message).to.contain('already names the entry "naloxone"');
  });

  it('keeps word-sense fields, filling the lists an entry leaves out', () => {
    const { document, problems } = validateGlossary(
      doc([term({ aliases: ['Narcan', 'NX'], sense: { ambiguous: ['NX'], cues: ['opioid'] } })]),
    );
    expect(problems).to.deep.equal([]);
    expect(document.terms[0]?.sense).to.deep.equal({
      ambiguous: ['NX'],
      cues: ['opioid'],
      against: [],
      otherSenses: [],
    });
    expect(validateGlossary(doc([term()])).document.terms[0]).to.not.have.property('sense');
  });

  it('drops a term whose sense fields are malformed, or call a word ambiguous that is not its name', () => {
    const { document, problems } = validateGlossary(
      doc([
        term({ id: 'a', title: 'A', aliases: [], sense: { ambiguous: ['Narcan'] } }),
        term({ id: 'b', title: 'B', aliases: [], sense: { cues: 'opioid' } }),
        term({ id: 'c', title: 'C', aliases: [], sense: { against: [42] } }),
        term({
          id: 'd',
          title: 'D',
          aliases: [],
          sense: { otherSenses: Array.from({ length: 201 }, (_, i) => `w${i}`) },
        }),
        term({ id: 'e', title: 'E', aliases: [], sense: ['E'] }),
      ]),
    );
    expect(document.terms).to.have.length(0);
    expect(problems.map((p) => p.field)).to.deep.equal([
      'terms[0].sense.ambiguous[0]',
      'terms[1].sense.cues',
      'terms[2].sense.against[0]',
      'terms[3].sense.otherSenses',
      'terms[4].sense',
    ]);
  });

  it('removes related ids that do not resolve', () => {
    const { document, problems } = validateGlossary(doc([term({ related: ['missing', 'naloxone'] })]));
    expect(document.terms[0]?.related).to.deep.equal([]);
    expect(problems.map((p) => p.message)).to.deep.equal([
      '"missing" is not an entry id',
      'an entry cannot relate to itself',
    ]);
  });

  it('refuses source links that are not http(s), such as javascript: URLs', () => {
    const { document, problems } = validateGlossary(
      doc([term({ sources: [{ title: 'x', url: 'javascript:alert(1)' }] })]),
    );
    expect(document.terms).to.have.length(0);
    expect(problems[0]?.field).to.equal('terms[0].sources[0].url');
  });

  it('in strict mode requires an https source and a real reviewed date', () => {
    const strict = { strict: true };
    expect(validateGlossary(doc([term()]), strict).problems).to.deep.equal([]);
    const cases = [
      [term({ sources: [] }), 'terms[0].sources'],
      [term({ sources: [{ title: 'x', url: 'http://example.org' }] }), 'terms[0].sources[0].url'],
      [term({ reviewed: '2026-02-30' }), 'terms[0].reviewed'],
      [term({ reviewed: undefined }), 'terms[0].reviewed'],
    ] as const;
    for (const [bad, field] of cases) {
      const { problems } = validateGlossary(doc([bad]), strict);
      expect(
        problems.map((p) => p.field),
        field,
      ).to.deep.equal([field]);
    }
    // The same documents load at run time: partners are not held to the content rules.
    expect(validateGlossary(doc([term({ sources: [] })])).problems).to.deep.equal([]);
  });
});
