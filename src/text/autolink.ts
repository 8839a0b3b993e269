import { widgetContext, type WidgetContext } from '../config.js';
import { termsWithSense } from '../data/sense-file.js';
import { GlossaryStore, resolveSource } from '../data/store.js';
import { nextFrame, SLICE_MS, yieldToBrowser } from '../scheduling.js';
import { normalizeKey } from '../data/normalize.js';
import { matcherFor, type Scan, type TermMatch, type TermMatcher } from './matcher.js';
import { eitherSet, linkableSteps, type SenseContext } from './sense.js';
import { warnOnce } from '../warn.js';

/**
 * How many new terms may be made between two frames at first. Each new term renders (its element, its
 * shadow root, its styles) right after its slice and in the next frame, so the cap keeps that work
 * short too; it then adapts to what this device measures (see {@link Autolinker.adapt}).
 */
const TERMS_PER_SLICE = 24;
/** The adaptive cap never goes above this (a slice of long, term-dense paragraphs stays bounded). */
const TERMS_PER_SLICE_MAX = 400;
/**
 * A slice and the frame that draws its new terms should take at most about this long together: under
 * 50 ms, so neither the slice's task nor the frame becomes a long task.
 */
const CYCLE_MS = 40;
/**
 * A cycle this short drew its terms in the very next frame (one 60 Hz frame is 16.7 ms): the device
 * has room, so the cap doubles.
 */
const ROOMY_CYCLE_MS = 24;

/** Where terms are never wrapped: links, controls, code, headings, editable areas, existing terms. */
export const SKIP_SELECTOR = [
  'a',
  'button',
  'label',
  'input',
  'textarea',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'math',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="button"]',
  '[role="link"]',
  'glossary-term',
  '[data-glossary-skip]',
].join(',');

/**
 * Elements whose text is one paragraph for word sense: an ambiguous name looks for context in its
 * sentence, then in the nearest of these around it (or the root).
 */
const BLOCK_SELECTOR =
  'p,li,dd,dt,td,th,caption,blockquote,figcaption,div,section,article,aside,main,header,footer,nav,address,details,summary,fieldset,form,body';

/**
 * One step of a paragraph scans this many characters (a few hundred microseconds), so a paragraph of
 * any length is cut into steps the drain can fit into its slices.
 */
const CHARS_PER_STEP = 4096;
/** One step of a paragraph gathers this many of its text nodes (each asks for its block element). */
const NODES_PER_STEP = 256;

/** Between the texts of one paragraph: neither a word nor white space, so no match spans two text nodes. */
const SEPARATOR = '\u0000';

/** Linked entries in earlier paragraphs of a root that make the root "about the subject" (see docs/autolink.md). */
const TOPIC_ENTRIES = 2;

/**
 * An on/off setting read strictly: `true`/`false` (any case, or the strings "true"/"false" from
 * untyped code), and a present but empty attribute as on. Anything else ("0", "no", a number) is
 * ignored with one warning rather than read as on: a partner who wrote "0" meant off, and guessing
 * either way silently would link the wrong words.
 */
export function switchValue(value: unknown, setting: string): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  const written = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if (written === '' || written === 'true') return true;
  if (written === 'false') return false;
  warnOnce(
    `switch:${setting}:${String(value)}`,
    `${setting} is "${String(value)}": write true or false. It is ignored.`,
  );
  return undefined;
}

export interface AutolinkOptions {
  /** Wrap every occurrence, not only the first of each entry in this root. */
  all?: boolean;
  /** Glossary to match: a URL or `#id`; default as for the elements. */
  src?: string;
  /**
   * Locale of the glossary; default: the root's nearest `lang`, then the page settings. The terms made
   * are given it (their `locale` attribute), so they show the entry in the language they were found in.
   */
  locale?: string;
  /** Keep linking content added later (default true). */
  observe?: boolean;
  /**
   * Entry ids or names never to link in this root, e.g. `['recovery', 'MAT']`: an id leaves out the
   * entry, a name leaves out that name only. `data-glossary-exclude` on the root, or on any element
   * around or inside it, does the same for its part of the page.
   */
  exclude?: readonly string[];
  /**
   * The root is about substance use, so ambiguous names need no cue nearby (only no word against them).
   * Default: decided from the root's own earlier paragraphs; `data-glossary-topic` on or around the root sets it.
   */
  topic?: boolean;
}

export interface AutolinkHandle {
  /** Settles with the number of terms wrapped by the first pass (0 when the glossary failed). */
  readonly ready: Promise<number>;
  /** Terms wrapped so far, including content that arrived later. */
  readonly count: number;
  /** Stops linking: pending slices are dropped and later content is left alone. */
  disconnect(): void;
}

class Autolinker implements AutolinkHandle {
  readonly ready: Promise<number>;
  count = 0;
  private stopped = false;
  private observer?: MutationObserver;
  private readonly seen = new Set<string>();
  private readonly queue: Node[] = [];
  private readonly texts: Text[] = [];
  /** The current cap on new terms per slice. */
  private termsPerSlice = TERMS_PER_SLICE;
  /** {@link count} when a frame last drew the terms made: the cap counts the terms made since. */
  private countAtFrame = 0;
  /** The paragraph being linked, one short step at a time (see {@link linkParagraph}). */
  private paragraph?: Generator<void, void>;
  /** Entries in the glossary: once each has been linked, first-occurrence linking has nothing left to do. */
  private entryCount = 0;
  /** The latest drain, which the first pass awaits. */
  private draining?: Promise<void>;
  /** Whether a drain is running; the drain clears it in the same turn it finishes. */
  private drainRunning = false;
  private matcher?: TermMatcher;
  /** Entry ids and names that may never be linked, from the options: ids, then normalized names. */
  private readonly excluded = new Set<string>();
  /** The options' exclusions, sorted into ids and names once the glossary's ids are known. */
  private optionExclusions?: Pick<SenseContext, 'excludedIds' | 'excludedNames'>;
  /** Each element's `data-glossary-exclude`, sorted, for the attribute value it was read from. */
  private readonly attributeExclusions = new WeakMap<
    Element,
    { value: string; excludedIds: Set<string>; excludedNames: Set<string> }
  >();
  /** Entries linked in the root so far: enough of them make the root about the subject. */
  private readonly linkedEntries = new Set<string>();
  private ids = new Set<string>();

  /**
   * `context` is what the linker reads and the terms it makes speak: the language matched in, the
   * glossary source and its request limits.
   */
  constructor(
    private readonly root: Element,
    private readonly options: AutolinkOptions,
    private readonly context: Pick<WidgetContext, 'language' | 'source' | 'limits'>,
  ) {
    this.ready = this.start();
  }

  private async start(): Promise<number> {
    const { language, source, limits } = this.context;
    const store = await GlossaryStore.for(resolveSource(source, language, this.root.ownerDocument, limits)).ready;
    if (this.stopped || store.status !== 'ready') return 0;
    // The hints file a term index names is fetched here, by the auto-linker only.
    this.matcher = await matcherFor(await termsWithSense(store));
    if (this.stopped) return 0;
    this.ids = new Set(store.terms.map((term) => term.id));
    this.entryCount = this.ids.size;
    for (const word of this.options.exclude ?? []) this.excluded.add(normalizeKey(word));
    // Terms already in the root (hand-written, or from an earlier run) count as their first occurrence.
    for (const existing of this.root.querySelectorAll('glossary-term')) {
      const entry = store.lookup(existing.getAttribute('term') ?? existing.textContent ?? '');
      if (entry) this.seen.add(entry.id);
    }
    if (this.options.observe !== false) {
      this.observer = new MutationObserver((records) => this.onMutations(records));
      this.observer.observe(this.root, { childList: true, subtree: true });
    }
    this.enqueue(this.root);
    await this.draining;
    return this.count;
  }

  private onMutations(records: MutationRecord[]): void {
    for (const record of records) for (const node of record.addedNodes) this.enqueue(node);
  }

  private enqueue(node: Node): void {
    if (this.stopped) return;
    this.queue.push(node);
    // The flag, not the promise, says whether a drain runs: a drain can finish before its promise is
    // even returned, and a `finally` clearing the promise would run a microtask too late, leaving
    // nodes added in the same batch queued with nothing to drain them.
    if (!this.drainRunning) {
      this.drainRunning = true;
      this.draining = this.drain();
    }
  }

  /**
   * Works through queued subtrees in slices of about {@link SLICE_MS}, yielding between them. The
   * terms made since the last frame are capped ({@link termsPerSlice}): once a slice reaches the cap,
   * the drain waits for a frame to draw them before making more. Slices that made fewer terms only
   * yield, so a page with a term here and there (first occurrences) is not paced frame by frame.
   */
  private async drain(): Promise<void> {
    // try/finally in this one function: when the loop ends, the flag clears in the same turn.
    try {
      this.countAtFrame = this.count;
      while ((this.queue.length > 0 || this.texts.length > 0 || this.paragraph) && !this.stopped) {
        // A paragraph under way is finished first: its terms are already counted as seen.
        if (!this.paragraph && this.finished()) {
          this.queue.length = 0;
          this.texts.length = 0;
          break;
        }
        const start = performance.now();
        const deadline = start + SLICE_MS;
        // A paragraph under way goes on until the slice is used up, cap or not (a paragraph used to be
        // linked in one go); a new one starts only while the cap allows.
        while (
          performance.now() < deadline &&
          (this.paragraph !== undefined || this.count - this.countAtFrame < this.termsPerSlice)
        ) {
          if (this.paragraph) {
            if (this.paragraph.next().done) this.paragraph = undefined;
          } else if (this.texts.length > 0) this.paragraph = this.linkParagraph();
          else if (this.queue.length > 0) this.collect(this.queue.shift() as Node, deadline);
          else break;
        }
        // Our own insertions would come back as mutations: drop them (nothing else can run mid-slice).
        this.observer?.takeRecords();
        if (this.queue.length === 0 && this.texts.length === 0 && !this.paragraph) break;
        const made = this.count - this.countAtFrame;
        if (made >= this.termsPerSlice && !this.paragraph) {
          // A frame's worth of new terms: let a frame draw them before making more.
          await nextFrame();
          this.adapt(made, performance.now() - start);
          this.countAtFrame = this.count;
        } else {
          // Also in the middle of one long paragraph: a frame after each of its slices would lay the
          // whole paragraph out again each time (thousands of terms in one forum post: seconds of
          // layout), so its slices only yield, and the browser draws when it chooses.
          await yieldToBrowser();
        }
      }
    } finally {
      this.drainRunning = false;
    }
  }

  /** First occurrence only, and every entry already linked in this root: the rest of the page can wait. */
  private finished(): boolean {
    return !this.options.all && this.entryCount > 0 && this.seen.size >= this.entryCount;
  }

  /**
   * Sets the next slice's cap from the last one: `made` terms took `elapsed` ms from the slice's start to
   * the end of the frame that drew them (the slice, the terms' first render, style and layout, and the
   * wait for the frame). A fast device earns bigger slices and so fewer frames to the last term; a slow
   * or busy one gets smaller slices, so no task grows long. Only a slice that used its whole cap says
   * anything about a bigger one. (Timing the task and the frame apart, without the wait, was tried: on
   * a busy machine it shrank the slices further and took more frames.)
   */
  private adapt(made: number, elapsed: number): void {
    if (elapsed > CYCLE_MS) {
      this.termsPerSlice = Math.max(8, Math.floor(this.termsPerSlice / 2));
    } else if (made >= this.termsPerSlice && elapsed < ROOMY_CYCLE_MS) {
      this.termsPerSlice = Math.min(TERMS_PER_SLICE_MAX, this.termsPerSlice * 2);
    } else if (made >= this.termsPerSlice) {
      this.termsPerSlice = Math.min(TERMS_PER_SLICE_MAX, Math.ceil(this.termsPerSlice * 1.25));
    }
  }

  /** Gathers the text nodes of a subtree that may hold terms, leaving any unfinished part queued. */
  private collect(start: Node, deadline: number): void {
    const texts = this.texts;
    if (!start.isConnected || !this.root.contains(start)) return;
    if (start.nodeType === Node.TEXT_NODE) {
      if (!start.parentElement?.closest(SKIP_SELECTOR)) texts.push(start as Text);
      return;
    }
    if (!(start instanceof Element) || start.closest(SKIP_SELECTOR)) return;
    const walker = start.ownerDocument.createTreeWalker(start, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.nodeType === Node.TEXT_NODE
          ? NodeFilter.FILTER_ACCEPT
          : (node as Element).matches(SKIP_SELECTOR)
            ? NodeFilter.FILTER_REJECT
            : NodeFilter.FILTER_SKIP,
    });
    let count = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      texts.push(node as Text);
      // Very large subtrees: hand the rest back to the queue at the next element boundary.
      if (++count % 256 === 0 && performance.now() > deadline) {
        const rest: Node[] = [];
        for (let node: Node | null = walker.currentNode; node && node !== start; node = node.parentNode) {
          for (let sibling = node.nextSibling; sibling; sibling = sibling.nextSibling) rest.push(sibling);
        }
        this.queue.unshift(...rest);
        return;
      }
    }
  }

  /** The paragraph (for word sense) a text belongs to: its nearest block element inside the root, or the root. */
  private blockOf(text: Text): Element {
    const block = text.parentElement?.closest(BLOCK_SELECTOR);
    return block && this.root.contains(block) ? block : this.root;
  }

  /**
   * Takes the next queued texts that share a paragraph and links them together: one scan of their
   * joined text, word sense judged on the paragraph, then each text node wrapped. The work comes in
   * steps of well under a millisecond (the drain runs them until its slice is used up), so one very
   * long paragraph (a forum post of 100,000 words) spreads over many slices. The steps do in order
   * what one call did: the scan is complete and the paragraph's evidence counted before any name is
   * judged, and the next paragraph waits until this one is wrapped, so the terms are the same however
   * the paragraph is cut.
   */
  private *linkParagraph(): Generator<void, void> {
    const matcher = this.matcher;
    const first = this.texts.shift();
    if (!matcher || !first) return;
    const block = this.blockOf(first);
    const nodes = [first];
    let parent = first.parentElement;
    let gathered = 0;
    for (;;) {
      const next = this.texts[0];
      if (!next) {
        // A paragraph with more text nodes than one slice gathers was handed back to the queue in
        // part: gather the rest here, a few hundred nodes a step, so that it is judged as one paragraph.
        const rest = this.queue.shift();
        if (!rest) break;
        this.collect(rest, performance.now());
        if (++gathered % NODES_PER_STEP === 0) yield;
        continue;
      }
      if (next.parentElement !== parent && this.blockOf(next) !== block) break;
      parent = next.parentElement;
      nodes.push(next);
      this.texts.shift();
      if (nodes.length % NODES_PER_STEP === 0) yield;
    }
    const live = nodes.filter((node) => node.isConnected && node.data.length >= 2);
    if (live.length === 0) return;
    // The texts as scanned: a node the page changes before its turn to be wrapped is left alone.
    const scanned = live.map((node) => node.data);
    const joined = scanned.length === 1 ? (scanned[0] as string) : scanned.join(SEPARATOR);
    const { excludedIds, excludedNames } = this.exclusionsAt(block);
    const topic =
      switchValue(this.options.topic, 'the topic option') ??
      this.declaredTopic(block) ??
      this.linkedEntries.size >= TOPIC_ENTRIES;
    const scan: Scan = { hits: [], sentenceEnds: [] };
    for (let at = 0; at < joined.length;) {
      at = matcher.scanPart(joined, at, at + CHARS_PER_STEP, scan);
      yield;
    }
    const judged = yield* linkableSteps(joined, scan, { topic, excludedIds, excludedNames });
    const matches: TermMatch[] = [];
    for (const match of judged) {
      if (!this.options.all) {
        if (this.seen.has(match.id)) continue;
        this.seen.add(match.id);
      }
      matches.push(match);
    }
    yield;
    // Back to each text node's own offsets.
    let offset = 0;
    let m = 0;
    for (const [index, node] of live.entries()) {
      const data = scanned[index] as string;
      const end = offset + data.length;
      const own: TermMatch[] = [];
      while (m < matches.length && (matches[m] as TermMatch).start < end) {
        const match = matches[m++] as TermMatch;
        own.push({ start: match.start - offset, end: match.end - offset, id: match.id });
      }
      offset = end + SEPARATOR.length;
      if (own.length > 0) yield* this.wrapInSteps(node, data, own);
    }
    // Entries of this paragraph count toward the topic of the paragraphs after it.
    for (const match of matches) this.linkedEntries.add(match.id);
  }

  /**
   * Wraps one text node's matches a few at a time, as many as the cap on new terms per frame, each
   * batch a step, so one text node of thousands of terms spreads over slices. Each batch leaves the text after
   * its last match in a node of its own, where the next batch goes on. A node the page changed in the
   * meantime is left as it now is: its matches were found in text it no longer holds.
   */
  private *wrapInSteps(text: Text, scanned: string, matches: readonly TermMatch[]): Generator<void, void> {
    let node: Text | undefined = text;
    let expected = scanned;
    let base = 0;
    for (let from = 0; from < matches.length && node;) {
      if (!node.isConnected || node.data !== expected) return;
      const batch = matches
        .slice(from, from + this.termsPerSlice)
        .map((match) => ({ ...match, start: match.start - base, end: match.end - base }));
      from += batch.length;
      base += (batch[batch.length - 1] as TermMatch).end;
      node = this.wrap(node, batch);
      expected = node?.data ?? '';
      yield;
    }
  }

  /**
   * Entry ids and names left out here: the options, and `data-glossary-exclude` on the paragraph or
   * around it. The options' words are sorted into ids and names once, and each attribute is read once
   * per value, so a partner's list of thousands of words costs once, not once per paragraph.
   */
  private exclusionsAt(block: Element): Pick<SenseContext, 'excludedIds' | 'excludedNames'> {
    this.optionExclusions ??= this.sortExclusions([...this.excluded]);
    let context: Pick<SenseContext, 'excludedIds' | 'excludedNames'> = this.optionExclusions;
    for (let el: Element | null = block; el; el = el.parentElement) {
      const attribute = el.getAttribute('data-glossary-exclude');
      if (!attribute) continue;
      let sorted = this.attributeExclusions.get(el);
      if (sorted?.value !== attribute) {
        sorted = { value: attribute, ...this.sortExclusions(attribute.split(',').map(normalizeKey).filter(Boolean)) };
        this.attributeExclusions.set(el, sorted);
      }
      context = {
        excludedIds: eitherSet(context.excludedIds, sorted.excludedIds),
        excludedNames: eitherSet(context.excludedNames, sorted.excludedNames),
      };
    }
    return context;
  }

  /** `words` (normalized) sorted into the glossary's entry ids and other names. */
  private sortExclusions(words: readonly string[]): { excludedIds: Set<string>; excludedNames: Set<string> } {
    const excludedIds = new Set<string>();
    const excludedNames = new Set<string>();
    for (const word of words) (this.ids.has(word) ? excludedIds : excludedNames).add(word);
    return { excludedIds, excludedNames };
  }

  /** `data-glossary-topic` on the paragraph or around it: "false" says the root is not about the subject. */
  private declaredTopic(block: Element): boolean | undefined {
    const marked = block.closest('[data-glossary-topic]');
    return marked ? switchValue(marked.getAttribute('data-glossary-topic'), 'data-glossary-topic') : undefined;
  }

  /**
   * Wraps matches in one text node with one insertion: the text before the first match stays in the
   * original node, and the terms and the text between them go in after it as one fragment. Only text
   * nodes change: elements and listeners are untouched. Returns the new text node that holds what
   * follows the last match, if any text does.
   */
  private wrap(text: Text, matches: readonly TermMatch[]): Text | undefined {
    if (matches.length === 0) return undefined;
    const data = text.data;
    const document = text.ownerDocument;
    const fragment = document.createDocumentFragment();
    let last = (matches[0] as TermMatch).start;
    for (const { start, end, id } of matches) {
      if (start > last) fragment.append(data.slice(last, start));
      const term = document.createElement('glossary-term');
      term.setAttribute('term', id);
      // A term reads the glossary it was found in, in the language it was found in, not the page
      // default: Spanish words on an English page show the Spanish entry.
      term.setAttribute('locale', this.context.language);
      if (this.options.src) term.setAttribute('src', this.options.src);
      term.append(data.slice(start, end));
      fragment.append(term);
      last = end;
    }
    const rest = last < data.length ? document.createTextNode(data.slice(last)) : undefined;
    if (rest) fragment.append(rest);
    const first = (matches[0] as TermMatch).start;
    if (first > 0) {
      text.data = data.slice(0, first);
      text.after(fragment);
    } else {
      text.replaceWith(fragment);
    }
    this.count += matches.length;
    return rest;
  }

  disconnect(): void {
    this.stopped = true;
    this.queue.length = 0;
    this.paragraph = undefined;
    this.observer?.disconnect();
  }
}

/**
 * Finds glossary words in the text of `root` and wraps each in a `<glossary-term>`: one pass with one
 * matcher, longest match first, whole words, the first occurrence of each entry (or all), never inside
 * links, controls, code, headings, editable areas or `[data-glossary-skip]`. The work runs in short
 * slices that yield to the browser, and content added later is linked as it arrives.
 */
export function autolink(root: Element, options: AutolinkOptions = {}): AutolinkHandle {
  // The options first, then the root's `lang` and the page settings: resolved once, as values.
  return new Autolinker(root, options, widgetContext(root, { locale: options.locale, src: options.src }));
}
