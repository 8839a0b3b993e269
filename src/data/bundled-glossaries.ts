/**
 * The built-in glossary files packed into an app by its bundler: each file's name (as the term index
 * names it, relative to the built-in folder) and a loader of the module that holds its text.
 *
 * Empty here, so the script-tag builds fetch the files that sit beside the script. The npm build
 * (vite.config.ts, mode `npm`) replaces this module with one `import()` of a data module per file:
 * Vite, webpack (Next.js) and Rollup all follow a literal `import()` and emit its chunk, so an app that
 * imports the package finds its built-in glossary with no configuration and no file to copy.
 */
export type BundledGlossaryFiles = Readonly<Record<string, () => Promise<{ default: string }>>>;

export const bundledGlossaryFiles: BundledGlossaryFiles | undefined = undefined;
