/**
 * The pre-rendered glossary site: one page per entry and locale, an A–Z page per locale, sitemap.xml
 * and robots.txt, the widgets' site script and the glossaries it reads. Used by `npm run build`
 * (Twelva's own glossary) and by partners:
 *
 *   build-glossary <content folder> --site <out> [--base-url https://…/] [--app-url https://…/{id}] [--region US]
 *     [--name "…"] [--independence-note]     (all options: build-glossary --help)
 *
 * The base URL (also GLOSSARY_SITE_URL) starts every absolute URL: canonical, hreflang, Open Graph,
 * JSON-LD, sitemap. See docs/site.md.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configure, resetConfig } from '../config.js';
import { glossaryDocumentName } from '../data/layout.js';
import type { GlossaryDocument } from '../data/types.js';
import { SUPPORTED_LOCALES, toSupportedLocale, type SupportedLocale } from '../i18n/locale.js';
import { entryPage, indexPage, robots, rootPage, sitemap, termUrlTemplate, type SiteContext } from '../site/pages.js';
import { prepareServer, sanitizeOnServer, seedGlossary } from '../site/render.js';
import { SITE_UI_STRINGS } from '../site/strings.js';
import { ELEMENTS } from '../elements/registry.js';
import { glossaryFiles, writeGlossary } from './build-content.js';
import { MANIFEST, OutputFolder } from './output.js';

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
  /**
   * Keep the crisis footer's note that Twelva is independent of any fellowship: a statement about
   * Twelva, true of Twelva's own site only, so a partner's pages leave it out unless asked.
   */
  independenceNote?: boolean | undefined;
  /** Told how far the build has got, now and then (the CLI shows it on a terminal). */
  progress?: ((message: string) => void) | undefined;
}

export interface SiteReport {
  pages: number;
  bytes: number;
  largest: { path: string; bytes: number };
  /** Files an earlier build wrote that this one did not (the pages of withdrawn entries), now removed. */
  removed: string[];
}

/**
 * The site's language for a glossary's locale: its pages, page words and UI strings exist in these
 * only. Undefined for any other (`fr`), which the CLI refuses with a message before building.
 */
export function siteLocale(locale: string): SupportedLocale | undefined {
  return toSupportedLocale(locale);
}

export const SITE_LOCALES: readonly string[] = SUPPORTED_LOCALES;

/**
 * Writes the site; returns how many pages and bytes of HTML it wrote. Nothing is written when a locale
 * has no site pages, or when a path the site needs runs through a link in `out` (see OutputFolder).
 */
export async function buildSite(options: SiteOptions): Promise<SiteReport> {
  const baseUrl = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`).href;
  const documents = new Map<SupportedLocale, GlossaryDocument>();
  for (const document of options.documents) {
    const locale = siteLocale(document.locale);
    if (!locale) {
      throw new Error(`the site has pages in ${SITE_LOCALES.join(' and ')} only; "${document.locale}" was given`);
    }
    if (documents.has(locale)) throw new Error(`two glossaries make the "${locale}" pages`);
    documents.set(locale, document);
  }
  const site: SiteContext = {
    baseUrl,
    documents,
    appUrl: options.appUrl,
    region: options.region,
    independenceNote: options.independenceNote ?? false,
  };
  const folder = new OutputFolder(options.out);
  const glossaryPath = (locale: SupportedLocale) => `assets/${glossaryDocumentName(locale)}`;
  const pagePaths = [...documents].flatMap(([locale, document]) => [
    `${locale}/index.html`,
    ...document.terms.map((entry) => `${locale}/${entry.id}/index.html`),
  ]);
  folder.check([
    ...OutputFolder.filesUnder(options.assets).map((path) => `assets/${path}`),
    ...[...documents].flatMap(([locale, document]) => [...glossaryFiles(glossaryPath(locale), document).keys()]),
    ...pagePaths,
    ...ELEMENTS.map(({ tag }) => shadowStylePath(tag)),
    'index.html',
    'sitemap.xml',
    'robots.txt',
    MANIFEST,
  ]);
  await prepareServer();
  const report: SiteReport = { pages: 0, bytes: 0, largest: { path: '', bytes: 0 }, removed: [] };
  const total = pagePaths.length + 1;
  const shadowStyles = new Map<string, string>();
  const write = (path: string, written: string) => {
    const text = path.endsWith('.html')
      ? linkShadowStyles(written, '../'.repeat(path.split('/').length - 1), shadowStyles)
      : written;
    folder.write(path, text);
    if (!path.endsWith('.html')) return;
    const bytes = Buffer.byteLength(text);
    report.pages += 1;
    report.bytes += bytes;
    if (bytes > report.largest.bytes) report.largest = { path, bytes };
    options.progress?.(`site: ${report.pages}/${total} pages`);
  };
  folder.copyFolder(options.assets, 'assets');
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
    writeGlossary(glossaryPath(locale), document, (path, text) => folder.write(path, text));
    write(`${locale}/index.html`, indexPage(site, locale));
    for (const entry of document.terms) {
      write(`${locale}/${entry.id}/index.html`, entryPage(site, locale, entry, sanitizeOnServer));
    }
  }
  resetConfig();
  write('index.html', rootPage(site));
  write('sitemap.xml', sitemap(site));
  write('robots.txt', robots(site));
  for (const { tag } of ELEMENTS) folder.write(shadowStylePath(tag), shadowStyles.get(tag) ?? '');
  report.removed = folder.finish();
  return report;
}

/** The built site assets: beside the bundled CLI (dist/cli → dist/site-assets), or in dist/ from the sources. */
export function assetsFolder(): string {
  for (const candidate of ['../site-assets/', '../../dist/site-assets/']) {
    const folder = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(join(folder, 'glossary-site.js'))) return folder;
  }
  throw new Error('the site script is not built: run `npm run build` (vite build --mode site) first');
}

/** Where an element's shadow-root styles are written, beside the site's other assets. */
function shadowStylePath(tag: string): string {
  return `assets/styles/${tag}.css`;
}

/** A server-rendered element, its declarative shadow root, and the styles Lit writes first inside it. */
const SHADOW_STYLE = /(<([a-z][a-z0-9]*-[a-z0-9-]+)\b[^>]*>\s*<template shadowroot[^>]*>)<style>([\s\S]*?)<\/style>/g;

/**
 * Moves each element's shadow-root styles out of the page into assets/styles/<tag>.css, linked from
 * inside the shadow root. A strict Content-Security-Policy (`style-src 'self'`, docs/security.md)
 * blocks the inline `<style>` of declarative shadow DOM, so with scripts off its pages lost their
 * styles; a stylesheet from the site's own origin is allowed. One file per element, shared by every
 * page and cached (the inline copies were 6–9 kB per element per page); `?v=` changes with the CSS.
 * An element whose styles differ between pages would be a build fault, and stops the build.
 */
export function linkShadowStyles(html: string, up: string, styles: Map<string, string>): string {
  return html.replace(SHADOW_STYLE, (_whole, open: string, tag: string, css: string) => {
    const known = styles.get(tag);
    if (known !== undefined && known !== css) throw new Error(`<${tag}> was rendered with two different stylesheets`);
    styles.set(tag, css);
    const version = createHash('sha256').update(css).digest('hex').slice(0, 10);
    return `${open}<link rel="stylesheet" href="${up}${shadowStylePath(tag)}?v=${version}">`;
  });
}
