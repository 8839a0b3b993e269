import type { SupportedLocale } from '../i18n/locale.js';
import { scriptUrl } from '../script-url.js';

/**
 * Where the built-in glossary of a locale lives: `glossary.<locale>.json` beside the script that
 * loaded the widgets. It is fetched only when an element first needs it, one locale at a time, from
 * the same place the script came from, so the default sends nothing to anyone new.
 */
export function builtinGlossaryUrl(locale: SupportedLocale): string {
  return new URL(`./glossary.${locale}.json`, scriptUrl).href;
}
