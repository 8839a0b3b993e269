import { normalizeKey } from '../data/normalize.js';
import type { Hit, Scan, TermMatch } from './matcher.js';

/** What the auto-linker knows beyond the paragraph when it judges an ambiguous name. */
export interface SenseContext {
  /** The root as a whole is about the glossary's subject: declared, or seen in its earlier paragraphs. */
  topic: boolean;
  /** Entries (by id) never to link here. */
  excludedIds: ReadonlySet<string>;
  /** Names (normalized with `normalizeKey`) never to link here. */
  excludedNames: ReadonlySet<string>;
}

type Verdict = 'link' | 'skip' | 'open';

/** Whether `hit` (not the name being judged) speaks for the sense of entry `id` on its own. */
function supports(hit: Hit, id: string): boolean {
  if (hit.other) return false;
  // An unambiguous name is the glossary's subject; an ambiguous one is no evidence until it is itself judged.
  return hit.id !== undefined ? !hit.ambiguous : (hit.cues?.includes(id) ?? false);
}

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
  const { hits, sentenceEnds } = scan;
  const sentence: number[] = [];
  let at = 0;
  for (const hit of hits) {
    while (at < sentenceEnds.length && (sentenceEnds[at] as number) <= hit.start) at++;
    sentence.push(at);
  }
  const verdicts: Verdict[] = hits.map((hit) => {
    if (hit.id === undefined || hit.other) return 'skip';
    if (context.excludedIds.has(hit.id)) return 'skip';
    if (context.excludedNames.size > 0 && context.excludedNames.has(normalizeKey(text.slice(hit.start, hit.end)))) {
      return 'skip';
    }
    return hit.ambiguous ? 'open' : 'link';
  });
  const open = (index: number): boolean => verdicts[index] === 'open';
  if (!verdicts.some((_, index) => open(index))) return collect(hits, verdicts);

  const against = (index: number, id: string, sameSentence: boolean): boolean =>
    hits.some(
      (hit, other) =>
        other !== index && hit.against?.includes(id) && (!sameSentence || sentence[other] === sentence[index]),
    );
  const evidence = (index: number, id: string, sameSentence: boolean, linkedCount: boolean): boolean =>
    hits.some(
      (hit, other) =>
        other !== index &&
        (!sameSentence || sentence[other] === sentence[index]) &&
        (supports(hit, id) || (linkedCount && hit.ambiguous === true && verdicts[other] === 'link')),
    );

  // Steps 1–3: the paragraph's own words.
  hits.forEach((hit, index) => {
    if (!open(index)) return;
    const id = hit.id as string;
    if (against(index, id, true)) verdicts[index] = 'skip';
    else if (evidence(index, id, true, false)) verdicts[index] = 'link';
    else if (!against(index, id, false) && evidence(index, id, false, false)) verdicts[index] = 'link';
  });
  // Step 4: names linked so far support the rest, until nothing changes.
  for (let changed = true; changed;) {
    changed = false;
    hits.forEach((hit, index) => {
      if (!open(index)) return;
      const id = hit.id as string;
      if (evidence(index, id, true, true) || (!against(index, id, false) && evidence(index, id, false, true))) {
        verdicts[index] = 'link';
        changed = true;
      }
    });
  }
  // Step 5: the root's subject.
  hits.forEach((hit, index) => {
    if (open(index)) verdicts[index] = context.topic && !against(index, hit.id as string, false) ? 'link' : 'skip';
  });
  return collect(hits, verdicts);
}

function collect(hits: readonly Hit[], verdicts: readonly Verdict[]): TermMatch[] {
  const matches: TermMatch[] = [];
  hits.forEach((hit, index) => {
    if (verdicts[index] === 'link') matches.push({ start: hit.start, end: hit.end, id: hit.id as string });
  });
  return matches;
}
