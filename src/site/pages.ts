/**
 * The pages of the pre-rendered glossary site, laid out like Twelva's page "What is harm reduction?":
 * breadcrumb, "What is …?" title, a one-line lede, the full card (definition, sections, common
 * questions, "Keep reading", "Where to go & trusted sources"), the closing call to action, and the
 * crisis footer with the independence and not-medical-advice notes. The page is plain HTML around the
 * widgets' own elements, which arrive rendered (declarative shadow DOM) from render.ts.
 */
import type { GlossaryDocument, GlossaryTerm } from '../data/types.js';
import { definedTerm, definedTermSet } from '../data/structured-data.js';
import type { SupportedLocale } from '../i18n/locale.js';
import { localizeEntry, offersEmergencyCall, readerWords } from '../region/entry.js';
import { UNKNOWN_COUNTRY } from '../region/region.js';
import { escapeAttribute, renderElement } from './render.js';
import { PAGE_STRINGS, SITE_UI_STRINGS } from './strings.js';

/** Everything a page needs to know about the site it belongs to. */
export interface SiteContext {
  /** Absolute base URL of the site, ending in `/` (every canonical, alternate and sitemap URL starts with it). */
  baseUrl: string;
  /** The glossary of each locale built. */
  documents: Map<SupportedLocale, GlossaryDocument>;
  /** The "Get Twelva" link (`{id}` filled in on entry pages); the call to action leaves it out when unset. */
  appUrl?: string | undefined;
  /**
   * The one region the pages are rendered for (the build's `--region`); none: the neutral help for
   * everyone. The page's script is given it, so the browser's first render is the server's.
   */
  region?: string | undefined;
  /**
   * Keep the crisis footer's note that Twelva is independent of any fellowship: it speaks for Twelva,
   * so only Twelva's own site shows it.
   */
  independenceNote?: boolean | undefined;
}

/**
 * The glossary's own name (its `_glossary.md` or `--name`): it titles every page, the header and the
 * structured data, so a partner's site carries the partner's name and never Twelva's.
 */
export function siteName(site: SiteContext, locale: SupportedLocale): string {
  return site.documents.get(locale)?.name ?? '';
}

/**
 * `template` with `{term}` replaced by `value` taken literally: a string replacement would read `$&`,
 * `` $` `` and `$'` in a title as patterns and garble it.
 */
export function fillTerm(template: string, value: string): string {
  return template.replace('{term}', () => value);
}

/** Text for an element's content or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return escapeAttribute(text).replace(/>/g, '&gt;');
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so the text cannot close the element. */
function jsonScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

const OG_LOCALE: Record<SupportedLocale, string> = { en: 'en_US', es: 'es_419' };

export const pagePath = (locale: SupportedLocale, id?: string): string =>
  id ? `${locale}/${encodeURIComponent(id)}/` : `${locale}/`;

export const pageUrl = (site: SiteContext, locale: SupportedLocale, id?: string): string =>
  new URL(pagePath(locale, id), site.baseUrl).href;

/** The term's URL template the elements use on the site (the "Keep reading" and A–Z links). */
export const termUrlTemplate = (site: SiteContext, locale: SupportedLocale): string =>
  `${new URL(`${locale}/`, site.baseUrl).href}{id}/`;

/**
 * "Harm reduction" → "harm reduction" inside a sentence; acronyms, names that start with a number and
 * names whose second word is capitalized ("Good Samaritan law") stay as written.
 */
export function inSentence(title: string): string {
  return /^\p{Lu}\p{Ll}/u.test(title) && !/^\p{Lu}/u.test(title.split(' ')[1] ?? '')
    ? title.charAt(0).toLowerCase() + title.slice(1)
    : title;
}

/** The locales that have this page (an entry with the same id), for hreflang alternates. */
function alternates(site: SiteContext, id?: string): SupportedLocale[] {
  return [...site.documents.entries()]
    .filter(([, document]) => !id || document.terms.some((term) => term.id === id))
    .map(([locale]) => locale);
}

interface PageParts {
  locale: SupportedLocale;
  id?: string;
  title: string;
  description: string;
  ogType: 'article' | 'website';
  jsonLd: unknown;
  body: string;
  /** How deep the page sits below the base (for the relative script path). */
  depth: number;
}

function page(site: SiteContext, parts: PageParts): string {
  const { locale, id } = parts;
  const t = PAGE_STRINGS[locale];
  const canonical = pageUrl(site, locale, id);
  const others = alternates(site, id);
  const hreflang = [
    ...others.map(
      (other) => `<link rel="alternate" hreflang="${other}" href="${escapeHtml(pageUrl(site, other, id))}">`,
    ),
    ...(others.length > 1
      ? [`<link rel="alternate" hreflang="x-default" href="${escapeHtml(pageUrl(site, others[0] ?? locale, id))}">`]
      : []),
  ];
  const other = others.find((code) => code !== locale);
  const up = '../'.repeat(parts.depth);
  const name = siteName(site, locale);
  const settings = [
    `data-term-url="${escapeHtml(termUrlTemplate(site, locale))}"`,
    ...(site.appUrl ? [`data-app-url="${escapeHtml(site.appUrl)}"`] : []),
    // Passed as a value, not read back from the footer's markup: its switcher names only six regions.
    `data-region="${escapeHtml(site.region ?? UNKNOWN_COUNTRY)}"`,
  ].join(' ');
  return `${documentStart(locale, `${parts.title} · ${name}`, parts.description, canonical, up)}
${hreflang.join('\n')}
<meta property="og:type" content="${parts.ogType}">
<meta property="og:site_name" content="${escapeHtml(name)}">
<meta property="og:title" content="${escapeHtml(parts.title)}">
<meta property="og:description" content="${escapeHtml(parts.description)}">
<meta property="og:url" content="${escapeHtml(canonical)}">
<meta property="og:locale" content="${OG_LOCALE[locale]}">
${other ? `<meta property="og:locale:alternate" content="${OG_LOCALE[other]}">` : ''}
<meta name="twitter:card" content="summary">
<link rel="stylesheet" href="${up}assets/site.css">
<script type="module" src="${up}assets/glossary-site.js" ${settings}></script>
<script type="application/ld+json">${jsonScript(parts.jsonLd)}</script>
</head>
<body>
<a class="skip" href="#content">${escapeHtml(t.skipToContent)}</a>
<header class="site">
<a class="brand" href="${escapeHtml(pageUrl(site, locale))}">${escapeHtml(name)}</a>
${other ? `<a class="language" href="${escapeHtml(pageUrl(site, other, id))}" hreflang="${other}" lang="${other}">${escapeHtml(t.otherLanguage)}</a>` : ''}
</header>
<main id="content">
${parts.body}
</main>
<footer class="site">
${renderElement('crisis-footer', { locale, 'heading-level': 2, 'hide-independence-note': !site.independenceNote })}
</footer>
</body>
</html>
`;
}

function callToAction(site: SiteContext, locale: SupportedLocale, id?: string): string {
  const t = PAGE_STRINGS[locale];
  const app = site.appUrl ? site.appUrl.replace('{id}', encodeURIComponent(id ?? '')) : undefined;
  const link = app
    ? `<a class="button" href="${escapeHtml(app)}" rel="noopener">${escapeHtml(t.ctaApp)}</a>`
    : `<a href="${escapeHtml(pageUrl(site, locale))}">${escapeHtml(t.ctaBrowse)}</a>`;
  return `<section class="cta" aria-labelledby="cta-heading">
<h2 id="cta-heading">${escapeHtml(t.ctaHeading)}</h2>
<p>${escapeHtml(t.ctaText)}</p>
<p>${link}</p>
</section>`;
}

/** The FAQPage JSON-LD of an entry's questions (answers as their sanitized HTML). */
function faqPage(entry: GlossaryTerm, url: string, answerHtml: (html: string) => string): Record<string, unknown> {
  return {
    '@type': 'FAQPage',
    '@id': `${url}#faq`,
    mainEntity: entry.faq.map((question) => ({
      '@type': 'Question',
      name: question.q,
      acceptedAnswer: { '@type': 'Answer', text: answerHtml(question.a) },
    })),
  };
}

/**
 * One entry's page: `<locale>/<id>/index.html`. Every text of the page (title, lede, meta description,
 * Open Graph, JSON-LD) is the entry in the words the page is built for: the neutral words naming every
 * supported emergency number, or the build's one region (`--region`). No `{emergency}` is left for a
 * search engine or a reader to see. An entry about an emergency (overdose) offers the call under its lede.
 */
export function entryPage(
  site: SiteContext,
  locale: SupportedLocale,
  stored: GlossaryTerm,
  answerHtml: (html: string) => string,
): string {
  const t = PAGE_STRINGS[locale];
  const entry = localizeEntry(stored, readerWords(site.region, locale, SITE_UI_STRINGS));
  const url = pageUrl(site, locale, entry.id);
  const name = siteName(site, locale);
  const term = definedTerm(entry, name, url);
  delete term['@context'];
  term['inDefinedTermSet'] = { '@type': 'DefinedTermSet', name, url: pageUrl(site, locale) };
  const title = fillTerm(t.whatIs, inSentence(entry.title));
  const body = `<nav class="breadcrumb" aria-label="${escapeHtml(t.breadcrumb)}">
<ol>
<li><a href="${escapeHtml(pageUrl(site, locale))}">${escapeHtml(name)}</a></li>
<li><a href="${escapeHtml(url)}" aria-current="page">${escapeHtml(entry.title)}</a></li>
</ol>
</nav>
<h1>${escapeHtml(title)}</h1>
<p class="lede">${escapeHtml(entry.short)}</p>
${offersEmergencyCall(stored) ? renderElement('crisis-footer', { locale, variant: 'compact', label: t.emergencyHelp, 'hide-medical-note': true, 'hide-independence-note': true }) : ''}
${renderElement('glossary-card', { term: entry.id, locale, 'heading-level': 2 })}
${callToAction(site, locale, entry.id)}`;
  return page(site, {
    locale,
    id: entry.id,
    title,
    description: entry.short,
    ogType: 'article',
    jsonLd: {
      '@context': 'https://schema.org',
      '@graph': [term, ...(entry.faq.length > 0 ? [faqPage(entry, url, answerHtml)] : [])],
    },
    body,
    depth: 2,
  });
}

/** A locale's A–Z page: `<locale>/index.html`. */
export function indexPage(site: SiteContext, locale: SupportedLocale): string {
  const t = PAGE_STRINGS[locale];
  const document = site.documents.get(locale);
  const words = readerWords(site.region, locale, SITE_UI_STRINGS);
  // The term set's descriptions in the page's words, as on the entry pages: no `{emergency}` in JSON-LD.
  const set = document
    ? definedTermSet(
        { ...document, terms: document.terms.map((entry) => localizeEntry(entry, words)) },
        termUrlTemplate(site, locale),
      )
    : {};
  const body = `<h1>${escapeHtml(t.indexTitle)}</h1>
<p class="lede">${escapeHtml(t.indexLede)}</p>
${renderElement('glossary-index', { locale, 'heading-level': 2 })}
${callToAction(site, locale)}`;
  return page(site, {
    locale,
    title: t.indexTitle,
    description: t.indexDescription,
    ogType: 'website',
    jsonLd: { ...set, url: pageUrl(site, locale) },
    body,
    depth: 1,
  });
}

/** The start of every page, to the canonical link: the parts the entry pages and the root share. */
function documentStart(locale: string, title: string, description: string, canonical: string, up: string): string {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="${up}assets/favicon.svg" type="image/svg+xml">
<title>${escapeHtml(title)}</title>
<meta name="description" content="${escapeHtml(description)}">
<link rel="canonical" href="${escapeHtml(canonical)}">`;
}

/** The site's root: a language chooser pointing at each A–Z page. */
export function rootPage(site: SiteContext): string {
  const locales = [...site.documents.keys()];
  const first = locales[0] ?? 'en';
  const links = locales
    .map(
      (locale) =>
        `<li><a href="${pagePath(locale)}" hreflang="${locale}" lang="${locale}">${escapeHtml(PAGE_STRINGS[locale].indexTitle)}</a></li>`,
    )
    .join('\n');
  const strings = PAGE_STRINGS[first];
  const name = siteName(site, first);
  return `${documentStart(first, name, strings.indexDescription, new URL(site.baseUrl).href, '')}
<link rel="stylesheet" href="assets/site.css">
</head>
<body>
<main id="content">
<h1>${escapeHtml(name)}</h1>
<nav aria-label="${escapeHtml(strings.chooseLanguage)}"><ul>
${links}
</ul></nav>
</main>
</body>
</html>
`;
}

/** sitemap.xml: every page, with its language alternates (xhtml:link), as search engines read them. */
export function sitemap(site: SiteContext): string {
  const rows: string[] = [];
  const add = (locale: SupportedLocale, id: string | undefined, lastmod: string | undefined) => {
    const links = alternates(site, id).map(
      (other) => `    <xhtml:link rel="alternate" hreflang="${other}" href="${escapeHtml(pageUrl(site, other, id))}"/>`,
    );
    rows.push(
      [
        '  <url>',
        `    <loc>${escapeHtml(pageUrl(site, locale, id))}</loc>`,
        ...(lastmod ? [`    <lastmod>${lastmod}</lastmod>`] : []),
        ...(links.length > 1 ? links : []),
        '  </url>',
      ].join('\n'),
    );
  };
  for (const [locale, document] of site.documents) {
    add(locale, undefined, document.updated);
    for (const entry of document.terms) add(locale, entry.id, entry.reviewed ?? document.updated);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${rows.join('\n')}
</urlset>
`;
}

export function robots(site: SiteContext): string {
  return `User-agent: *\nAllow: /\nSitemap: ${new URL('sitemap.xml', site.baseUrl).href}\n`;
}
