import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildLocale, ContentBuildError } from '../../src/cli/build-content.js';
import { gradeLevel } from './readability.js';
import { SHORT_MAX } from '../../src/data/schema.js';

const folder = (locale: string) => new URL(`../../content/${locale}`, import.meta.url).pathname;
// The entries as written (caveat tokens not expanded): the checks below read each entry's own words,
// and a broken caveat rule is reported by the test of its own, not by every test of this file.
const english = buildLocale(folder('en'), 'en', { caveats: false });
const spanish = buildLocale(folder('es'), 'es', { caveats: false });

describe('the safety caveat rules, on the built-in entries', () => {
  for (const locale of ['en', 'es']) {
    it(`every ${locale} entry holds the caveats its words call for, once, where a reader needs them`, () => {
      let problems: string[] = [];
      try {
        buildLocale(folder(locale), locale);
      } catch (error) {
        if (!(error instanceof ContentBuildError)) throw error;
        problems = error.errors.map((e) => `${e.file.replace(/^.*\/content\//, '')}: ${e.field}: ${e.message}`);
      }
      assert.deepEqual(problems, []);
    });
  }
});

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
    // The three questions of the page this glossary grew from, and its bridge framing.
    for (const id of ['giving-up-on-recovery', 'what-are-examples', 'opposite-of-abstinence']) {
      assert.ok(entry.faq.some((q) => q.id === id), `answers the page's question ${id}`);
    }
    assert.match(section('vs-abstinence'), /bridge/);
    assert.ok(section('where-to-go').includes('FindTreatment.gov'), 'points to where treatment is');
    assert.match(section('us-2025'), /Ending Crime and Disorder/, 'says what changed in US funding in 2025');
    assert.ok(entry.related.length >= 4, 'related entries resolve');
    assert.ok(entry.sources.some((s) => s.url.includes('samhsa.gov')));
  });
});

/** Public-health authorities and national harm-reduction organizations an entry may cite. */
const SOURCE_DOMAINS = [
  // Any US government site (.gov is registered only to US federal, state, county, city and tribal
  // governments): SAMHSA, NIH (NIDA, NIAAA, MedlinePlus, DailyMed), CDC, FDA, GAO, the Federal Register,
  // and state and county health departments for what a caller is told on an emergency line, which federal
  // pages do not spell out.
  'gov',
  'who.int',
  '988lifeline.org',
  'harmreduction.org',
  'hri.global',
  // Ireland's Health Research Board National Drugs Library, a public body that holds SAMHSA's 2023
  // recovery-housing best practices, whose samhsa.gov address could not be found.
  'drugsandalcohol.ie',
  // Region notes (Canada, the UK, Ireland, Australia, New Zealand) cite those countries' own public bodies:
  // government domains, and the public health services and government-funded services that run the
  // lines and programmes a note names.
  'canada.ca',
  'gc.ca',
  'gov.uk',
  'nhs.uk',
  'gov.ie',
  'hse.ie',
  'gov.au',
  'govt.nz',
  // HSE's drug information site (Ireland); Ottawa's public health unit; the BC Centre for Disease
  // Control's harm-reduction site; New Zealand's drug early-warning system (NZ Drug Foundation with
  // government partners); government-funded Australian mental-health portals.
  'drugs.ie',
  'ottawapublichealth.ca',
  'towardtheheart.com',
  'highalert.org.nz',
  'lifeinmind.org.au',
  'emhprac.org.au',
  // Health New Zealand | Te Whatu Ora, the national public health service, and its regional sites
  // (crisis-lines.md's Alcohol Drug Helpline number as a Te Whatu Ora site gives it).
  'health.nz',
  // The Australasian Legal Information Institute: the consolidated text of Australian laws.
  'austlii.edu.au',
  // The services crisis-lines.md takes their numbers from, on their own sites.
  'samaritans.org',
  // The Government of Canada's news releases as it publishes them through CNW (crisis-lines.md cites the
  // 30 November 2023 release for 9-8-8); only releases whose title names the Government of Canada.
  'newswire.ca',
];

describe('every built-in entry, in both languages', () => {
  it('cites only allowlisted public-health sources over https', () => {
    for (const doc of [english, spanish]) {
      for (const term of doc.terms) {
        for (const source of term.sources) {
          const url = new URL(source.url);
          assert.equal(url.protocol, 'https:', `${doc.locale}/${term.id}`);
          assert.ok(
            SOURCE_DOMAINS.some((domain) => url.hostname === domain || url.hostname.endsWith(`.${domain}`)),
            `${doc.locale}/${term.id}: ${url.hostname} is not an allowlisted source`,
          );
          if (url.hostname.endsWith('newswire.ca')) {
            assert.match(source.title, /^(Government of Canada|Gobierno de Canadá)/, `${doc.locale}/${term.id}: a newswire.ca source is a Government of Canada release`);
          }
        }
      }
    }
  });

  it('reads at about grade 8: every English short definition at most grade 9, the median at most 8', () => {
    const grades = english.terms.map((term) => [gradeLevel(term.short), term.id] as const);
    for (const [grade, id] of grades) assert.ok(grade <= 9, `${id}: grade ${grade.toFixed(1)}`);
    const sorted = grades.map(([grade]) => grade).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    assert.ok(median <= 8, `median grade ${median.toFixed(1)}`);
  });

  it('never offers the 988 "Press 3" option, which ended on 17 July 2025', () => {
    for (const doc of [english, spanish]) {
      for (const term of doc.terms) {
        const text = [term.short, term.body, ...term.sections.map((s) => s.html), ...term.faq.map((q) => q.q + q.a)].join(' ');
        assert.doesNotMatch(text, /\b(press|marque|oprima)\s+3\b/i, `${doc.locale}/${term.id}`);
      }
    }
  });

  it('uses no stigmatizing word outside a language note or a quoted explanation', () => {
    const stigma = {
      en: /\b(addicts?|junkies|junkie|substance abusers?|drug abusers?|clean|dirty|committed suicide)\b/i,
      es: /\b(adictos?|drogadict[oa]s?|yonquis?|limpi[oa]s?|suci[oa]s?|abusador(es)?|se suicidó)\b/i,
    };
    for (const doc of [english, spanish]) {
      for (const term of doc.terms) {
        const text = [term.short, term.body, ...term.sections.map((s) => s.html), ...term.faq.map((q) => q.q + q.a)].join(' ');
        const unquoted = text.replace(/&quot;[^&]*&quot;|"[^"]*"|“[^”]*”|«[^»]*»/g, '');
        assert.doesNotMatch(unquoted, stigma[doc.locale as 'en' | 'es'], `${doc.locale}/${term.id}`);
      }
    }
  });
});

describe('the entries people reach most', () => {
  const MOST_READ = [
    'harm-reduction',
    'naloxone',
    'overdose',
    'fentanyl',
    'fentanyl-test-strips',
    'syringe-services-program',
    'good-samaritan-law',
    'substance-use-disorder',
    'moud',
    'buprenorphine',
    'methadone',
    'recovery',
    'return-to-use',
    '988-lifeline',
    'treatment-referral-helpline',
  ];

  it('each answer at least two common questions, in both languages', () => {
    for (const doc of [english, spanish]) {
      for (const id of MOST_READ) {
        const entry = doc.terms.find((t) => t.id === id);
        assert.ok(entry && entry.faq.length >= 2, `${doc.locale}/${id}`);
      }
    }
  });

  it('has the 40 starting entries, and stigmatizing search words lead to a language note', () => {
    assert.ok(english.terms.length >= 40, `${english.terms.length} entries`);
    for (const doc of [english, spanish]) {
      for (const word of doc.locale === 'en' ? ['addict', 'substance abuse', 'relapse', 'clean and sober', 'dirty urine'] : ['adicto', 'abuso de sustancias', 'recaída', 'estar limpio', 'prueba sucia']) {
        const entry = doc.terms.find((t) => [t.title, ...t.aliases].some((w) => w.toLowerCase() === word));
        assert.ok(entry?.languageNote, `${doc.locale}: "${word}" finds an entry with a language note`);
      }
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
