import { getConfig } from '../config.js';
import { GlossaryStore, resolveSource } from '../data/store.js';
import { resolveLocale } from '../i18n/locale.js';
import { nextFrame, SLICE_MS, yieldToBrowser } from '../scheduling.js';
import { matcherFor, type TermMatcher } from './matcher.js';

/**
 * At most this many terms are wrapped in one slice: each new term renders (in the same task) once the
 * slice ends, so the cap keeps that rendering inside the slice's budget too.
 */
const TERMS_PER_SLICE = 24;

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

export interface AutolinkOptions {
  /** Wrap every occurrence, not only the first of each entry in this root. */
  all?: boolean;
  /** Glossary to match: a URL or `#id`; default as for the elements. */
  src?: string;
  /** Locale of the glossary; default: the root's nearest `lang`, then the page settings. */
  locale?: string;
  /** Keep linking content added later (default true). */
  observe?: boolean;
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
  /** The latest drain, which the first pass awaits. */
  private draining?: Promise<void>;
  /** Whether a drain is running; the drain clears it in the same turn it finishes. */
  private drainRunning = false;
  private matcher?: TermMatcher;

  constructor(
    private readonly root: Element,
    private readonly options: AutolinkOptions,
  ) {
    this.ready = this.start();
  }

  private async start(): Promise<number> {
    const locale = resolveLocale(this.root, this.options.locale, getConfig().locale);
    const store = await GlossaryStore.for(resolveSource(this.options.src, locale, this.root.ownerDocument)).ready;
    if (this.stopped || store.status !== 'ready') return 0;
    this.matcher = await matcherFor(store.terms);
    if (this.stopped) return 0;
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

  /** Works through queued subtrees in slices of about {@link SLICE_MS}, yielding between them. */
  private async drain(): Promise<void> {
    // try/finally in this one function: when the loop ends, the flag clears in the same turn.
    try {
      while ((this.queue.length > 0 || this.texts.length > 0) && !this.stopped) {
        const deadline = performance.now() + SLICE_MS;
        const countAtStart = this.count;
        while (performance.now() < deadline && this.count - countAtStart < TERMS_PER_SLICE) {
          const text = this.texts.shift();
          if (text) this.link(text);
          else if (this.queue.length > 0) this.collect(this.queue.shift() as Node, deadline);
          else break;
        }
        // Our own insertions would come back as mutations: drop them (nothing else can run mid-slice).
        this.observer?.takeRecords();
        if (this.queue.length === 0 && this.texts.length === 0) break;
        // After changing the page, let a frame draw those changes before making more.
        await (this.count > countAtStart ? nextFrame() : yieldToBrowser());
      }
    } finally {
      this.drainRunning = false;
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

  /** Wraps the matches of one text node. Only text nodes change: elements and listeners are untouched. */
  private link(text: Text): void {
    const matcher = this.matcher;
    if (!matcher || !text.isConnected || text.data.length < 2) return;
    const matches = matcher.find(text.data).filter((match) => {
      if (this.options.all) return true;
      if (this.seen.has(match.id)) return false;
      this.seen.add(match.id);
      return true;
    });
    // From the end, so earlier offsets stay valid; splitText keeps the original node for the start.
    for (let i = matches.length - 1; i >= 0; i--) {
      const { start, end, id } = matches[i] as (typeof matches)[number];
      if (end < text.data.length) text.splitText(end);
      const word = text.splitText(start);
      const term = text.ownerDocument.createElement('glossary-term');
      term.setAttribute('term', id);
      // A term reads the glossary it was found in, not the page default.
      if (this.options.src) term.setAttribute('src', this.options.src);
      word.replaceWith(term);
      term.append(word);
      this.count++;
    }
  }

  disconnect(): void {
    this.stopped = true;
    this.queue.length = 0;
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
  return new Autolinker(root, options);
}
