/**
 * The first links each region's footer shows, in each language and variant, written out by hand from
 * the verified reference (docs/crisis-lines.md) and checked on the rendered footer. Nothing here is
 * imported from the footer's data: a wrong number in the data cannot agree with this table by
 * construction, as it would with a test that reads its expectations from the data it renders.
 */
import { expect, fixture } from '@open-wc/testing';
import type { CrisisFooterElement } from '../../src/elements/crisis-footer/crisis-footer.js';
import '../../src/index.js';
import { usePageState, visible } from '../helpers.js';

type Variant = 'full' | 'compact';
/** The first four links, as "href  visible text"; the full variant lists every line, the compact its own. */
const FIRST_LINKS: Record<string, Record<'en' | 'es', Record<Variant, string[]>>> = {
  US: {
    en: {
      full: [
        'tel:911  Call 911',
        'tel:988  Call 988',
        'sms:988  Text 988',
        'https://988lifeline.org/  Chat at 988lifeline.org',
      ],
      compact: ['tel:911  Call 911', 'tel:988  Call 988', 'sms:988  Text 988', 'sms:741741  Text HOME to 741741'],
    },
    es: {
      full: [
        'tel:911  Llamar al 911',
        'tel:988  Llamar al 988, y luego marque 2 para hablar en español',
        'sms:988  Enviar AYUDA al 988',
        'https://988lifeline.org/  Chat en 988lifeline.org',
      ],
      compact: [
        'tel:911  Llamar al 911',
        'tel:988  Llamar al 988, y luego marque 2 para hablar en español',
        'sms:988  Enviar AYUDA al 988',
        'sms:741741  Enviar AYUDA al 741741',
      ],
    },
  },
  CA: {
    en: {
      full: ['tel:911  Call 911', 'tel:988  Call 988', 'sms:988  Text 988', 'tel:+18552423310  Call 1-855-242-3310'],
      compact: ['tel:911  Call 911', 'tel:988  Call 988', 'sms:988  Text 988', 'tel:+18552423310  Call 1-855-242-3310'],
    },
    es: {
      full: [
        'tel:911  Llamar al 911',
        'tel:988  Llamar al 988',
        'sms:988  Enviar un mensaje de texto al 988',
        'tel:+18552423310  Llamar al 1-855-242-3310',
      ],
      compact: [
        'tel:911  Llamar al 911',
        'tel:988  Llamar al 988',
        'sms:988  Enviar un mensaje de texto al 988',
        'tel:+18552423310  Llamar al 1-855-242-3310',
      ],
    },
  },
  GB: {
    en: {
      full: ['tel:999  Call 999', 'tel:18000  Dial 18000', 'tel:111  Call 111', 'https://111.nhs.uk/  111.nhs.uk'],
      compact: [
        'tel:999  Call 999',
        'tel:18000  Dial 18000',
        'tel:116123  Call 116 123',
        'sms:85258  Text SHOUT to 85258',
      ],
    },
    es: {
      full: [
        'tel:999  Llamar al 999',
        'tel:18000  Marcar el 18000',
        'tel:111  Llamar al 111',
        'https://111.nhs.uk/  111.nhs.uk',
      ],
      compact: [
        'tel:999  Llamar al 999',
        'tel:18000  Marcar el 18000',
        'tel:116123  Llamar al 116 123',
        'sms:85258  Enviar SHOUT al 85258',
      ],
    },
  },
  IE: {
    en: {
      full: ['tel:112  Call 112', 'tel:999  Call 999', 'tel:116123  Call 116 123', 'sms:50808  Text 50808'],
      compact: ['tel:112  Call 112', 'tel:999  Call 999', 'tel:116123  Call 116 123', 'sms:50808  Text 50808'],
    },
    es: {
      full: [
        'tel:112  Llamar al 112',
        'tel:999  Llamar al 999',
        'tel:116123  Llamar al 116 123',
        'sms:50808  Enviar un mensaje de texto al 50808',
      ],
      compact: [
        'tel:112  Llamar al 112',
        'tel:999  Llamar al 999',
        'tel:116123  Llamar al 116 123',
        'sms:50808  Enviar un mensaje de texto al 50808',
      ],
    },
  },
  AU: {
    en: {
      full: [
        'tel:000  Call 000',
        'tel:131114  Call 13 11 14',
        'sms:0477131114  Text 0477 13 11 14',
        'https://www.lifeline.org.au/  Chat at lifeline.org.au',
      ],
      compact: [
        'tel:000  Call 000',
        'tel:131114  Call 13 11 14',
        'sms:0477131114  Text 0477 13 11 14',
        'tel:1800250015  Call 1800 250 015',
      ],
    },
    es: {
      full: [
        'tel:000  Llamar al 000',
        'tel:131114  Llamar al 13 11 14',
        'sms:0477131114  Enviar un mensaje de texto al 0477 13 11 14',
        'https://www.lifeline.org.au/  Chat en lifeline.org.au',
      ],
      compact: [
        'tel:000  Llamar al 000',
        'tel:131114  Llamar al 13 11 14',
        'sms:0477131114  Enviar un mensaje de texto al 0477 13 11 14',
        'tel:1800250015  Llamar al 1800 250 015',
      ],
    },
  },
  NZ: {
    en: {
      full: ['tel:111  Call 111', 'tel:1737  Call 1737', 'sms:1737  Text 1737', 'tel:0800787797  Call 0800 787 797'],
      compact: ['tel:111  Call 111', 'tel:1737  Call 1737', 'sms:1737  Text 1737', 'tel:0800787797  Call 0800 787 797'],
    },
    es: {
      full: [
        'tel:111  Llamar al 111',
        'tel:1737  Llamar al 1737',
        'sms:1737  Enviar un mensaje de texto al 1737',
        'tel:0800787797  Llamar al 0800 787 797',
      ],
      compact: [
        'tel:111  Llamar al 111',
        'tel:1737  Llamar al 1737',
        'sms:1737  Enviar un mensaje de texto al 1737',
        'tel:0800787797  Llamar al 0800 787 797',
      ],
    },
  },
};

describe('<crisis-footer> first links, against a table written from the reference', () => {
  usePageState();

  for (const [code, locales] of Object.entries(FIRST_LINKS)) {
    for (const [locale, variants] of Object.entries(locales)) {
      it(`${code} ${locale}: the first links of the full and compact footers`, async () => {
        for (const [variant, expected] of Object.entries(variants)) {
          const wrapper = await fixture<HTMLDivElement>(
            `<div><crisis-footer region="${code}" locale="${locale}" variant="${variant}"></crisis-footer></div>`,
          );
          const el = wrapper.querySelector<CrisisFooterElement>('crisis-footer')!;
          // updateComplete waits for the rest of the footer (its lazy chunk), so these are the full lines.
          await el.updateComplete;
          const shown = [...el.shadowRoot!.querySelectorAll('a')]
            .slice(0, expected.length)
            .map((a) => `${a.getAttribute('href')}  ${visible(a).trim()}`);
          expect(shown, `${code} ${locale} ${variant}`).to.deep.equal(expected);
        }
      });
    }
  }
});
