/**
 * One region per page, as a reader meets it: the switcher in every view of the footer, a choice that
 * reaches every widget on the page (and is kept nowhere), said aloud and shown; call and text links a
 * thumb can hit; and the overdose definition's call.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CrisisFooterElement, type FullFooter } from '../../src/elements/crisis-footer/crisis-footer.js';
import type { GlossaryCardElement } from '../../src/elements/glossary-card/glossary-card.js';
import type { GlossaryTermElement } from '../../src/elements/glossary-term/glossary-term.js';
import '../../src/index.js';
import { fakeZone, realZone, spoken, usePageState, viewport, visible, waitUntil } from '../helpers.js';

const ENTRY = {
  id: 'overdose',
  title: 'Overdose',
  aliases: [],
  short: 'An overdose can stop breathing, and it is an emergency.',
  body: '<p>If you think someone is overdosing, call {emergency}.</p>',
  sections: [],
  faq: [{ id: 'trouble', q: 'Will I get in trouble for calling {emergency}?', a: '<p>Call {emergency} first.</p>' }],
  related: [],
  sources: [{ title: 'CDC', url: 'https://www.cdc.gov/stop-overdose/response/index.html' }],
  reviewed: '2026-11-01',
};

function inlineGlossary(): void {
  document.getElementById('choice-en')?.remove();
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = 'choice-en';
  script.textContent = JSON.stringify({ schema: 1, locale: 'en', name: 'Test', updated: '2026-11-01', terms: [ENTRY] });
  document.body.append(script);
}

const shown = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const select = (el: CrisisFooterElement) => el.shadowRoot!.querySelector('select')!;
const telLinks = (el: Element) => [
  ...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"], a[href^="sms:"]'),
];

/** Opens a term's definition from the keyboard, as a reader would. */
async function open(term: GlossaryTermElement): Promise<void> {
  await waitUntil(() => term.shadowRoot!.querySelector('.trigger'), 'the term knows its entry');
  term.shadowRoot!.querySelector<HTMLElement>('.trigger')!.focus();
  await waitUntil(() => term.shadowRoot!.querySelector('.call'), 'focus opens the definition with its call');
}

function choose(el: CrisisFooterElement, code: string): void {
  const control = select(el);
  control.focus();
  control.value = code;
  control.dispatchEvent(new Event('change'));
}

describe('one region per page', () => {
  usePageState();
  beforeEach(inlineGlossary);
  afterEach(realZone);

  it('a choice in one footer reaches the other footers, the cards, their questions and the terms; nothing is stored', async () => {
    fakeZone('America/New_York');
    const storage = { local: localStorage.length, session: sessionStorage.length, cookie: document.cookie };
    const page = await fixture<HTMLDivElement>(`<div>
      <glossary-term src="#choice-en" term="overdose">overdose</glossary-term>
      <glossary-card src="#choice-en" term="overdose"></glossary-card>
      <crisis-footer variant="compact"></crisis-footer>
      <crisis-footer></crisis-footer>
    </div>`);
    const [compact, full] = [...page.querySelectorAll('crisis-footer')] as CrisisFooterElement[];
    const card = page.querySelector<GlossaryCardElement>('glossary-card')!;
    const term = page.querySelector<GlossaryTermElement>('glossary-term')!;
    await Promise.all([compact!.updateComplete, full!.updateComplete]);
    await waitUntil(() => shown(card).includes('call 911.'), 'the card starts with the reader zone');
    choose(full!, 'GB');
    await waitUntil(() => shown(card).includes('call 999.'), 'the card follows the choice');
    const faq = card.shadowRoot!.querySelector('glossary-faq')!;
    await waitUntil(() => shown(faq).includes('calling 999?'), 'the questions follow the choice');
    await compact!.updateComplete;
    expect(telLinks(compact!)[0]!.getAttribute('href'), 'the other footer').to.equal('tel:999');
    expect(select(compact!).value).to.equal('GB');
    await open(term);
    expect(term.shadowRoot!.querySelector('.call')!.getAttribute('href'), 'the term').to.equal('tel:999');
    choose(compact!, 'AU');
    await waitUntil(() => shown(card).includes('call 000.'), 'a choice in the compact footer reaches the card too');
    expect(
      { local: localStorage.length, session: sessionStorage.length, cookie: document.cookie },
      'nothing stored',
    ).to.deep.equal(storage);
  });

  it("keeps the card on screen while a new region's words are prepared: no loading state, no collapse", async () => {
    fakeZone('America/New_York');
    const page = await fixture<HTMLDivElement>(`<div>
      <glossary-card src="#choice-en" term="overdose"></glossary-card>
      <crisis-footer></crisis-footer>
    </div>`);
    const card = page.querySelector<GlossaryCardElement>('glossary-card')!;
    const footer = page.querySelector('crisis-footer')!;
    await waitUntil(() => shown(card).includes('call 911.'), 'the card renders');
    const height = card.getBoundingClientRect().height;
    choose(footer, 'IE');
    await card.updateComplete;
    // The first render after the switch: the old words stay until the new are sanitized.
    expect(card.shadowRoot!.querySelector('[part~="status"]'), 'no loading state').to.equal(null);
    expect(card.shadowRoot!.querySelector('[part="body"]')!.textContent).to.match(/call (911|112 or 999)\./);
    expect(card.getBoundingClientRect().height).to.be.closeTo(height, 1);
    await waitUntil(() => shown(card).includes('call 112 or 999.'), 'then the new words');
  });

  it('says what changed in a live region and brings the new emergency number into view', async () => {
    // A short screen, so the switch happens with the number out of view (WebKit's MiniBrowser is at least
    // 447 px wide; the width plays no part here).
    await viewport({ width: 480, height: 480 });
    const page = await fixture<HTMLDivElement>(
      `<div><div style="block-size: 200vh"></div><crisis-footer region="US"></crisis-footer></div>`,
    );
    const el = page.querySelector('crisis-footer')!;
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent!.trim(), 'silent until the reader switches').to.equal('');
    select(el).scrollIntoView({ block: 'end' });
    choose(el, 'NZ');
    await el.updateComplete;
    expect(status.textContent).to.equal('Now showing help for New Zealand. In an emergency, call 111.');
    const call = telLinks(el)[0]!;
    expect(call.getAttribute('href')).to.equal('tel:111');
    const box = call.getBoundingClientRect();
    expect(box.top, 'the new number is on screen').to.be.at.least(0);
    expect(box.bottom).to.be.at.most(innerHeight);
    choose(el, 'ZZ');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]'), 'the same live region, kept in place').to.equal(status);
    expect(el.shadowRoot!.activeElement, 'the switcher keeps focus').to.equal(select(el));
    expect(status.textContent).to.contain('Now showing help for Another country. In an emergency, call your local');
    const es = await fixture<CrisisFooterElement>(`<crisis-footer region="US" locale="es"></crisis-footer>`);
    choose(es, 'IE');
    await es.updateComplete;
    expect(es.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
      'Ahora se muestra ayuda para Irlanda. En una emergencia, llame al 112 o 999.',
    );
  });

  it('offers the switcher in every variant, right under the emergency number, also before the rest of the footer loads', async () => {
    for (const attrs of [
      'region="US"',
      'region="US" variant="compact"',
      'region="FR"',
      'region="ZZ" variant="compact"',
    ]) {
      const el = await fixture<CrisisFooterElement>(`<crisis-footer ${attrs}></crisis-footer>`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.emergency select'), attrs).not.to.equal(null);
    }
    const original = { loadFull: CrisisFooterElement.loadFull, full: CrisisFooterElement.full };
    CrisisFooterElement.full = undefined;
    CrisisFooterElement.loadFull = () => new Promise<FullFooter>(() => {});
    try {
      for (const variant of ['full', 'compact']) {
        const wrapper = await fixture<HTMLDivElement>(
          `<div><crisis-footer region="US" variant="${variant}"></crisis-footer></div>`,
        );
        const el = wrapper.querySelector('crisis-footer')!;
        await waitUntil(() => el.hasUpdated, 'the essential view renders');
        expect(el.shadowRoot!.querySelector('select'), `essential ${variant}`).not.to.equal(null);
        choose(el, 'GB');
        await waitUntil(
          () => telLinks(el)[0]?.getAttribute('href') === 'tel:999',
          `the essential ${variant} view switches`,
        );
      }
    } finally {
      CrisisFooterElement.loadFull = original.loadFull;
      CrisisFooterElement.full = original.full;
    }
  });

  it('says in the compact Canadian footer who Hope for Wellness serves and when it answers, in English and Spanish', async () => {
    for (const [locale, words] of [
      ['en', 'Hope for Wellness Help Line (for Indigenous peoples across Canada), 24/7:'],
      ['es', 'Línea de ayuda Hope for Wellness (para los pueblos indígenas de Canadá), 24 horas:'],
    ] as const) {
      const el = await fixture<CrisisFooterElement>(
        `<crisis-footer region="CA" variant="compact" locale="${locale}"></crisis-footer>`,
      );
      await el.updateComplete;
      expect(shown(el), locale).to.contain(words);
    }
  });

  it('lets a second footer on a page name its landmark apart from the first', async () => {
    const page = await fixture<HTMLDivElement>(
      `<div><crisis-footer variant="compact" label="Emergency help"></crisis-footer><crisis-footer variant="compact"></crisis-footer></div>`,
    );
    const [named, plain] = [...page.querySelectorAll('crisis-footer')] as CrisisFooterElement[];
    await Promise.all([named!.updateComplete, plain!.updateComplete]);
    expect(named!.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).to.equal('Emergency help');
    expect(plain!.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).to.equal('Need help now?');
  });

  it('makes every call and text link at least 44 x 44 CSS px, on a page with a small font', async () => {
    for (const region of ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'FR', 'ZZ']) {
      for (const variant of ['full', 'compact']) {
        const wrapper = await fixture<HTMLDivElement>(
          `<div style="font-size: 10px"><crisis-footer region="${region}" variant="${variant}"></crisis-footer></div>`,
        );
        const el = wrapper.querySelector('crisis-footer')!;
        await el.updateComplete;
        const targets = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
        expect(targets.length, `${region} ${variant}`).to.be.greaterThan(0);
        for (const link of targets) {
          const box = link.getBoundingClientRect();
          const label = `${region} ${variant} ${link.getAttribute('href')}`;
          expect(Math.round(box.height), label).to.be.at.least(44);
          expect(Math.round(box.width), label).to.be.at.least(44);
        }
      }
    }
  });

  it('gives the overdose definition a call: the reader number as a link, every number where the place is unknown', async () => {
    fakeZone('Europe/London');
    const term = await fixture<GlossaryTermElement>(
      `<glossary-term src="#choice-en" term="overdose">overdose</glossary-term>`,
    );
    await waitUntil(() => term.shadowRoot!.querySelector('#description'), 'the term knows its entry');
    await open(term);
    const call = term.shadowRoot!.querySelector<HTMLAnchorElement>('.call')!;
    expect(call.getAttribute('href')).to.equal('tel:999');
    expect(visible(call)).to.equal('Call 999');
    const box = call.getBoundingClientRect();
    expect(Math.round(box.height)).to.be.at.least(44);
    expect(Math.round(box.width)).to.be.at.least(44);
    await sendKeys({ press: 'Escape' });
    fakeZone('Etc/UTC');
    const neutral = await fixture<GlossaryTermElement>(
      `<glossary-term src="#choice-en" term="overdose">overdose</glossary-term>`,
    );
    await waitUntil(() => neutral.shadowRoot!.querySelector('#description'), 'the term knows its entry');
    await open(neutral);
    const calls = [...neutral.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.call')];
    expect(calls.map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:911',
      'tel:999',
      'tel:112',
      'tel:000',
      'tel:111',
    ]);
    expect(spoken(calls[0]!)).to.equal('Call 911 in the US and Canada');
  });
});
