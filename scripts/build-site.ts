/**
 * The pre-rendered glossary site: one page per entry and locale, an A–Z page per locale, sitemap.xml
 * and robots.txt, the widgets' site script and the glossaries it reads. Used by `npm run build`
 * (Twelva's own glossary) and by partners:
 *
 *   build-glossary <content folder> --site <out> [--base-url https://…/] [--app-url https://…/{id}] [--region US]
 *
 * The base URL (also GLOSSARY_SITE_URL) starts every absolute URL: canonical, hreflang, Open Graph,
 * JSON-LD, sitemap. See docs/site.md.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configure, resetConfig } from '../src/config.js';
import type { GlossaryDocument } from '../src/data/schema.js';
import { toSupportedLocale, type SupportedLocale } from '../src/i18n/locale.js';
import {
  entryPage,
  indexPage,
  robots,
  rootPage,
  sitemap,
  termUrlTemplate,
  type SiteContext,
} from '../src/site/pages.js';
import { prepareServer, sanitizeOnServer, seedGlossary } from '../src/site/render.js';
import { SITE_UI_STRINGS } from '../src/site/strings.js';
import { buildLocale, ContentBuildError, localeFolders, takeOption, writeGlossary } from './build-content.js';

/** Where `npm start` serves the site; used when no base URL is given, with a warning. */
export const DEFAULT_BASE_URL = 'http://localhost:5173/site/';

export interface SiteOptions {
  documents: GlossaryDocument[];
  out: string;
  /** Absolute; a missing final `/` is added. */
  baseUrl: string;
  appUrl?: string | undefined;
  /**
   * The one region the pre-rendered pages are for (a partner serving one country); default: the neutral
   * help for everyone. The reader's own once the script runs.
   */
  region?: string | undefined;
  /** The built site script, its chunks and site.css (dist/site-assets). */
  assets: string;
}

export interface SiteReport {
  pages: number;
  bytes: number;
  largest: { path: string; bytes: number };
}

/** Writes the site; returns how many pages and bytes of HTML it wrote. */
export async function buildSite(options: SiteOptions): Promise<SiteReport> {
  const baseUrl = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`).href;
  const documents = new Map<SupportedLocale, GlossaryDocument>();
  for (const document of options.documents) {
    const locale = toSupportedLocale(document.locale);
    if (!locale) throw new Error(`the site has pages in en and es only; "${document.locale}" was given`);
    documents.set(locale, document);
  }
  const site: SiteContext = { baseUrl, documents, appUrl: options.appUrl };
  await prepareServer();
  const report: SiteReport = { pages: 0, bytes: 0, largest: { path: '', bytes: 0 } };
  const write = (path: string, text: string) => {
    const file = join(options.out, path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
    if (!path.endsWith('.html')) return;
    const bytes = Buffer.byteLength(text);
    report.pages += 1;
    report.bytes += bytes;
    if (bytes > report.largest.bytes) report.largest = { path, bytes };
  };
  mkdirSync(options.out, { recursive: true });
  cpSync(options.assets, join(options.out, 'assets'), { recursive: true });
  for (const [locale, document] of documents) {
    seedGlossary(document);
    // The same settings the page's script gives the browser (data-term-url, data-app-url), so the
    // browser's first render matches this one.
    resetConfig();
    configure({
      termUrl: termUrlTemplate(site, locale),
      ...(options.appUrl ? { appUrl: options.appUrl } : {}),
      // No --region: the neutral help, which names every supported emergency number (a server cannot know the reader's).
      ...(options.region ? { region: options.region } : {}),
      strings: SITE_UI_STRINGS,
    });
    // The widgets' built-in source is the term index beside the script, which names this full document
    // and the word-sense hints.
    writeGlossary(join(options.out, 'assets', `glossary.${locale}.json`), document);
    write(`${locale}/index.html`, indexPage(site, locale));
    for (const entry of document.terms) {
      write(`${locale}/${entry.id}/index.html`, entryPage(site, locale, entry, sanitizeOnServer));
    }
  }
  resetConfig();
  write('index.html', rootPage(site));
  writeFileSync(join(options.out, 'sitemap.xml'), sitemap(site));
  writeFileSync(join(options.out, 'robots.txt'), robots(site));
  return report;
}

/** The built site assets: beside the bundled CLI (dist/cli → dist/site-assets), or in dist/ from the sources. */
function assetsFolder(): string {
  for (const candidate of ['../site-assets/', '../dist/site-assets/']) {
    const folder = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(join(folder, 'glossary-site.js'))) return folder;
  }
  throw new Error('the site script is not built: run `npm run build` (vite build --mode site) first');
}

/** `build-glossary <folder> --site <out> …`: compiles the Markdown and writes the site. */
export async function siteMain(argv: string[]): Promise<number> {
  const args = [...argv];
  const option = (name: string) => takeOption(args, name);
  const out = option('--site');
  const baseUrl = option('--base-url') ?? process.env['GLOSSARY_SITE_URL'];
  const appUrl = option('--app-url') ?? process.env['GLOSSARY_APP_URL'];
  const region = option('--region');
  const input = args[0];
  if (!input || !out || (baseUrl && !URL.canParse(baseUrl))) {
    console.error(
      'usage: build-glossary <content folder> --site <out folder> [--base-url https://example.org/glossary/] [--app-url https://…/{id}] [--region US]',
    );
    return 2;
  }
  if (!baseUrl) {
    console.warn(`build-glossary: no --base-url (or GLOSSARY_SITE_URL); absolute URLs use ${DEFAULT_BASE_URL}`);
  }
  const documents: GlossaryDocument[] = [];
  try {
    const folders = statSync(input).isDirectory() ? localeFolders(input) : [];
    for (const { folder, locale } of folders) documents.push(buildLocale(folder, locale));
  } catch (error) {
    console.error(error instanceof ContentBuildError ? error.message : error);
    return 1;
  }
  if (documents.length === 0) {
    console.error(`${input}: no locale folder of .md entries found`);
    return 1;
  }
  const report = await buildSite({
    documents,
    out,
    baseUrl: baseUrl ?? DEFAULT_BASE_URL,
    appUrl,
    region,
    assets: assetsFolder(),
  });
  const files = readdirSync(out).length;
  console.log(
    `site: ${report.pages} pages, ${(report.bytes / 1024).toFixed(0)} KiB of HTML (largest ${report.largest.path}, ${(report.largest.bytes / 1024).toFixed(0)} KiB) → ${out} (${files} top-level items)`,
  );
  return 0;
}
