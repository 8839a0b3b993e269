import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { configure } from '../../src/config.js';
import type { GlossaryCardElement } from '../../src/elements/glossary-card/glossary-card.js';
import type { GlossaryFaqElement } from '../../src/elements/glossary-faq/glossary-faq.js';
import '../../src/index.js';
import { HOSTILE_PAYLOADS } from '../fixtures/hostile-payloads.js';
import { heldSource, inlineGlossary, itInScheme, nextTask, usePageState, waitUntil } from '../helpers.js';

let counter = 0;
const fullGlossary = () => `/test/fixtures/glossary.full.json?card=${++counter}`;

async function card(template: ReturnType<typeof html>): Promise<GlossaryCardElement> {
  const el = await fixture<GlossaryCardElement>(template);
  await waitUntil(() => !el.shadowRoot!.querySelector('[aria-busy="true"]'), 'the card finishes loading', {
    timeout: 4000,
  });
  return el;
}
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const headings = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[role="heading"]')].map(
    (h) => `${h.getAttribute('aria-level')} ${h.textContent!.trim()}`,
  );

/** The text of each section's content, in order: what a reader sees under the section headings. */
const sectionTexts = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('.section .html')].map((div) => div.textContent!.replace(/\s+/g, ' ').trim());
const HARM_REDUCTION_SECTIONS = ['DignityAny positive change', 'Harm reductionAbstinenceAny changeNo use'];

describe('<glossary-card>', () => {
  usePageState();

  it('shows the whole entry with headings at the requested level', async () => {
    const el = await card(
      html`<glossary-card term="harm reduction" heading-level="3" src=${fullGlossary()}></glossary-card>`,
    );
    expect(headings(el)).to.deep.equal([
      '3 Harm reduction',
      '4 Core principles',
      '4 Harm reduction vs abstinence',
      '4 Related terms',
      '4 Sources',
    ]);
    expect(text(el)).to.contain('Practical ways to lower the risks of drug use.');
    expect(el.shadowRoot!.querySelector('.body strong')?.textContent).to.equal('meets people where they are');
    expect(el.shadowRoot!.querySelector('table th')?.textContent).to.equal('Harm reduction');
    const time = el.shadowRoot!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-11-01');
    expect(time.textContent).to.equal('November 1, 2026');
    expect(text(el)).to.contain('not medical advice');
    expect([...el.shadowRoot!.querySelectorAll('[part="sources"] a')].map((a) => a.getAttribute('rel'))).to.deep.equal([
      'noopener noreferrer',
      'noopener noreferrer',
    ]);
  });

  it('with the built-in glossary, fetches its entry’s own file, not the whole glossary, and names related terms', async () => {
    performance.clearResourceTimings();
    const el = await card(html`<glossary-card term="Narcan"></glossary-card>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.body p'), 'the body is sanitized and shown');
    expect(headings(el)[0]).to.equal('2 Naloxone');
    // The related terms are named from the term index: the entry's own file holds only the entry.
    const related = [...el.shadowRoot!.querySelectorAll('[part="related"] li')].map((li) => li.textContent!.trim());
    expect(related).to.include('Overdose');
    expect(el.shadowRoot!.querySelector('glossary-faq')?.shadowRoot?.textContent).to.match(/\?/);
    const fetched = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(fetched.filter((path) => /glossary\.en[./]/.test(path))).to.have.members([
      '/src/glossary.en.terms.json',
      '/src/glossary.en/naloxone.json',
    ]);
  });

  it('writes the review date for the language, and as a partner words it', async () => {
    const es = await card(
      html`<glossary-card term="harm-reduction" locale="es" src=${fullGlossary()}></glossary-card>`,
    );
    expect(es.shadowRoot!.querySelector('time')!.textContent).to.equal('1 de noviembre de 2026');
    configure({ strings: { en: { cardDate: '{day} {month} {year}' } } });
    const gb = await card(html`<glossary-card term="harm-reduction" src=${fullGlossary()}></glossary-card>`);
    expect(gb.shadowRoot!.querySelector('time')!.textContent).to.equal('1 November 2026');
  });

  it('shows the questions through <glossary-faq> and related entries as working terms', async () => {
    const el = await card(html`<glossary-card term="harm-reduction" src=${fullGlossary()}></glossary-card>`);
    const faq = el.shadowRoot!.querySelector('glossary-faq')!;
    await waitUntil(() => faq.shadowRoot?.querySelectorAll('button[aria-expanded]').length === 2);
    expect(faq.getAttribute('heading-level')).to.equal('3');
    const related = [...el.shadowRoot!.querySelectorAll('[part="related"] glossary-term')];
    expect(related.map((t) => t.getAttribute('term'))).to.deep.equal(['naloxone', 'abstinence']);
  });

  it('links related entries to the term URL when one is configured', async () => {
    configure({ termUrl: '/glossary/{id}' });
    const el = await card(html`<glossary-card term="naloxone" src=${fullGlossary()}></glossary-card>`);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="related"] a')!;
    expect(link.href).to.equal(new URL('/glossary/harm-reduction', location.href).href);
  });

  it('shows a language note when the entry has one', async () => {
    const el = await card(html`<glossary-card term="abstinence" src=${fullGlossary()}></glossary-card>`);
    expect(el.shadowRoot!.querySelector('.language-note')?.textContent).to.contain('Some people prefer other words');
  });

  it('compact: the definition and a button that expands the rest in place', async () => {
    const el = await card(
      html`<glossary-card variant="compact" term="harm-reduction" src=${fullGlossary()}></glossary-card>`,
    );
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.querySelector('#rest')!.hasAttribute('hidden')).to.equal(true);
    expect(headings(el)).to.deep.equal(['2 Harm reduction']);
    const event = oneEvent(el, 'glossary-card-toggle');
    toggle.click();
    expect((await event).detail).to.deep.equal({ id: 'harm-reduction', expanded: true });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(headings(el)).to.include('3 Core principles');
  });

  it('compact: shows every section each time it is expanded, not only the first', async () => {
    const el = await card(
      html`<glossary-card variant="compact" term="harm-reduction" src=${fullGlossary()}></glossary-card>`,
    );
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    for (const round of [1, 2, 3]) {
      toggle.click();
      await el.updateComplete;
      expect(sectionTexts(el), `expanded, time ${round}`).to.deep.equal(HARM_REDUCTION_SECTIONS);
      toggle.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('#rest')!.hasAttribute('hidden'), `collapsed, time ${round}`).to.equal(true);
    }
    expect(el.shadowRoot!.querySelector('.body > .html')?.textContent).to.contain('meets people where they are');
  });

  it('keeps its definition and sections when variant is switched at run time', async () => {
    const el = await card(html`<glossary-card term="harm-reduction" src=${fullGlossary()}></glossary-card>`);
    expect(sectionTexts(el)).to.deep.equal(HARM_REDUCTION_SECTIONS);
    el.variant = 'compact';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.body > .html')?.textContent).to.contain('meets people where they are');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await el.updateComplete;
    expect(sectionTexts(el)).to.deep.equal(HARM_REDUCTION_SECTIONS);
    el.variant = 'full';
    await el.updateComplete;
    expect(sectionTexts(el)).to.deep.equal(HARM_REDUCTION_SECTIONS);
    expect(el.shadowRoot!.querySelector('.body > .html')?.textContent).to.contain('meets people where they are');
  });

  it('reserves its space and says it is busy while loading', async () => {
    const source = heldSource();
    try {
      const el = await fixture<GlossaryCardElement>(
        html`<glossary-card term="naloxone" src=${source.src}></glossary-card>`,
      );
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(status.getAttribute('aria-busy')).to.equal('true');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(80);
      await expect(el).to.be.accessible();
    } finally {
      await source.release();
    }
  });

  it('holds a screen while a full card loads and its usual height while a compact one does', async () => {
    const [fullSource, compactSource] = [heldSource(), heldSource()];
    try {
      const full = await fixture<GlossaryCardElement>(
        html`<glossary-card term="naloxone" src=${fullSource.src}></glossary-card>`,
      );
      expect(full.getBoundingClientRect().height).to.be.at.least(window.innerHeight - 1);
      const compact = await fixture<GlossaryCardElement>(
        html`<glossary-card term="naloxone" variant="compact" src=${compactSource.src}></glossary-card>`,
      );
      const em = parseFloat(getComputedStyle(compact).fontSize);
      expect(compact.getBoundingClientRect().height).to.be.at.least(26 * em - 1);
      compact.style.setProperty('--glossary-reserved-size', '5em');
      expect(compact.getBoundingClientRect().height, 'a partner may set the figure').to.be.below(6 * em);
    } finally {
      await Promise.all([fullSource.release(), compactSource.release()]);
    }
  });

  it('says so politely for an unknown term and for a glossary that failed', async () => {
    const unknown = await card(html`<glossary-card term="nope" src=${fullGlossary()}></glossary-card>`);
    expect(unknown.shadowRoot!.querySelector('[role="status"]')?.textContent).to.contain('could not find');
    const failed = await card(html`<glossary-card term="naloxone" src="/test/fixtures/missing.json"></glossary-card>`);
    expect(failed.shadowRoot!.querySelector('[role="status"]')?.textContent).to.contain('could not be loaded');
  });

  it('re-renders when term changes', async () => {
    const el = await card(html`<glossary-card term="naloxone" src=${fullGlossary()}></glossary-card>`);
    el.term = 'abstinence';
    await waitUntil(() => headings(el)[0] === '2 Abstinence');
  });

  it('places DefinedTerm structured data in the light DOM when asked', async () => {
    const el = await card(html`<glossary-card structured-data term="naloxone" src=${fullGlossary()}></glossary-card>`);
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]'));
    const data = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(data).to.include({ '@type': 'DefinedTerm', name: 'Naloxone', lastReviewed: '2026-10-15' });
    expect(data.inDefinedTermSet).to.deep.equal({ '@type': 'DefinedTermSet', name: 'Full test glossary' });
  });

  it(`renders a hostile glossary (${HOSTILE_PAYLOADS.length} payloads in every field) without running anything`, async () => {
    const entries = HOSTILE_PAYLOADS.map((payload, i) => ({
      id: `t${i}`,
      title: `${i} ${payload}`.slice(0, 100),
      aliases: [`alias ${i} ${payload}`.slice(0, 100)],
      short: payload.slice(0, 280),
      body: payload,
      sections: [{ id: 's', title: payload, html: payload }],
      faq: [{ id: 'q', q: payload, a: payload }],
      related: [],
      sources: [{ title: payload, url: 'https://example.org/' }],
      reviewed: '2026-11-01',
      languageNote: payload,
    }));
    const script = inlineGlossary('hostile', { name: '<img src=x onerror=window.__pwned=1>', terms: entries });
    try {
      const box = await fixture(
        html`<div>${entries.map((e) => html`<glossary-card structured-data term=${e.id} src="#hostile"></glossary-card>`)}</div>`,
      );
      const cards = [...box.querySelectorAll('glossary-card')];
      await waitUntil(() => cards.every((c) => c.shadowRoot!.querySelector('article')), 'every card renders', {
        timeout: 5000,
      });
      const faqs = cards.flatMap((c) => [...c.shadowRoot!.querySelectorAll<GlossaryFaqElement>('glossary-faq')]);
      for (const faq of faqs) faq.shadowRoot?.querySelector('button')?.click();
      // The opened answers rendered, then one task for anything a handler could have queued. A payload
      // that loads (an image's onerror) needs an element the checks below find none of.
      await Promise.all(faqs.map((faq) => faq.updateComplete));
      await nextTask();
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      for (const c of cards) {
        expect(
          c.shadowRoot!.querySelectorAll('script, img, iframe, svg, math, style, form, object, embed'),
        ).to.have.length(0);
        expect(c.querySelectorAll('script:not([type="application/ld+json"])')).to.have.length(0);
      }
    } finally {
      script.remove();
    }
  });

  describe('safety notes, region notes and the clinical sign-off', () => {
    const note = (text: string) => `<aside role="note"><p><strong>Safety</strong></p><p>${text}</p></aside>`;
    const entry = (id: string, extra: Record<string, unknown>) => ({
      id,
      title: id,
      aliases: [],
      short: 'A medicine that can reverse an opioid overdose.',
      body: `${note('After naloxone, call {emergency} and stay with them.')}<p>It blocks opioids.</p>`,
      sections: [],
      faq: [],
      related: [],
      sources: [{ title: 'CDC', url: 'https://www.cdc.gov/' }],
      reviewed: '2026-11-01',
      ...extra,
    });
    const glossary = (locale: string) => ({
      locale,
      terms: [
        entry('signed', {
          regionNotes: { CA: 'Call or text 9-8-8, any time.', GB: 'Call {emergency} in an emergency.' },
          clinicalReview: { name: 'Dr Ana Ruiz', credentials: 'MD', date: '2026-11-20' },
        }),
        entry('unsigned', {}),
      ],
    });
    let scripts: HTMLScriptElement[] = [];
    beforeEach(() => {
      scripts = ['en', 'es'].map((locale) => inlineGlossary(`safety-${locale}`, glossary(locale)));
    });
    afterEach(() => scripts.forEach((script) => script.remove()));

    it('shows a shared caveat as a labelled note, with the emergency number of the reader’s region', async () => {
      const gb = await card(html`<glossary-card term="unsigned" region="GB" src="#safety-en"></glossary-card>`);
      await waitUntil(() => gb.shadowRoot!.querySelector('aside[role="note"]'), 'the note is sanitized and shown');
      const shown = gb.shadowRoot!.querySelector('aside[role="note"]')!;
      expect(shown.textContent).to.equal('SafetyAfter naloxone, call 999 and stay with them.');
      const style = getComputedStyle(shown);
      expect(parseFloat(style.borderInlineStartWidth)).to.be.greaterThan(2);
      expect(style.backgroundColor).to.not.equal(
        getComputedStyle(gb.shadowRoot!.querySelector('article')!).backgroundColor,
      );
    });

    it('shows the region note to a reader in Canada, in their language, and not to a reader in the US', async () => {
      const ca = await card(html`<glossary-card term="signed" region="CA" src="#safety-en"></glossary-card>`);
      expect(ca.shadowRoot!.querySelector('[part="region-note"]')?.textContent?.trim()).to.equal(
        'In Canada: Call or text 9-8-8, any time.',
      );
      const es = await card(
        html`<glossary-card term="signed" region="CA" locale="es" src="#safety-es"></glossary-card>`,
      );
      expect(es.shadowRoot!.querySelector('[part="region-note"]')?.getAttribute('aria-label')).to.equal('En Canadá');
      const gb = await card(html`<glossary-card term="signed" region="GB" src="#safety-en"></glossary-card>`);
      expect(gb.shadowRoot!.querySelector('[part="region-note"]')?.textContent).to.contain('Call 999 in an emergency.');
      const us = await card(html`<glossary-card term="signed" region="US" src="#safety-en"></glossary-card>`);
      expect(us.shadowRoot!.querySelector('[part="region-note"]')).to.equal(null);
      expect(text(us)).to.not.contain('9-8-8');
    });

    it('says "Medically reviewed by" only when a clinician signed, in both languages', async () => {
      const signed = await card(html`<glossary-card term="signed" src="#safety-en"></glossary-card>`);
      expect(signed.shadowRoot!.querySelector('.clinical-review')?.textContent).to.equal(
        'Medically reviewed by Dr Ana Ruiz, MD on November 20, 2026',
      );
      const es = await card(html`<glossary-card term="signed" locale="es" src="#safety-es"></glossary-card>`);
      expect(es.shadowRoot!.querySelector('.clinical-review')?.textContent).to.equal(
        'Revisión médica de Dr Ana Ruiz, MD, el 20 de noviembre de 2026',
      );
      const unsigned = await card(html`<glossary-card term="unsigned" src="#safety-en"></glossary-card>`);
      expect(unsigned.shadowRoot!.querySelector('.clinical-review')).to.equal(null);
      expect(text(unsigned)).to.not.match(/medically reviewed/i);
    });

    for (const scheme of ['light', 'dark', 'forced colors'] as const) {
      itInScheme(scheme, `passes axe in ${scheme} with a safety note and a region note`, async () => {
        const el = await card(html`<glossary-card term="signed" region="CA" src="#safety-en"></glossary-card>`);
        await waitUntil(() => el.shadowRoot!.querySelector('aside[role="note"]'), 'the note is shown');
        await expect(el).to.be.accessible();
      });
    }
  });

  for (const scheme of ['light', 'dark', 'forced colors'] as const) {
    itInScheme(scheme, `passes axe in ${scheme}: full, compact open, and not found`, async () => {
      const full = await card(html`<glossary-card term="harm-reduction" src=${fullGlossary()}></glossary-card>`);
      await expect(full).to.be.accessible();
      const compact = await card(
        html`<glossary-card variant="compact" term="harm-reduction" src=${fullGlossary()}></glossary-card>`,
      );
      compact.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
      await compact.updateComplete;
      await expect(compact).to.be.accessible();
      const missing = await card(html`<glossary-card term="nope" src=${fullGlossary()}></glossary-card>`);
      await expect(missing).to.be.accessible();
    });
  }
});
