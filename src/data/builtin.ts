import type { SupportedLocale } from '../i18n/locale.js';
import { scriptUrl } from '../script-url.js';
import { bundledGlossaryFiles, type BundledGlossaryFiles } from './bundled-glossaries.js';
import { termIndexName } from './layout.js';

/**
 * Where the built-in glossary of a locale lives: its term index `glossary.<locale>.terms.json` beside
 * the script that loaded the widgets, which names the full `glossary.<locale>.json` beside it. Each is
 * fetched only when an element first needs it (the full one only for cards and questions), one locale
 * at a time, from the same place the script came from, so the default sends nothing to anyone new.
 */
export function builtinGlossaryUrl(locale: SupportedLocale): string {
  return builtinFolder() + termIndexName(locale);
}

let builtinFolderUrl: string | undefined;

/** The built-in folder as an absolute URL ending in `/`, worked out once: every term asks for it. */
function builtinFolder(): string {
  return (builtinFolderUrl ??= new URL('./', glossaryFolder(scriptUrl)).href);
}

/**
 * The folder beside the script; or, when a CDN served the script at the package's own address
 * (`cdn.jsdelivr.net/npm/@twelva/glossary-widgets@0.1.0`, no file named: the `jsdelivr` and `unpkg`
 * fields of package.json pick the file), the package's `dist/` there, where the glossaries are.
 */
export function glossaryFolder(script: string): string {
  const url = new URL(script);
  if (!/\/@twelva\/glossary-widgets(@[^/]*)?\/?$/.test(url.pathname)) return url.href;
  url.pathname = url.pathname.replace(/\/?$/, '/dist/');
  url.search = '';
  return url.href;
}

/**
 * The text of a built-in glossary file that the app's bundler packed (the npm build), or undefined
 * when `url` names none: then it is fetched like any other file. `files` and `folder` are for tests.
 */
export function bundledGlossaryText(
  url: string,
  files: BundledGlossaryFiles | undefined = bundledGlossaryFiles,
  folder = builtinFolder(),
): Promise<string> | undefined {
  if (!files || !url.startsWith(folder)) return undefined;
  const name = url.slice(folder.length);
  // Own names only: "constructor" or "__proto__" after the folder must not reach Object's members.
  if (!Object.hasOwn(files, name)) return undefined;
  return files[name]?.().then((module) => module.default);
}
