import { expect, fixture, html } from '@open-wc/testing';
import { GlossaryStore, resolveSource } from '../../src/data/store.js';
import '../../src/index.js';
import { captureWarnings, fixtureUrl, freshPage, heldSource, waitUntil } from '../helpers.js';

const small = {
  schema: 1,
  locale: 'en',
  name: 'Inline',
  updated: '2026-11-01',
  terms: [{ id: 'stigma', title: 'Stigma', aliases: ['stigmatizing'], short: 'Negative attitudes.' }],
};

async function load(src: string): Promise<GlossaryStore> {
  return GlossaryStore.for(resolveSource(src, 'en')).ready;
}

describe('GlossaryStore', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    freshPage();
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('loads the built-in glossary by default, per locale', async () => {
    const ref = resolveSource(undefined, 'en');
    expect(ref.kind).to.equal('url');
    const store = await GlossaryStore.for(ref).ready;
    expect(store.status).to.equal('ready');
    expect(store.lookup('harm reduction')?.id).to.equal('harm-reduction');
    expect(store.terms.length).to.be.at.least(12);
  });

  it('reads the small term index first and the full entries only when asked', async () => {
    const index = await GlossaryStore.for(resolveSource(undefined, 'en')).ready;
    const summary = index.lookup('naloxone');
    expect(summary?.short).to.not.equal('');
    expect(summary?.body, 'a term index carries no bodies').to.equal('');
    expect(index.document?.full).to.equal('glossary.en.json');

    const full = await index.complete().ready;
    expect(full).to.not.equal(index);
    expect(full.status).to.equal('ready');
    expect(full.lookup('naloxone')?.body).to.contain('<p>');
    expect(full.lookup('naloxone')?.sources.length).to.be.at.least(1);
    expect(index.complete(), 'the full document loads once').to.equal(full);
    const direct = GlossaryStore.for(
      resolveSource(
        new URL('glossary.en.json', index.source.kind === 'url' ? index.source.url : location.href).href,
        'en',
      ),
    );
    expect(direct, 'one store for the full document, however it is named').to.equal(full);
  });

  it('reads one entry’s own small document for a card, and the full document for every question', async () => {
    const index = await GlossaryStore.for(resolveSource(undefined, 'en')).ready;
    expect(index.document?.entries).to.equal('glossary.en/{id}.json');
    // Named by its title, as a partner may write <glossary-card term="Narcan">.
    const own = index.complete('Narcan');
    expect(own.source.kind === 'url' && own.source.url).to.match(/\/glossary\.en\/naloxone\.json$/);
    await own.ready;
    expect(own.status).to.equal('ready');
    expect(own.terms.map((term) => term.id)).to.deep.equal(['naloxone']);
    expect(own.lookup('naloxone')?.body).to.contain('<p>');
    expect(own.lookup('naloxone')?.faq.length).to.be.at.least(1);
    expect(own.lookup('naloxone')?.sense, 'hints stay in the hints file').to.equal(undefined);
    expect(own.lookup('naloxone')?.related, 'related ids are checked against the index').to.include('overdose');
    expect(warnings.messages).to.deep.equal([]);
    expect(index.complete('naloxone'), 'one store per entry file').to.equal(own);
    expect(index.complete().source, 'no entry named: the full document').to.deep.include({
      url: new URL('glossary.en.json', own.source.kind === 'url' ? own.source.url : '').href.replace(
        '/glossary.en/',
        '/',
      ),
    });
    expect(index.complete('no such entry'), 'an entry the index lacks: the full document').to.equal(index.complete());
  });

  it('reads the built-in glossary, and the files its index names, as built; a source the page names is checked', async () => {
    const builtin = resolveSource(undefined, 'en');
    expect(builtin.builtin, 'nothing named: the built-in glossary').to.equal(true);
    const index = await GlossaryStore.for(builtin).ready;
    expect(index.complete('naloxone').source.builtin, 'an entry’s own file').to.equal(true);
    expect(index.complete().source.builtin, 'the full document').to.equal(true);
    // The same address written by the page is a source like any other: untrusted, validated.
    expect(builtin.kind === 'url' && resolveSource(builtin.url, 'en').builtin).to.not.equal(true);
    expect(resolveSource(fixtureUrl(), 'en').builtin).to.not.equal(true);
    const partner = await load(fixtureUrl());
    expect(partner.named('glossary.en.json', 'full').builtin, 'a file a partner’s glossary names').to.not.equal(true);
    await fixture(html`<script type="application/json" data-glossary id="inline-builtin">
      ${JSON.stringify({ ...small, full: '/glossary.en.json' })}
    </script>`);
    const inline = await GlossaryStore.for(resolveSource('#inline-builtin', 'en')).ready;
    expect(inline.source.builtin, 'an inline glossary').to.not.equal(true);
    expect(inline.complete().source.builtin, 'a file an inline glossary names').to.not.equal(true);
    await inline.complete().ready; // its one warning (no such file here) belongs to this test
  });

  it('fails softly, with no terms, when a built-in file is not the glossary the build wrote', async () => {
    for (const [file, reason] of [
      ['/test/fixtures/glossary.wrong-schema.json', /not a schema-1 glossary document/],
      ['/faults/html.json', /not valid JSON/],
    ] as const) {
      const url = new URL(file, location.href).href;
      const store = await GlossaryStore.for({ kind: 'url', url, label: `built-in ${file}`, builtin: true }).ready;
      expect(store.status, file).to.equal('failed');
      expect(store.terms, file).to.deep.equal([]);
      expect(warnings.messages.filter((message) => message.includes(file) && reason.test(message))).to.have.length(1);
    }
  });

  it('falls back to the full document when an entry’s own file cannot load, or is elsewhere', async () => {
    for (const [id, entries] of [
      ['missing-entries', '/test/fixtures/no-such-folder/{id}.json'],
      ['far-entries', 'https://elsewhere.example/{id}.json'],
    ]) {
      await fixture(
        html`<script type="application/json" data-glossary id=${id}>
          ${JSON.stringify({ ...small, entries, full: fixtureUrl() })}
        </script>`,
      );
      const index = await GlossaryStore.for(resolveSource(`#${id}`, 'en')).ready;
      const own = await index.complete('stigma').ready;
      expect(own.status, entries).to.equal('failed');
      const full = index.complete('stigma');
      expect(full, entries).to.equal(index.complete());
      await full.ready;
      expect(full.status).to.equal('ready');
    }
    expect(warnings.messages.join('\n')).to.match(/no-such-folder\/stigma\.json/);
    expect(warnings.messages.join('\n')).to.match(/elsewhere\.example.*not on its origin/);
  });

  it('never follows a redirect off its origin for a file the glossary names', async () => {
    const key = `redirected-${Math.random().toString(36).slice(2)}`;
    // 127.0.0.1 is another origin than the test page's localhost, served by the same test server.
    const elsewhere = `${location.protocol}//127.0.0.1:${location.port}/faults/counted/${key}`;
    await fixture(
      html`<script type="application/json" data-glossary id="redirecting">
        ${JSON.stringify({
          ...small,
          entries: `/faults/redirect/{id}.json?to=${encodeURIComponent(elsewhere)}`,
          full: fixtureUrl(),
        })}
      </script>`,
    );
    const index = await GlossaryStore.for(resolveSource('#redirecting', 'en')).ready;
    const own = await index.complete('stigma').ready;
    expect(own.status).to.equal('failed');
    const count = (await (await fetch(`/faults/count?key=${key}`)).json()) as { count: number };
    expect(count.count, 'the other origin never received the request').to.equal(0);
    const full = await index.complete('stigma').ready;
    expect(full, 'the card falls back to the full document').to.equal(index.complete());
    expect(full.status).to.equal('ready');
    expect(warnings.messages.join('\n')).to.match(/redirected/);
  });

  it('reads the full document, and says so, when an entry file holds another entry', async () => {
    await fixture(
      html`<script type="application/json" data-glossary id="wrong-entry">
        ${JSON.stringify({ ...small, entries: '/faults/other-entry/{id}.json', full: fixtureUrl() })}
      </script>`,
    );
    const index = await GlossaryStore.for(resolveSource('#wrong-entry', 'en')).ready;
    const own = await index.complete('stigma').ready;
    expect(own.status, 'the file itself loads').to.equal('ready');
    const full = index.complete('stigma');
    expect(full, 'the card is sent to the full document').to.not.equal(own);
    expect(full).to.equal(index.complete());
    expect((await full.ready).status).to.equal('ready');
    expect(warnings.messages.join('\n')).to.match(/other-entry\/stigma\.json does not hold "stigma"/);
  });

  it('gives the real reason for every refused address a glossary names', async () => {
    const index = await load(fixtureUrl());
    expect(index.named('javascript:alert(1)', 'entry').label).to.match(/not an http\(s\) address/);
    expect(index.named('http://[not an address', 'entry').label).to.match(/not a valid address/);
    expect(index.named('https://elsewhere.example/x.json', 'full').label).to.match(
      /on https:\/\/elsewhere\.example, not on its origin/,
    );
    expect(index.named('glossary.en.json', 'full').url).to.match(/^http:\/\/localhost:\d+\//);
  });

  it('says what a reader sees when an entry file fails, not that terms stay plain', async () => {
    await fixture(
      html`<script type="application/json" data-glossary id="missing-entry">
        ${JSON.stringify({ ...small, entries: '/test/fixtures/none/{id}.json', full: fixtureUrl() })}
      </script>`,
    );
    const index = await GlossaryStore.for(resolveSource('#missing-entry', 'en')).ready;
    await index.complete('stigma').ready;
    const said = warnings.messages.join('\n');
    expect(said).to.match(/none\/stigma\.json.*The card reads the full glossary instead/);
    expect(said).to.not.match(/Terms stay plain text/);
  });

  it('treats an ordinary full document as complete on its own', async () => {
    const store = await load(fixtureUrl());
    expect(store.complete()).to.equal(store);
  });

  it('refuses a full document on another origin than its index', async () => {
    await fixture(
      html`<script type="application/json" data-glossary id="far-index">
        ${JSON.stringify({ ...small, full: 'https://elsewhere.example/glossary.json' })}
      </script>`,
    );
    const index = await GlossaryStore.for(resolveSource('#far-index', 'en')).ready;
    expect(index.lookup('stigma')?.id).to.equal('stigma');
    const full = await index.complete().ready;
    expect(full.status).to.equal('failed');
    expect(warnings.messages.join('\n')).to.match(/elsewhere\.example.*not on its origin/);
  });

  it('looks terms up by id, title or alias, ignoring case and spacing', async () => {
    const store = await load(fixtureUrl());
    expect(store.lookup('naloxone')?.id).to.equal('naloxone');
    expect(store.lookup('  NARCAN ')?.id).to.equal('naloxone');
    expect(store.lookup('Overdoses')?.id).to.equal('overdose');
    expect(store.lookup('unknown')).to.equal(undefined);
  });

  it('reads an inline <script type="application/json" data-glossary>', async () => {
    const el = await fixture(
      html`<div>
        <script type="application/json" data-glossary id="inline-g">
          ${JSON.stringify(small)}
        </script>
      </div>`,
    );
    const byDefault = resolveSource(undefined, 'en');
    expect(byDefault.kind).to.equal('inline');
    const store = await GlossaryStore.for(byDefault).ready;
    expect(store.lookup('stigmatizing')?.id).to.equal('stigma');
    expect(GlossaryStore.for(resolveSource('#inline-g', 'en'))).to.equal(store);
    el.remove();
  });

  it('makes one request per source however many elements ask', async () => {
    const key = `many-${Date.now()}`;
    const src = `/faults/counted/${key}`;
    const terms = Array.from({ length: 25 }, () => html`<glossary-term src=${src}>naloxone</glossary-term> `);
    const el = await fixture(html`<p>${terms}</p>`);
    await GlossaryStore.for(resolveSource(src, 'en')).ready;
    const { count } = (await (await fetch(`/faults/count?key=${key}`)).json()) as { count: number };
    expect(count).to.equal(1);
    expect(el.querySelectorAll('glossary-term')).to.have.length(25);
  });

  it('fetches without cookies or referrer', async () => {
    const calls: RequestInit[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      calls.push(init ?? {});
      return original(input, init);
    };
    try {
      await load(fixtureUrl());
    } finally {
      window.fetch = original;
    }
    expect(calls[0]).to.include({ credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  const unanswered = heldSource();
  after(() => unanswered.release());
  const failures: [string, () => string, RegExp][] = [
    ['a network error', () => 'http://127.0.0.1:9/glossary.json', /request failed/],
    ['a 404', () => '/test/fixtures/missing.json', /answered 404/],
    ['a response that is not JSON', () => '/faults/html.json', /not valid JSON/],
    ['a document with the wrong schema', () => '/test/fixtures/glossary.wrong-schema.json', /schema: must be 1/],
    ['a response over the size cap', () => '/faults/big.json?bytes=200000', /limit of 100000 bytes|limit is 100000/],
    // Held until after the test: the store's own 200 ms limit is what ends the wait.
    ['a source that does not answer in time', () => unanswered.src, /within 200 ms/],
    ['a src naming no inline script', () => '#no-such-script', /no <script> with that id/],
  ];
  for (const [what, src, reason] of failures) {
    it(`fails softly on ${what}: one warning, no rejection`, async () => {
      // The reader's limits are a value the store is given, not a page setting it looks up.
      const limits = { timeoutMs: 200, maxBytes: 100_000 };
      const store = await GlossaryStore.for(resolveSource(src(), 'en', document, limits)).ready;
      expect(store.status).to.equal('failed');
      expect(store.lookup('naloxone')).to.equal(undefined);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(reason);
      expect(warnings.messages[0]).to.contain('Terms stay plain text');
    });
  }

  it("gives an element's glossary the page's limits (configure) and a named file the same", async () => {
    freshPage({ fetchTimeoutMs: 200 });
    const held = heldSource();
    try {
      await fixture(html`<glossary-term src=${held.src}>naloxone</glossary-term>`);
      await waitUntil(() => warnings.messages.length > 0, 'the term gives up after the page timeout');
      expect(warnings.messages[0]).to.match(/within 200 ms/);
      const limits = { timeoutMs: 300, maxBytes: 9 };
      const ref = resolveSource('https://glossary.example/glossary.en.json', 'en', document, limits);
      const index = GlossaryStore.seed(ref, {
        schema: 1,
        locale: 'en',
        name: 'Seeded',
        updated: '2026-11-01',
        terms: [],
      });
      expect(index.named('glossary.en.full.json', 'full').limits).to.deep.equal(limits);
    } finally {
      await held.release();
    }
  });

  it('warns once about bad terms and loads the rest', async () => {
    const store = await load('/test/fixtures/glossary.one-bad-term.json');
    expect(store.status).to.equal('ready');
    expect(store.lookup('naloxone')?.id).to.equal('naloxone');
    expect(store.lookup('broken')).to.equal(undefined);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('terms[1].short');
  });
});
