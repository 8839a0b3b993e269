import { normalizeKey } from '../data/normalize.js';
import { runToEnd } from '../scheduling.js';
import type { Hit, Scan, TermMatch } from './matcher.js';

/** What the auto-linker knows beyond the paragraph when it judges an ambiguous name. */
export interface SenseContext {
  /** The root as a whole is about the glossary's subject: declared, or seen in its earlier paragraphs. */
  topic: boolean;
  /** Entries (by id) never to link here. */
  excludedIds: NameSet;
  /** Names (normalized with `normalizeKey`) never to link here. */
  excludedNames: NameSet;
}

/** The part of a set that word sense asks: membership, and whether it is empty. */
export interface NameSet {
  has(word: string): boolean;
  readonly size: number;
}

/** Both sets as one, without copying either (a partner's exclusion list may hold thousands of words). */
export function eitherSet(first: NameSet, second: NameSet): NameSet {
  if (second.size === 0) return first;
  if (first.size === 0) return second;
  return { has: (word) => first.has(word) || second.has(word), size: first.size + second.size };
}

type Verdict = 'link' | 'skip' | 'open';

/**
 * How many hits a step of {@link linkableSteps} goes through before it yields: a few hundred
 * microseconds of work, so a caller that checks the clock between steps stays close to its slice.
 */
const HITS_PER_STEP = 2048;

/**
 * Which names of one paragraph to link. `text` is the paragraph's text and `scan` its one pass.
 *
 * An unambiguous name is linked. An ambiguous name (see `sense.ambiguous`) is linked only when its
 * context supports the glossary's sense, in this order:
 * 1. a word against this sense in the same sentence rules it out;
 * 2. a cue of this entry, or an unambiguous name of any entry, in the same sentence links it;
 * 3. the same in the paragraph links it, unless the paragraph also holds a word against it;
 * 4. ambiguous names already linked by 2–3 count as support too, in the sentence, then the paragraph;
 * 5. a root about the subject (`context.topic`) links what is left, unless the paragraph is against it.
 * Anything else stays plain text: a missing link costs less than a wrong definition.
 */
export function linkable(text: string, scan: Scan, context: SenseContext): TermMatch[] {
  return runToEnd(linkableSteps(text, scan, context));
}

/**
 * {@link linkable} in steps: the same work, yielding every few thousand hits, so the auto-linker can
 * judge a paragraph of any length across several slices. The verdicts still read the whole paragraph's
 * evidence: it is counted in full before any name is judged.
 */
export function* linkableSteps(text: string, scan: Scan, context: SenseContext): Generator<void, TermMatch[]> {
  const { hits, sentenceEnds } = scan;
  let work = 0;
  // True every HITS_PER_STEP calls: the loops below yield when it is.
  const due = () => ++work % HITS_PER_STEP === 0;
  const verdictOf = (hit: Hit): Verdict => {
    if (hit.id === undefined || hit.other) return 'skip';
    if (context.excludedIds.has(hit.id)) return 'skip';
    if (context.excludedNames.size > 0 && context.excludedNames.has(normalizeKey(text.slice(hit.start, hit.end)))) {
      return 'skip';
    }
    return hit.ambiguous ? 'open' : 'link';
  };
  const verdicts: Verdict[] = [];
  let open = false;
  for (const hit of hits) {
    const verdict = verdictOf(hit);
    if (verdict === 'open') open = true;
    verdicts.push(verdict);
    if (due()) yield;
  }
  if (!open) return yield* collect(hits, verdicts, due);

  // Every question below is answered from counts made in one pass, per sentence and for the
  // paragraph, so a paragraph costs time in proportion to its words however many of them are
  // ambiguous (asking every other hit for every open one was quadratic: a forum post of one
  // repeated word blocked the page for seconds).
  const sentence: number[] = [];
  const paragraph = new Evidence();
  const bySentence = new Map<number, Evidence>();
  // Each sentence's hits, by index, for step 4.
  const members = new Map<number, number[]>();
  let at = 0;
  for (let index = 0; index < hits.length; index++) {
    const hit = hits[index] as Hit;
    while (at < sentenceEnds.length && (sentenceEnds[at] as number) <= hit.start) at++;
    sentence.push(at);
    let own = bySentence.get(at);
    if (!own) bySentence.set(at, (own = new Evidence()));
    paragraph.add(hit);
    own.add(hit);
    const list = members.get(at);
    if (list) list.push(index);
    else members.set(at, [index]);
    if (due()) yield;
  }
  const inSentence = (index: number) => bySentence.get(sentence[index] as number) as Evidence;
  // A hit is never evidence about itself: its own words against are taken off the counts.
  const against = (index: number, counts: Evidence): boolean => {
    const hit = hits[index] as Hit;
    const id = hit.id as string;
    return counts.against(id) - (hit.against?.includes(id) ? 1 : 0) > 0;
  };
  // The hit being judged is ambiguous and named, so it is never among the support it counts.
  const supported = (index: number, counts: Evidence) => counts.supports((hits[index] as Hit).id as string);

  // Steps 1–3: the paragraph's own words.
  for (let index = 0; index < hits.length; index++) {
    if (verdicts[index] === 'open') {
      if (against(index, inSentence(index))) verdicts[index] = 'skip';
      else if (supported(index, inSentence(index))) verdicts[index] = 'link';
      else if (!against(index, paragraph) && supported(index, paragraph)) verdicts[index] = 'link';
    }
    if (due()) yield;
  }

  // Step 4: ambiguous names linked so far support the rest. What is still open has no support and
  // nothing against it in its sentence, so one linked ambiguous name links every open name of its
  // sentence, and the first one links every open name the paragraph is not against. Each sentence is
  // opened once.
  const linkedAmbiguous: number[] = [];
  for (let index = 0; index < hits.length; index++) {
    if ((hits[index] as Hit).ambiguous && verdicts[index] === 'link') linkedAmbiguous.push(index);
    if (due()) yield;
  }
  const opened = new Set<number>();
  let paragraphOpened = false;
  const link = (index: number) => {
    if (verdicts[index] !== 'open') return;
    verdicts[index] = 'link';
    linkedAmbiguous.push(index);
  };
  while (linkedAmbiguous.length > 0) {
    const index = linkedAmbiguous.pop() as number;
    if (!paragraphOpened) {
      paragraphOpened = true;
      for (let other = 0; other < hits.length; other++) {
        if (verdicts[other] === 'open' && !against(other, paragraph)) link(other);
        if (due()) yield;
      }
    }
    const own = sentence[index] as number;
    if (due()) yield;
    if (opened.has(own)) continue;
    opened.add(own);
    for (const other of members.get(own) ?? []) {
      link(other);
      if (due()) yield;
    }
  }

  // Step 5: the root's subject.
  for (let index = 0; index < hits.length; index++) {
    if (verdicts[index] === 'open') verdicts[index] = context.topic && !against(index, paragraph) ? 'link' : 'skip';
    if (due()) yield;
  }
  return yield* collect(hits, verdicts, due);
}

/** What the hits of one sentence, or of the paragraph, say for and against each entry's sense. */
class Evidence {
  /** Unambiguous names of any entry: each speaks for every entry's sense. */
  private names = 0;
  private readonly cues = new Map<string, number>();
  private readonly againstWords = new Map<string, number>();

  add(hit: Hit): void {
    for (const id of hit.against ?? []) this.againstWords.set(id, (this.againstWords.get(id) ?? 0) + 1);
    if (hit.other) return;
    if (hit.id !== undefined) {
      if (!hit.ambiguous) this.names++;
    } else {
      for (const id of hit.cues ?? []) this.cues.set(id, (this.cues.get(id) ?? 0) + 1);
    }
  }

  /** How many words here are against entry `id`'s sense. */
  against(id: string): number {
    return this.againstWords.get(id) ?? 0;
  }

  /** Whether a word here speaks for entry `id`'s sense on its own (see `supports`). */
  supports(id: string): boolean {
    return this.names > 0 || (this.cues.get(id) ?? 0) > 0;
  }
}

function* collect(
  hits: readonly Hit[],
  verdicts: readonly Verdict[],
  due: () => boolean,
): Generator<void, TermMatch[]> {
  const matches: TermMatch[] = [];
  for (let index = 0; index < hits.length; index++) {
    const hit = hits[index] as Hit;
    if (verdicts[index] === 'link') matches.push({ start: hit.start, end: hit.end, id: hit.id as string });
    if (due()) yield;
  }
  return matches;
}
