/**
 * What every element shares with the page: its language (attribute, nearest `lang`, settings, run-time
 * changes, partner overrides), its colour scheme (system, forced by attribute or setting), forced
 * colours and right-to-left layout under axe, and its text size on hosts with odd root sizes.
 */
import { expect, fixture } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { configure } from '../../src/config.js';
import type { GlossaryTermElement } from '../../src/elements/glossary-term/glossary-term.js';
import '../../src/index.js';
import { deepElements, itInScheme, settled, usePageState, waitUntil } from '../helpers.js';

/** Text a reader meets in an element: its shadow text and accessible labels, nested elements included. */
function readerText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? '');
      if (!(child instanceof Element) || child instanceof HTMLStyleElement) continue;
      const label = child.getAttribute('aria-label');
      if (label) parts.push(label);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

interface ElementCase {
  tag: string;
  /** The element alone; `extra` adds attributes such as theme="dark". */
  markup: (extra?: string) => string;
  /** What shows it is ready (the entry or the heading has rendered). */
  ready: { en: string; es: string };
  /** A UI string that must change with the language, and an override of it. */
  ui: { en: string; es: string; key: string; override: string };
  open?: (el: HTMLElement) => Promise<void>;
}

const openTerm = async (el: HTMLElement) => {
  await (el as GlossaryTermElement).show();
};

const CASES: ElementCase[] = [
  {
    tag: 'glossary-term',
    markup: (extra = '') => `<glossary-term term="naloxone" ${extra}>naloxone</glossary-term>`,
    ready: { en: 'medicine', es: 'medicamento' },
    ui: {
      en: 'Close the definition of',
      es: 'Cerrar la definición de',
      key: 'closeDefinition',
      override: 'Hide {title}',
    },
    open: openTerm,
  },
  {
    tag: 'glossary-card',
    markup: (extra = '') => `<glossary-card term="naloxone" ${extra}></glossary-card>`,
    ready: { en: 'Naloxone', es: 'Naloxona' },
    ui: { en: 'Sources', es: 'Fuentes', key: 'cardSources', override: 'Where this comes from' },
  },
  {
    tag: 'glossary-faq',
    markup: (extra = '') => `<glossary-faq term="naloxone" with-heading ${extra}></glossary-faq>`,
    ready: { en: 'naloxone', es: 'naloxona' },
    ui: { en: 'Common questions', es: 'Preguntas frecuentes', key: 'faqHeading', override: 'Your questions' },
  },
  {
    tag: 'glossary-index',
    markup: (extra = '') => `<glossary-index ${extra}></glossary-index>`,
    ready: { en: 'Naloxone', es: 'Naloxona' },
    ui: { en: 'Glossary A to Z', es: 'Glosario de la A a la Z', key: 'indexHeading', override: 'All our words' },
  },
  {
    tag: 'crisis-footer',
    markup: (extra = '') => `<crisis-footer region="US" ${extra}></crisis-footer>`,
    ready: { en: '988', es: '988' },
    ui: { en: 'Need help now?', es: '¿Necesita ayuda ahora?', key: 'crisisHeading', override: 'Talk to someone' },
  },
];

/** Puts `markup` inside a wrapper with the given attributes and waits until `text` shows. */
async function render(markup: string, text: string, wrapper = ''): Promise<HTMLElement> {
  const host = await fixture<HTMLElement>(`<div ${wrapper}>${markup}</div>`);
  const el = host.firstElementChild as HTMLElement;
  await waitUntil(() => readerText(el.shadowRoot!).toLowerCase().includes(text.toLowerCase()), `shows ${text}`, {
    timeout: 5000,
  });
  return el;
}

async function shows(el: HTMLElement, text: string): Promise<void> {
  await (el as LitElement).updateComplete;
  await waitUntil(() => readerText(el.shadowRoot!).includes(text), `shows "${text}"`, { timeout: 5000 });
}

/** The element's own box: the surface of a block element, the open definition of a term. */
function box(el: HTMLElement): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('.surface, [part="definition"]')!;
}

describe('every element and the page', () => {
  usePageState();

  for (const c of CASES) {
    describe(`<${c.tag}>`, () => {
      it('speaks English on an English page and Spanish on a Spanish one, UI and content', async () => {
        const en = await render(c.markup(), c.ready.en, 'lang="en"');
        await c.open?.(en);
        await shows(en, c.ui.en);
        expect(readerText(en.shadowRoot!)).not.to.include(c.ui.es);
        const es = await render(c.markup(), c.ready.es, 'lang="es"');
        await c.open?.(es);
        await shows(es, c.ui.es);
        expect(readerText(es.shadowRoot!)).not.to.include(c.ui.en);
      });

      it('switches language in place when lang, locale or the page setting changes', async () => {
        const el = await render(c.markup(), c.ready.en, 'lang="en"');
        await c.open?.(el);
        await shows(el, c.ui.en);
        el.parentElement!.setAttribute('lang', 'es');
        await shows(el, c.ui.es);
        el.setAttribute('locale', 'en');
        await shows(el, c.ui.en);
        el.removeAttribute('locale');
        el.parentElement!.removeAttribute('lang');
        configure({ locale: 'es' });
        await shows(el, c.ui.es);
      });

      it("uses a partner's string and ignores empty ones", async () => {
        configure({ strings: { en: { [c.ui.key]: c.ui.override }, es: { [c.ui.key]: ' ' } } });
        const en = await render(c.markup(), c.ready.en, 'lang="en"');
        await c.open?.(en);
        await shows(en, c.ui.override.replace(' {title}', ''));
        const es = await render(c.markup(), c.ready.es, 'lang="es"');
        await c.open?.(es);
        await shows(es, c.ui.es);
      });

      it('wears the dark scheme a partner forces on a light system, by attribute or for the page', async () => {
        const dark = await render(c.markup('theme="dark"'), c.ready.en);
        await c.open?.(dark);
        expect(getComputedStyle(box(dark)).backgroundColor).to.equal('rgb(28, 33, 40)');
        const system = await render(c.markup(), c.ready.en);
        await c.open?.(system);
        expect(getComputedStyle(box(system)).backgroundColor).to.equal('rgb(255, 255, 255)');
        configure({ theme: 'dark' });
        await (system as LitElement).updateComplete;
        expect(getComputedStyle(box(system)).backgroundColor, 'data-theme for all').to.equal('rgb(28, 33, 40)');
      });

      itInScheme(
        'dark',
        'wears the light scheme a partner forces on a dark system, over the page setting',
        async () => {
          configure({ theme: 'dark' });
          const light = await render(c.markup('theme="light"'), c.ready.en);
          await c.open?.(light);
          expect(getComputedStyle(box(light)).backgroundColor, 'attribute beats setting').to.equal(
            'rgb(255, 255, 255)',
          );
          const system = await render(c.markup('theme="auto"'), c.ready.en);
          await c.open?.(system);
          expect(getComputedStyle(box(system)).backgroundColor, 'auto follows the dark system').to.equal(
            'rgb(28, 33, 40)',
          );
        },
      );

      for (const setup of ['forced dark theme', 'forced colors', 'right-to-left Spanish'] as const) {
        (setup === 'forced colors' ? itInScheme.bind(null, 'forced colors') : it)(
          `passes axe with ${setup === 'forced colors' ? '' : 'a '}${setup}`,
          async () => {
            const el = await render(
              c.markup(setup === 'forced dark theme' ? 'theme="dark"' : ''),
              setup === 'right-to-left Spanish' ? c.ready.es : c.ready.en,
              setup === 'right-to-left Spanish' ? 'dir="rtl" lang="es"' : '',
            );
            await c.open?.(el);
            await settled(el);
            await expect(el.parentElement).to.be.accessible();
          },
        );
      }

      it('keeps text at least 14 px on a 62.5 % root and grows with 20 px host text', async () => {
        document.documentElement.style.fontSize = '62.5%';
        try {
          const small = await render(c.markup(), c.ready.en, 'style="font-size: 1rem"');
          await c.open?.(small);
          const sizes = textSizes(small);
          expect(sizes.length).to.be.greaterThan(0);
          expect(Math.min(...sizes), 'smallest text in px').to.be.at.least(14);
        } finally {
          document.documentElement.style.fontSize = '';
        }
        const large = await render(c.markup(), c.ready.en, 'style="font-size: 20px"');
        await c.open?.(large);
        expect(parseFloat(getComputedStyle(box(large)).fontSize)).to.be.at.least(20);
      });
    });
  }

  it('lays out right to left with logical properties: the emergency edge and text start on the right', async () => {
    const footer = await render('<crisis-footer region="US"></crisis-footer>', '911', 'dir="rtl" lang="es"');
    const emergency = footer.shadowRoot!.querySelector<HTMLElement>('[part="emergency"]')!;
    const style = getComputedStyle(emergency);
    expect(parseFloat(style.borderRightWidth)).to.be.greaterThan(parseFloat(style.borderLeftWidth));
    const heading = footer.shadowRoot!.querySelector<HTMLElement>('.heading')!;
    const range = document.createRange();
    range.selectNodeContents(heading);
    const text = range.getBoundingClientRect();
    const surface = box(footer).getBoundingClientRect();
    expect(surface.right - text.right, 'text hugs the right edge').to.be.lessThan(surface.width / 10);
    expect(text.left - surface.left, 'and not the left').to.be.greaterThan(surface.width / 4);
  });
});

/** The computed font size of every visible piece of text in an element, nested shadow roots included. */
function textSizes(el: HTMLElement): number[] {
  const roots = [el.shadowRoot!, ...deepElements(el.shadowRoot!).flatMap((child) => child.shadowRoot ?? [])];
  const sizes: number[] = [];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!node.textContent?.trim() || !parent || parent instanceof HTMLStyleElement) continue;
      if (parent.closest('.visually-hidden, [hidden]') || parent.getClientRects().length === 0) continue;
      sizes.push(parseFloat(getComputedStyle(parent).fontSize));
    }
  }
  return sizes;
}
