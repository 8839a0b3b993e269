import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configure } from '../../src/config.js';
import type { CrisisFooterElement } from '../../src/elements/crisis-footer/crisis-footer.js';
import { nameAfterNumber, spokenDigits } from '../../src/elements/crisis-footer/footer-view.js';
import { REGIONS } from '../../src/region/lines.js';
import '../../src/index.js';
import { itInScheme, itOutsideWebKit, spoken, usePageState, viewport, visible } from '../helpers.js';

async function footer(attrs: string): Promise<CrisisFooterElement> {
  const wrapper = await fixture<HTMLDivElement>(`<div><crisis-footer ${attrs}></crisis-footer></div>`);
  const el = wrapper.querySelector('crisis-footer')!;
  await el.updateComplete;
  return el;
}

const links = (el: CrisisFooterElement) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
const text = (el: CrisisFooterElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const headings = (el: CrisisFooterElement) =>
  [...el.shadowRoot!.querySelectorAll('[role="heading"]')].map((h) => [
    h.getAttribute('aria-level'),
    h.textContent!.trim(),
  ]);

describe('<crisis-footer>', () => {
  usePageState();

  it('puts the emergency number and the overdose steps first, then crisis lines, then referral', async () => {
    const el = await footer('region="US"');
    expect(links(el)[0]?.getAttribute('href')).to.equal('tel:911');
    expect(headings(el)).to.deep.equal([
      ['2', 'Need help now?'],
      ['3', 'If someone may be overdosing'],
      ['3', 'In crisis'],
      ['3', 'Support and treatment referral'],
    ]);
    const steps = [...el.shadowRoot!.querySelectorAll('.steps li')].map((li) => li.textContent);
    expect(steps[0]).to.contain('naloxone');
    expect(steps[0]).to.contain('call 911.');
    const crisisList = el.shadowRoot!.querySelectorAll('.lines')[0]!.textContent!;
    const supportList = el.shadowRoot!.querySelectorAll('.lines')[1]!.textContent!;
    expect(crisisList).to.contain('988 Suicide & Crisis Lifeline');
    expect(crisisList).not.to.contain('SAMHSA');
    expect(supportList).to.contain('SAMHSA National Helpline (treatment referral)');
  });

  it('gives each link a name that says what it does, with numbers visible and spoken digit by digit', async () => {
    const el = await footer('region="US"');
    const call988 = links(el).find((a) => a.getAttribute('href') === 'tel:988')!;
    expect(visible(call988)).to.equal('Call 988');
    expect(spoken(call988)).to.equal('Call 9 8 8, Suicide & Crisis Lifeline');
    const ctl = links(el).find((a) => a.getAttribute('href') === 'sms:741741')!;
    expect(visible(ctl)).to.equal('Text HOME to 741741');
    expect(spoken(ctl)).to.equal('Text HOME to 7 4 1 7 4 1, Crisis Text Line');
    const samhsa = links(el).find((a) => a.getAttribute('href') === 'tel:+18006624357')!;
    expect(visible(samhsa)).to.equal('Call 1-800-662-4357 (1-800-662-HELP)');
    expect(spoken(samhsa)).to.equal('Call 1, 8 0 0, 6 6 2, 4 3 5 7, SAMHSA National Helpline (treatment referral)');
    for (const link of links(el))
      expect(link.hasAttribute('aria-label'), 'names come from the visible text').to.equal(false);
    expect(spokenDigits('0477 13 11 14')).to.equal('0 4 7 7, 1 3, 1 1, 1 4');
    for (const link of links(el)) {
      const href = link.getAttribute('href')!;
      if (href.startsWith('tel:')) expect(href).to.match(/^tel:\+?\d+$/);
      if (href.startsWith('sms:')) expect(href).to.match(/^sms:\d+$/);
    }
    expect(text(el)).to.contain('llame al 988 y marque 2');
    expect(text(el)).to.contain('then press 1');
  });

  it('keeps the step a caller must take inside the link, seen and heard with it (then press 1, marque 2)', async () => {
    const el = await footer('region="US"');
    const veterans = el.shadowRoot!.querySelector<HTMLAnchorElement>('.line:nth-child(2) a[href="tel:988"]')!;
    expect(visible(veterans)).to.equal('Call 988, then press 1');
    expect(spoken(veterans)).to.equal('Call 9 8 8, then press 1, Veterans Crisis Line');
    const es = await footer('region="US" locale="es"');
    const lifeline = links(es).find((a) => a.getAttribute('href') === 'tel:988')!;
    expect(visible(lifeline)).to.equal('Llamar al 988, y luego marque 2 para hablar en español');
    expect(spoken(lifeline)).to.contain('y luego marque 2 para hablar en español');
    const compact = await footer('region="US" locale="es" variant="compact"');
    const quick = links(compact).find((a) => a.getAttribute('href') === 'tel:988')!;
    expect(spoken(quick), 'compact too').to.contain('marque 2');
  });

  it('says Twelva is affiliated with no government agency, in English and Spanish', async () => {
    expect(text(await footer('region="US"'))).to.contain('We are not affiliated with any government agency.');
    expect(text(await footer('region="US" locale="es"'))).to.contain(
      'No estamos afiliados a ninguna agencia gubernamental.',
    );
  });

  for (const region of REGIONS) {
    for (const variant of ['full', 'compact'] as const) {
      it(`${region.name.en}, ${variant}: emergency ${region.emergency.join(' and ')} first, then crisis lines, then support (en and es)`, async () => {
        for (const locale of ['en', 'es'] as const) {
          const label = `${region.code} ${variant} ${locale}`;
          const el = await footer(`region="${region.code}" locale="${locale}" variant="${variant}"`);
          const hrefs = links(el).map((a) => a.getAttribute('href'));
          // The emergency numbers are the first links, before anything else.
          expect(hrefs.slice(0, region.emergency.length), label).to.deep.equal(region.emergency.map((n) => `tel:${n}`));
          const emergencyBox = el.shadowRoot!.querySelector('[part="emergency"]')!;
          const section = el.shadowRoot!.querySelector('section')!;
          const firstBlock = [...section.children].find((child) => child.getAttribute('role') !== 'heading');
          expect(firstBlock, `${label}: the emergency box comes first`).to.equal(emergencyBox);
          const words = region.emergency.join(locale === 'es' ? ' o ' : ' or ');
          if (variant === 'full') {
            expect(el.shadowRoot!.querySelector('.lead')!.textContent, label).to.contain(words);
            const steps = [...el.shadowRoot!.querySelectorAll('.steps li')].map((li) => li.textContent!);
            expect(steps.join(' '), label).to.contain(words);
          } else {
            expect(el.shadowRoot!.querySelector('.steps'), label).to.equal(null);
          }
          // Crisis lines and support lines sit in their own groups.
          const [crisisGroup, supportGroup] =
            variant === 'full'
              ? [...el.shadowRoot!.querySelectorAll('.lines')]
              : [el.shadowRoot!.querySelector('.group.crisis'), el.shadowRoot!.querySelector('.group.support')];
          const shown = variant === 'full' ? region.lines : region.lines.filter((l) => region.compact.includes(l.id));
          for (const line of shown.filter((l) => l.group === 'crisis'))
            expect(crisisGroup?.textContent, `${label} ${line.id}`).to.contain(line.name[locale]);
          for (const line of shown.filter((l) => l.group === 'support')) {
            expect(crisisGroup?.textContent, `${label} ${line.id} not among crisis lines`).not.to.contain(
              line.name[locale],
            );
            expect(supportGroup?.textContent, `${label} ${line.id}`).to.contain(line.name[locale]);
          }
          // No link says its number twice ("Call 9 1 1, Emergency: 911").
          for (const link of links(el)) {
            const said = spoken(link);
            const digits = said.match(/\d(?: \d)+/g) ?? [];
            for (const group of digits) expect(said, `${label}: ${said}`).not.to.contain(group.replace(/ /g, ''));
          }
          if (variant === 'full') expect(el.shadowRoot!.querySelector('select')!.value).to.equal(region.code);
        }
      });
    }
  }

  it('names the emergency service once in the call button: "Call 9 1 1, emergency services"', async () => {
    const el = await footer('region="US"');
    expect(spoken(links(el)[0]!)).to.equal('Call 9 1 1, emergency services');
    const es = await footer('region="US" locale="es"');
    expect(spoken(links(es)[0]!)).to.equal('Llamar al 9 1 1, servicios de emergencia');
    const call988 = links(el).find((a) => a.getAttribute('href') === 'tel:988')!;
    expect(spoken(call988)).to.equal('Call 9 8 8, Suicide & Crisis Lifeline');
    expect(nameAfterNumber('9-8-8 Suicide Crisis Helpline', '988')).to.equal('Suicide Crisis Helpline');
    expect(nameAfterNumber('Veterans Crisis Line', '988')).to.equal('Veterans Crisis Line');
    expect(nameAfterNumber('NHS 111', '111')).to.equal('NHS');
    expect(nameAfterNumber('Línea de texto 50808', '50808')).to.equal('Línea de texto');
  });

  it('gives the Spanish US compact footer the Spanish routes of 988 and Crisis Text Line', async () => {
    const el = await footer('region="US" locale="es" variant="compact"');
    const byHref = (href: string) => links(el).filter((a) => a.getAttribute('href') === href);
    expect(visible(byHref('tel:911')[0]!)).to.equal('Llamar al 911');
    const call988 = byHref('tel:988')[0]!;
    expect(call988.parentElement!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'y luego marque 2 para hablar en español',
    );
    expect(visible(byHref('sms:988')[0]!)).to.equal('Enviar AYUDA al 988');
    expect(visible(byHref('sms:741741')[0]!)).to.equal('Enviar AYUDA al 741741');
    expect(el.shadowRoot!.querySelector('.group.crisis')!.textContent).not.to.contain('SAMHSA');
    expect(el.shadowRoot!.querySelector('.group.support')!.textContent).to.contain('SAMHSA');
    const en = await footer('region="US" variant="compact"');
    expect(visible(links(en).find((a) => a.getAttribute('href') === 'sms:741741')!)).to.equal('Text HOME to 741741');
    expect(text(en)).not.to.contain('marque 2');
  });

  it('shows GB 18000 as the text-relay route to 999, under it, not as a second emergency button', async () => {
    for (const locale of ['en', 'es'] as const) {
      for (const variant of ['full', 'compact'] as const) {
        const el = await footer(`region="GB" locale="${locale}" variant="${variant}"`);
        const buttons = [...el.shadowRoot!.querySelectorAll('.emergency .contacts a')].map((a) =>
          a.getAttribute('href'),
        );
        expect(buttons, `${locale} ${variant}`).to.deep.equal(['tel:999']);
        const relay = el.shadowRoot!.querySelector('.emergency .relay')!;
        expect(relay.querySelector('a')!.getAttribute('href')).to.equal('tel:18000');
        expect(relay.textContent, locale).to.contain(locale === 'es' ? 'retransmisión de texto' : 'text relay');
        expect(relay.textContent, locale).to.contain('999');
        expect(text(el)).not.to.contain('(text relay)');
      }
    }
    const el = await footer('region="GB"');
    expect(spoken(el.shadowRoot!.querySelector('.relay a')!)).to.equal('Dial 1 8 0 0 0, text relay to 999');
  });

  it('gives Ireland both emergency numbers in each language and 50808 without a promised keyword', async () => {
    const en = await footer('region="IE"');
    expect(text(en)).to.contain('call 112 or 999');
    expect(visible(links(en).find((a) => a.getAttribute('href') === 'sms:50808')!)).to.equal('Text 50808');
    const es = await footer('region="IE" locale="es"');
    expect(text(es)).to.contain('llame al 112 o 999');
    expect(text(es)).not.to.match(/\bor\b/);
    expect(text(es)).not.to.contain('HELLO');
  });

  it('speaks to the Spanish reader as usted everywhere', async () => {
    for (const region of REGIONS) {
      for (const variant of ['full', 'compact']) {
        const el = await footer(`region="${region.code}" locale="es" variant="${variant}"`);
        expect(text(el), `${region.code} ${variant}`).not.to.match(/\b(tú|tu|te|ti|escribe|llama|envía|marca)\b/i);
      }
    }
  });

  it('speaks Spanish with locale es, with the Spanish routes of each service', async () => {
    const el = await footer('region="US" locale="es"');
    expect(text(el)).to.contain('En una emergencia o una sobredosis, llame al 911.');
    expect(visible(links(el).find((a) => a.getAttribute('href') === 'sms:741741')!)).to.equal('Enviar AYUDA al 741741');
    expect(text(el)).to.contain('marque 2');
    expect(text(el)).to.contain('Esta información no es consejo médico');
    expect(el.shadowRoot!.querySelector('section')!.getAttribute('lang')).to.equal('es');
  });

  it('follows the page language when no locale is given', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es-MX"><crisis-footer region="CA"></crisis-footer></div>`,
    );
    const el = wrapper.querySelector('crisis-footer')!;
    await el.updateComplete;
    expect(text(el)).to.contain('¿Necesita ayuda ahora?');
  });

  it('gives an EU country 112 and Mexico 911, with the overdose steps using it, in both variants and languages', async () => {
    for (const [code, number] of [
      ['DE', '112'],
      ['FR', '112'],
      ['ES', '112'],
      ['MX', '911'],
    ] as const) {
      for (const locale of ['en', 'es'] as const) {
        for (const variant of ['full', 'compact'] as const) {
          const label = `${code} ${locale} ${variant}`;
          const el = await footer(`region="${code}" locale="${locale}" variant="${variant}"`);
          const hrefs = links(el).map((a) => a.getAttribute('href'));
          expect(hrefs, label).to.deep.equal([`tel:${number}`, 'https://findahelpline.com/']);
          if (variant === 'full') {
            const steps = [...el.shadowRoot!.querySelectorAll('.steps li')].map((li) => li.textContent!);
            expect(steps[0], label).to.contain(number);
            expect(el.shadowRoot!.querySelector('select')!.value, label).to.equal('ZZ');
          }
        }
      }
    }
    const es = await footer('region="DE" locale="es"');
    expect(text(es)).to.contain('En una emergencia o una sobredosis, llame al 112.');
  });

  it('gives "another country" every supported emergency number, callable, in the links and the steps', async () => {
    const el = await footer('region="US"');
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = 'ZZ';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const neutral = ['tel:911', 'tel:999', 'tel:112', 'tel:000', 'tel:111'];
    expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal([...neutral, 'https://findahelpline.com/']);
    expect(visible(links(el)[0]!)).to.equal('Call 911 in the US and Canada');
    expect(spoken(links(el)[1]!)).to.equal('Call 9 9 9 in the UK');
    expect(text(el)).to.contain('Call your local emergency number');
    const steps = [...el.shadowRoot!.querySelectorAll('.steps li')].map((li) => li.textContent!);
    expect(steps[0]).to.contain(
      'call your local emergency number (911 in the US and Canada, 999 in the UK, 112 in Ireland and the EU, 000 in Australia, 111 in New Zealand).',
    );
    const es = await footer('region="ZZ" locale="es"');
    expect(
      links(es)
        .map((a) => a.getAttribute('href'))
        .slice(0, 5),
    ).to.deep.equal(neutral);
    expect(visible(links(es)[0]!)).to.equal('Llamar al 911 en EE. UU. y Canadá');
    const esSteps = [...es.shadowRoot!.querySelectorAll('.steps li')].map((li) => li.textContent!);
    expect(esSteps[0]).to.contain(
      'llame al número de emergencias local (911 en EE. UU. y Canadá, 999 en el Reino Unido,',
    );
  });

  it('reads region="INTL" (the switcher\'s old value) and "ZZ" as somewhere else: the neutral help, not the US', async () => {
    for (const attrs of ['region="INTL"', 'region="zz"', 'region="INTL" variant="compact"']) {
      const el = await footer(attrs);
      expect(
        links(el)
          .map((a) => a.getAttribute('href'))
          .slice(0, 2),
        attrs,
      ).to.deep.equal(['tel:911', 'tel:999']);
      expect(el.shadowRoot!.querySelector('select')!.value, attrs).to.equal('ZZ');
    }
  });

  it('words the overdose steps in CDC order with the second-dose test of naloxone labels', async () => {
    const en = await footer('region="GB"');
    const steps = [...en.shadowRoot!.querySelectorAll('.steps li')].map((li) => li.textContent!);
    expect(steps).to.have.length(5);
    expect(steps[0]).to.match(/naloxone.*call 999\.$/);
    expect(steps[1]).to.contain('do not wake up or do not breathe normally');
    expect(steps[3]).to.contain('on their side');
    expect(steps[4]).to.contain('Stay with them until help arrives');
    const es = await footer('region="GB" locale="es"');
    const pasos = [...es.shadowRoot!.querySelectorAll('.steps li')].map((li) => li.textContent!);
    expect(pasos[0]).to.match(/naloxona.*llame al 999\.$/);
    expect(pasos[1]).to.contain('no se despierta o no respira con normalidad');
  });

  it('takes the region from the page settings when the element names none', async () => {
    configure({ region: 'NZ' });
    const el = await footer('');
    expect(links(el)[0]?.getAttribute('href')).to.equal('tel:111');
  });

  it('lets a keyboard user switch region', async () => {
    const el = await footer('region="US"');
    const select = el.shadowRoot!.querySelector('select')!;
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(select.value).to.equal('CA');
    expect(text(el)).to.contain('9-8-8 Suicide Crisis Helpline');
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('select'));
    el.region = 'AU';
    await el.updateComplete;
    expect(links(el)[0]?.getAttribute('href'), 'a new region attribute wins over the old choice').to.equal('tel:000');
  });

  it('has a compact variant: the emergency number, the crisis lines, then the referral line', async () => {
    const el = await footer('region="US" variant="compact"');
    expect(text(el)).to.contain('In crisis?');
    const hrefs = links(el).map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['tel:911', 'tel:988', 'sms:988', 'sms:741741', 'tel:+18006624357', 'sms:435748']);
    expect(el.shadowRoot!.querySelectorAll('.line')).to.have.length(0);
  });

  it('says beside each line of the compact footer when it answers, in English and Spanish (every region)', async () => {
    for (const region of REGIONS) {
      for (const [locale, open] of [
        ['en', '24/7'],
        ['es', '24 horas'],
      ] as const) {
        const label = `${region.code} ${locale}`;
        const el = await footer(`region="${region.code}" locale="${locale}" variant="compact"`);
        const rows = [...el.shadowRoot!.querySelectorAll('.compact-line')];
        expect(rows, label).to.have.length(region.compact.length);
        for (const [index, id] of region.compact.entries()) {
          const line = region.lines.find((candidate) => candidate.id === id)!;
          const row = rows[index]!;
          // The hours sit with the name, read just before the line's links, whose names keep their routing step.
          const name = row.querySelector('.name')!.textContent!;
          expect(
            name.startsWith(line.name[locale]) && name.endsWith(`,\u00a0${open}:`),
            `${label} ${id}: ${name}`,
          ).to.equal(true);
          expect(row.querySelector('.open')!.textContent, `${label} ${id}`).to.equal(open);
        }
      }
    }
    const es = await footer('region="US" locale="es" variant="compact"');
    const call988 = links(es).find((a) => a.getAttribute('href') === 'tel:988')!;
    expect(spoken(call988), 'the routing step stays in the link').to.contain('y luego marque 2 para hablar en español');
  });

  it('shows no hours for a line whose data gives none', async () => {
    const line = REGIONS.find((region) => region.code === 'US')!.lines.find((l) => l.id === 'crisis-text-line')!;
    const open = line.open;
    delete line.open;
    try {
      const el = await footer('region="US" variant="compact"');
      const row = [...el.shadowRoot!.querySelectorAll('.compact-line')].find((li) =>
        li.textContent!.includes('Crisis Text Line'),
      )!;
      expect(row.querySelector('.name')!.textContent).to.equal('Crisis Text Line:');
      expect(row.querySelector('.open')).to.equal(null);
      expect(row.textContent).not.to.contain('24/7');
      // The other lines keep theirs.
      expect(el.shadowRoot!.querySelectorAll('.compact-line .open')).to.have.length(2);
    } finally {
      line.open = open;
    }
  });

  it('lets a partner hide the notes it does not need', async () => {
    const both = await footer('region="US"');
    expect(text(both)).to.contain('not medical advice');
    expect(text(both)).to.contain('not affiliated with Alcoholics Anonymous, Narcotics Anonymous, SMART Recovery');
    const none = await footer('region="US" hide-medical-note hide-independence-note');
    expect(none.shadowRoot!.querySelector('.notes')).to.equal(null);
  });

  it('renders with the glossary source failing and sends no request of its own', async () => {
    configure({ glossarySrc: '/test/fixtures/missing.json' });
    const before = performance.getEntriesByType('resource').length;
    const el = await footer('region="GB"');
    expect(links(el)[0]?.getAttribute('href')).to.equal('tel:999');
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });

  itOutsideWebKit(
    "MiniBrowser's window cannot be narrower than about 447 px, so there is no 320 px viewport to test in",
    'stays readable at 320 px wide (400 % zoom of a 1280 px window): nothing scrolls sideways',
    async () => {
      await viewport({ width: 320, height: 640 });
      for (const variant of ['full', 'compact']) {
        const el = await footer(`region="US" variant="${variant}"`);
        const box = el.shadowRoot!.querySelector('section')!;
        expect(box.scrollWidth, variant).to.be.at.most(box.clientWidth + 1);
        expect(el.getBoundingClientRect().right, variant).to.be.at.most(320);
        expect(parseFloat(getComputedStyle(box).fontSize)).to.be.at.least(15);
      }
    },
  );

  for (const scheme of ['light', 'dark', 'forced colors'] as const) {
    for (const attrs of [
      'region="US"',
      'region="US" variant="compact"',
      'region="US" locale="es" variant="compact"',
      'region="GB" locale="es"',
      'region="GB" variant="compact"',
      'region="IE" locale="es"',
      'region="DE"',
      'region="MX" locale="es" variant="compact"',
    ]) {
      itInScheme(scheme, `passes axe in ${scheme}: ${attrs}`, async () => {
        const el = await footer(attrs);
        await expect(el, attrs).to.be.accessible();
      });
    }
  }
});
