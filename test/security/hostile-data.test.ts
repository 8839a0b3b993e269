/**
 * Hostile data everywhere a partner or a glossary source can put a string: every field of a glossary
 * document given inline, every element attribute, every data-* setting of the script tag. Every widget
 * is opened. Nothing may run, no dangerous URL or foreign element may survive, and the rest renders.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { configure, readScriptConfig } from '../../src/config.js';
import type { GlossaryTermElement } from '../../src/elements/glossary-term/glossary-term.js';
import '../../src/index.js';
import { HOSTILE_PAYLOADS } from '../fixtures/hostile-payloads.js';
import { deepElements, fakeZone, nextTask, realZone, usePageState, waitUntil } from '../helpers.js';

type Pwned = Window & { __pwned?: number };

const FOREIGN_TAGS = new Set(
  'script iframe object embed img math style link meta base form video audio portal frameset frame isindex keygen marquee xss plaintext xmp listing noscript template picture source area input textarea select details'.split(
    ' ',
  ),
);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'ping'];
const CLOBBER_NAMES =
  /^(TwelvaGlossary|location|customElements|document|__proto__|getElementById|attributes|defaultView|cookie|href)$/;

/**
 * What may not survive anywhere under `root`: an element a payload brought (the widgets' own filter
 * field, decorative icons and JSON-LD are theirs), an event-handler attribute, a URL with a scheme
 * other than http(s), mailto or tel, a style attribute, or a clobbering id or name.
 */
function problemsIn(root: Element): string[] {
  const problems: string[] = [];
  // The fixture's own markup and attributes are the partner's; the widgets answer for what they draw
  // in their shadow roots and for anything they add to the page (JSON-LD, auto-linked terms).
  const drawn = deepElements(root).filter(
    (el) =>
      el.getRootNode() instanceof ShadowRoot ||
      el.localName === 'script' ||
      el.hasAttribute('data-glossary-autolinked'),
  );
  for (const el of drawn) {
    const tag = el.localName;
    const ours =
      (tag === 'input' && el.closest('[part="filter"], .filter') !== null) ||
      (tag === 'script' && el.getAttribute('type') === 'application/ld+json') ||
      (tag === 'select' && el.getRootNode() instanceof ShadowRoot && el.closest('[part="region"]') !== null);
    if (FOREIGN_TAGS.has(tag) && !ours) problems.push(`<${tag}> survived`);
    if (tag === 'svg' && el.getAttribute('aria-hidden') !== 'true') problems.push('a foreign <svg> survived');
    for (const attribute of Array.from(el.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`<${tag} ${name}> survived`);
      if (URL_ATTRIBUTES.includes(name) && !/^(https?:|mailto:|tel:|sms:|#)/i.test(attribute.value.trim()))
        problems.push(`<${tag} ${name}="${attribute.value.slice(0, 40)}">`);
      if (name === 'style' && !el.matches('[part="definition"]')) problems.push(`<${tag} style> survived`);
      if ((name === 'id' || name === 'name') && CLOBBER_NAMES.test(attribute.value))
        problems.push(`<${tag} ${name}="${attribute.value}"> could clobber the DOM`);
    }
  }
  return problems;
}

/** Opens everything a reader could open: definitions, compact cards, every question. */
async function openEverything(root: Element): Promise<void> {
  for (const term of deepElements(root).filter((el) => el.localName === 'glossary-term')) {
    await (term as GlossaryTermElement).show();
    (term as GlossaryTermElement).hide();
  }
  for (const button of deepElements(root).filter(
    (el): el is HTMLButtonElement => el instanceof HTMLButtonElement && el.getAttribute('aria-expanded') === 'false',
  ))
    button.click();
  // What the clicks opened has rendered (every element's update, nested ones included), then one task
  // for anything a handler queued: no fixed wait.
  await Promise.all(
    deepElements(root)
      .filter((el): el is LitElement => el instanceof LitElement)
      .map((el) => el.updateComplete),
  );
  await nextTask();
}

/** Registers an inline glossary document under `id` and returns a function that removes it. */
function inlineGlossary(id: string, document_: object): () => void {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = id;
  script.textContent = JSON.stringify(document_);
  document.body.append(script);
  return () => script.remove();
}

describe(`hostile data (${HOSTILE_PAYLOADS.length} payloads)`, function () {
  // Each test renders and opens 115 payloads in every kind of element: on a machine shared by many
  // runs that took longer than mocha's 10 s. The limit only guards against a hang; no test here
  // measures time.
  this.timeout(60_000);
  const warnings = usePageState();
  beforeEach(() => delete (window as Pwned).__pwned);

  it('in every string field of an inline glossary: terms, cards, questions and the index all open safely', async () => {
    const entries = HOSTILE_PAYLOADS.map((payload, i) => ({
      id: `t${i}`,
      title: `Entry ${i} ${payload}`.slice(0, 100),
      aliases: [`alias${i} ${payload}`.slice(0, 100)],
      short: `Short ${i}: ${payload}`.slice(0, 280),
      body: payload,
      sections: [{ id: 'principles', title: payload, html: payload }],
      faq: [{ id: `q${i}`, q: payload, a: payload }],
      related: [`t${(i + 1) % HOSTILE_PAYLOADS.length}`],
      sources: [{ title: payload, url: 'https://example.org/' }],
      reviewed: '2026-11-01',
      languageNote: payload,
    }));
    const remove = inlineGlossary('hostile-doc', {
      schema: 1,
      locale: 'en',
      name: '<img src=x onerror=window.__pwned=1>',
      updated: '2026-11-01',
      terms: entries,
    });
    try {
      const box = await fixture(html`<div>
        ${entries.map(
          (entry) =>
            html`<p><glossary-term src="#hostile-doc" term=${entry.id}>x</glossary-term></p>
              <glossary-card src="#hostile-doc" term=${entry.id} structured-data></glossary-card>`,
        )}
        <glossary-faq src="#hostile-doc"></glossary-faq>
        <glossary-index src="#hostile-doc"></glossary-index>
      </div>`);
      const cards = [...box.querySelectorAll('glossary-card')];
      await waitUntil(() => cards.every((card) => card.shadowRoot?.querySelector('article [part="title"]')), '', {
        timeout: 8000,
      });
      await openEverything(box);
      expect((window as Pwned).__pwned, 'a payload ran').to.equal(undefined);
      expect(problemsIn(box)).to.deep.equal([]);
      // The rest renders: every title, every definition and every question is there, as text.
      cards.forEach((card, i) =>
        expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent).to.include(`Entry ${i}`),
      );
      const faq = box.querySelector('glossary-faq')!.shadowRoot!;
      expect(faq.querySelectorAll('button[aria-expanded]').length).to.equal(HOSTILE_PAYLOADS.length);
      const index = box.querySelector('glossary-index')!.shadowRoot!;
      expect(index.textContent).to.include('Entry 114');
      // JSON-LD for crawlers holds the payloads only as JSON text: no early </script>.
      for (const jsonLd of box.querySelectorAll('script[type="application/ld+json"]'))
        expect(jsonLd.textContent).not.to.match(/<\/script/i);
    } finally {
      remove();
    }
  });

  it('in the word-sense fields and the auto-linked text: every entry loads, nothing runs, only terms are added', async () => {
    const words = (payload: string) => [payload.slice(0, 120)];
    const entries = HOSTILE_PAYLOADS.map((payload, i) => ({
      id: `s${i}`,
      title: `Entry ${i}`,
      aliases: [`Sense ${i}`, `alias${i} ${payload}`.slice(0, 100)],
      sense: {
        ambiguous: [`Sense ${i}`],
        cues: words(payload),
        against: words(payload),
        otherSenses: words(`alias${i} ${payload} x`),
      },
      short: `Short ${i}.`,
    }));
    const remove = inlineGlossary('hostile-sense', {
      schema: 1,
      locale: 'en',
      name: 'n',
      updated: '2026-11-01',
      terms: entries,
    });
    try {
      const { autolink } = await import('../../src/text/autolink.js');
      const { GlossaryStore, resolveSource } = await import('../../src/data/store.js');
      const store = await GlossaryStore.for(resolveSource('#hostile-sense', 'en')).ready;
      expect(store.terms).to.have.length(HOSTILE_PAYLOADS.length);
      const root = await fixture(html`<div>
        ${HOSTILE_PAYLOADS.map(
          (payload, i) => html`<p>${`Entry ${i}, Sense ${i} ${payload}. ${payload} alias${i} ${payload}`}</p>`,
        )}
      </div>`);
      const before = root.querySelectorAll('*').length;
      const handle = autolink(root, { src: '#hostile-sense', all: true, exclude: HOSTILE_PAYLOADS });
      await handle.ready;
      expect((window as Pwned).__pwned, 'a payload ran').to.equal(undefined);
      expect(handle.count).to.be.at.least(HOSTILE_PAYLOADS.length);
      expect(root.querySelectorAll('*').length - before).to.equal(root.querySelectorAll('glossary-term').length);
      expect(problemsIn(root)).to.deep.equal([]);
    } finally {
      remove();
    }
  });

  it('as URLs in a glossary: bad source URLs drop their entry with a warning, bad links lose their href', async () => {
    const urls = ['javascript:window.__pwned=1', 'data:text/html,<script>1</script>', 'vbscript:x', ' javascript:x'];
    const entry = (id: string, body: string, url: string) => ({
      id,
      title: `Entry ${id}`,
      short: 'A short definition.',
      body,
      sources: [{ title: 'Source', url }],
      reviewed: '2026-11-01',
    });
    const remove = inlineGlossary('hostile-urls', {
      schema: 1,
      locale: 'en',
      name: 'URLs',
      updated: '2026-11-01',
      terms: urls.flatMap((url, i) => [
        entry(`bad-source-${i}`, '<p>Fine.</p>', url),
        entry(`bad-link-${i}`, `<p><a href="${url}">inline link</a></p>`, 'https://example.org/'),
      ]),
    });
    try {
      const box = await fixture(
        html`<div>
          ${urls.map(
            (_, i) => html`<glossary-card src="#hostile-urls" term=${`bad-source-${i}`}></glossary-card>
              <glossary-card src="#hostile-urls" term=${`bad-link-${i}`}></glossary-card>`,
          )}
        </div>`,
      );
      const cards = [...box.querySelectorAll('glossary-card')];
      await waitUntil(() => cards.every((card) => !card.shadowRoot?.querySelector('[aria-busy="true"]')), '', {
        timeout: 5000,
      });
      expect((window as Pwned).__pwned).to.equal(undefined);
      expect(problemsIn(box)).to.deep.equal([]);
      for (const card of cards.filter((c) => c.getAttribute('term')!.startsWith('bad-link'))) {
        expect(card.shadowRoot!.textContent).to.include('inline link');
        expect(card.shadowRoot!.querySelector('.html a, [part="body"] a')?.hasAttribute('href')).to.equal(false);
      }
      for (const card of cards.filter((c) => c.getAttribute('term')!.startsWith('bad-source')))
        expect(card.shadowRoot!.textContent).to.include('could not find');
      expect(warnings.messages.filter((m) => m.includes('sources[0].url')).length).to.equal(1);
    } finally {
      remove();
    }
  });

  it('in every element attribute: nothing runs, and each element falls back to something readable', async () => {
    // A region that is no region counts as absent, so the footers follow the reader's time zone.
    fakeZone('Europe/London');
    // Nearly 600 elements load the built-in glossary at once: on a machine running other test stages
    // beside this one, WebKit took longer than the 10 s a reader's network gets, and the card said the
    // glossary could not load. The test is about hostile attributes, not about timeouts (the store's
    // tests cover those), so the glossary may take as long as the test itself may.
    configure({ fetchTimeoutMs: 60_000 });
    try {
      await everyAttributeHostile();
    } finally {
      realZone();
    }
  });

  async function everyAttributeHostile(): Promise<void> {
    const box = await fixture(html`<div>
      ${HOSTILE_PAYLOADS.map(
        (payload) => html`
          <p><glossary-term term=${payload} locale=${payload} theme=${payload}>naloxone</glossary-term></p>
          <p><glossary-term locale=${payload} theme=${payload}>naloxone</glossary-term></p>
          <glossary-card term=${payload} locale=${payload} theme=${payload} variant=${payload} heading-level=${payload}>
          </glossary-card>
          <glossary-faq term=${payload} locale=${payload} heading-level=${payload}></glossary-faq>
          <crisis-footer region=${payload} locale=${payload} theme=${payload} variant=${payload}></crisis-footer>
        `,
      )}
      <glossary-index locale="<img src=x onerror=window.__pwned=1>" heading-level="9"></glossary-index>
    </div>`);
    const named = [...box.querySelectorAll('glossary-term:not([term])')];
    await waitUntil(() => named.every((term) => term.shadowRoot?.querySelector('#description')), '', {
      timeout: 8000,
    });
    await openEverything(box);
    expect((window as Pwned).__pwned).to.equal(undefined);
    expect(problemsIn(box)).to.deep.equal([]);
    // Readable fallbacks: the term with a good text works in English; unknown terms stay plain text;
    // the footer falls back to the reader's region (here the United Kingdom's 999); cards say politely
    // that there is no such entry.
    expect(named[0]!.shadowRoot!.querySelector('#description')!.textContent).to.include('opioid overdose');
    const footers = [...box.querySelectorAll('crisis-footer')];
    for (const footer of footers) expect(footer.shadowRoot!.querySelector('a[href="tel:999"]')).to.not.equal(null);
    const card = box.querySelector('glossary-card')!;
    await waitUntil(() => card.shadowRoot!.querySelector('[role="status"]:not([aria-busy="true"])'));
    expect(card.shadowRoot!.textContent).to.include('could not find');
  }

  it('in a glossary src attribute: one warning each, plain text, no request outside the page origin', async () => {
    const requests: string[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => requests.push(e.name)));
    observer.observe({ type: 'resource', buffered: false });
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      requests.push(new URL(input instanceof Request ? input.url : String(input), location.href).href);
      return realFetch.call(window, input, init);
    };
    let terms: GlossaryTermElement[] = [];
    let box: Element;
    try {
      box = await fixture(
        html`<div>${HOSTILE_PAYLOADS.map((payload) => html`<p><glossary-term src=${payload}>naloxone</glossary-term></p>`)}</div>`,
      );
      terms = [...box.querySelectorAll<GlossaryTermElement>('glossary-term')];
      await waitUntil(() => terms.every((term) => term.shadowRoot?.querySelector('[part="trigger"], slot')), '', {
        timeout: 8000,
      });
    } finally {
      window.fetch = realFetch;
    }
    // Every term has asked for its glossary and settled (loaded or failed, one warning each); a
    // request it made is in `requests` from the moment it was made, and a finished load is handed to
    // the observer now rather than after a wait.
    await Promise.all(terms.map((term) => term.updateComplete));
    await nextTask();
    requests.push(...observer.takeRecords().map((entry) => entry.name));
    observer.disconnect();
    expect((window as Pwned).__pwned).to.equal(undefined);
    expect(problemsIn(box)).to.deep.equal([]);
    for (const term of terms) expect(term.textContent).to.equal('naloxone');
    const foreign = requests.filter((url) => !url.startsWith(location.origin));
    expect(foreign, 'requests that left the page origin').to.deep.equal([]);
  });

  it('in every data-* setting of the script tag: nothing runs and no dangerous link is made', async () => {
    fakeZone('Europe/London');
    try {
      await everySettingHostile();
    } finally {
      realZone();
    }
  });

  async function everySettingHostile(): Promise<void> {
    configure({ termUrl: '/glossary/{id}', appUrl: 'https://app.example/{id}' });
    const box = await fixture(html`<div>
      <p><glossary-term>naloxone</glossary-term></p>
      <glossary-card term="naloxone"></glossary-card>
      <glossary-index></glossary-index>
      <crisis-footer></crisis-footer>
    </div>`);
    const card = box.querySelector('glossary-card')!;
    await waitUntil(() => card.shadowRoot!.querySelector('article [part="title"]'), '', { timeout: 5000 });
    await openEverything(box);
    const widgets = deepElements(box).filter((el): el is LitElement => el instanceof LitElement);
    for (const payload of HOSTILE_PAYLOADS) {
      const script = document.createElement('script');
      for (const name of ['glossarySrc', 'locale', 'region', 'theme', 'termUrl', 'appUrl', 'autolink'])
        script.dataset[name] = name === 'glossarySrc' ? '' : payload;
      configure(readScriptConfig(script));
      configure({ termUrl: `${payload}{id}`.trim() });
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      expect((window as Pwned).__pwned, payload).to.equal(undefined);
      expect(problemsIn(box), payload).to.deep.equal([]);
      expect(card.shadowRoot!.textContent, payload).to.include('Naloxone');
    }
    // No hostile data-region names a region, so the footer still gives the reader's help by time zone.
    expect(box.querySelector('crisis-footer')!.shadowRoot!.querySelector('a[href="tel:999"]')).to.not.equal(null);
  }
});
