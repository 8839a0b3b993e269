/**
 * The claims ledger (content/ledger/<id>.yaml): every factual claim of an entry tied to the words of its
 * source, for a clinical reviewer to work through. This test enforces what a reviewer must be able to
 * rely on: every sentence of every short definition and every safety step has a row, in both languages,
 * citing a source the entry itself lists, with the supporting words and the date they were checked.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { buildLocale } from '../../scripts/build-content.js';
import type { GlossaryTerm } from '../../src/data/schema.js';
import { uiStrings } from '../../src/i18n/strings.js';

const english = buildLocale(new URL('../../content/en', import.meta.url).pathname, 'en');
const spanish = buildLocale(new URL('../../content/es', import.meta.url).pathname, 'es');
const ledgerFolder = new URL('../../content/ledger/', import.meta.url);

interface LedgerRow {
  where: string;
  claim: string;
  es?: string;
  step?: boolean;
  source: string;
  quote: string;
  checked: string;
  copy?: string;
}
interface Ledger {
  id: string;
  review: { name: string; date: string };
  claims: LedgerRow[];
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** "One. Two? Three!" → ["One.", "Two?", "Three!"] */
const sentences = (text: string) => normalise(text).split(/(?<=[.?!])\s+/).filter(Boolean);

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const plainText = (html: string) =>
  normalise(html.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity));

/** The overdose steps shared by the footer and every entry that holds a `{overdose-steps}` line. */
const sharedSteps = (locale: 'en' | 'es') => uiStrings(locale, undefined).crisisOverdoseSteps.split('\n');

/** The items of every ordered list in an entry, and the shared steps where it names them: the steps a reader follows. */
function steps(term: GlossaryTerm, locale: 'en' | 'es'): string[] {
  const html = [term.body, ...term.sections.map((s) => s.html), ...term.faq.map((q) => q.a)].join('\n');
  const shared = html.includes('{overdose-steps}') ? sharedSteps(locale) : [];
  return [...shared, ...[...html.matchAll(/<ol[^>]*>([\s\S]*?)<\/ol>/g)].flatMap(([, list = '']) =>
    [...list.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map(([, item = '']) => plainText(item)),
  )];
}

function readLedger(id: string): Ledger {
  const file = new URL(`${id}.yaml`, ledgerFolder);
  assert.ok(existsSync(file), `content/ledger/${id}.yaml exists`);
  return parse(readFileSync(file, 'utf8')) as Ledger;
}

describe('claims ledger', () => {
  for (const en of english.terms) {
    const es = spanish.terms.find((t) => t.id === en.id);
    it(`${en.id}: every short sentence and every step is tied to a listed source, in both languages`, () => {
      assert.ok(es, `${en.id} has a Spanish twin`);
      const ledger = readLedger(en.id);
      assert.equal(ledger.id, en.id);
      assert.ok(ledger.review && 'name' in ledger.review && 'date' in ledger.review, 'room for a reviewer');
      const rows = ledger.claims ?? [];
      assert.ok(rows.length > 0, 'has claims');
      const sources = new Set(en.sources.map((s) => s.url));
      for (const row of rows) {
        const label = `${en.id}: "${normalise(row.claim ?? '').slice(0, 60)}"`;
        assert.ok(sources.has(row.source), `${label} cites ${row.source}, which the entry does not list`);
        assert.ok(normalise(row.quote ?? '').length > 0, `${label} quotes its source`);
        assert.match(String(row.checked), /^\d{4}-\d{2}-\d{2}$/, `${label} says when it was checked`);
        assert.match(row.where, /^(short|body|section:[a-z0-9-]+|faq:[a-z0-9-]+)$/, `${label} says where it is`);
      }
      const shortRows = rows.filter((row) => row.where === 'short');
      for (const sentence of sentences(en.short)) {
        assert.ok(
          shortRows.some((row) => normalise(row.claim) === sentence),
          `${en.id}: short sentence has no ledger row: "${sentence}"`,
        );
      }
      for (const sentence of sentences(es.short)) {
        assert.ok(
          shortRows.some((row) => row.es !== undefined && normalise(row.es) === sentence),
          `${en.id}: Spanish short sentence has no ledger row: "${sentence}"`,
        );
      }
      const stepRows = rows.filter((row) => row.step === true);
      for (const step of steps(en, 'en')) {
        assert.ok(
          stepRows.some((row) => normalise(row.claim) === step),
          `${en.id}: safety step has no ledger row: "${step}"`,
        );
      }
      for (const step of steps(es, 'es')) {
        assert.ok(
          stepRows.some((row) => row.es !== undefined && normalise(row.es) === step),
          `${en.id}: Spanish safety step has no ledger row: "${step}"`,
        );
      }
    });
  }
});
