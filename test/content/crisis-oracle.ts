/**
 * An oracle for the crisis footer's numbers that shares nothing with the code it checks: it reads the
 * tables of the verified reference (docs/crisis-lines.md) into rows and holds every line the footer can
 * show against its own row. A number that merely appears somewhere in the reference (a date, a hold
 * row, a "for later" place) is not enough: each call, text and relay must be a number of the row of the
 * very service it is shown for, in a row marked ship, and what the reader sees (`display`) must be the
 * number that is dialled (`tel`/`sms`), written as the row writes it.
 *
 * It is a function over the data, not a test of the imported modules, so a test can run it over a
 * mutated copy of the data and prove that it rejects what it should.
 */
import type { Contact, EssentialLine, RegionEssential } from '../../src/region/essential-lines.js';
import type { Region } from '../../src/region/lines.js';

export type RowStatus = 'ship' | 'hold' | 'later';

/** One service of the reference: a table row, or the "for later" paragraph as one row. */
export interface ReferenceRow {
  /** The table's heading: "United States (default region)", "Canada", …, "Emergency numbers outside …". */
  section: string;
  /** The first cell: the service's name, or the places of the emergency table. */
  service: string;
  /** Every cell but status and source, joined: where numbers, keywords, addresses and relays are read. */
  text: string;
  /**
   * The digits of every number the row gives to call or text ("1-800-662-4357" → "18006624357"), read
   * from its how, channels or emergency-number cells only: hours ("24/7"), dates in a service's name and
   * menu options ("press 1") are not numbers to dial.
   */
  numbers: string[];
  status: RowStatus;
}

/** The data the footer renders from, as the modules export it. */
export interface CrisisData {
  essential: Readonly<Record<string, RegionEssential>>;
  regions: readonly Region[];
  emergencyNumbers: Readonly<Record<string, readonly string[]>>;
}

/**
 * A number as a service writes it, spaces and hyphens inside; a letter form ("1-800-662-HELP",
 * "442-AYUDAME") is matched whole so that its digits are not taken for a number of their own.
 */
const NUMBER = /\d(?:[ -]?\d)*(?:-[A-Z]+)?/g;
/** The cells a row gives its numbers in. */
const NUMBER_CELLS = ['how', 'channels', 'emergency number'];
const digitsOf = (text: string) => text.replace(/\D/g, '');

/** The section heading of each supported region's table, by region code: written here, not imported. */
const SECTION: Readonly<Record<string, string>> = {
  US: 'United States (default region)',
  CA: 'Canada',
  GB: 'United Kingdom',
  IE: 'Ireland',
  AU: 'Australia',
  NZ: 'New Zealand',
};
const ELSEWHERE = 'Emergency numbers outside the supported regions (ship: emergency number only)';
const LATER = 'Other places (not yet a supported region; for later)';

/**
 * Which row each line id is, by the start of its service cell. A line missing here has no row and
 * fails: a new line is added to the reference first, then here, then to the data.
 */
const ROW_OF_LINE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  US: {
    emergency: 'Emergency',
    '988': '988 Suicide & Crisis Lifeline',
    'veterans-crisis-line': 'Veterans Crisis Line',
    'crisis-text-line': 'Crisis Text Line',
    'samhsa-helpline': 'SAMHSA National Helpline',
    'poison-help': 'Poison Help',
    findtreatment: 'FindTreatment.gov',
  },
  CA: { emergency: 'Emergency', '988-canada': '9-8-8 Suicide Crisis Helpline', 'hope-for-wellness': 'Hope for Wellness' },
  GB: { emergency: 'Emergency', 'nhs-111': 'NHS 111', 'samaritans-uk': 'Samaritans', shout: 'Shout' },
  IE: { emergency: 'Emergency', 'samaritans-ie': 'Samaritans', 'text-50808': '50808 text line' },
  AU: { emergency: 'Emergency', 'lifeline-au': 'Lifeline', 'aod-hotline': 'National Alcohol and Other Drug Hotline' },
  NZ: { emergency: 'Emergency', 'need-to-talk': '1737 Need to talk?', 'alcohol-drug-helpline': 'Alcohol Drug Helpline' },
};

/** The reference proper: the docs copy without its leading comment and the project notes after `---`. */
export function referenceBody(markdown: string): string {
  return markdown.replace(/^<!--[\s\S]*?-->\n\n/, '').split(/\n---\n/)[0]!.trimEnd() + '\n';
}

/** The reference's tables as rows, and its "for later" paragraph as one row of status `later`. */
export function parseReference(markdown: string): ReferenceRow[] {
  const rows: ReferenceRow[] = [];
  let section = '';
  let header: string[] = [];
  let later: string[] | undefined;
  for (const line of referenceBody(markdown).split('\n')) {
    const heading = /^## (.+)$/.exec(line);
    if (heading) {
      section = heading[1]!;
      header = [];
      later = section === LATER ? [] : undefined;
      continue;
    }
    if (later && !line.startsWith('|')) {
      later.push(line);
      continue;
    }
    if (!line.startsWith('|')) continue;
    const cells = line.slice(1, -1).split('|').map((cell) => cell.trim());
    if (header.length === 0) {
      header = cells;
      continue;
    }
    if (cells.every((cell) => /^-+$/.test(cell))) continue;
    const statusCell = cells[header.indexOf('status')] ?? '';
    const status = /\bship$/.test(statusCell) ? 'ship' : /\bhold$/.test(statusCell) ? 'hold' : undefined;
    if (!status) throw new Error(`${section}: a row with no ship or hold status: ${line}`);
    const text = cells.filter((_, index) => !['status', 'source'].includes(header[index] ?? '')).join(' | ');
    const numbers = numbersIn(cells.filter((_, index) => NUMBER_CELLS.includes(header[index] ?? '')).join(' | '));
    rows.push({ section, service: cells[0]!, text, numbers, status });
  }
  if (later) {
    const text = later.join(' ');
    rows.push({ section: LATER, service: 'for later', text, numbers: numbersIn(text), status: 'later' });
  }
  return rows;
}

/** The numbers of a text, without those inside web addresses ("988lifeline.org", "111.nhs.uk"). */
function numbersIn(text: string): string[] {
  const withoutAddresses = text.replace(/\b[\w.-]*[a-z][\w-]*\.[a-z]{2,}(?:\/[\w./-]*)?/gi, ' ');
  return [...withoutAddresses.matchAll(NUMBER)]
    .map((match) => match[0])
    .filter((written) => !/[A-Z]/.test(written) && digitsOf(written).length > 1)
    .map(digitsOf);
}

/** `display` written as a whole token of the row (not inside a longer number or word). */
function writtenIn(text: string, display: string): boolean {
  const escaped = display.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`).test(text);
}

/** What a contact dials or texts, as digits; undefined for chat, web and email. */
function dialled(contact: Contact): string | undefined {
  if (contact.kind === 'call' || contact.kind === 'tty' || contact.kind === 'relay') return digitsOf(contact.tel);
  if (contact.kind === 'text') return digitsOf(contact.sms);
  return undefined;
}

/** A line held against its row: every contact, its number, display, keyword, note and address. */
function checkLine(code: string, line: EssentialLine, rows: ReferenceRow[]): string[] {
  const where = `${code}/${line.id}`;
  const service = ROW_OF_LINE[code]?.[line.id];
  if (!service) return [`${where}: no row of the reference is named for this line`];
  const row = rows.find((r) => r.section === SECTION[code] && r.service.startsWith(service));
  if (!row) return [`${where}: the reference has no row "${service}" under "${SECTION[code]}"`];
  if (row.status !== 'ship') return [`${where}: its row "${row.service}" is marked ${row.status}, not ship`];
  const problems: string[] = [];
  for (const contact of line.contacts) {
    const number = dialled(contact);
    if (number !== undefined && 'display' in contact) {
      // The number as dialled (+1 is the country code the row writes as a leading 1).
      if (!row.numbers.includes(number.replace(/^\+/, '')))
        problems.push(`${where}: ${contact.kind} ${number} is not a number of the row "${row.service}"`);
      const shown = digitsOf(contact.display.split(' (')[0]!);
      if (shown !== number)
        problems.push(`${where}: shows "${contact.display}" but ${contact.kind === 'text' ? 'texts' : 'dials'} ${number}`);
      if (!writtenIn(row.text, contact.display))
        problems.push(`${where}: "${contact.display}" is not written so in the row "${row.service}"`);
    }
    if (contact.kind === 'relay' && !new RegExp(`relay ${contact.display}\\b`).test(row.text))
      problems.push(`${where}: ${contact.display} is not the row's relay route`);
    if (contact.kind === 'text') problems.push(...checkKeyword(where, contact.keyword ?? {}, row));
    if (contact.kind === 'call') {
      for (const note of Object.values(contact.note ?? {})) {
        const press = /(?:press|marque) (\d)/.exec(note)?.[1];
        if (press && !row.text.includes(`press ${press}`))
          problems.push(`${where}: "${note}" is not an option the row "${row.service}" gives`);
      }
    }
    if (contact.kind === 'chat' || contact.kind === 'web') {
      const host = new URL(contact.url).hostname.replace(/^www\./, '');
      if (!contact.url.startsWith('https://')) problems.push(`${where}: ${contact.url} is not https`);
      if (contact.display !== host) problems.push(`${where}: shows ${contact.display} for ${contact.url}`);
      if (!writtenIn(row.text, host)) problems.push(`${where}: ${host} is not the row's address`);
    }
    if (contact.kind === 'email' && !writtenIn(row.text, contact.address))
      problems.push(`${where}: ${contact.address} is not the row's address`);
  }
  return problems;
}

/**
 * A text line's keyword: a code in capitals (HOME, AYUDA) must be one the row gives; words that stand
 * for what to send ("your ZIP code") must be the row's words in English (the Spanish is their
 * translation); a row that says no keyword is promised allows none.
 */
function checkKeyword(where: string, keyword: Partial<Record<'en' | 'es', string>>, row: ReferenceRow): string[] {
  const problems: string[] = [];
  for (const [locale, word] of Object.entries(keyword)) {
    if (/without promising a keyword/.test(row.text)) problems.push(`${where}: keyword ${word}, but the row promises none`);
    else if (/^[A-Z]+$/.test(word)) {
      if (!new RegExp(`\\btext ${word}\\b`).test(row.text)) problems.push(`${where}: keyword ${word} is not the row's`);
    } else if (locale === 'en' && !row.text.includes(`text ${word}`))
      problems.push(`${where}: "${word}" is not what the row says to text`);
  }
  return problems;
}

/** The two-letter codes a row of the emergency table names: "the 27 EU member states (AT BE …)". */
const placesOf = (row: ReferenceRow) => (/\(([A-Z ]+)\)/.exec(row.service)?.[1] ?? '').split(' ').filter(Boolean);
const MEXICO: Readonly<Record<string, string>> = { Mexico: 'MX' };

/** Every problem the oracle finds in the data; an empty list when every line matches its ship row. */
export function crisisProblems(markdown: string, data: CrisisData): string[] {
  const rows = parseReference(markdown);
  const problems: string[] = [];

  for (const [code, essential] of Object.entries(data.essential)) {
    for (const line of [essential.emergency, essential.main, ...essential.more])
      problems.push(...checkLine(code, line, rows));
  }
  for (const region of data.regions) {
    for (const line of region.lines) problems.push(...checkLine(region.code, line, rows));
    if (region.emergency.join() !== (data.emergencyNumbers[region.code] ?? []).join())
      problems.push(`${region.code}: the region's emergency numbers are not the emergency table's`);
  }

  // Every emergency number, by country: the supported regions' Emergency rows, then the table for elsewhere.
  const elsewhere = rows.filter((row) => row.section === ELSEWHERE);
  const expected = new Map<string, string[]>();
  for (const row of elsewhere.filter((r) => r.status === 'ship')) {
    for (const place of [...placesOf(row), ...(MEXICO[row.service] ? [MEXICO[row.service]!] : [])])
      expected.set(place, row.numbers);
  }
  for (const [code, section] of Object.entries(SECTION)) {
    const row = rows.find((r) => r.section === section && r.service === 'Emergency' && r.status === 'ship');
    // GB's 18000 is the text-relay route under 999, not an emergency number of its own.
    const relays = [...(row?.text ?? '').matchAll(/relay (\d+)/g)].map((match) => match[1]);
    if (row) expected.set(code, row.numbers.filter((number) => !relays.includes(number)));
  }
  for (const [code, numbers] of Object.entries(data.emergencyNumbers)) {
    const want = expected.get(code);
    if (!want) problems.push(`${code}: emergency ${numbers.join(', ')}, but no ship row names this place`);
    else if (numbers.map(digitsOf).join() !== want.join())
      problems.push(`${code}: emergency ${numbers.join(', ')}; its ship row says ${want.join(', ')}`);
  }
  for (const code of expected.keys())
    if (!data.emergencyNumbers[code]) problems.push(`${code}: its ship row has an emergency number the data lacks`);

  // No number that only a hold row or the "for later" places have, wherever it is written in the data.
  const shipped = new Set(rows.filter((row) => row.status === 'ship').flatMap((row) => row.numbers));
  const held = new Set(rows.filter((row) => row.status !== 'ship').flatMap((row) => row.numbers));
  const contacts = [
    ...Object.values(data.essential).flatMap((e) =>
      [e.emergency, e.main, ...e.more].flatMap((line) => line.contacts),
    ),
    ...data.regions.flatMap((region) => region.lines.flatMap((line) => line.contacts)),
  ];
  const inData = new Set([
    ...Object.values(data.emergencyNumbers).flat().map(digitsOf),
    ...contacts.flatMap((c) => [dialled(c) ?? '', ...('display' in c ? numbersIn(c.display) : [])]),
  ]);
  for (const number of inData) {
    if (held.has(number) && !shipped.has(number)) problems.push(`${number} appears only in a row marked hold or for later`);
  }
  return problems;
}
