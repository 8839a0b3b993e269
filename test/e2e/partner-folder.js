/**
 * Small partner glossaries written to a temporary folder, for the build-glossary tests: each entry is
 * a valid one unless the test changes its front matter or text.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One entry's Markdown; `fields` replaces or adds front-matter lines (`null` leaves one out). */
export function entryMarkdown(id, fields = {}, body = 'A plain definition.') {
  const front = {
    id,
    title: id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' '),
    short: `A short definition of ${id}.`,
    related: '[]',
    sources: '\n  - title: CDC\n    url: https://www.cdc.gov/',
    reviewed: '2026-11-01',
    ...fields,
  };
  const lines = Object.entries(front)
    .filter(([, value]) => value !== null)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

/**
 * A folder `<root>/<locale>/` holding `entries` (id → Markdown), and `_glossary.md` when `name` is
 * given. Returns the root.
 */
export function partnerFolder(locale, entries, name) {
  const root = mkdtempSync(join(tmpdir(), 'partner-glossary-'));
  const folder = join(root, locale);
  mkdirSync(folder);
  for (const [id, markdown] of Object.entries(entries)) writeFileSync(join(folder, `${id}.md`), markdown);
  if (name !== undefined) writeFileSync(join(folder, '_glossary.md'), `---\nname: ${name}\n---\n`);
  return root;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};

/**
 * A `handle` for useBrowser that serves the folder `folder()` names (a site a test built) under
 * `/partner/`, beside the project's own files; nothing while it names none.
 */
export function servePartnerSite(folder) {
  return (request, response, url) => {
    const site = folder();
    if (!site || !url.pathname.startsWith('/partner/')) return false;
    let path = join(site, decodeURIComponent(url.pathname.slice('/partner/'.length)));
    if (!path.startsWith(site) || !existsSync(path)) return false;
    if (!/\.\w+$/.test(path)) path = join(path, 'index.html');
    response.writeHead(200, { 'content-type': TYPES[/\.\w+$/.exec(path)?.[0]] ?? 'application/octet-stream' });
    response.end(readFileSync(path));
    return true;
  };
}
