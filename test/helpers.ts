import { configure, resetConfig, type GlossaryConfig } from '../src/config.js';
import { GlossaryStore } from '../src/data/store.js';

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
 */
export function usePageState(): { readonly messages: string[] } {
  let warnings: ReturnType<typeof captureWarnings> | undefined;
  beforeEach(() => {
    freshPage();
    warnings = captureWarnings();
  });
  afterEach(async () => {
    warnings?.restore();
    const { resetMouse, setViewport } = await import('@web/test-runner-commands');
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
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
  GlossaryStore.clear();
  if (Object.keys(config).length > 0) configure(config);
}

/** A unique URL for the small fixture glossary, so tests do not share cached stores. */
let counter = 0;
export function fixtureUrl(): string {
  return new URL(`/test/fixtures/glossary.small.json?n=${++counter}-${Date.now()}`, location.href).href;
}

/**
 * Defines a test that needs what only Chromium gives the test runner: media-feature emulation and
 * the accessibility tree (DevTools protocol), and synthesized touch. It runs in the Chromium pass,
 * its title marked [Chromium]; the Firefox pass (web-test-runner.firefox.config.js) has no such test.
 */
export function itInChromium(title: string, test: Mocha.AsyncFunc): void {
  if (navigator.userAgent.includes('Chrome/')) it(`${title} [Chromium]`, test);
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

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
