import { expect, fixture, html } from '@open-wc/testing';
import type { GlossaryCardElement } from '../../src/elements/glossary-card/glossary-card.js';
import type { GlossaryFaqElement } from '../../src/elements/glossary-faq/glossary-faq.js';
import type { GlossaryTermElement } from '../../src/elements/glossary-term/glossary-term.js';
import '../../src/index.js';
import { uiStrings } from '../../src/i18n/strings.js';
import { fillEmergency, localizeHtml, localizeText, regionWords } from '../../src/region/words.js';
import { configure } from '../../src/config.js';
import { fakeZone, realZone, usePageState, waitUntil } from '../helpers.js';

const EN = {
  id: 'overdose',
  title: 'Overdose',
  aliases: [],
  short: 'A medical emergency: call {emergency}.',
  body: '<p>If you think someone is overdosing, call {emergency}.</p>\n<p>{overdose-steps}</p>',
  sections: [{ id: 'why', title: 'Why call {emergency}?', html: '<p>Naloxone wears off: still call {emergency}.</p>' }],
  faq: [{ id: 'trouble', q: 'Will I get in trouble for calling {emergency}?', a: '<p>Call {emergency} first.</p>' }],
  related: [],
  sources: [{ title: 'CDC', url: 'https://www.cdc.gov/stop-overdose/response/index.html' }],
  reviewed: '2026-11-01',
};
const ES = {
  ...EN,
  title: 'Sobredosis',
  short: 'Una emergencia médica: llame al {emergency}.',
  body: '<p>Si cree que alguien tiene una sobredosis, llame al {emergency}.</p>\n<p>{overdose-steps}</p>',
  sections: [],
  faq: [
    { id: 'trouble', q: '¿Me puedo meter en problemas por llamar al {emergency}?', a: '<p>Llame al {emergency}.</p>' },
  ],
};

function inlineGlossary(id: string, locale: string, term: object): void {
  document.getElementById(id)?.remove();
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = id;
  script.textContent = JSON.stringify({ schema: 1, locale, name: 'Test', updated: '2026-11-01', terms: [term] });
  document.body.append(script);
}

const shown = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

async function card(attrs: string, src = '#words-en'): Promise<GlossaryCardElement> {
  const wrapper = await fixture<HTMLDivElement>(
    `<div><glossary-card term="overdose" src="${src}" ${attrs}></glossary-card></div>`,
  );
  const el = wrapper.querySelector('glossary-card')!;
  await waitUntil(() => el.shadowRoot!.querySelector('.body ol, [part="body"] ol'), 'the card renders its body', {
    timeout: 5000,
  });
  return el;
}

describe('region-aware words', () => {
  usePageState();
  beforeEach(() => {
    inlineGlossary('words-en', 'en', EN);
    inlineGlossary('words-es', 'es', ES);
  });
  afterEach(realZone);

  it('fills {emergency} with the number, several numbers with "or"/"o", none with the local words', () => {
    const en = uiStrings('en', undefined);
    const es = uiStrings('es', undefined);
    expect(regionWords(['999'], en, 'en').emergency).to.equal('999');
    expect(regionWords(['112', '999'], en, 'en').emergency).to.equal('112 or 999');
    expect(regionWords(['112', '999'], es, 'es').emergency).to.equal('112 o 999');
    expect(regionWords(undefined, en, 'en').emergency).to.equal(
      'your local emergency number (911 in the US and Canada, 999 in the UK, 112 in Ireland and the EU, 000 in Australia, 111 in New Zealand)',
    );
    const local = regionWords([], es, 'es').emergency;
    expect(fillEmergency('Llame al {emergency}.', local)).to.equal(
      'Llame al número de emergencias local (911 en EE. UU. y Canadá, 999 en el Reino Unido, 112 en Irlanda y la UE, 000 en Australia, 111 en Nueva Zelanda).',
    );
    expect(fillEmergency('cerca del {emergency}', local)).to.equal(
      'cerca del número de emergencias local (911 en EE. UU. y Canadá, 999 en el Reino Unido, 112 en Irlanda y la UE, 000 en Australia, 111 en Nueva Zelanda)',
    );
    expect(fillEmergency('Llame al {emergency}.', '112')).to.equal('Llame al 112.');
  });

  it('turns a {overdose-steps} line into the shared steps, escaped, in both languages', () => {
    const words = regionWords(['000'], uiStrings('en', undefined), 'en');
    const out = localizeHtml('<p>Before.</p>\n<p>{overdose-steps}</p>', words);
    expect(out).to.match(/^<p>Before\.<\/p>\n<ol><li>If someone will not wake up.*call 000\.<\/li>/);
    expect(out.match(/<li>/g)).to.have.length(5);
    expect(localizeHtml('<p>{emergency}</p>', { emergency: '<b>', overdoseSteps: [] })).to.equal('<p>&lt;b&gt;</p>');
    const es = regionWords(['111'], uiStrings('es', undefined), 'es');
    expect(localizeHtml('<p>{overdose-steps}</p>', es)).to.contain('llame al 111.</li>');
    expect(localizeText('Call {emergency}.', words)).to.equal('Call 000.');
  });

  it('says 999 on a card read in London, with the steps, and 911 in Indianapolis', async () => {
    fakeZone('Europe/London');
    const london = await card('');
    expect(shown(london)).to.contain('call 999.');
    expect(shown(london)).to.contain('Why call 999?');
    expect(shown(london)).not.to.contain('911');
    expect(shown(london)).not.to.contain('{');
    expect(london.shadowRoot!.querySelectorAll('ol li')).to.have.length(5);
    fakeZone('America/Indianapolis');
    const us = await card('');
    expect(shown(us)).to.contain('call 911.');
  });

  it('renders the real overdose entry in London with 999 and the shared steps, in English and Spanish', async () => {
    fakeZone('Europe/London');
    for (const [locale, call] of [
      ['en', 'call 999.'],
      ['es', 'llame al 999.'],
    ] as const) {
      const wrapper = await fixture<HTMLDivElement>(
        `<div><glossary-card term="overdose" locale="${locale}"></glossary-card></div>`,
      );
      const el = wrapper.querySelector('glossary-card')!;
      await waitUntil(() => el.shadowRoot!.querySelector('[part="body"] ol'), 'the built-in entry renders', {
        timeout: 8000,
      });
      const steps = [...el.shadowRoot!.querySelectorAll('[part="body"] ol li')].map((li) => li.textContent!);
      expect(steps[0], locale).to.contain(call);
      expect(steps, locale).to.have.length(5);
      expect(shown(el), locale).not.to.match(/\b911\b|\{emergency\}|\{overdose-steps\}/);
    }
  });

  it('follows the region attribute, and the nested questions follow the card', async () => {
    fakeZone('America/New_York');
    const el = await card('region="GB"');
    expect(shown(el)).to.contain('call 999.');
    const faq = el.shadowRoot!.querySelector<GlossaryFaqElement>('glossary-faq')!;
    await waitUntil(() => faq.shadowRoot?.textContent?.includes('calling'), 'the questions render');
    expect(shown(faq)).to.contain('Will I get in trouble for calling 999?');
    el.region = 'AU';
    await waitUntil(() => shown(el).includes('call 000.'), 'a new region re-words the card');
  });

  it('speaks Spanish words for Spanish entries, with the neutral words where no number is known', async () => {
    fakeZone('Asia/Calcutta');
    const es = await card('locale="es"', '#words-es');
    expect(shown(es)).to.contain(
      'llame al número de emergencias local (911 en EE. UU. y Canadá, 999 en el Reino Unido, 112 en Irlanda y la UE, 000 en Australia, 111 en Nueva Zelanda).',
    );
    expect(shown(es)).not.to.match(/al 911\b/);
    const ie = await card('locale="es" region="IE"', '#words-es');
    expect(shown(ie)).to.contain('llame al 112 o 999.');
    await expect(ie).to.be.accessible();
  });

  it("uses a partner's own wording once configured, also after terms have used the built-in one", async () => {
    fakeZone('Asia/Calcutta');
    const before = await fixture<GlossaryTermElement>(
      html`<glossary-term src="#words-en" term="overdose">overdose</glossary-term>`,
    );
    await waitUntil(() => before.shadowRoot!.querySelector('#description'), 'the term knows its entry');
    expect(before.shadowRoot!.querySelector('#description')!.textContent).to.equal(
      'A medical emergency: call your local emergency number (911 in the US and Canada, 999 in the UK, 112 in Ireland and the EU, 000 in Australia, 111 in New Zealand).',
    );
    configure({ strings: { en: { emergencyLocal: 'the emergency number where you are' } } });
    await waitUntil(
      () => before.shadowRoot!.querySelector('#description')!.textContent!.includes('where you are'),
      'the term re-renders with the new words',
    );
    expect(before.shadowRoot!.querySelector('#description')!.textContent).to.equal(
      'A medical emergency: call the emergency number where you are.',
    );
  });

  it('words the short definition of a term and the questions of an FAQ', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <p><glossary-term src="#words-en" region="NZ" term="overdose">overdose</glossary-term></p>
        <glossary-faq src="#words-en" region="DE" term="overdose"></glossary-faq>
      </div>`,
    );
    const term = wrapper.querySelector<GlossaryTermElement>('glossary-term')!;
    await waitUntil(() => term.shadowRoot!.querySelector('#description'), 'the term knows its entry');
    expect(term.shadowRoot!.querySelector('#description')!.textContent).to.equal('A medical emergency: call 111.');
    const faq = wrapper.querySelector<GlossaryFaqElement>('glossary-faq')!;
    await waitUntil(() => faq.shadowRoot?.textContent?.includes('calling'), 'the questions render');
    expect(shown(faq)).to.contain('Will I get in trouble for calling 112?');
    await expect(faq).to.be.accessible();
  });
});
