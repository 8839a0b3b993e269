import type { GlossaryTerm } from '../data/types.js';
import { normalizeKey } from '../data/normalize.js';
import { runInSlices } from '../scheduling.js';

/** One place in a text where a glossary word was found. `start` and `end` are UTF-16 offsets. */
export interface TermMatch {
  start: number;
  end: number;
  id: string;
  /** The name found is one the entry marks as an ordinary word too: it needs context (see {@link Hit}). */
  ambiguous?: boolean;
}

/**
 * What the context words of a glossary's `sense` fields say at one place in a text. A name can carry
 * them too: "recovery" is a name of one entry and a cue for another.
 */
export interface SenseMarks {
  /** Entries whose sense this word supports. */
  cues?: readonly string[];
  /** Entries whose sense this word rules out in its sentence. */
  against?: readonly string[];
  /** A phrase that is never a glossary entry ("economic recovery"): it hides the names inside it. */
  other?: boolean;
}

/** Anything the one pass found: a name (`id` set), context words, or both. */
export interface Hit extends SenseMarks {
  start: number;
  end: number;
  id?: string;
  ambiguous?: boolean;
}

/** One pass over a text: every hit in order, and where its sentences end (offsets just after `.`, `!`, `?`, `;`). */
export interface Scan {
  hits: Hit[];
  sentenceEnds: number[];
}

/**
 * A trie node, keyed by UTF-16 code unit. Most nodes of a glossary trie have a single child (the rest
 * of one word), so that child is kept inline and a Map is made only where words branch.
 */
interface TrieNode {
  code: number;
  only?: TrieNode;
  many?: Map<number, TrieNode>;
  /** The entry whose word ends here, matched case-insensitively. */
  id?: string;
  /** Entries whose word ends here only when written exactly so (acronyms): spelling → id. */
  exact?: Map<string, string>;
  /** The case-insensitive name ending here is ambiguous (listed in its entry's `sense.ambiguous`). */
  ambiguous?: boolean;
  /** Exact-case spellings ending here that are ambiguous names. */
  exactAmbiguous?: Set<string>;
  /** Context words ending here, matched case-insensitively. */
  marks?: MutableMarks;
  /** Context words ending here only when written exactly so ("MS", "PE"): spelling → marks. */
  exactMarks?: Map<string, MutableMarks>;
}

interface MutableMarks {
  cues?: string[];
  against?: string[];
  other?: boolean;
}

/** `.`, `!`, `?` and `;` end a sentence when white space or the end of the text follows ("2.5" does not). */
function isSentenceEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 59;
}

const SPACE = 32;
/** A letter, digit or combining mark: what a word is made of, in any script (ñ, é, ü …). */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const foldCache = new Map<number, number>();

/** Lower case of one code unit, keeping offsets: a character whose lower case is longer stays as it is. */
function fold(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  let folded = foldCache.get(code);
  if (folded === undefined) {
    const lower = String.fromCharCode(code).toLowerCase();
    folded = lower.length === 1 ? lower.charCodeAt(0) : code;
    foldCache.set(code, folded);
  }
  return folded;
}

function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(String.fromCharCode(code));
}

function isSpaceCode(code: number): boolean {
  return (
    code === SPACE || (code >= 9 && code <= 13) || code === 160 || (code > 160 && /\s/.test(String.fromCharCode(code)))
  );
}

function child(node: TrieNode, code: number): TrieNode | undefined {
  if (node.only) return node.only.code === code ? node.only : undefined;
  return node.many?.get(code);
}

function addChild(node: TrieNode, code: number): TrieNode {
  const existing = child(node, code);
  if (existing) return existing;
  const created: TrieNode = { code };
  if (!node.only && !node.many) {
    node.only = created;
  } else {
    if (node.only) {
      node.many = new Map([[node.only.code, node.only]]);
      node.only = undefined;
    }
    node.many?.set(code, created);
  }
  return created;
}

/**
 * Words written entirely in capitals (two or more letters, digits allowed: "MAT", "SUD", "OD") are
 * acronyms: they match only in capitals, so "MAT" finds medication-assisted treatment, not a floor mat.
 */
export function isExactCase(word: string): boolean {
  return /^[\p{Lu}\p{N}]+$/u.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/**
 * Every title and alias of a glossary compiled into one trie, matched in a single left-to-right pass:
 * at each word start it follows the trie as far as the text allows and keeps the longest word that
 * ends on a word boundary. Cost grows with the text, not with the number of entries, so a 5,000-entry
 * glossary scans as fast as a 40-entry one.
 */
export class TermMatcher {
  private readonly root: TrieNode = { code: -1 };
  /** Number of words (titles and aliases) compiled in. */
  size = 0;

  constructor(terms: readonly GlossaryTerm[] = []) {
    this.addTerms(terms);
  }

  /** Adds the title, aliases and sense words of each term. Callers with huge glossaries add them in batches. */
  addTerms(terms: readonly GlossaryTerm[]): void {
    for (const term of terms) {
      const ambiguous = new Set(term.sense?.ambiguous.map(normalizeKey));
      this.add(term.title, term.id, ambiguous.has(normalizeKey(term.title)));
      for (const alias of term.aliases) this.add(alias, term.id, ambiguous.has(normalizeKey(alias)));
      if (!term.sense) continue;
      for (const cue of term.sense.cues) this.mark(cue, (marks) => (marks.cues ??= []).push(term.id));
      for (const word of term.sense.against) this.mark(word, (marks) => (marks.against ??= []).push(term.id));
      for (const phrase of term.sense.otherSenses) this.mark(phrase, (marks) => (marks.other = true));
    }
  }

  private nodeFor(raw: string): { node: TrieNode; word: string } | undefined {
    const word = raw.trim().replace(/\s+/g, ' ');
    if (!word) return undefined;
    let node = this.root;
    for (let i = 0; i < word.length; i++) node = addChild(node, fold(word.charCodeAt(i)));
    return { node, word };
  }

  private add(raw: string, id: string, ambiguous: boolean): void {
    const found = this.nodeFor(raw);
    if (!found) return;
    const { node, word } = found;
    if (isExactCase(word)) {
      node.exact ??= new Map();
      if (node.exact.has(word)) return;
      node.exact.set(word, id);
      if (ambiguous) (node.exactAmbiguous ??= new Set()).add(word);
    } else {
      if (node.id !== undefined) return;
      node.id = id;
      if (ambiguous) node.ambiguous = true;
    }
    this.size++;
  }

  private mark(raw: string, apply: (marks: MutableMarks) => void): void {
    const found = this.nodeFor(raw);
    if (!found) return;
    const { node, word } = found;
    if (isExactCase(word)) {
      node.exactMarks ??= new Map();
      let marks = node.exactMarks.get(word);
      if (!marks) node.exactMarks.set(word, (marks = {}));
      apply(marks);
    } else {
      apply((node.marks ??= {}));
    }
  }

  /** All non-overlapping matches of names in `text`, longest first at each position, in order. */
  find(text: string): TermMatch[] {
    const matches: TermMatch[] = [];
    for (const hit of this.scan(text).hits) {
      if (hit.id === undefined) continue;
      const match: TermMatch = { start: hit.start, end: hit.end, id: hit.id };
      if (hit.ambiguous) match.ambiguous = true;
      matches.push(match);
    }
    return matches;
  }

  /**
   * The one pass: names and context words alike, longest first at each word start, non-overlapping, in
   * order, with the sentence ends met on the way. A longer phrase hides what it contains, so an
   * other-sense phrase ("zero tolerance") hides the name in it.
   */
  scan(text: string): Scan {
    const scan: Scan = { hits: [], sentenceEnds: [] };
    this.scanPart(text, 0, text.length, scan);
    return scan;
  }

  /**
   * The same pass over part of a text, so that one very long paragraph can be scanned over several
   * slices: starts at `from` (0, or what the previous part returned), looks for words that start
   * before `until`, adds what it finds to `into`, and returns where the next part starts (the text's
   * length once it is done). A match that starts before `until` is read to its end, and the pass keeps
   * no state but its position, so the parts together find exactly what one `scan` of the text finds.
   */
  scanPart(text: string, from: number, until: number, into: Scan): number {
    const { hits, sentenceEnds } = into;
    const length = text.length;
    const stop = Math.min(until, length);
    let previousIsWord = from > 0 && isWordCode(text.charCodeAt(from - 1));
    let i = from;
    while (i < stop) {
      const code = text.charCodeAt(i);
      const isWord = isWordCode(code);
      // Only a word start can begin a match.
      if (!isWord || previousIsWord) {
        if (!isWord && isSentenceEnd(code) && (i + 1 === length || isSpaceCode(text.charCodeAt(i + 1)))) {
          sentenceEnds.push(i + 1);
        }
        previousIsWord = isWord;
        i++;
        continue;
      }
      let node: TrieNode | undefined = child(this.root, fold(code));
      // The longest candidate so far; its hit is built once, after the walk.
      let bestNode: TrieNode | undefined;
      let bestEnd = 0;
      let j = i + 1;
      while (node) {
        if (
          (node.id !== undefined || node.exact || node.marks || node.exactMarks) &&
          (j === length || !isWordCode(text.charCodeAt(j)))
        ) {
          if (node.id !== undefined || node.marks) {
            bestNode = node;
            bestEnd = j;
          } else {
            const spelling = text.slice(i, j);
            if (node.exact?.has(spelling) || node.exactMarks?.has(spelling)) {
              bestNode = node;
              bestEnd = j;
            }
          }
        }
        if (j >= length) break;
        const next = text.charCodeAt(j);
        if (isSpaceCode(next)) {
          // White space inside a phrase matches any run of white space ("harm\n  reduction").
          node = child(node, SPACE);
          while (j < length && isSpaceCode(text.charCodeAt(j))) j++;
        } else {
          node = child(node, fold(next));
          j++;
        }
      }
      const best = bestNode && hitAt(bestNode, text, i, bestEnd);
      if (best) {
        hits.push(best);
        i = best.end;
        previousIsWord = isWordCode(text.charCodeAt(i - 1));
      } else {
        previousIsWord = true;
        i++;
      }
    }
    return i;
  }
}

/** What ends at `node` for the text `text.slice(start, end)`, honouring exact-case spellings. */
function hitAt(node: TrieNode, text: string, start: number, end: number): Hit | undefined {
  const spelling = node.exact || node.exactMarks ? text.slice(start, end) : '';
  const exactId = node.exact?.get(spelling);
  const id = exactId ?? node.id;
  const marks = node.exactMarks?.get(spelling) ?? node.marks;
  if (id === undefined && !marks) return undefined;
  const hit: Hit = { start, end };
  if (id !== undefined) {
    hit.id = id;
    if (exactId !== undefined ? node.exactAmbiguous?.has(spelling) : node.ambiguous) hit.ambiguous = true;
  }
  if (marks) {
    if (marks.cues) hit.cues = marks.cues;
    if (marks.against) hit.against = marks.against;
    if (marks.other) hit.other = true;
  }
  return hit;
}

const matchers = new WeakMap<readonly GlossaryTerm[], Promise<TermMatcher>>();

function* buildSteps(terms: readonly GlossaryTerm[]): Generator<void, TermMatcher> {
  const matcher = new TermMatcher();
  for (let i = 0; i < terms.length; i += 100) {
    matcher.addTerms(terms.slice(i, i + 100));
    yield;
  }
  return matcher;
}

/** The one matcher of a loaded glossary, built in slices on first use and shared by every caller. */
export function matcherFor(terms: readonly GlossaryTerm[]): Promise<TermMatcher> {
  let matcher = matchers.get(terms);
  if (!matcher) {
    matcher = runInSlices(buildSteps(terms));
    matchers.set(terms, matcher);
  }
  return matcher;
}
