/**
 * Shared safety caveats: warnings worded once (content/caveats/<locale>/<id>.md) that an entry includes
 * with a paragraph holding only `{caveat:<id>}`, and the rules (content/caveat-rules.yaml) that say
 * where an entry must include them. The content build, and so the partners' `build-glossary`, runs
 * {@link applyCaveats} on every entry: each broken rule becomes a ContentError row beside the others,
 * and each token becomes the block's HTML in a marked note, so readers never wait for it.
 *
 * Placement rules, for each caveat an entry's text triggers:
 * - an answer whose question or answer triggers it holds the block itself (a reader may open it alone);
 * - the card (body, then sections in order) holds it once, no later than the first part that triggers it;
 * - never twice in the card, never twice in one answer: a warning repeated is a warning skipped.
 * An entry's `caveatExceptions` lifts a rule for one place, with the reason a reviewer reads.
 * A second rule: a paragraph naming a US-only service, law or rule says it is the US's, or the entry
 * carries region notes for every other region the footer serves.
 */
import { Marked } from 'marked';
import { parse } from 'yaml';
import type { GlossaryQuestion, GlossarySection } from '../data/types.js';
import { EMERGENCY_NUMBERS } from '../region/emergency.js';
import type { ContentError } from './build-content.js';
import { readCaveatSources, type CaveatSources } from './caveat-sources.js';

/** One caveat's rule: trigger phrases by language, and longer phrases that hold one but mean else. */
export interface CaveatRule {
  triggers: Record<string, string[]>;
  ignore: Record<string, string[]>;
}

export interface CaveatRules {
  caveats: Record<string, CaveatRule>;
  usOnly: { regions: string[]; qualifiers: Record<string, string[]>; names: Record<string, string[]> };
  /** Entries a release needs a clinician's signed review for. */
  safetyEntries: string[];
}

/** The rules and each locale's blocks, rendered to HTML. */
export interface Caveats {
  rules: CaveatRules;
  blocks: Record<string, Record<string, string>>;
}

/** The visible label of every caveat note, by language (English where the table has none). */
const NOTE_LABEL: Record<string, string> = { en: 'Safety', es: 'Seguridad' };

/** Filled in by the CLI build (vite.config.ts): the built-in caveats, bundled as written. */
declare const __BUILTIN_CAVEATS__: CaveatSources | undefined;

const marked = new Marked({ gfm: true, async: false });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringLists(value: unknown, where: string): Record<string, string[]> {
  if (value === undefined) return {};
  if (!isRecord(value)) throw new Error(`${where} must map a language to a list of phrases`);
  return Object.fromEntries(
    Object.entries(value).map(([language, list]) => {
      if (!Array.isArray(list) || list.some((item) => typeof item !== 'string' || !item.trim()))
        throw new Error(`${where}.${language} must be a list of phrases`);
      return [language, list.map((item: string) => item.trim())];
    }),
  );
}

/** Reads the rules table, failing with the field at fault: a broken table must never pass silently. */
export function parseCaveatRules(yamlText: string): CaveatRules {
  const raw: unknown = parse(yamlText);
  if (!isRecord(raw) || !isRecord(raw['caveats'])) throw new Error('caveat-rules.yaml: needs a caveats map');
  const caveats: Record<string, CaveatRule> = {};
  for (const [id, rule] of Object.entries(raw['caveats'])) {
    if (!isRecord(rule)) throw new Error(`caveat-rules.yaml: caveats.${id} must be a map`);
    const { ignore, ...triggers } = rule;
    caveats[id] = {
      triggers: stringLists(triggers, `caveats.${id}`),
      ignore: stringLists(ignore, `caveats.${id}.ignore`),
    };
  }
  const usOnly = isRecord(raw['usOnly']) ? raw['usOnly'] : {};
  const regions = usOnly['regions'];
  const safety = raw['safetyEntries'];
  return {
    caveats,
    usOnly: {
      regions: Array.isArray(regions) ? regions.map(String) : [],
      qualifiers: stringLists(usOnly['qualifiers'], 'usOnly.qualifiers'),
      names: stringLists(usOnly['names'], 'usOnly.names'),
    },
    safetyEntries: Array.isArray(safety) ? safety.map(String) : [],
  };
}

/** The rules and blocks from their sources; a block without a rule, or a rule without blocks, fails. */
export function caveatsFrom(sources: CaveatSources): Caveats {
  const rules = parseCaveatRules(sources.rules);
  const blocks: Record<string, Record<string, string>> = {};
  for (const [locale, byId] of Object.entries(sources.blocks)) {
    blocks[locale] = {};
    for (const [id, markdown] of Object.entries(byId)) {
      if (!rules.caveats[id]) throw new Error(`caveats/${locale}/${id}.md: no rule in caveat-rules.yaml names "${id}"`);
      blocks[locale][id] = (marked.parse(markdown.trim()) as string).trim();
    }
  }
  for (const id of Object.keys(rules.caveats)) {
    if (!blocks['en']?.[id]) throw new Error(`caveat-rules.yaml: caveat "${id}" has no block caveats/en/${id}.md`);
  }
  return { rules, blocks };
}

let builtin: Caveats | undefined;

/** The built-in caveats: bundled into the CLI, read from content/ everywhere else. */
export function builtinCaveats(): Caveats {
  builtin ??= caveatsFrom(
    typeof __BUILTIN_CAVEATS__ !== 'undefined'
      ? __BUILTIN_CAVEATS__
      : readCaveatSources(new URL('../../content/', import.meta.url).pathname),
  );
  return builtin;
}

/** A paragraph holding only a caveat token, as Markdown renders it. */
const STANDALONE = /<p>\s*\{caveat:([^}\s]*)\}\s*<\/p>/g;
const ANY_TOKEN = /\{caveat:([^}\s]*)\}/g;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Visible text of entry HTML, caveat tokens left out: the words a trigger is matched against. */
export function plainText(html: string): string {
  return html
    .replace(ANY_TOKEN, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole-word, case-insensitive (unless `exactCase`) matchers for phrases; letters of any script count as word. */
function phraseMatcher(phrases: readonly string[], exactCase = false): RegExp | undefined {
  if (phrases.length === 0) return undefined;
  const sorted = [...phrases].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, exactCase ? 'gu' : 'giu');
}

function languageOf(locale: string, lists: Record<string, string[]>): string[] {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return lists[language] ?? lists['en'] ?? [];
}

/** The first trigger phrase of `rule` in `text`, or undefined. */
function firstTrigger(rule: CaveatRule, locale: string, text: string): string | undefined {
  const ignore = phraseMatcher(languageOf(locale, rule.ignore));
  const cleaned = ignore ? text.replace(ignore, ' ') : text;
  return phraseMatcher(languageOf(locale, rule.triggers))?.exec(cleaned)?.[0];
}

interface Part {
  field: string;
  /** Where an exception names it: `card` or `faq:<id>`. */
  place: string;
  html: string;
  /** Text the triggers are matched against (a question's own words count for its answer). */
  text: string;
}

interface CaveatException {
  caveat: string;
  where: string;
}

function readExceptions(
  file: string,
  raw: unknown,
  caveats: Caveats,
  questionIds: Set<string>,
  errors: ContentError[],
): CaveatException[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    errors.push({ file, field: 'caveatExceptions', message: 'must be a list of { caveat, where, why }' });
    return [];
  }
  const found: CaveatException[] = [];
  raw.forEach((item: unknown, index) => {
    const field = `caveatExceptions[${index}]`;
    if (!isRecord(item)) {
      errors.push({ file, field, message: 'must be { caveat, where, why }' });
      return;
    }
    const { caveat, where, why } = item;
    let ok = true;
    if (typeof caveat !== 'string' || !caveats.rules.caveats[caveat]) {
      errors.push({ file, field: `${field}.caveat`, message: `"${String(caveat)}" is not a known caveat` });
      ok = false;
    }
    const faqId = typeof where === 'string' && where.startsWith('faq:') ? where.slice(4) : undefined;
    if (where !== 'card' && !(faqId && questionIds.has(faqId))) {
      errors.push({
        file,
        field: `${field}.where`,
        message: `"${String(where)}" must be card or faq:<question id> of this entry`,
      });
      ok = false;
    }
    if (typeof why !== 'string' || !why.trim()) {
      errors.push({ file, field: `${field}.why`, message: 'an exception needs a why: the reason a reviewer reads' });
      ok = false;
    }
    if (ok) found.push({ caveat: caveat as string, where: where as string });
  });
  return found;
}

/** The note a token becomes: marked for assistive technology and labelled for sight. */
export function caveatNote(blockHtml: string, locale: string): string {
  const label = NOTE_LABEL[locale.toLowerCase().split(/[-_]/)[0] ?? 'en'] ?? NOTE_LABEL['en'];
  return `<aside role="note"><p><strong>${label}</strong></p>${blockHtml}</aside>`;
}

/**
 * Checks an entry's caveats against the rules and expands each `{caveat:<id>}` paragraph into its
 * block, in place on `term` (body, section and answer HTML). `caveatExceptions` is read and removed.
 * Problems are added to `errors` with the entry's file and the field at fault.
 */
export function applyCaveats(
  file: string,
  locale: string,
  term: Record<string, unknown>,
  errors: ContentError[],
  caveats: Caveats = builtinCaveats(),
): void {
  const sections = (term['sections'] ?? []) as GlossarySection[];
  const faq = (term['faq'] ?? []) as GlossaryQuestion[];
  const exceptions = readExceptions(file, term['caveatExceptions'], caveats, new Set(faq.map((q) => q.id)), errors);
  delete term['caveatExceptions'];
  const body = typeof term['body'] === 'string' ? term['body'] : '';
  const card: Part[] = [
    { field: 'body', place: 'card', html: body, text: plainText(body) },
    ...sections.map((s) => ({ field: `sections.${s.id}`, place: 'card', html: s.html, text: plainText(s.html) })),
  ];
  const answers: Part[] = faq.map((q) => ({
    field: `faq.${q.id}`,
    place: `faq:${q.id}`,
    html: q.a,
    text: `${plainText(q.q)} ${plainText(q.a)}`,
  }));
  const included = (part: Part) => [...part.html.matchAll(STANDALONE)].map(([, id = '']) => id);
  for (const part of [...card, ...answers]) {
    const standalone = included(part).length;
    const all = [...part.html.matchAll(ANY_TOKEN)];
    if (all.length > standalone)
      errors.push({
        file,
        field: part.field,
        message: '{caveat:<id>} must stand alone in its own paragraph (a blank line before and after)',
      });
    for (const [, id = ''] of all) {
      if (!caveats.rules.caveats[id])
        errors.push({
          file,
          field: part.field,
          message: `"{caveat:${id}}" names no known caveat (known: ${Object.keys(caveats.rules.caveats).join(', ')})`,
        });
    }
  }
  const excepted = (caveat: string, place: string) =>
    exceptions.some((exception) => exception.caveat === caveat && exception.where === place);
  for (const [id, rule] of Object.entries(caveats.rules.caveats)) {
    // The card: once, no later than the first part that triggers it.
    const holders = card.filter((part) => included(part).includes(id));
    const count = card.reduce((sum, part) => sum + included(part).filter((found) => found === id).length, 0);
    if (count > 1)
      errors.push({
        file,
        field: holders[1]?.field ?? holders[0]?.field ?? 'body',
        message: `includes the "${id}" caveat again: a card holds each caveat once`,
      });
    const first = card.findIndex((part) => firstTrigger(rule, locale, part.text) !== undefined);
    if (first >= 0 && !excepted(id, 'card')) {
      const trigger = firstTrigger(rule, locale, card[first]?.text ?? '');
      const at = holders[0] ? card.indexOf(holders[0]) : -1;
      if (at < 0)
        errors.push({
          file,
          field: card[first]?.field ?? 'body',
          message: `mentions "${trigger}", so the card must include {caveat:${id}} here or before (rule: caveat in the card no later than its first trigger)`,
        });
      else if (at > first)
        errors.push({
          file,
          field: card[first]?.field ?? 'body',
          message: `mentions "${trigger}" before the card's {caveat:${id}} (in ${card[at]?.field}): move it here or before (rule: caveat in the card no later than its first trigger)`,
        });
    }
    // Each answer on its own.
    for (const answer of answers) {
      const times = included(answer).filter((found) => found === id).length;
      if (times > 1)
        errors.push({ file, field: answer.field, message: `includes the "${id}" caveat twice: once per answer` });
      const trigger = firstTrigger(rule, locale, answer.text);
      if (trigger && times === 0 && !excepted(id, answer.place))
        errors.push({
          file,
          field: answer.field,
          message: `mentions "${trigger}", so this answer must include {caveat:${id}} (rule: an answer that triggers a caveat includes it itself)`,
        });
    }
  }
  checkUsOnly(file, locale, term, caveats.rules, errors);
  checkRegionNotes(file, term, errors);
  // Expanded last: the blocks' own words never trigger a rule.
  const blocks = caveats.blocks[locale.toLowerCase().split(/[-_]/)[0] ?? 'en'] ?? caveats.blocks['en'] ?? {};
  const expand = (html: string) =>
    html.replace(STANDALONE, (whole, id: string) => (blocks[id] ? caveatNote(blocks[id], locale) : whole));
  term['body'] = expand(body);
  term['sections'] = sections.map((s) => ({ ...s, html: expand(s.html) }));
  term['faq'] = faq.map((q) => ({ ...q, a: expand(q.a) }));
}

/** Block-level pieces of entry HTML: paragraphs, list items, cells (what "near" means for a name). */
function paragraphs(html: string): string[] {
  return html
    .split(/<\/?(?:p|li|td|th|h[1-6]|blockquote|ul|ol|table|tr)\b[^>]*>/)
    .map(plainText)
    .filter(Boolean);
}

/**
 * The US-only rule: a paragraph naming a US-only service, law or rule (the table's `usOnly.names`)
 * also says it is the US's (`usOnly.qualifiers`), unless the entry has a region note for every
 * region in `usOnly.regions`.
 */
export function checkUsOnly(
  file: string,
  locale: string,
  term: Record<string, unknown>,
  rules: CaveatRules,
  errors: ContentError[],
): void {
  const notes = isRecord(term['regionNotes']) ? term['regionNotes'] : {};
  const missing = rules.usOnly.regions.filter((region) => typeof notes[region] !== 'string');
  if (missing.length === 0) return;
  const names = phraseMatcher(languageOf(locale, rules.usOnly.names));
  const qualifiers = phraseMatcher(languageOf(locale, rules.usOnly.qualifiers), true);
  if (!names) return;
  const fields: [string, string[]][] = [
    ['short', [String(term['short'] ?? '')]],
    ['body', paragraphs(String(term['body'] ?? ''))],
    ...((term['sections'] ?? []) as GlossarySection[]).map((s): [string, string[]] => [
      `sections.${s.id}`,
      paragraphs(s.html),
    ]),
    ...((term['faq'] ?? []) as GlossaryQuestion[]).map((q): [string, string[]] => [
      `faq.${q.id}`,
      [q.q, ...paragraphs(q.a)],
    ]),
  ];
  for (const [field, pieces] of fields) {
    const unqualified = new Set<string>();
    for (const piece of pieces) {
      names.lastIndex = 0;
      const found = piece.match(names);
      if (qualifiers) qualifiers.lastIndex = 0;
      if (found && !qualifiers?.test(piece)) found.forEach((name) => unqualified.add(name));
    }
    if (unqualified.size)
      errors.push({
        file,
        field,
        message: `names ${[...unqualified].map((n) => `"${n}"`).join(', ')}, US-only: say "in the US" in the same paragraph, or add regionNotes for ${missing.join(', ')} (rule: US-only names)`,
      });
  }
}

/**
 * A region note names its own country's emergency number only as `{emergency}`, like the rest of the
 * entry: the reader then sees the number the footer shows, and a note copied between countries cannot
 * carry the wrong one. Other numbers (a helpline) are written out.
 */
export function checkRegionNotes(file: string, term: Record<string, unknown>, errors: ContentError[]): void {
  const notes = isRecord(term['regionNotes']) ? term['regionNotes'] : {};
  for (const [code, note] of Object.entries(notes)) {
    if (typeof note !== 'string') continue;
    const own = phraseMatcher(EMERGENCY_NUMBERS[code] ?? []);
    const found = own ? note.match(own) : null;
    if (found)
      errors.push({
        file,
        field: `regionNotes.${code}`,
        message: `names the emergency number "${found[0]}": write {emergency}, which shows the reader's own number`,
      });
  }
}
