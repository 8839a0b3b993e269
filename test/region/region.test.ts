import { expect, fixture } from '@open-wc/testing';
import ct, { type Timezone } from 'countries-and-timezones';
import { configure, widgetContext } from '../../src/config.js';
import type { CrisisFooterElement } from '../../src/elements/crisis-footer/crisis-footer.js';
import '../../src/index.js';
import { emergencyNumbers, KNOWN_COUNTRIES } from '../../src/region/emergency.js';
import { countryFromTimeZone, knownCountry, readerCountry, UNKNOWN_COUNTRY } from '../../src/region/region.js';
import { ZONES_BY_COUNTRY } from '../../src/region/zones.generated.js';
import { brokenZone, fakeZone, realZone, usePageState } from '../helpers.js';

const database: Record<string, Timezone | undefined> = ct.getAllTimezones({ deprecated: true });

/** The country the IANA database gives a zone: its own, else that of the zone it links to. */
function databaseCountry(name: string): string | undefined {
  let zone = database[name];
  while (zone && !zone.countries[0] && zone.aliasOf) zone = database[zone.aliasOf];
  return zone?.countries[0];
}

/** What the widgets should make of a zone, from the database alone. */
function expected(name: string): string | undefined {
  const country = databaseCountry(name);
  if (!country) return undefined;
  return KNOWN_COUNTRIES.includes(country) ? country : UNKNOWN_COUNTRY;
}

async function footer(attrs: string): Promise<CrisisFooterElement> {
  const wrapper = await fixture<HTMLDivElement>(`<div><crisis-footer ${attrs}></crisis-footer></div>`);
  const el = wrapper.querySelector('crisis-footer')!;
  await el.updateComplete;
  return el;
}
const firstHref = (el: CrisisFooterElement) => el.shadowRoot!.querySelector('a')?.getAttribute('href');

describe('region from the time zone', () => {
  usePageState();
  afterEach(realZone);

  it('maps every zone and alias of the IANA database to its country, or to "no specific help"', () => {
    const names = Object.keys(database);
    expect(names.length, 'the database holds canonical zones and aliases').to.be.above(500);
    const wrong = names.filter((name) => countryFromTimeZone(name) !== expected(name));
    expect(wrong).to.deep.equal([]);
  });

  it('ships only the zones of countries it has help for', () => {
    const shipped = Object.entries(ZONES_BY_COUNTRY).flatMap(([country, zones]) =>
      zones.split(' ').map((zone) => [zone, country]),
    );
    for (const [zone, country] of shipped) expect(KNOWN_COUNTRIES, zone).to.include(country);
    expect(shipped.length).to.be.below(Object.keys(database).length / 2);
  });

  it('knows the old names browsers report, and never gives another country US numbers', () => {
    const cases: [string, string | undefined][] = [
      ['America/Indianapolis', 'US'],
      ['America/Indiana/Indianapolis', 'US'],
      ['America/Louisville', 'US'],
      ['America/Kentucky/Louisville', 'US'],
      ['US/Eastern', 'US'],
      ['America/Anchorage', 'US'],
      ['America/Puerto_Rico', 'PR'],
      ['America/St_Thomas', 'VI'],
      ['America/Montreal', 'CA'],
      ['America/Whitehorse', 'CA'],
      ['Europe/Belfast', 'GB'],
      ['Europe/Dublin', 'IE'],
      ['Australia/Lord_Howe', 'AU'],
      ['Pacific/Chatham', 'NZ'],
      ['Europe/Berlin', 'DE'],
      ['Atlantic/Canary', 'ES'],
      ['America/Mexico_City', 'MX'],
      ['America/Ciudad_Juarez', 'MX'],
      ['Asia/Calcutta', UNKNOWN_COUNTRY],
      ['Asia/Kolkata', UNKNOWN_COUNTRY],
      ['Pacific/Guam', 'GU'],
      ['Pacific/Saipan', UNKNOWN_COUNTRY],
      ['Europe/Zurich', UNKNOWN_COUNTRY],
      ['Etc/UTC', undefined],
      ['UTC', undefined],
      ['Etc/GMT+5', undefined],
      ['Mars/Olympus_Mons', UNKNOWN_COUNTRY],
    ];
    for (const [zone, country] of cases) expect(countryFromTimeZone(zone), zone).to.equal(country);
    expect(knownCountry('PR'), 'Puerto Rico shares 911 and 988').to.equal('US');
    expect(knownCountry('VI'), 'the US Virgin Islands share 911 and 988').to.equal('US');
    expect(emergencyNumbers('VI')).to.deep.equal(['911']);
    expect(knownCountry('GU'), 'Guam shares 911 and 988 (Guam Homeland Security)').to.equal('US');
    expect(knownCountry('MP'), 'the Northern Mariana Islands: no official source, the neutral help').to.equal(
      undefined,
    );
  });

  it('includes every name this browser reports, canonical or old', () => {
    const reported = new Set(Intl.supportedValuesOf('timeZone'));
    // The name the browser gives back for each database zone (Chromium answers America/Indianapolis
    // for America/Indiana/Indianapolis, Asia/Calcutta for Asia/Kolkata).
    for (const name of Object.keys(database)) {
      try {
        reported.add(new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone);
      } catch {
        // A name this browser does not know at all is never reported by it either.
      }
    }
    const missing = [...reported].filter((name) => !database[name]);
    expect(missing, 'names the browser reports that the database lacks').to.deep.equal([]);
    for (const name of reported) expect(countryFromTimeZone(name), name).to.equal(expected(name));
    expect(
      new Intl.DateTimeFormat('en', { timeZone: 'America/Indiana/Indianapolis' }).resolvedOptions().timeZone,
    ).to.be.oneOf(['America/Indianapolis', 'America/Indiana/Indianapolis']);
  });

  it('resolves the region: attribute, then page setting, then time zone, then the neutral help where the zone says nothing', () => {
    fakeZone('Europe/London');
    expect(readerCountry('NZ')).to.equal('NZ');
    expect(readerCountry(''), 'a blank attribute counts as absent').to.equal('GB');
    expect(readerCountry('  '), 'so does white space').to.equal('GB');
    expect(readerCountry('XX'), 'and an unknown code').to.equal('GB');
    expect(readerCountry('de')).to.equal('DE');
    // The page setting reaches the region code through the element's context, as a value.
    const element = document.createElement('div');
    configure({ region: 'AU' });
    expect(readerCountry(widgetContext(element, { region: '' }).region)).to.equal('AU');
    expect(readerCountry(widgetContext(element, { region: 'XX' }).region), 'an unknown code').to.equal('AU');
    expect(readerCountry(widgetContext(element, { region: 'nz' }).region)).to.equal('NZ');
    configure({ region: 'INTL' });
    expect(widgetContext(element).region, 'the old "somewhere else" is read as ZZ').to.equal(UNKNOWN_COUNTRY);
    configure({ region: '' });
    expect(readerCountry(widgetContext(element).region)).to.equal('GB');
    fakeZone('Etc/UTC');
    expect(readerCountry(undefined), 'UTC names no place: not the US').to.equal(UNKNOWN_COUNTRY);
    fakeZone('UTC');
    expect(readerCountry(undefined)).to.equal(UNKNOWN_COUNTRY);
    fakeZone(undefined);
    expect(readerCountry(undefined)).to.equal(UNKNOWN_COUNTRY);
    fakeZone('Asia/Calcutta');
    expect(readerCountry(undefined), 'another country is never given US numbers').to.equal(UNKNOWN_COUNTRY);
  });

  it('gives a footer with no region the help of the reader time zone, old names included', async () => {
    const cases: [string, string | undefined][] = [
      ['America/Indianapolis', 'tel:911'],
      ['America/Louisville', 'tel:911'],
      ['America/Puerto_Rico', 'tel:911'],
      ['Pacific/Guam', 'tel:911'],
      ['Europe/London', 'tel:999'],
      ['Europe/Dublin', 'tel:112'],
      ['Australia/Sydney', 'tel:000'],
      ['Pacific/Auckland', 'tel:111'],
      ['America/Regina', 'tel:911'],
      ['Europe/Berlin', 'tel:112'],
      ['Europe/Busingen', 'tel:112'],
      ['Atlantic/Canary', 'tel:112'],
      ['America/Mexico_City', 'tel:911'],
    ];
    for (const [zone, href] of cases) {
      fakeZone(zone);
      for (const attrs of ['', 'region=""', 'region="narnia"', 'variant="compact"']) {
        const el = await footer(attrs);
        expect(firstHref(el), `${zone} ${attrs}`).to.equal(href);
      }
    }
    fakeZone('Asia/Calcutta');
    const el = await footer('');
    expect(el.shadowRoot!.querySelector('.lead')!.textContent, 'no US help in India').to.contain(
      'Call your local emergency number',
    );
    expect(el.shadowRoot!.textContent, 'the neutral line and the steps').to.contain(
      'call your local emergency number (911 in the US and Canada, 999 in the UK,',
    );
  });

  it('gives a zone that names no place (UTC, Etc/*, none) the neutral help with every supported number, not the US', async () => {
    const neutral = ['tel:911', 'tel:999', 'tel:112', 'tel:000', 'tel:111'];
    for (const zone of ['Etc/UTC', 'UTC', 'Etc/GMT+5', 'GMT', undefined]) {
      fakeZone(zone);
      for (const attrs of ['', 'variant="compact"', 'locale="es"']) {
        const el = await footer(attrs);
        const hrefs = [...el.shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
        expect(hrefs, `${String(zone)} ${attrs}`).to.deep.equal(neutral);
        expect(el.shadowRoot!.querySelector('select')!.value, `${String(zone)} ${attrs}`).to.equal('ZZ');
        expect(el.shadowRoot!.textContent, 'no US crisis line').not.to.contain('988');
      }
    }
  });

  it('renders its help whatever the time-zone reader returns: an object, a symbol, a number, or a throw', async () => {
    const readers: [string, () => unknown][] = [
      ['an object', () => ({ id: 'Europe/London' })],
      ['a symbol', () => Symbol('zone')],
      ['a number', () => 42],
      [
        'an object whose text throws',
        () => ({
          toString: () => {
            throw new Error('broken');
          },
        }),
      ],
      [
        'a throw',
        () => {
          throw new Error('broken polyfill');
        },
      ],
    ];
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(String(event.message));
    addEventListener('error', onError);
    try {
      for (const [label, read] of readers) {
        brokenZone(read);
        for (const attrs of ['', 'variant="compact"']) {
          const el = await footer(attrs);
          const hrefs = [...el.shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
          expect(hrefs.slice(0, 5), `${label} ${attrs}: the neutral help`).to.deep.equal([
            'tel:911',
            'tel:999',
            'tel:112',
            'tel:000',
            'tel:111',
          ]);
          expect(el.shadowRoot!.textContent, label).to.contain('Call your local emergency number');
        }
      }
    } finally {
      removeEventListener('error', onError);
    }
    expect(errors, 'no uncaught errors').to.deep.equal([]);
  });
});
