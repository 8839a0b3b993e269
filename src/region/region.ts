/**
 * Which country's help a reader gets: the element's own `region` attribute, then the page's
 * `data-region` / `configure({ region })`, then the time zone (IANA database, aliases included), and
 * the United States only where the time zone says nothing (UTC, none). A zone of another country never
 * shows US numbers. Nothing is sent or stored: the time zone is read in the browser and dropped.
 */
import { getConfig } from '../config.js';
import { KNOWN_COUNTRIES, SHARES_US_HELP } from './emergency.js';
import { ZONES_BY_COUNTRY } from './zones.generated.js';

/** A place the widgets have no specific help for (CLDR's code for an unknown region). */
export const UNKNOWN_COUNTRY = 'ZZ';
/** Used only when nothing names a place and the time zone says nothing either. */
export const FALLBACK_COUNTRY = 'US';

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
  const { from, read } = zoneReader();
  if (zoneRead && zoneRead.from === from) return zoneRead.zone;
  let zone: string | undefined;
  try {
    zone = read() || undefined;
  } catch {
    zone = undefined;
  }
  zoneRead = { from, zone };
  return zone;
}

/**
 * A partner's `region` value as a country the widgets know ("gb" → GB, "UK" → GB, Puerto Rico → US),
 * or undefined for a blank or unknown value, which then counts as absent.
 */
export function knownCountry(value: string | null | undefined): string | undefined {
  let code = value?.trim().toUpperCase();
  if (code === 'UK') code = 'GB';
  if (!code || !KNOWN_COUNTRIES.includes(code)) return undefined;
  return SHARES_US_HELP.includes(code) ? 'US' : code;
}

/** The country whose help a reader gets, for an element whose own `region` attribute is `own`. */
export function readerCountry(own?: string | null): string {
  const named = knownCountry(own) ?? knownCountry(getConfig().region);
  if (named) return named;
  // Read only when nothing names a place: the first read of the zone loads the browser's zone data.
  const zoneCountry = countryFromTimeZone(readerTimeZone());
  return zoneCountry === undefined ? FALLBACK_COUNTRY : (knownCountry(zoneCountry) ?? UNKNOWN_COUNTRY);
}
