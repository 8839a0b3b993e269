/**
 * Context: elements rendered inside another element (the card's questions and related terms) take
 * their language, colour scheme and glossary from the element that renders them, and follow it when
 * it changes at run time, with no attributes copied onto them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { GlossaryCardElement } from '../../../src/elements/glossary-card/glossary-card.js';
import '../../../src/index.js';
import { usePageState, waitUntil } from '../../helpers.js';

let counter = 0;
const fullGlossary = () => `/test/fixtures/glossary.full.json?context=${++counter}`;

const faqHeading = (card: Element) =>
  card.shadowRoot!.querySelector('glossary-faq')?.shadowRoot?.querySelector('[role="heading"]')?.textContent?.trim();

describe('context passed to nested elements', () => {
  usePageState();

  it('the card’s questions and related terms speak its language, read its glossary and follow a change', async () => {
    const card = await fixture<GlossaryCardElement>(
      html`<glossary-card locale="es" term="harm-reduction" src=${fullGlossary()}></glossary-card>`,
    );
    await waitUntil(() => faqHeading(card) === 'Preguntas frecuentes', 'the questions speak Spanish', {
      timeout: 4000,
    });
    const faq = card.shadowRoot!.querySelector('glossary-faq')!;
    const term = card.shadowRoot!.querySelector('[part="related"] glossary-term')!;
    for (const nested of [faq, term]) {
      expect(['locale', 'src', 'theme'].filter((name) => nested.hasAttribute(name))).to.deep.equal([]);
    }
    // The related term is found in the card's own glossary (the built-in one has no such wording).
    await waitUntil(() => term.shadowRoot?.querySelector('#description'), 'the related term finds its entry');
    expect(term.shadowRoot!.querySelector('#description')!.textContent).to.equal(
      'A medicine that can reverse an opioid overdose.',
    );
    card.locale = 'en';
    await waitUntil(() => faqHeading(card) === 'Common questions', 'the questions follow the card into English');
  });

  it('an element moved out of the one that rendered it follows the page again', async () => {
    const card = await fixture<GlossaryCardElement>(
      html`<glossary-card locale="es" term="harm-reduction" src=${fullGlossary()}></glossary-card>`,
    );
    await waitUntil(() => faqHeading(card) === 'Preguntas frecuentes', 'the questions speak Spanish', {
      timeout: 4000,
    });
    // Moved into the English page: it no longer has a renderer (each element finds its renderer once
    // per connection), so at its next update the page's language and glossary apply.
    const faq = card.shadowRoot!.querySelector('glossary-faq')!;
    card.after(faq);
    faq.requestUpdate();
    const heading = () => faq.shadowRoot?.querySelector('[role="heading"]')?.textContent?.trim();
    await waitUntil(() => heading() === 'Common questions', 'the moved questions speak the page’s English', {
      timeout: 4000,
    });
  });

  it('nested elements wear the colour scheme forced on the element that renders them', async () => {
    const card = await fixture<GlossaryCardElement>(
      html`<glossary-card theme="dark" term="harm-reduction" src=${fullGlossary()}></glossary-card>`,
    );
    await waitUntil(() => card.shadowRoot!.querySelector('glossary-faq')?.shadowRoot?.querySelector('button'));
    const faq = card.shadowRoot!.querySelector('glossary-faq')!;
    expect(faq.matches(':state(dark)')).to.equal(true);
    card.theme = 'light';
    await waitUntil(() => faq.matches(':state(light)'), 'the questions follow the card to light');
  });
});
