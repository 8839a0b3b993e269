/**
 * Which country's help a reader gets: the reader's own choice in a region switcher (this page only),
 * the element's own `region` attribute, then the page's `data-region` / `configure({ region })`, then
 * the time zone (IANA database, aliases included). Where nothing names a place (UTC, which privacy
 * modes report; no zone at all; a server rendering pages for everyone), the neutral help with every
 * supported emergency number: the US help there would be wrong for most of the world. A zone of another
 * country never shows US numbers. Nothing is sent or stored: the time zone is read in the browser and
 * dropped, and a choice lasts as long as the page.
 */
import { isServer } from 'lit';
import { KNOWN_COUNTRIES, SHARES_US_HELP, UNKNOWN_COUNTRY } from './emergency.js';
import { ZONES_BY_COUNTRY } from './zones.generated.js';

export { UNKNOWN_COUNTRY };

/**
 * The switcher's old value for "somewhere else". Still accepted wherever a partner writes a region
 * (attribute, `data-region`, `configure()`), and turned into `ZZ` here, at the edge: no other code
 * compares with it.
 */
const OLD_SOMEWHERE_ELSE = 'INTL';

let zoneIndex: Map<string, string> | undefined;

/** Zone names that carry no place: UTC and GMT under their many names, fixed offsets, "Factory". */
const SAYS_NOTHING = /^(?:Etc\/.*|UTC|UCT|GMT[+-]?0?|Greenwich|Universal|Zulu|Factory)$/;

/**
 * The country a time zone belongs to: its ISO code when the widgets have help there, `'ZZ'` for any
 * other place, and `undefined` when the zone names no place at all.
 */
export function countryFromTimeZone(zone: string | null | undefined): string | undefined {
  if (!zone || SAYS_NOTHING.test(zone)) return undefined;
  if (!zoneIndex) {
    zoneIndex = new Map();
    for (const [country, zones] of Object.entries(ZONES_BY_COUNTRY))
      for (const name of zones.split(' ')) zoneIndex.set(name, country);
  }
  return zoneIndex.get(zone) ?? UNKNOWN_COUNTRY;
}

/** The time zone last read, and the function it was read with. */
let zoneRead: { from: unknown; zone: string | undefined } | undefined;

interface TemporalNow {
  timeZoneId?: () => string;
}

/**
 * How this browser tells the time zone: `Temporal.Now.timeZoneId()` where it exists (about 1 ms), else
 * a DateTimeFormat's resolved options (whose first construction loads the locale's date data: 40 to
 * 100 ms of main thread on this machine, more on a phone).
 */
function zoneReader(): { from: unknown; read: () => string | undefined } {
  const now = (globalThis as { Temporal?: { Now?: TemporalNow } }).Temporal?.Now;
  const timeZoneId = now?.timeZoneId;
  if (typeof timeZoneId === 'function') return { from: timeZoneId, read: () => timeZoneId.call(now) };
  const format = Intl.DateTimeFormat;
  return { from: format, read: () => format().resolvedOptions().timeZone };
}

/**
 * The reader's time zone, as the browser reports it; undefined when it cannot say. Read once per
 * page: every term on a page of a thousand used to pay for it several times over. A replaced reader
 * (a polyfill, a test) is read anew.
 */
export function readerTimeZone(): string | undefined {
  // A server renders for readers everywhere: its own zone says nothing about them.
  if (isServer) return undefined;
  let reader: ReturnType<typeof zoneReader>;
  try {
    reader = zoneReader();
  } catch {
    // A page that broke Intl or Temporal itself: no zone rather than no help.
    return undefined;
  }
  const { from, read } = reader;
  if (zoneRead && zoneRead.from === from) return zoneRead.zone;
  let zone: string | undefined;
  try {
    // A polyfill on the page may hand back anything (an object, a symbol): only a name is a zone.
    const value: unknown = read();
    zone = typeof value === 'string' && value ? value : undefined;
  } catch {
    zone = undefined;
  }
  zoneRead = { from, zone };
  return zone;
}

/**
 * A partner's `region` value as a country the widgets know ("gb" → GB, "UK" → GB, Puerto Rico → US;
 * "ZZ" or the older "INTL": somewhere else, the neutral help), or undefined for a blank or unknown
 * value, which then counts as absent.
 */
export function knownCountry(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let code = value.trim().toUpperCase();
  if (code === 'UK') code = 'GB';
  if (code === OLD_SOMEWHERE_ELSE || code === UNKNOWN_COUNTRY) return UNKNOWN_COUNTRY;
  if (!code || !KNOWN_COUNTRIES.includes(code)) return undefined;
  return SHARES_US_HELP.includes(code) ? 'US' : code;
}

/** The region the reader chose in a switcher on this page, if any: it applies to every widget here. */
let chosen: string | undefined;
const choices = new EventTarget();

/**
 * The reader's own choice of region, made in any crisis footer's switcher: every widget on the page
 * follows it (footers, cards, questions, terms). Kept in memory only, for this page; undefined clears it.
 */
export function chooseRegion(code: string | undefined): void {
  const country = knownCountry(code);
  if (country === chosen) return;
  chosen = country;
  choices.dispatchEvent(new Event('change'));
}

/** The region the reader chose on this page, if any. */
export function chosenRegion(): string | undefined {
  return chosen;
}

/** Calls `listener` after each change of the reader's choice; returns a function that stops it. */
export function onRegionChoice(listener: () => void): () => void {
  choices.addEventListener('change', listener);
  return () => choices.removeEventListener('change', listener);
}

/**
 * The country whose help a reader gets where `region` is the region the element's context names
 * (its own attribute, the element that renders it, the page settings): never throws, whatever the
 * page did to the time-zone reader, so the crisis footer always has help to show.
 */
export function readerCountry(region?: string | null): string {
  const named = chosen ?? knownCountry(region);
  if (named) return named;
  // Read only when nothing names a place: the first read of the zone loads the browser's zone data.
  const zoneCountry = countryFromTimeZone(readerTimeZone());
  return zoneCountry === undefined ? UNKNOWN_COUNTRY : (knownCountry(zoneCountry) ?? UNKNOWN_COUNTRY);
}
