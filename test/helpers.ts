import { waitUntil as pollUntil } from '@open-wc/testing';
import { configure, resetConfig, type GlossaryConfig } from '../src/config.js';
import type { GlossaryTerm } from '../src/data/types.js';
import { GlossaryStore } from '../src/data/store.js';
import { chooseRegion } from '../src/region/region.js';

/** Every element in `root`, through every open shadow root, in document order. */
export function deepElements(root: Element | ShadowRoot | Document): Element[] {
  const found: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    found.push(el);
    if (el.shadowRoot) found.push(...deepElements(el.shadowRoot));
  }
  return found;
}

/**
 * Puts a glossary document in the page as inline JSON, for elements with `src="#<id>"`. Returns the
 * script, for the test to remove.
 */
export function inlineGlossary(
  id: string,
  document: { locale?: string; terms: unknown[] } & Record<string, unknown>,
): HTMLScriptElement {
  const script = window.document.createElement('script');
  script.type = 'application/json';
  script.id = id;
  script.textContent = JSON.stringify({
    schema: 1,
    locale: 'en',
    name: 'Test glossary',
    updated: '2026-11-01',
    ...document,
  });
  window.document.body.append(script);
  return script;
}

/**
 * How long `waitUntil` waits by default. @open-wc/testing's own default, 1 s, is less than a render
 * takes on a loaded 2-core machine running several browser passes at once; the wait ends as soon as
 * the condition holds, so a generous limit costs a passing test nothing. It stays under the shortest
 * time a test may take (10 s, web-test-runner.config.js), so a wait that runs out fails with its own
 * message rather than mocha's timeout.
 */
export const WAIT_TIMEOUT_MS = 8000;

/**
 * Resolves once `predicate` returns a truthy value (polled every 50 ms), or fails with `message`
 * after `options.timeout` (WAIT_TIMEOUT_MS unless given). Test files import this one, not
 * @open-wc/testing's (a lint rule says so).
 */
export function waitUntil(
  predicate: () => unknown,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return pollUntil(predicate, message, { timeout: WAIT_TIMEOUT_MS, ...options });
}

/** Collects console warnings for the duration of a test. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/**
 * Hooks for element tests: each test starts with no settings and no cached glossaries, collects its
 * console warnings, and leaves no emulated media or mouse position behind. Returns the warnings.
 * A warning from Lit itself (its development build, the lit-dev group of web-test-runner.config.js, links each to
 * lit.dev/msg/) fails the test that caused it.
 */
export function usePageState(): { readonly messages: string[] } {
  let warnings: ReturnType<typeof captureWarnings> | undefined;
  beforeEach(() => {
    freshPage();
    warnings = captureWarnings();
  });
  afterEach(async () => {
    warnings?.restore();
    const lit = warnings?.messages.filter((message) => message.includes('lit.dev/msg/')) ?? [];
    if (lit.length > 0) throw new Error(`Lit warned during this test:\n${lit.join('\n')}`);
    const { resetMouse } = await import('@web/test-runner-commands');
    await resetMouse();
    await viewport({ width: 800, height: 600 });
    await emulate({});
  });
  return {
    get messages() {
      return warnings?.messages ?? [];
    },
  };
}

/** A fresh page state: no settings, no cached glossaries, optionally some settings. */
export function freshPage(config: GlossaryConfig = {}): void {
  resetConfig();
  chooseRegion(undefined);
  GlossaryStore.clear();
  if (Object.keys(config).length > 0) configure(config);
}

/** A unique URL for the small fixture glossary, so tests do not share cached stores. */
let counter = 0;
export function fixtureUrl(): string {
  return new URL(`/test/fixtures/glossary.small.json?n=${++counter}-${Date.now()}`, location.href).href;
}

/**
 * Defines a test that needs what only Chromium gives the test runner: the accessibility tree and
 * synthesized touch. It runs in the Chromium pass; the Firefox and WebKit passes list it as skipped,
 * with that reason, so a pass that leaves it out says so.
 */
export function itInChromium(title: string, test: Mocha.AsyncFunc): void {
  if (isChromium) it(`${title} [Chromium]`, test);
  else it(`${title} [skipped: needs the accessibility tree or synthesized touch, which only Chromium gives]`);
}

const isChromium = navigator.userAgent.includes('Chrome/');
/** WebKit, as in Safari and every iPhone browser (the WebKit pass runs WebKitGTK's MiniBrowser). */
const isWebKit = navigator.userAgent.includes('AppleWebKit/') && !isChromium;

/**
 * The narrowest viewport a test can ask for: 320 px (a 1280 px window at 400 % zoom), except in WebKit,
 * whose MiniBrowser window cannot be narrower than about 447 px (scripts/webkit-launcher.js).
 */
export const NARROWEST_VIEWPORT = isWebKit ? 447 : 320;

/**
 * Defines a test that cannot run in the WebKit pass, for the reason given (say what WebKit lacks
 * there, not what it gets wrong: a product bug in WebKit is fixed, not left out). It runs in the
 * Chromium and Firefox passes; the WebKit pass lists it as skipped, with the reason.
 */
export function itOutsideWebKit(why: string, title: string, test: Mocha.AsyncFunc): void {
  if (!why.trim()) throw new Error(`itOutsideWebKit("${title}") needs a reason`);
  // A test without a function is listed as skipped: the WebKit pass shows it, with its reason.
  if (isWebKit) it(`${title} [skipped in WebKit: ${why}]`);
  else it(title, test);
}

export type Scheme = 'light' | 'dark' | 'forced colors';
const SCHEME_MEDIA: Record<Scheme, MediaFeatures> = {
  light: {},
  dark: { 'prefers-color-scheme': 'dark' },
  'forced colors': { 'forced-colors': 'active' },
};

/** Whether the browser can switch colour schemes at run time (web-test-runner.config.js's `media`). */
const emulatesMedia = isChromium || navigator.userAgent.includes('Firefox/');

/** The scheme the browser is in without emulation: each WebKit pass is launched in one. */
function launchedScheme(): Scheme {
  if (matchMedia('(forced-colors: active)').matches) return 'forced colors';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

// A WebKit pass launched dark runs only the tests written for that scheme: everything else has run in
// the light pass, and would only be measuring the wrong scheme here.
if (!emulatesMedia && launchedScheme() !== 'light') {
  const defineTest = globalThis.it;
  globalThis.it = Object.assign(
    (title: string, test?: Mocha.Func) => (title.includes('[media: ') ? defineTest(title, test) : undefined),
    defineTest,
  ) as Mocha.TestFunction;
}

/**
 * Defines a test to run in a colour scheme, its title marked `[media: <scheme>]`. Chromium (DevTools
 * protocol) and Firefox (preferences) switch the scheme at run time, so their one pass runs every
 * scheme's tests. WebKit cannot, so there the test exists only in the pass launched in that scheme (the
 * webkit-dark group of web-test-runner.config.js; MiniBrowser has no forced colours).
 */
export function itInScheme(scheme: Scheme, title: string, test: Mocha.AsyncFunc): void {
  if (!emulatesMedia && launchedScheme() !== scheme) return;
  it(`${title} [media: ${scheme}]`, async function (this: Mocha.Context) {
    await emulate(SCHEME_MEDIA[scheme]);
    await test.call(this);
  });
}

/** Media features to emulate: a colour scheme, forced colours, reduced motion. */
export interface MediaFeatures {
  'prefers-color-scheme'?: 'light' | 'dark';
  'forced-colors'?: 'active' | 'none';
  'prefers-reduced-motion'?: 'reduce' | 'no-preference';
}

/** Emulates media features in the test browser; call with `{}` to clear them. */
export async function emulate(features: MediaFeatures): Promise<void> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  await executeServerCommand('media', {
    features: Object.entries(features).map(([name, value]) => ({ name, value })),
  });
}

/**
 * Sizes the page, in every engine: the configuration's own `viewport` command (the standard
 * setViewport supports puppeteer and Playwright only, and WebKit here is driven over WebDriver).
 */
export async function viewport(size: { width: number; height: number }): Promise<void> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  await executeServerCommand('viewport', size);
}

/** A real touch tap at the centre of an element. */
export async function tap(element: Element): Promise<void> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  const rect = element.getBoundingClientRect();
  await executeServerCommand('tap', {
    x: Math.round(rect.x + rect.width / 2),
    y: Math.round(rect.y + rect.height / 2),
  });
}

/** The centre of an element, for sendMouse. */
export function centre(element: Element): [number, number] {
  const rect = element.getClientRects()[0] ?? element.getBoundingClientRect();
  return [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)];
}

/**
 * Resolves in the next task, after every task already queued (a message is queued behind them). For
 * checks that something did not happen: whatever the code under test queued runs before the check,
 * and no fixed wait guesses how long that takes.
 */
export function nextTask(): Promise<void> {
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * A glossary source that answers only when the test says so (the middleware of
 * web-test-runner.config.js holds the request): the loading state lasts exactly as long as the test
 * needs, however slow the machine. `release()` lets it answer with an empty glossary.
 */
let heldCount = 0;
export function heldSource(): { src: string; release: () => Promise<void> } {
  const key = `${++heldCount}-${Date.now()}`;
  return {
    src: `/faults/held.json?key=${key}`,
    release: async () => void (await fetch(`/faults/release?key=${key}`)),
  };
}

/**
 * Resolves once everything under `root` (shadow roots included) has stopped moving, so colours are
 * measured at full opacity: a fixed wait was too short on a busy machine, and axe then measured a
 * half-faded definition against the page behind it.
 */
export async function settled(root: Element): Promise<void> {
  // A frame for placement to finish (the definition fades in only once placed), then every transition.
  await new Promise(requestAnimationFrame);
  const inside = root.shadowRoot ? deepElements(root.shadowRoot) : [];
  const animations = [root, ...deepElements(root), ...inside].flatMap((el) => el.getAnimations());
  await Promise.all(animations.map((animation) => animation.finished.catch(() => undefined)));
}

const RealDateTimeFormat = Intl.DateTimeFormat;
type TemporalNow = { timeZoneId?: () => string };
const temporalNow = (globalThis as { Temporal?: { Now?: TemporalNow } }).Temporal?.Now;
const realTimeZoneId = temporalNow?.timeZoneId;
/**
 * Makes the browser report `zone` as the reader's time zone until `realZone()`, through both ways the
 * widgets ask (`Temporal.Now.timeZoneId()` where it exists, else `Intl.DateTimeFormat`); formatting
 * itself is left alone, so dates still render.
 */
export function fakeZone(zone: string | undefined): void {
  const fake = function (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
    const real = new RealDateTimeFormat(...args);
    const options = real.resolvedOptions();
    Object.defineProperty(real, 'resolvedOptions', { value: () => ({ ...options, timeZone: zone }) });
    return real;
  };
  Intl.DateTimeFormat = fake as unknown as typeof Intl.DateTimeFormat;
  if (temporalNow && realTimeZoneId) {
    // A new function each time, so the widgets' once-per-page reading sees a new reader.
    Object.defineProperty(temporalNow, 'timeZoneId', { value: () => zone ?? '', configurable: true, writable: true });
  }
}
/**
 * Makes both ways of reading the time zone hand back whatever `read` returns (or throws), as a broken
 * polyfill on a partner's page might, until `realZone()`.
 */
export function brokenZone(read: () => unknown): void {
  const fake = function (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
    const real = new RealDateTimeFormat(...args);
    const options = real.resolvedOptions();
    Object.defineProperty(real, 'resolvedOptions', { value: () => ({ ...options, timeZone: read() }) });
    return real;
  };
  Intl.DateTimeFormat = fake as unknown as typeof Intl.DateTimeFormat;
  if (temporalNow && realTimeZoneId) {
    Object.defineProperty(temporalNow, 'timeZoneId', { value: () => read(), configurable: true, writable: true });
  }
}

/** Undoes `fakeZone()`. */
export function realZone(): void {
  Intl.DateTimeFormat = RealDateTimeFormat;
  if (temporalNow && realTimeZoneId) {
    Object.defineProperty(temporalNow, 'timeZoneId', { value: realTimeZoneId, configurable: true, writable: true });
  }
}

/** A minimal valid glossary entry for matcher and word-sense tests. */
export function glossaryEntry(
  id: string,
  title: string,
  aliases: string[] = [],
  extra: Partial<GlossaryTerm> = {},
): GlossaryTerm {
  return {
    id,
    title,
    aliases,
    short: 's',
    body: '',
    sections: [],
    faq: [],
    related: [],
    sources: [],
    reviewed: '',
    ...extra,
  };
}

/** What a screen reader says for a node: its text without aria-hidden parts. */
export function spoken(node: Node): string {
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return [...node.childNodes].map(spoken).join('');
}

/** What a sighted reader sees of a node: its text without visually hidden parts. */
export function visible(node: Node): string {
  if (node instanceof Element && node.classList.contains('visually-hidden')) return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return [...node.childNodes].map(visible).join('');
}
