import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildLocale } from '../../scripts/build-content.js';
import { SHORT_MAX } from '../../src/data/schema.js';

const english = buildLocale(new URL('../../content/en', import.meta.url).pathname, 'en');
const spanish = buildLocale(new URL('../../content/es', import.meta.url).pathname, 'es');

describe('built-in English glossary', () => {
  it('builds cleanly with at least 12 entries, each sourced, reviewed and short enough', () => {
    assert.ok(english.terms.length >= 12, `has ${english.terms.length} entries`);
    for (const term of english.terms) {
      assert.ok(term.short.length <= SHORT_MAX, term.id);
      assert.ok(term.sources.some((s) => s.url.startsWith('https://')), `${term.id} cites an https source`);
      assert.match(term.reviewed, /^\d{4}-\d{2}-\d{2}$/, term.id);
      assert.ok(term.body.length > 0, `${term.id} has a full definition`);
    }
  });

  it('has a complete harm-reduction entry: principles, examples, comparison, why it matters, questions, sources', () => {
    const entry = english.terms.find((t) => t.id === 'harm-reduction');
    assert.ok(entry);
    const section = (id: string) => entry.sections.find((s) => s.id === id)?.html ?? '';
    assert.match(section('principles'), /Meet people where they are/);
    const examples = section('examples').toLowerCase();
    for (const example of [
      'naloxone',
      'fentanyl test strips',
      'syringe services',
      'safer-use education',
      'treatment and housing',
      'medication for addiction',
    ]) {
      assert.ok(examples.includes(example), `examples mention ${example}`);
    }
    assert.match(section('vs-abstinence'), /<table>/, 'the comparison is a table');
    assert.ok(section('why-it-matters').length > 100);
    assert.ok(entry.faq.length >= 3, 'at least three questions');
    assert.ok(entry.related.length >= 4, 'related entries resolve');
    assert.ok(entry.sources.some((s) => s.url.includes('samhsa.gov')));
  });

  it('keeps people-first, non-stigmatizing wording outside language notes', () => {
    const stigma = /\b(addicts?|junkies|junkie|substance abuser|drug abuser|clean|dirty|committed suicide)\b/i;
    for (const term of english.terms) {
      const text = [term.short, term.body, ...term.sections.map((s) => s.html), ...term.faq.map((q) => q.q + q.a)].join(' ');
      // A question may quote a word in order to explain why it is avoided.
      const unquoted = text.replace(/&quot;[^&]*&quot;|"[^"]*"|“[^”]*”/g, '');
      assert.doesNotMatch(unquoted, stigma, term.id);
    }
  });
});

describe('built-in Spanish glossary', () => {
  it('has every English entry, with the same ids, sections and questions', () => {
    const ids = (doc: typeof english) => doc.terms.map((t) => t.id).sort();
    assert.deepEqual(ids(spanish), ids(english));
    for (const en of english.terms) {
      const es = spanish.terms.find((t) => t.id === en.id);
      assert.ok(es, en.id);
      assert.deepEqual(es.sections.map((s) => s.id), en.sections.map((s) => s.id), `${en.id} sections`);
      assert.deepEqual(es.faq.map((q) => q.id), en.faq.map((q) => q.id), `${en.id} questions`);
      assert.deepEqual(es.related, en.related, `${en.id} related`);
      assert.notEqual(es.short, en.short, `${en.id} is translated`);
    }
  });

  it('finds Spanish words people search for', () => {
    const words = spanish.terms.flatMap((t) => [t.title, ...t.aliases].map((w) => [w.toLowerCase(), t.id]));
    const lookup = new Map(words as [string, string][]);
    assert.equal(lookup.get('naloxona'), 'naloxone');
    assert.equal(lookup.get('narcan'), 'naloxone');
    assert.equal(lookup.get('tiras reactivas de fentanilo'), 'fentanyl-test-strips');
    assert.equal(lookup.get('recaída'), 'return-to-use');
  });
});
