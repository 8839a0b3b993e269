/**
 * Every element of the widgets, in one list: its tag, how its class arrives (in the main script, or
 * loaded the first time the tag appears on the page) and the elements it renders inside itself.
 * Registration (embed.ts, index.ts), auto-loading (autoload.ts) and the order of the generated
 * reference (scripts/api-reference.js) all follow this list. A new element is its folder plus one line.
 */
import { defineElement } from '../define.js';
import { CrisisFooterElement } from './crisis-footer/crisis-footer.js';
import { GlossaryTermElement } from './glossary-term/glossary-term.js';

/**
 * One element. `element` (eager) is a class in the main script, so it never waits for a download:
 * terms in the text, and the crisis footer, which must work when everything else fails (its class
 * renders an essential view at once and loads the rest of itself; see crisis-footer.ts). `load` (lazy)
 * fetches the class the first time the tag appears (the script-tag build) or with the npm entry.
 */
export type ElementEntry = {
  tag: string;
  /** Tags this element renders in its shadow root: defined together with it. */
  renders?: readonly string[];
} & ({ element: CustomElementConstructor } | { load: () => Promise<CustomElementConstructor> });

export const ELEMENTS: readonly ElementEntry[] = [
  { tag: 'glossary-term', element: GlossaryTermElement },
  {
    tag: 'glossary-card',
    load: () => import('./glossary-card/glossary-card.js').then((m) => m.GlossaryCardElement),
    renders: ['glossary-faq', 'glossary-term'],
  },
  { tag: 'glossary-faq', load: () => import('./glossary-faq/glossary-faq.js').then((m) => m.GlossaryFaqElement) },
  {
    tag: 'glossary-index',
    load: () => import('./glossary-index/glossary-index.js').then((m) => m.GlossaryIndexElement),
    renders: ['glossary-card'],
  },
  { tag: 'crisis-footer', element: CrisisFooterElement },
];

/** The tags loaded on first sight rather than with the main script. */
export const LAZY_TAGS: readonly string[] = ELEMENTS.filter((entry) => 'load' in entry).map((entry) => entry.tag);

/**
 * Defines `tag` and the elements it renders: an eager class at once (synchronously), a lazy one once
 * its module has loaded. Safe to call again: the browser keeps each module, and a tag defined with
 * the same class is left alone; after a failed download, the next call tries again.
 */
export function defineTag(tag: string): Promise<unknown> {
  const entry = ELEMENTS.find((candidate) => candidate.tag === tag);
  return Promise.all(
    entry
      ? [
          'load' in entry
            ? entry.load().then((loaded) => defineElement(tag, loaded))
            : defineElement(tag, entry.element),
          ...(entry.renders ?? []).map(defineTag),
        ]
      : [],
  );
}

/** Defines every eager element now (the script-tag entry; lazy ones wait for autoload.ts). */
export function defineEager(): void {
  for (const entry of ELEMENTS) if ('element' in entry) void defineTag(entry.tag);
}

/** Defines every element (the npm entry): eager ones at once, the rest as soon as their modules resolve. */
export async function defineAll(): Promise<void> {
  defineEager();
  await Promise.all(ELEMENTS.map(({ tag }) => defineTag(tag)));
}
