import type { GlossaryTerm } from '../data/schema.js';

/** One place in a text where a glossary word was found. `start` and `end` are UTF-16 offsets. */
export interface TermMatch {
  start: number;
  end: number;
  id: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The entry whose word ends here, matched case-insensitively. */
  id?: string;
  /** Entries whose word ends here only when written exactly so (acronyms): spelling → id. */
  exact?: Map<string, string>;
}

/** A letter, digit or combining mark: what a word is made of, in any script (ñ, é, ü …). */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Words written entirely in capitals (two or more letters, digits allowed: "MAT", "SUD", "OD") are
 * acronyms: they match only in capitals, so "MAT" finds medication-assisted treatment, not a floor mat.
 */
export function isExactCase(word: string): boolean {
  return /^(?=(?:.*\p{Lu}){2})[\p{Lu}\p{N}]+$/u.test(word);
}

/** Lower case that keeps every offset: a character whose lower case is longer stays as it is. */
function fold(char: string): string {
  const lower = char.toLowerCase();
  return lower.length === char.length ? lower : char;
}

/**
 * Every title and alias of a glossary compiled into one trie, matched in a single left-to-right pass:
 * at each word start it follows the trie as far as the text allows and keeps the longest word that
 * ends on a word boundary. Cost grows with the text, not with the number of entries, so a 5,000-entry
 * glossary scans as fast as a 40-entry one.
 */
export class TermMatcher {
  private readonly root: TrieNode = { next: new Map() };
  /** Number of words (titles and aliases) compiled in. */
  readonly size: number;

  constructor(terms: readonly GlossaryTerm[]) {
    let size = 0;
    for (const term of terms) {
      for (const word of new Set([term.title, ...term.aliases])) {
        if (this.add(word.normalize('NFC').trim().replace(/\s+/g, ' '), term.id)) size++;
      }
    }
    this.size = size;
  }

  private add(word: string, id: string): boolean {
    if (!word) return false;
    let node = this.root;
    for (const char of word) {
      const key = fold(char);
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    if (isExactCase(word)) {
      node.exact ??= new Map();
      if (!node.exact.has(word)) node.exact.set(word, id);
    } else {
      node.id ??= id;
    }
    return true;
  }

  /** All non-overlapping matches in `text`, longest first at each position, in order. */
  find(text: string): TermMatch[] {
    const matches: TermMatch[] = [];
    const length = text.length;
    let i = 0;
    while (i < length) {
      const char = text[i] as string;
      // Only a word start can begin a match: skip to the next one cheaply.
      if (!WORD_CHAR.test(char) || (i > 0 && WORD_CHAR.test(text[i - 1] as string))) {
        i++;
        continue;
      }
      let node: TrieNode | undefined = this.root;
      let best: TermMatch | undefined;
      let j = i;
      while (node && j < length) {
        let key = text[j] as string;
        // White space inside a phrase matches any run of white space ("harm\n  reduction").
        if (/\s/.test(key)) {
          let k = j;
          while (k < length && /\s/.test(text[k] as string)) k++;
          node = node.next.get(' ');
          j = k;
        } else {
          key = fold(key);
          node = node.next.get(key);
          j++;
        }
        if (!node) break;
        if ((node.id || node.exact) && (j === length || !WORD_CHAR.test(text[j] as string))) {
          const id = node.exact?.get(text.slice(i, j)) ?? node.id;
          if (id) best = { start: i, end: j, id };
        }
      }
      if (best) {
        matches.push(best);
        i = best.end;
      } else {
        i++;
      }
    }
    return matches;
  }
}

const matchers = new WeakMap<readonly GlossaryTerm[], TermMatcher>();

/** The one matcher of a loaded glossary, built on first use and shared by every caller. */
export function matcherFor(terms: readonly GlossaryTerm[]): TermMatcher {
  let matcher = matchers.get(terms);
  if (!matcher) {
    matcher = new TermMatcher(terms);
    matchers.set(terms, matcher);
  }
  return matcher;
}
