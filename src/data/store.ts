import { DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_MAX_GLOSSARY_BYTES, type FetchLimits } from '../config.js';
import type { SupportedLocale } from '../i18n/locale.js';
import { warnOnce } from '../warn.js';
import { isServer } from 'lit';
import { builtinGlossaryUrl, bundledGlossaryText } from './builtin.js';
import { bundledGlossaryFiles } from './bundled-glossaries.js';
import { runInSlices } from '../scheduling.js';
import { entryPath } from './layout.js';
import { normalizeKey } from './normalize.js';
import type { validationSteps } from './schema.js';
import type { GlossaryDocument, GlossaryTerm, TermSummary } from './types.js';

export type StoreStatus = 'loading' | 'ready' | 'failed';

/** Where a glossary comes from, after the element, page settings and page content were consulted. */
export type GlossarySourceRef = (
  | {
      kind: 'url';
      url: string;
      label: string;
      /**
       * Set for a file another glossary document names (an entry's own file, the full document): it
       * must stay on that document's origin, so it is fetched without following redirects, and a
       * failure is reported with what the reader sees instead.
       */
      namedAs?: NamedFile;
    }
  | { kind: 'inline'; script: HTMLScriptElement; label: string }
) & {
  /** How long its request may take and how large its answer may be; the files it names get the same. */
  limits?: FetchLimits | undefined;
  /**
   * Set for the built-in glossary, chosen because nothing else was named, and for the files its index
   * names: the build that made them and the script checked them with the one validator (the document
   * in strict mode, then each published file: `unreadableFiles` in src/cli/build-content.ts), so they
   * are read without downloading it again. Never set for a source a page names (a URL, an inline
   * script): that is untrusted and always validated. (A store is shared by address: a page that names
   * the built-in file itself shares its store, however it was read; it is the same file.)
   */
  builtin?: boolean | undefined;
};

/** What a file named by a glossary document is: an entry's own file, the full document, or the word-sense hints. */
export type NamedFile = 'entry' | 'full' | 'sense';

/** What the reader sees when a file of this kind cannot load, for the one console warning. */
const FAILURE_CONSEQUENCE: Record<NamedFile | 'glossary', string> = {
  glossary: 'Terms stay plain text, and cards and questions show a message.',
  entry: 'The card reads the full glossary instead, if the term index names one.',
  full: 'Cards and questions show a message; terms still show their short definitions.',
  sense: 'Nothing is auto-linked from this glossary.',
};

/** Why a load failed, for the one console warning and for elements that show a message. */
export class GlossaryLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GlossaryLoadError';
  }
}

const INLINE_SELECTOR = 'script[type="application/json"][data-glossary]';

let inlineCache: { doc: Document; scripts: HTMLScriptElement[] } | undefined;

/**
 * The page's inline glossaries. A thousand terms rendering in one task would otherwise search the
 * whole document a thousand times; the answer is kept until the task ends, so a script added later is
 * still found by the next element that looks.
 */
function inlineGlossaries(doc: Document): HTMLScriptElement[] {
  if (inlineCache?.doc !== doc) {
    inlineCache = { doc, scripts: [...doc.querySelectorAll<HTMLScriptElement>(INLINE_SELECTOR)] };
    setTimeout(() => (inlineCache = undefined));
  }
  return inlineCache.scripts;
}

/** URLs already resolved, by base and written form: every auto-linked term names its source. */
const resolvedUrls = new Map<string, string>();

/** `written` against `base` as an absolute URL, or `about:invalid` when it is none. */
function absoluteUrl(written: string, base: string): string {
  const key = `${base}\n${written}`;
  let url = resolvedUrls.get(key);
  if (url === undefined) {
    try {
      url = new URL(written, base).href;
    } catch {
      url = 'about:invalid';
    }
    // A page names a handful of sources; the bound only guards against one that names thousands.
    if (resolvedUrls.size >= 64) resolvedUrls.clear();
    resolvedUrls.set(key, url);
  }
  return url;
}

/**
 * Decides which glossary a reader reads: `src`, the source its context names (its own `src`
 * attribute, else the element that renders it, else the page's `data-glossary-src` or
 * `configure({ glossarySrc })`: see `WidgetContext`), else an inline `<script
 * type="application/json" data-glossary>` in the document (one whose `lang` matches the locale
 * first), else the built-in glossary. A `src` of `#some-id` names an inline script by id. `limits`
 * bound the request of a URL source.
 */
export function resolveSource(
  src: string | null | undefined,
  locale: SupportedLocale,
  doc: Document | undefined = typeof document === 'undefined' ? undefined : document,
  limits?: FetchLimits,
): GlossarySourceRef {
  return { ...chooseSource(src?.trim(), locale, doc), limits };
}

function chooseSource(
  chosen: string | undefined,
  locale: SupportedLocale,
  doc: Document | undefined,
): GlossarySourceRef {
  // On the server (pre-rendering) there is no document: a source is an absolute URL or the built-in
  // glossary, and the build seeds its store (GlossaryStore.seed) before rendering.
  if (!doc) {
    const url = chosen && URL.canParse(chosen) ? chosen : builtinGlossaryUrl(locale);
    return { kind: 'url', url, label: url };
  }
  if (chosen) {
    if (chosen.startsWith('#')) {
      const script = doc.getElementById(chosen.slice(1));
      if (script instanceof HTMLScriptElement) return { kind: 'inline', script, label: `inline ${chosen}` };
      return { kind: 'url', url: 'about:invalid', label: `inline ${chosen} (no <script> with that id)` };
    }
    return { kind: 'url', url: absoluteUrl(chosen, doc.baseURI), label: chosen };
  }
  const inline = inlineGlossaries(doc);
  const script =
    inline.find((candidate) => candidate.lang.toLowerCase().split('-')[0] === locale) ??
    inline.find((candidate) => !candidate.lang);
  if (script) return { kind: 'inline', script, label: 'inline glossary' };
  const url = builtinGlossaryUrl(locale);
  return { kind: 'url', url, label: `built-in glossary (${url})`, builtin: true };
}

/**
 * Reads a response body, giving up once it passes `maxBytes`, so a hostile or mistaken source
 * cannot make the reader's phone download and parse megabytes.
 */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new GlossaryLoadError(`the response is ${declared} bytes; the limit is ${maxBytes}`);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new GlossaryLoadError(`the response passed the limit of ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Fetches a glossary file privately (no cookies, no referrer), within `limits` (the reader's timeout and size cap).
 * `confined`: the file was named by another document and must come from that document's origin. Its
 * address was checked before the request, but a redirect would take the request (with the page's
 * origin and the term's id) elsewhere, so redirects are refused before any is followed.
 */
export async function fetchText(url: string, confined = false, limits?: FetchLimits): Promise<string> {
  // Never on the server: a render there is synchronous and would not use the answer, and an attribute
  // or a glossary's data must not send the machine that builds a partner's site to any address.
  if (isServer) throw new GlossaryLoadError('nothing is fetched while rendering on the server');
  // A built-in file the app's bundler packed is read from its module, part of the app itself. (The
  // script builds pack none, and the check leaves them as a constant.)
  const bundled = bundledGlossaryFiles && bundledGlossaryText(url);
  if (bundled) {
    return bundled.catch(() => {
      throw new GlossaryLoadError('the module that holds it could not load (offline, or blocked)');
    });
  }
  if (!/^https?:/.test(url)) throw new GlossaryLoadError('the address is not an http(s) URL');
  const { timeoutMs = DEFAULT_FETCH_TIMEOUT_MS, maxBytes = DEFAULT_MAX_GLOSSARY_BYTES } = limits ?? {};
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    // No cookies, no referrer: the glossary host learns nothing about the reader or the page.
    const response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      mode: 'cors',
      redirect: confined ? 'error' : 'follow',
      signal: controller.signal,
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) throw new GlossaryLoadError(`the server answered ${response.status}`);
    return await readCapped(response, maxBytes);
  } catch (error) {
    if (error instanceof GlossaryLoadError) throw error;
    throw new GlossaryLoadError(
      controller.signal.aborted
        ? `no complete answer within ${timeoutMs} ms`
        : confined
          ? 'the request failed (offline, blocked, refused by CORS, or redirected: a file a glossary names is read only from its own address)'
          : 'the request failed (offline, blocked, or refused by CORS)',
    );
  } finally {
    clearTimeout(timer);
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new GlossaryLoadError('it is not valid JSON');
  }
}

/**
 * The validator, from its lazy chunk. Named in the import itself, so that the chunk carries only what
 * the browser calls, not the build's other exports. (Written as `const { … } = await import()`: the
 * bundler's rewrite of `import().then(({ … }) => …)` inside a `Promise.all` lost the return value.)
 */
async function glossaryValidator(): Promise<typeof validationSteps> {
  const { validationSteps } = await import('./schema.js');
  return validationSteps;
}

/** A built-in file: a term index, an entry's own document or the whole glossary. */
type BuiltinFile = Omit<GlossaryDocument, 'terms'> & { terms: (TermSummary & Partial<GlossaryTerm>)[] };

/**
 * A built-in file (see GlossarySourceRef.builtin) as the content build wrote and checked it: the
 * fields a term index leaves out get the empty values the validator would give them. Only its shape
 * is checked here, so that something else served in its place fails as an unreadable glossary does,
 * with one warning, rather than breaking the elements that read it.
 */
function builtinDocument(data: unknown): GlossaryDocument {
  const document = data as BuiltinFile | null;
  if (document?.schema !== 1 || !Array.isArray(document.terms)) {
    throw new GlossaryLoadError('it is not a schema-1 glossary document');
  }
  return {
    ...document,
    terms: document.terms.map((term) => ({
      body: '',
      sections: [],
      faq: [],
      related: [],
      sources: [],
      reviewed: '',
      ...term,
    })),
  };
}

/**
 * One glossary, loaded once per page however many elements read it.
 *
 * `GlossaryStore.for(ref)` returns the shared store of a source; `ready` settles when it has loaded
 * (or failed: it never rejects, so no element can leave an unhandled rejection behind). Failures are
 * logged as a single console warning naming the source and the reason.
 */
export class GlossaryStore {
  private static readonly stores = new Map<string, GlossaryStore>();
  private static readonly inlineKeys = new WeakMap<HTMLScriptElement, string>();
  private static inlineCount = 0;

  /**
   * The store for a source, created and loading on first use. `index` is the term index that named
   * it as an entry's own document: its ids are the ones that entry's `related` may name.
   */
  static for(ref: GlossarySourceRef, index?: GlossaryStore): GlossaryStore {
    const key = GlossaryStore.keyOf(ref);
    let store = GlossaryStore.stores.get(key);
    if (!store) {
      store = new GlossaryStore(ref, undefined, index);
      GlossaryStore.stores.set(key, store);
    }
    return store;
  }

  /** A stable identity for a source: the absolute URL, or the inline script element. */
  static keyOf(ref: GlossarySourceRef): string {
    if (ref.kind === 'url') return `url:${ref.url}`;
    let key = GlossaryStore.inlineKeys.get(ref.script);
    if (!key) {
      key = `inline:${++GlossaryStore.inlineCount}`;
      GlossaryStore.inlineKeys.set(ref.script, key);
    }
    return key;
  }

  /**
   * Registers an already loaded and validated glossary as the store of `ref`, ready at once: the
   * pre-rendering build hands the elements their data this way, since a server render cannot wait.
   */
  static seed(ref: GlossarySourceRef, document: GlossaryDocument): GlossaryStore {
    const store = new GlossaryStore(ref, document);
    GlossaryStore.stores.set(GlossaryStore.keyOf(ref), store);
    return store;
  }

  /** Forgets every loaded glossary, so the next element loads afresh. For tests and long-lived apps. */
  static clear(): void {
    GlossaryStore.stores.clear();
    inlineCache = undefined;
  }

  readonly source: GlossarySourceRef;
  readonly ready: Promise<GlossaryStore>;
  status: StoreStatus = 'loading';
  document?: GlossaryDocument;
  /** Why the load failed: a {@link GlossaryLoadError}, or the validator's `GlossaryValidationError`. */
  error?: Error;
  private fullStore?: GlossaryStore;
  /** For an entry's own document: the term index that named it. */
  private readonly namedBy: GlossaryStore | undefined;
  private readonly byWord = new Map<string, GlossaryTerm>();

  /** What this store's file is to the reader: the glossary itself, or a file another document names. */
  private get namedAs(): NamedFile | 'glossary' {
    return (this.source.kind === 'url' && this.source.namedAs) || 'glossary';
  }

  private constructor(source: GlossarySourceRef, seeded?: GlossaryDocument, index?: GlossaryStore) {
    this.source = source;
    this.namedBy = index;
    if (seeded) {
      this.index(seeded);
      this.ready = Promise.resolve(this);
    } else {
      this.ready = this.load();
    }
  }

  private index(document: GlossaryDocument): void {
    for (const term of document.terms) {
      for (const word of [term.id, term.title, ...term.aliases]) {
        const key = normalizeKey(word);
        if (!this.byWord.has(key)) this.byWord.set(key, term);
      }
    }
    // Only now: a built-in file that is not what the build wrote fails above, and then holds no terms.
    this.document = document;
    this.status = 'ready';
  }

  private async load(): Promise<GlossaryStore> {
    // A page of built-in terms never downloads the validator (see GlossarySourceRef.builtin). Any
    // other source is untrusted and checked here, the validator's lazy chunk fetched alongside the
    // glossary rather than before it.
    const validator = this.source.builtin ? undefined : glossaryValidator();
    validator?.catch(() => undefined); // a failed chunk is reported below, not as an unhandled rejection
    try {
      const text =
        this.source.kind === 'inline'
          ? (this.source.script.textContent ?? '')
          : await fetchText(this.source.url, this.source.namedAs !== undefined, this.source.limits);
      if (!validator) {
        this.index(builtinDocument(parse(text)));
        return this;
      }
      const validate = await validator;
      // A large glossary is checked in slices, so loading it never blocks the page for long.
      const knownIds = this.namedBy && new Set(this.namedBy.terms.map((term) => term.id));
      const { document, problems } = await runInSlices(validate(parse(text), { knownIds }));
      if (problems.length > 0) {
        const list = problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
        warnOnce(
          `problems:${this.source.label}`,
          `Glossary ${this.source.label}: left out ${problems.length} item(s): ${list}`,
        );
      }
      this.index(document);
    } catch (error) {
      this.error = error instanceof Error ? error : new GlossaryLoadError(String(error));
      this.status = 'failed';
      warnOnce(
        `failed:${this.source.label}`,
        `Could not load the glossary from ${this.source.label}: ${this.error.message}. ${FAILURE_CONSEQUENCE[this.namedAs]}`,
      );
    }
    return this;
  }

  /**
   * The store that holds every field (bodies, sections, questions, sources) of the entries an element
   * shows: this one, unless this is a term index whose `full` names the full document; then that
   * document's store, shared with anyone who names it directly and loading on first call. When
   * `entry` names one entry (id, title or alias) and the index publishes entries one per file
   * (`entries`), that entry's own small document instead, and the full one only if it cannot load.
   * Before this store is ready, or after it failed, it returns this store. A file on another origin
   * is refused: the page asked for one source, and a document must not send the reader's browser
   * anywhere else.
   */
  complete(entry?: string): GlossaryStore {
    const document = this.document;
    if (this.status !== 'ready' || !document) return this;
    const { entries, full } = document;
    const id = entries && entry !== undefined ? this.lookup(entry)?.id : undefined;
    if (entries && id !== undefined) {
      const own = GlossaryStore.for({ kind: 'url', ...this.named(entryPath(entries, id), 'entry') }, this);
      if (own.status === 'ready' && !own.lookup(id)) {
        // A file that loads but holds another entry (a stale or mis-copied folder) would show nothing
        // at all: read the full document instead, and say which file is wrong.
        warnOnce(
          `wrong-entry:${own.source.label}`,
          `The entry file ${own.source.label} does not hold "${id}". ${FAILURE_CONSEQUENCE.entry}`,
        );
      } else if (own.status !== 'failed' || !full) {
        return own;
      }
    }
    if (!full) return this;
    this.fullStore ??= GlossaryStore.for({ kind: 'url', ...this.named(full, 'full') });
    return this.fullStore;
  }

  /**
   * A file this document names (`full`, `sense`, an entry's own): its address relative to this
   * source, and a label for warnings that says why an address was refused. Only on this source's own
   * origin; anything else becomes `about:invalid`, which a load reports as a clear warning.
   */
  named(
    name: string,
    as: NamedFile,
  ): { url: string; label: string; namedAs: NamedFile; limits?: FetchLimits; builtin?: boolean } {
    const { limits, builtin } = this.source;
    const base = this.source.kind === 'url' ? this.source.url : this.source.script.ownerDocument.baseURI;
    const refused = (why: string) => ({
      url: 'about:invalid',
      label: `"${name}" (named by ${this.source.label}; ${why})`,
      namedAs: as,
      limits,
    });
    let resolved: URL;
    try {
      resolved = new URL(name, base);
    } catch {
      return refused('not a valid address');
    }
    if (!/^https?:$/.test(resolved.protocol)) return refused('not an http(s) address');
    if (resolved.origin !== new URL(base).origin) return refused(`on ${resolved.origin}, not on its origin`);
    return { url: resolved.href, label: name, namedAs: as, limits, builtin };
  }

  /** Every term, in document order; empty until loaded. */
  get terms(): readonly GlossaryTerm[] {
    return this.document?.terms ?? [];
  }

  /** The term with this id, title or alias, ignoring case and extra white space. */
  lookup(text: string): GlossaryTerm | undefined {
    return this.byWord.get(normalizeKey(text));
  }
}
