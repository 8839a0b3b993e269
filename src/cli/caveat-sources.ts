/**
 * The built-in safety caveats as written: content/caveat-rules.yaml and content/caveats/<locale>/<id>.md.
 * Read from disk by the content build and the tests, and by vite.config.ts to bundle them into the
 * partners' build tool (dist/cli), which runs where no content/ folder exists. Node's fs only, so the
 * Vite config can import it without pulling in the Markdown renderer.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The rules table's YAML text, and each locale's blocks by id (Markdown). */
export interface CaveatSources {
  rules: string;
  blocks: Record<string, Record<string, string>>;
}

/** Reads the rules table and every block under `contentRoot` (the folder holding caveats/). */
export function readCaveatSources(contentRoot: string): CaveatSources {
  const folder = join(contentRoot, 'caveats');
  const blocks: Record<string, Record<string, string>> = {};
  if (existsSync(folder)) {
    for (const locale of readdirSync(folder).sort()) {
      const localeFolder = join(folder, locale);
      const files = readdirSync(localeFolder).filter((name) => name.endsWith('.md'));
      blocks[locale] = Object.fromEntries(
        files.sort().map((name) => [basename(name, '.md'), readFileSync(join(localeFolder, name), 'utf8')]),
      );
    }
  }
  return { rules: readFileSync(join(contentRoot, 'caveat-rules.yaml'), 'utf8'), blocks };
}
