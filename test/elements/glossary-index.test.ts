import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configure } from '../../src/config.js';
import { letterOf, type GlossaryIndexElement } from '../../src/elements/glossary-index/glossary-index.js';
import '../../src/index.js';
import { itInScheme, usePageState, waitUntil } from '../helpers.js';

let counter = 0;
const src = () => `/test/fixtures/glossary.full.json?index=${++counter}`;

async function index(template: ReturnType<typeof html>): Promise<GlossaryIndexElement> {
  const el = await fixture<GlossaryIndexElement>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('.entries'), 'the index renders', { timeout: 4000 });
  return el;
}
const titles = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="entry"]')].map((e) => e.textContent!.trim());
const letters = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="letters"] button')].map((b) => b.textContent);

describe('<glossary-index>', () => {
  usePageState();

  it('lists every entry A to Z under its letter, with letter navigation', async () => {
    const el = await index(html`<glossary-index src=${src()}></glossary-index>`);
    expect(titles(el)).to.deep.equal(['988 Lifeline', 'Abstinence', 'Harm reduction', 'Naloxone']);
    expect(letters(el)).to.deep.equal(['#', 'A', 'H', 'N']);
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="letters"] button')[3]!.click();
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('N');
  });

  /** Puts a small glossary of these titles on the page as an inline script with this id, for the test. */
  async function withInlineGlossary(
    id: string,
    titles: string[],
    fields: Record<string, unknown>,
    test: () => Promise<void>,
  ): Promise<void> {
    const doc = { schema: 1, name: 'Prueba', updated: '2026-11-01', ...fields };
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = id;
    script.textContent = JSON.stringify({
      ...doc,
      terms: titles.map((title, i) => ({ id: `t${i}`, title, short: 'x' })),
    });
    document.body.append(script);
    try {
      await test();
    } finally {
      script.remove();
    }
  }

  it('sorts by the locale: Spanish order for es, with Ñ as its own letter', async () => {
    await withInlineGlossary('es-glossary', ['Oso', 'Ñandú', 'Nube', 'Árbol', 'Zorro'], { locale: 'es' }, async () => {
      const spanish = await index(html`<glossary-index locale="es" src="#es-glossary"></glossary-index>`);
      expect(titles(spanish)).to.deep.equal(['Árbol', 'Nube', 'Ñandú', 'Oso', 'Zorro']);
      expect(letters(spanish)).to.deep.equal(['A', 'N', 'Ñ', 'O', 'Z']);
      expect(letterOf('Ñandú', 'en')).to.equal('N');
    });
  });

  it('shows a glossary the build sorted as listed, and sorts it again for another language', async () => {
    // The content build lists a term index A to Z and marks it `alphabetical`: the index trusts that
    // order in the document's language (no collator to make) and sorts for any other. The titles here
    // are deliberately not A to Z, so which path ran is visible.
    const listedOrder = ['Zorro', 'Árbol', 'Oso'];
    await withInlineGlossary('sorted-glossary', listedOrder, { locale: 'es-MX', alphabetical: true }, async () => {
      const listed = await index(html`<glossary-index locale="es" src="#sorted-glossary"></glossary-index>`);
      expect(titles(listed)).to.deep.equal(listedOrder);
      const english = await index(html`<glossary-index locale="en" src="#sorted-glossary"></glossary-index>`);
      expect(titles(english)).to.deep.equal(['Árbol', 'Oso', 'Zorro']);
    });
  });

  it('filters by title and alias as you type, and announces the count politely', async () => {
    const el = await index(html`<glossary-index src=${src()}></glossary-index>`);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input')!;
    input.focus();
    await sendKeys({ type: 'narc' });
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Naloxone']);
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent === '1 entry', 'the count is announced after typing pauses');
    await sendKeys({ type: 'zzz' });
    await waitUntil(() => status.textContent === 'No entries match “narczzz”');
  });

  it('opens the compact card of an entry in place', async () => {
    const el = await index(html`<glossary-index src=${src()}></glossary-index>`);
    const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="entry"]')].find(
      (b) => b.textContent!.trim() === 'Naloxone',
    )!;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const card = el.shadowRoot!.querySelector('glossary-card')!;
    expect(card.getAttribute('variant')).to.equal('compact');
    await waitUntil(() => card.shadowRoot?.querySelector('article'), 'the card renders', { timeout: 4000 });
    expect(card.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
  });

  it('links each entry to the term URL when one is configured', async () => {
    configure({ termUrl: '/glossary/{id}' });
    const el = await index(html`<glossary-index src=${src()}></glossary-index>`);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part="entry"]')];
    expect(links.map((a) => a.getAttribute('href'))).to.include(new URL('/glossary/naloxone', location.href).href);
  });

  for (const scheme of ['light', 'dark', 'forced colors'] as const) {
    itInScheme(scheme, `passes axe in ${scheme}: listed, filtered and with a card open`, async () => {
      const el = await index(html`<glossary-index src=${src()}></glossary-index>`);
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="entry"]')!.click();
      await el.updateComplete;
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input')!;
      input.value = 'a';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
