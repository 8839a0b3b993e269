/**
 * The one path by which glossary HTML reaches an element's shadow DOM:
 *   entry text → (optional) transform for the reader → the sanitizer → a fresh clone per place shown.
 *
 * Why clones: a `DocumentFragment` empties itself into the page the first time it is inserted. An
 * element that kept sanitized fragments in its state showed empty sections the second time the same
 * content was rendered (a compact card expanded, collapsed and expanded again; `variant` switched at
 * run time). Here the sanitized fragment is a template kept in a cache and never inserted itself;
 * every place that shows it gets its own copy.
 */
import { isServer, noChange, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { sanitizeHtml, serverHtml } from '../../text/sanitize.js';

/**
 * Rewrites entry HTML for the reader before it is sanitized (region-aware words such as `{emergency}`).
 * Must be pure: its output is the cache key, and the sanitizer still sees everything it returns.
 */
export type HtmlTransform = (html: string) => string;

/** Sanitized templates kept; a whole glossary's answers fit, and a long session cannot grow it without end. */
const MAX_CACHED = 512;

interface Cached {
  promise: Promise<DocumentFragment>;
  /** Set once the sanitizer has finished: lets an element render known content without a frame of emptiness. */
  fragment?: DocumentFragment;
}

const cache = new Map<string, Cached>();

/** The sanitized template of `html` (already transformed), from the cache or the sanitizer. */
function template(html: string): Cached {
  let cached = cache.get(html);
  if (cached) {
    // Most recently used last, so the oldest unused template is dropped first.
    cache.delete(html);
    cache.set(html, cached);
    return cached;
  }
  const entry: Cached = {
    promise: sanitizeHtml(html).then(
      (fragment) => (entry.fragment = fragment),
      (error: unknown) => {
        cache.delete(html); // a failed sanitizer download may succeed next time
        throw error;
      },
    ),
  };
  cached = entry;
  cache.set(html, cached);
  if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value as string);
  return cached;
}

const input = (html: string, transform?: HtmlTransform) => (transform ? transform(html) : html);

class SafeHtmlDirective extends AsyncDirective {
  /** The transformed HTML this part shows or is waiting for. */
  private shown?: string;
  /** A clone that arrived while the part was disconnected, set when it reconnects. */
  private waiting?: Node;

  render(html: string, transform?: HtmlTransform): unknown {
    const text = input(html, transform);
    // On the server (pre-rendering) the sanitizer runs synchronously and its output becomes markup;
    // the browser later keeps that markup and records its own fragment for the same HTML.
    if (isServer) return serverHtml(text);
    if (text === this.shown) return noChange;
    const showing = this.shown !== undefined;
    this.shown = text;
    this.waiting = undefined;
    const cached = template(text);
    if (cached.fragment) return cached.fragment.cloneNode(true);
    cached.promise.then(
      (fragment) => {
        if (this.shown !== text) return;
        const clone = fragment.cloneNode(true);
        if (this.isConnected) this.setValue(clone);
        else this.waiting = clone;
      },
      () => {
        // The sanitizer could not load: the content stays empty rather than unsanitized.
        if (this.shown === text) this.shown = undefined;
      },
    );
    // New words for the same place (another region's number): the old text stays until the new one is
    // sanitized, rather than a frame of emptiness that would move everything below it.
    return showing ? noChange : nothing;
  }

  protected override reconnected(): void {
    if (this.waiting) this.setValue(this.waiting);
    this.waiting = undefined;
  }
}

/**
 * Renders glossary HTML safely: `transform` (if any), then the one sanitizer (src/text/sanitize.ts),
 * then a fresh clone for this place. Unchanged input leaves the rendered content alone.
 *
 *     html`<div class="html">${safeHtml(entry.body, this.contentTransform)}</div>`
 */
export const safeHtml = directive(SafeHtmlDirective);

/**
 * Tells an element whether the HTML it is about to show has been sanitized, so it can keep its
 * loading state until then and show the entry whole (no section popping in after its heading).
 * The inputs are read before every update; a change starts a new preparation, and a preparation
 * that finishes after its inputs changed is ignored.
 */
export class HtmlPreparation implements ReactiveController {
  /** True once every current input is sanitized (always on the server, whose sanitizer is synchronous). */
  ready = isServer;
  /** Settles when the current inputs are sanitized: what a server-rendered element waits for before hydrating. */
  settled: Promise<unknown> = Promise.resolve();
  private key?: string;
  private readonly host: ReactiveControllerHost;
  private readonly inputs: () =>
    { htmls: readonly string[]; transform?: HtmlTransform | undefined; subject?: string } | undefined;
  /** What the inputs were about when last ready (an entry's id): new words for it keep the old ones shown meanwhile. */
  private readySubject?: string;

  constructor(
    host: ReactiveControllerHost,
    inputs: () => { htmls: readonly string[]; transform?: HtmlTransform | undefined; subject?: string } | undefined,
  ) {
    this.host = host;
    this.inputs = inputs;
    host.addController(this);
  }

  hostUpdate(): void {
    if (isServer) return;
    const current = this.inputs();
    const texts = current ? current.htmls.map((html) => input(html, current.transform)) : undefined;
    const key = texts?.join('\u0000');
    if (key === this.key) return;
    this.key = key;
    if (!texts) {
      this.ready = false;
      return;
    }
    const templates = texts.map(template);
    const sameSubject = this.ready && current?.subject !== undefined && current.subject === this.readySubject;
    const done = templates.every((cached) => cached.fragment !== undefined);
    // The same entry in other words (the reader's region changed): it stays on screen, no loading state.
    this.ready = done || sameSubject;
    if (done) {
      this.readySubject = current?.subject;
      return;
    }
    this.settled = Promise.all(templates.map((cached) => cached.promise)).then(
      () => {
        if (this.key !== key) return;
        this.ready = true;
        this.readySubject = current?.subject;
        this.host.requestUpdate();
      },
      () => undefined, // the sanitizer failed to load; the element keeps saying it is loading
    );
  }
}
