/**
 * The URL of the file that loaded the widgets, read once while it runs: a classic script has
 * `document.currentScript` only during that first run, and a module script never has it but knows
 * `import.meta.url`. Files that ship beside the script (the built-in glossaries, lazy chunks) are
 * found relative to it.
 */
export const scriptUrl: string =
  (typeof document !== 'undefined' && (document.currentScript as HTMLScriptElement | null)?.src) || import.meta.url;
