import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GlossaryFaqElement } from '../../src/elements/glossary-faq/glossary-faq.js';
import '../../src/index.js';
import { heldSource, inlineGlossary, itInScheme, usePageState, waitUntil } from '../helpers.js';

let counter = 0;
const src = () => `/test/fixtures/glossary.full.json?faq=${++counter}`;

async function faq(template: ReturnType<typeof html>): Promise<GlossaryFaqElement> {
  const el = await fixture<GlossaryFaqElement>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('.answer p'), 'answers are ready', { timeout: 4000 });
  return el;
}
const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded]')];
const answer = (button: HTMLButtonElement) =>
  button.getRootNode() instanceof ShadowRoot
    ? (button.getRootNode() as ShadowRoot).getElementById(button.getAttribute('aria-controls')!)!
    : null;

describe('<glossary-faq>', () => {
  usePageState();
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('holds the space of a few questions while they load, so the page below does not move', async () => {
    const source = heldSource();
    try {
      const el = await fixture<GlossaryFaqElement>(
        html`<glossary-faq term="naloxone" src=${source.src}></glossary-faq>`,
      );
      const em = parseFloat(getComputedStyle(el).fontSize);
      expect(el.getBoundingClientRect().height).to.be.at.least(6 * em - 1);
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.not.equal(null);
    } finally {
      await source.release();
    }
  });

  it('makes each question a disclosure: a heading holding a button that shows its answer', async () => {
    const el = await faq(html`<glossary-faq term="harm-reduction" heading-level="3" src=${src()}></glossary-faq>`);
    const [first] = buttons(el);
    expect(first!.closest('[role="heading"]')?.getAttribute('aria-level')).to.equal('3');
    expect(first!.getAttribute('aria-expanded')).to.equal('false');
    expect(answer(first!)!.getAttribute('hidden')).to.equal('until-found');
    first!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(first!.getAttribute('aria-expanded')).to.equal('true');
    expect(answer(first!)!.hasAttribute('hidden')).to.equal(false);
    expect(answer(first!)!.textContent).to.contain('Studies show');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(first!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('shows a shared safety caveat in an answer as a labelled, visible note with the reader’s number', async () => {
    const script = inlineGlossary('faq-safety', {
      terms: [
        {
          id: 'withdrawal',
          title: 'Withdrawal',
          aliases: [],
          short: 'Symptoms when someone stops a substance.',
          body: '<p>Body.</p>',
          sections: [],
          faq: [
            {
              id: 'dangerous',
              q: 'Can it be dangerous?',
              a: '<p>Yes.</p><aside role="note"><p><strong>Safety</strong></p><p>Call {emergency} for a seizure.</p></aside>',
            },
          ],
          related: [],
          sources: [{ title: 'FDA', url: 'https://www.fda.gov/' }],
          reviewed: '2026-11-01',
        },
      ],
    });
    try {
      const el = await faq(html`<glossary-faq term="withdrawal" region="AU" src="#faq-safety"></glossary-faq>`);
      buttons(el)[0]!.click();
      await el.updateComplete;
      const note = el.shadowRoot!.querySelector('aside[role="note"]')!;
      expect(note.textContent).to.equal('SafetyCall 000 for a seizure.');
      expect(parseFloat(getComputedStyle(note).borderInlineStartWidth)).to.be.greaterThan(2);
      await expect(el).to.be.accessible();
    } finally {
      script.remove();
    }
  });

  it('keeps one question open with single', async () => {
    const el = await faq(html`<glossary-faq single term="harm-reduction" src=${src()}></glossary-faq>`);
    const [first, second] = buttons(el);
    first!.click();
    await el.updateComplete;
    second!.click();
    await el.updateComplete;
    expect(buttons(el).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true']);
  });

  it('opens, scrolls to and focuses the question named in the URL hash', async () => {
    history.replaceState(null, '', '#faq-harm-reduction-against-recovery');
    const el = await faq(html`<glossary-faq term="harm-reduction" src=${src()}></glossary-faq>`);
    await waitUntil(() => buttons(el)[1]!.getAttribute('aria-expanded') === 'true');
    expect(el.shadowRoot!.activeElement).to.equal(buttons(el)[1]);
    location.hash = 'faq-harm-reduction-encourage-use';
    await waitUntil(() => buttons(el)[0]!.getAttribute('aria-expanded') === 'true', 'hashchange opens another');
  });

  it('without term, lists every question of the glossary, grouped by entry', async () => {
    const el = await faq(html`<glossary-faq src=${src()}></glossary-faq>`);
    const groups = [...el.shadowRoot!.querySelectorAll('.group > [role="heading"]')].map((h) => h.textContent!.trim());
    expect(groups).to.deep.equal(['Harm reduction', 'Naloxone']);
    expect(buttons(el)).to.have.length(3);
    expect(buttons(el)[0]!.closest('[role="heading"]')?.getAttribute('aria-level')).to.equal('3');
  });

  for (const scheme of ['light', 'dark', 'forced colors'] as const) {
    itInScheme(scheme, `passes axe in ${scheme}, closed and open`, async () => {
      const el = await faq(html`<glossary-faq src=${src()}></glossary-faq>`);
      await expect(el).to.be.accessible();
      buttons(el)[0]!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
