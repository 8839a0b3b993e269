/**
 * The script-tag entry. It reads the `data-*` settings of its own `<script>`, registers the elements
 * and exposes one namespaced object, `window.TwelvaGlossary`. Loading it twice is harmless.
 */
import { configure, readScriptConfig, type GlossaryConfig } from './config.js';
import { defineAll } from './elements/define-all.js';
import { scriptUrl } from './script-url.js';

declare const __VERSION__: string;

interface TwelvaGlossaryGlobal {
  version: string;
  configure: (options: GlossaryConfig) => void;
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

const script = ownScript();
if (script) configure(readScriptConfig(script));
defineAll();

window.TwelvaGlossary ??= { version: __VERSION__, configure };
