import type { GlossaryTerm } from '../data/schema.js';
import { runInSlices } from '../scheduling.js';

/** One place in a text where a glossary word was found. `start` and `end` are UTF-16 offsets. */
export interface TermMatch {
  start: number;
  end: number;
  id: string;
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

  /** Adds the title and aliases of each term. Callers with huge glossaries add them in batches. */
  addTerms(terms: readonly GlossaryTerm[]): void {
    for (const term of terms) {
      this.add(term.title, term.id);
      for (const alias of term.aliases) this.add(alias, term.id);
    }
  }

  private add(raw: string, id: string): void {
    const word = raw.trim().replace(/\s+/g, ' ');
    if (!word) return;
    let node = this.root;
    for (let i = 0; i < word.length; i++) node = addChild(node, fold(word.charCodeAt(i)));
    if (isExactCase(word)) {
      node.exact ??= new Map();
      if (node.exact.has(word)) return;
      node.exact.set(word, id);
    } else {
      if (node.id !== undefined) return;
      node.id = id;
    }
    this.size++;
  }

  /** All non-overlapping matches in `text`, longest first at each position, in order. */
  find(text: string): TermMatch[] {
    const matches: TermMatch[] = [];
    const length = text.length;
    let previousIsWord = false;
    let i = 0;
    while (i < length) {
      const code = text.charCodeAt(i);
      const isWord = isWordCode(code);
      // Only a word start can begin a match.
      if (!isWord || previousIsWord) {
        previousIsWord = isWord;
        i++;
        continue;
      }
      let node: TrieNode | undefined = child(this.root, fold(code));
      let best: TermMatch | undefined;
      let j = i + 1;
      while (node) {
        if ((node.id !== undefined || node.exact) && (j === length || !isWordCode(text.charCodeAt(j)))) {
          const id = node.exact?.get(text.slice(i, j)) ?? node.id;
          if (id !== undefined) best = { start: i, end: j, id };
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
      if (best) {
        matches.push(best);
        i = best.end;
        previousIsWord = isWordCode(text.charCodeAt(i - 1));
      } else {
        previousIsWord = true;
        i++;
      }
    }
    return matches;
  }
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
