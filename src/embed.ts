/**
 * The script-tag entry. It reads the `data-*` settings of its own `<script>`, registers the elements
 * and exposes one namespaced object, `window.TwelvaGlossary`. Loading it twice is harmless.
 */
import { configure, getConfig, readScriptConfig, type GlossaryConfig } from './config.js';
import { autoload } from './elements/autoload.js';
import { defineEager } from './elements/registry.js';
import { scriptUrl } from './script-url.js';
import { reserveSpaceInDocument } from './styles/reserve.js';
import type { AutolinkHandle, AutolinkOptions } from './text/autolink.js';
import { warnOnce } from './warn.js';

declare const __VERSION__: string;

interface TwelvaGlossaryGlobal {
  version: string;
  configure: (options: GlossaryConfig) => void;
  /** Auto-links a part of the page (the auto-linker loads on first use). */
  autolink: (root: Element, options?: AutolinkOptions) => Promise<AutolinkHandle>;
}

declare global {
  interface Window {
    TwelvaGlossary?: TwelvaGlossaryGlobal;
  }
}

/** The `<script>` that loaded this file, found by its URL (a module script has no `currentScript`). */
function ownScript(): HTMLOrSVGScriptElement | undefined {
  return [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((script) => script.src === scriptUrl);
}

/** Links every root named by `data-autolink` once the page has parsed. */
function autolinkConfiguredRoots(): void {
  const selector = getConfig().autolink;
  if (!selector) return;
  let roots: Element[];
  try {
    roots = [...document.querySelectorAll(selector)];
  } catch {
    warnOnce('autolink-selector', `data-autolink="${selector}" is not a valid CSS selector; nothing was auto-linked.`);
    return;
  }
  for (const root of roots) void autolink(root);
}

/** The auto-linker is a lazy chunk: pages without `data-autolink` never download it. */
const autolink = (root: Element, options?: AutolinkOptions): Promise<AutolinkHandle> =>
  import('./text/autolink.js').then((module) => module.autolink(root, options));

// A page that includes the script twice (both builds, or two URLs) keeps the first copy whole: the
// second neither re-reads settings nor defines anything, and says so once.
if (window.TwelvaGlossary) {
  warnOnce('loaded-twice', `the script is included more than once (${scriptUrl}); the first copy is in use.`);
} else {
  const script = ownScript();
  if (script) configure(readScriptConfig(script));
  // Before anything renders: cards, questions and the index hold their space until their code arrives.
  reserveSpaceInDocument();
  window.TwelvaGlossary = { version: __VERSION__, configure, autolink };
  const start = (): void => {
    defineEager();
    autoload();
    autolinkConfiguredRoots();
  };
  // A classic script in <head> runs before the body is parsed: elements defined then would choose
  // their glossary before an inline one further down exists, and read the built-in one or none.
  // Defined once the page has parsed, they see the whole page, as under a module script (deferred).
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start, { once: true });
  } else {
    start();
  }
}
