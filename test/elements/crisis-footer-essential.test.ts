/**
 * The crisis footer's essential view: what the main script renders before the rest of the footer (a
 * lazy chunk) arrives, and for good when it cannot. The loader is swapped through the element's
 * internal static `loadFull` (documented on the class): a promise the test settles by hand stands
 * for a slow network, a rejected one for a failed download.
 */
import { expect, fixture } from '@open-wc/testing';
import { CrisisFooterElement, type FullFooter } from '../../src/elements/crisis-footer/crisis-footer.js';
import { fullFooter } from '../../src/elements/crisis-footer/full-footer.js';
import { ESSENTIAL } from '../../src/region/essential-lines.js';
import { REGIONS } from '../../src/region/lines.js';
import '../../src/index.js';
import {
  NARROWEST_VIEWPORT,
  fakeZone,
  realZone,
  spoken,
  usePageState,
  viewport,
  visible,
  waitUntil,
} from '../helpers.js';

/** A download the test finishes (or fails) when it chooses. */
function deferred(): { promise: Promise<FullFooter>; resolve: () => void; reject: () => void } {
  let resolve = () => {};
  let reject = () => {};
  const promise = new Promise<FullFooter>((done, fail) => {
    resolve = () => done(fullFooter);
    reject = () => fail(new Error('offline'));
  });
  return { promise, resolve, reject };
}

/** A footer as the page first shows it: its first render done, whatever its download is doing. */
async function firstRender(attrs: string): Promise<CrisisFooterElement> {
  const wrapper = await fixture<HTMLDivElement>(`<div><crisis-footer ${attrs}></crisis-footer></div>`);
  const el = wrapper.querySelector('crisis-footer')!;
  await waitUntil(() => el.hasUpdated, 'the footer renders without waiting for its chunk');
  return el;
}

const links = (root: ParentNode) => [...root.querySelectorAll<HTMLAnchorElement>('a')];
const described = (anchors: HTMLAnchorElement[]) =>
  anchors.map((a) => ({ href: a.getAttribute('href'), visible: visible(a).trim(), spoken: spoken(a).trim() }));
const headings = (el: CrisisFooterElement) =>
  [...el.shadowRoot!.querySelectorAll('[role="heading"]')].map((h) => [
    h.getAttribute('aria-level'),
    h.textContent!.trim(),
  ]);
const text = (el: CrisisFooterElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** Places with no lines of their own: two from the reference's emergency table, one it does not list. */
const NEUTRAL = [
  { label: 'Germany', attrs: 'region="DE"', zone: undefined, first: ['tel:112'] },
  { label: 'Mexico', attrs: 'region="MX"', zone: undefined, first: ['tel:911'] },
  {
    label: 'Japan (no number in the reference): every supported number',
    attrs: '',
    zone: 'Asia/Tokyo',
    first: ['tel:911', 'tel:999', 'tel:112', 'tel:000', 'tel:111'],
  },
] as const;

describe('<crisis-footer> essential view', () => {
  const page = usePageState();
  const original = { loadFull: CrisisFooterElement.loadFull, full: CrisisFooterElement.full };
  let download: ReturnType<typeof deferred>;

  beforeEach(() => {
    download = deferred();
    CrisisFooterElement.full = undefined;
    CrisisFooterElement.loadFull = () => download.promise;
  });
  afterEach(() => {
    // Settle what is still waiting, so no footer of this test is left hanging on it.
    download.resolve();
    CrisisFooterElement.loadFull = original.loadFull;
    CrisisFooterElement.full = original.full;
    realZone();
  });

  for (const code of ['US', 'GB', 'IE', 'AU'] as const) {
    const region = REGIONS.find((candidate) => candidate.code === code)!;
    for (const locale of ['en', 'es'] as const) {
      it(`${code} ${locale}: the emergency number(s), then the main crisis line (compact: every line, with its hours), before the rest has loaded`, async () => {
        for (const variant of ['full', 'compact'] as const) {
          const label = `${code} ${locale} ${variant}`;
          const el = await firstRender(`region="${code}" locale="${locale}" variant="${variant}"`);
          const listed = (variant === 'full' ? region.compact.slice(0, 1) : region.compact).map((id) =>
            region.lines.find((line) => line.id === id)!,
          );
          const main = listed[0]!;
          const quick = listed.flatMap((line) => line.contacts.filter((c) => c.kind === 'call' || c.kind === 'text'));
          const hrefs = links(el.shadowRoot!).map((a) => a.getAttribute('href'));
          const relay = code === 'GB' ? ['tel:18000'] : [];
          expect(hrefs, label).to.deep.equal([
            ...region.emergency.map((n) => `tel:${n}`),
            ...relay,
            ...quick.map((c) => (c.kind === 'text' ? `sms:${c.sms}` : `tel:${c.kind === 'call' ? c.tel : ''}`)),
          ]);
          const first = links(el.shadowRoot!)[0]!;
          const digits = region.emergency[0]!.split('').join(' ');
          expect(spoken(first).trim(), label).to.equal(
            locale === 'es' ? `Llamar al ${digits}, servicios de emergencia` : `Call ${digits}, emergency services`,
          );
          expect(text(el), label).to.contain(main.name[locale]);
          const section = el.shadowRoot!.querySelector('section')!;
          expect(section.getAttribute('lang'), label).to.equal(locale);
          // The full footer's space is held until its lines arrive; the compact one is complete already.
          expect(section.classList.contains('reserve'), `${label}: holds the footer's space`).to.equal(
            variant === 'full',
          );
          if (variant === 'full') {
            expect(section.getAttribute('aria-labelledby'), label).to.equal('heading');
            expect(
              headings(el).map(([level]) => level),
              label,
            ).to.deep.equal(['2', '3', '3']);
            expect(headings(el)[0]![1], label).to.equal(locale === 'es' ? '¿Necesita ayuda ahora?' : 'Need help now?');
          } else {
            expect(section.getAttribute('aria-label'), label).to.equal(
              locale === 'es' ? '¿Necesita ayuda ahora?' : 'Need help now?',
            );
            expect(headings(el), label).to.deep.equal([]);
            // Each line says when it answers, offline too: every line of these lists is 24/7.
            const named = [...el.shadowRoot!.querySelectorAll('.compact-line .name')].map((n) => n.textContent!);
            expect(named, label).to.deep.equal(
              listed.map(
                (line) =>
                  `${line.name[locale]}${line.serves ? ` (${line.serves[locale]})` : ''},\u00a0${locale === 'es' ? '24 horas' : '24/7'}:`,
              ),
            );
          }
          // The region switcher is there at once (offline too); the full footer's other lines come with the chunk.
          expect(el.shadowRoot!.querySelector('.emergency select') !== null, label).to.equal(true);
          if (variant === 'full') expect(text(el), label).not.to.contain(region.lines.at(-1)!.name[locale]);
        }
      });
    }
  }

  for (const place of NEUTRAL) {
    for (const locale of ['en', 'es'] as const) {
      it(`${place.label} ${locale}: what the footer leads with there, before the rest has loaded`, async () => {
        if (place.zone) fakeZone(place.zone);
        for (const variant of ['full', 'compact'] as const) {
          const label = `${place.label} ${locale} ${variant}`;
          const el = await firstRender(`${place.attrs} locale="${locale}" variant="${variant}"`);
          const hrefs = links(el.shadowRoot!).map((a) => a.getAttribute('href'));
          expect(hrefs, label).to.deep.equal([...place.first, 'https://findahelpline.com/']);
          if (place.zone)
            expect(text(el), label).to.contain(
              locale === 'es' ? 'Llame al número de emergencias de su país' : 'Call your local emergency number',
            );
        }
      });
    }
  }

  it('shows the links of the full compact footer: all of them in compact, emergency and the main line in full (every region, both languages)', async () => {
    const places = [...REGIONS.map((region) => `region="${region.code}"`), ...NEUTRAL.map((place) => place.attrs)];
    for (const attrs of places) {
      if (!attrs) fakeZone('Asia/Tokyo');
      for (const locale of ['en', 'es'] as const) {
        CrisisFooterElement.full = undefined;
        const essential = await firstRender(`${attrs} locale="${locale}" variant="full"`);
        const essentialCompact = await firstRender(`${attrs} locale="${locale}" variant="compact"`);
        CrisisFooterElement.full = fullFooter;
        const whole = await firstRender(`${attrs} locale="${locale}" variant="compact"`);
        const root = whole.shadowRoot!;
        const firstLine = root.querySelector('.compact-line');
        const expected = firstLine
          ? described([...links(root.querySelector('.emergency')!), ...links(firstLine)])
          : described(links(root));
        expect(expected.length, `${attrs} ${locale}`).to.be.greaterThan(0);
        expect(described(links(essential.shadowRoot!)), `${attrs} ${locale} full`).to.deep.equal(expected);
        expect(described(links(essentialCompact.shadowRoot!)), `${attrs} ${locale} compact`).to.deep.equal(
          described(links(root)),
        );
      }
      realZone();
    }
  });

  it('is replaced by the full compact footer without moving anything below it, at 320 px (447 px in WebKit) and desktop widths (en and es)', async () => {
    for (const width of [NARROWEST_VIEWPORT, 1280]) {
      await viewport({ width, height: 800 });
      for (const region of REGIONS) {
        for (const locale of ['en', 'es'] as const) {
          const label = `${region.code} ${locale} at ${width} px`;
          download = deferred();
          CrisisFooterElement.full = undefined;
          const wrapper = await fixture<HTMLDivElement>(
            `<div><crisis-footer region="${region.code}" locale="${locale}" variant="compact"></crisis-footer><p>After</p></div>`,
          );
          const el = wrapper.querySelector('crisis-footer')!;
          await waitUntil(() => el.hasUpdated, 'the essential view renders');
          const below = wrapper.querySelector('p')!;
          const before = { footer: el.getBoundingClientRect().height, below: below.getBoundingClientRect().top };
          download.resolve();
          await el.updateComplete;
          expect(CrisisFooterElement.full, `${label}: the full footer renders it now`).to.equal(fullFooter);
          expect(el.getBoundingClientRect().height, `${label}: the footer's height`).to.equal(before.footer);
          expect(below.getBoundingClientRect().top, `${label}: what follows it`).to.equal(before.below);
        }
      }
    }
    // The full compact footer lists the very lines the essential view lists.
    expect(REGIONS.map((region) => region.compact)).to.deep.equal(
      REGIONS.map((region) => [ESSENTIAL[region.code].main, ...ESSENTIAL[region.code].more].map((line) => line.id)),
    );
  });

  it('is replaced by the full footer when the rest arrives', async () => {
    const el = await firstRender('region="US"');
    expect(text(el)).not.to.contain('SAMHSA');
    download.resolve();
    await el.updateComplete;
    expect(text(el)).to.contain('SAMHSA National Helpline (treatment referral)');
    expect(el.shadowRoot!.querySelector('select')!.value).to.equal('US');
    expect(el.shadowRoot!.querySelector('.reserve')).to.equal(null);
    // Its styles came with it: the line cards have their border.
    const card = el.shadowRoot!.querySelector<HTMLElement>('.line')!;
    expect(getComputedStyle(card).borderTopStyle).to.equal('solid');
    // A footer added later renders whole at once: the code is already here.
    const later = await firstRender('region="GB" variant="compact"');
    expect(text(later)).to.contain('Shout');
  });

  it('keeps the essential view when the rest cannot load, warns once, and tries again on the next connect', async () => {
    const warned = () => page.messages.filter((message) => message.includes('crisis footer')).length;
    const el = await firstRender('region="AU"');
    const other = await firstRender('region="AU" variant="compact"');
    download.reject();
    await el.updateComplete;
    await other.updateComplete;
    expect(links(el.shadowRoot!).map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:000',
      'tel:131114',
      'sms:0477131114',
    ]);
    expect(el.shadowRoot!.querySelector('.reserve'), 'no longer holding space for what will not come').to.equal(null);
    expect(text(other), 'the compact footer keeps every line, with its hours').to.contain(
      'National Alcohol and Other Drug Hotline, 24/7:',
    );
    expect(warned(), 'one warning for both footers').to.equal(1);
    // The network is back: moving the footer (a new connect) loads the rest.
    CrisisFooterElement.loadFull = () => Promise.resolve(fullFooter);
    el.remove();
    document.body.append(el);
    await el.updateComplete;
    expect(text(el)).to.contain('National Alcohol and Other Drug Hotline');
    el.remove();
  });

  const attrsForAxe = [
    'region="US"',
    'region="US" locale="es" variant="compact"',
    'region="GB" locale="es"',
    'region="GB" variant="compact"',
    'region="IE"',
    'region="AU" locale="es" variant="compact"',
    'region="DE"',
    'region="MX" locale="es" variant="compact"',
  ];
  for (const attrs of attrsForAxe) {
    it(`passes axe before the rest has loaded: ${attrs}`, async () => {
      const el = await firstRender(attrs);
      await expect(el, attrs).to.be.accessible();
    });
  }
  it('passes axe before the rest has loaded: a place with no number in the reference', async () => {
    fakeZone('Asia/Tokyo');
    const el = await firstRender('variant="compact"');
    await expect(el).to.be.accessible();
  });
});
