import { expect, fixture, html } from '@open-wc/testing';
import { GlossaryStore, resolveSource } from '../../src/data/store.js';
import { autolink } from '../../src/text/autolink.js';
import '../../src/index.js';
import { usePageState, waitUntil } from '../helpers.js';

/** Records the address of every request the widgets make through `fetch` during a test. */
function watchRequests(): { urls: string[]; restore: () => void } {
  const urls: string[] = [];
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(input instanceof Request ? input.url : String(input));
    return original.call(window, input, init);
  };
  return { urls, restore: () => (window.fetch = original) };
}

const wrapped = (root: Element) =>
  [...root.querySelectorAll('glossary-term')].map((t) => [t.textContent, t.getAttribute('term')]);

/** A term index of three entries whose word-sense hints live in the file `sense` names. */
const index = (sense: string) =>
  JSON.stringify({
    schema: 1,
    locale: 'en',
    name: 'Index',
    updated: '2026-11-01',
    sense,
    terms: [
      { id: 'naloxone', title: 'Naloxone', aliases: ['Narcan'], short: 'Reverses an opioid overdose.' },
      { id: 'withdrawal', title: 'Withdrawal', aliases: ['opioid withdrawal'], short: 'What the body goes through.' },
      { id: 'recovery', title: 'Recovery', aliases: [], short: 'A personal process of change.' },
    ],
  });

describe('word-sense hints apart from the term index', () => {
  const page = usePageState();
  let requests: ReturnType<typeof watchRequests>;
  beforeEach(() => (requests = watchRequests()));
  afterEach(() => requests.restore());
  const senseRequests = () => requests.urls.filter((url) => /\.sense\.json|hints/.test(url));

  it('a page of hand-marked terms never downloads the hints', async () => {
    const el = await fixture(
      html`<p><glossary-term>Narcan</glossary-term> eases <glossary-term>withdrawal</glossary-term>.</p>`,
    );
    const store = await GlossaryStore.for(resolveSource(undefined, 'en')).ready;
    const term = el.querySelector('glossary-term') as HTMLElement & { updateComplete: Promise<boolean> };
    await term.updateComplete;
    expect(store.document?.sense, 'the built-in index names its hints').to.equal('glossary.en.sense.json');
    expect(store.lookup('withdrawal')?.sense, 'the index itself carries none').to.equal(undefined);
    expect(requests.urls.some((url) => url.endsWith('/glossary.en.terms.json'))).to.equal(true);
    expect(senseRequests()).to.deep.equal([]);
  });

  it('the auto-linker on the built-in glossary downloads them once and follows them', async () => {
    const root = await fixture(html`<div>
      <p>The withdrawal of federal funding closed the clinic.</p>
      <p>Withdrawal from heroin is hard. Carry Narcan.</p>
    </div>`);
    expect(await autolink(root, { all: true }).ready).to.equal(2);
    // "withdrawal" by spelling alone would be linked in the first paragraph too.
    expect(wrapped(root)).to.deep.equal([
      ['Withdrawal', 'withdrawal'],
      ['Narcan', 'naloxone'],
    ]);
    const other = await fixture(html`<p>Recovery after surgery takes weeks.</p>`);
    await autolink(other).ready;
    expect(wrapped(other)).to.deep.equal([]);
    expect(senseRequests().map((url) => new URL(url).pathname.split('/').pop())).to.deep.equal([
      'glossary.en.sense.json',
    ]);
  });

  it('links nothing from a glossary whose hints cannot be loaded, and says so once', async () => {
    // Without its hints the auto-linker cannot tell which names are ordinary words too.
    for (const [id, sense, reason] of [
      ['missing-hints', '/test/fixtures/no-such-file.sense.json', /answered 404/],
      ['wrong-hints', '/test/fixtures/glossary.wrong-schema.json', /schema: must be 1/],
      ['far-hints', 'https://elsewhere.example/glossary.en.sense.json', /elsewhere\.example.*not on its origin/],
    ] as const) {
      const root = await fixture(html`<div>
        <script type="application/json" data-glossary id=${id}>
          ${index(sense)}
        </script>
        <p>Carry Narcan. Withdrawal from heroin is hard.</p>
      </div>`);
      expect(await autolink(root, { src: `#${id}`, all: true }).ready, id).to.equal(0);
      expect(wrapped(root), id).to.deep.equal([]);
      const warnings = page.messages.filter((message) => message.includes('word-sense hints'));
      expect(warnings.at(-1), id)
        .to.match(reason)
        .and.to.match(/Nothing is auto-linked/);
    }
    expect(
      requests.urls.some((url) => url.includes('elsewhere.example')),
      'nothing is sent elsewhere',
    ).to.equal(false);
  });

  it('leaves out only the entry whose hints are refused', async () => {
    const root = await fixture(html`<div>
      <script type="application/json" data-glossary id="one-bad-hints">
        ${index('/test/fixtures/glossary.hints-one-bad.json')}
      </script>
      <p>The withdrawal of federal funding. Withdrawal from heroin is hard.</p>
      <p>Recovery while sober. Carry Narcan.</p>
    </div>`);
    await autolink(root, { src: '#one-bad-hints', all: true }).ready;
    expect(wrapped(root)).to.deep.equal([
      ['Withdrawal', 'withdrawal'],
      ['Narcan', 'naloxone'],
    ]);
    await waitUntil(() => page.messages.some((message) => message.includes('terms.recovery.ambiguous[0]')));
  });
});
