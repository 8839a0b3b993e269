/**
 * The files a partner hosts from dist/ for the script tag (docs/partner-guide.md, Hosting): both
 * builds, the stylesheet the snippet links before them (reserve.css), the module build's lazy chunks,
 * and the built-in glossaries (full document, term index, word senses, and the folder of one file per
 * entry). One list for everything that copies or pins them: the
 * integrity hashes and the WordPress plugin's zip. Source maps stay out.
 */
import { readdirSync } from 'node:fs';

const GLOSSARY_FILE = /^glossary\.[a-z]{2}(?:\.terms|\.sense)?\.json$/;
const ENTRY_FOLDER = /^glossary\.[a-z]{2}$/;

/** Paths relative to `dist` (a file URL ending in /), builds first, then sorted. */
export function hostedFiles(dist) {
  const top = readdirSync(dist, { withFileTypes: true });
  const inFolder = (folder, suffix) =>
    readdirSync(new URL(`${folder}/`, dist))
      .filter((name) => name.endsWith(suffix))
      .sort()
      .map((name) => `${folder}/${name}`);
  return [
    'glossary-widgets.js',
    'glossary-widgets.iife.js',
    'reserve.css',
    ...inFolder('chunks', '.js'),
    ...top
      .filter((item) => item.isFile() && GLOSSARY_FILE.test(item.name))
      .map((item) => item.name)
      .sort(),
    ...top
      .filter((item) => item.isDirectory() && ENTRY_FOLDER.test(item.name))
      .map((item) => item.name)
      .sort()
      .flatMap((folder) => inFolder(folder, '.json')),
  ];
}
