/**
 * The Node API: renders the widgets' own elements to HTML with declarative shadow DOM, for the
 * pre-rendered glossary site and for a partner's static-site generator. Node only (it needs jsdom for
 * the sanitizer); the browser takes the markup over when the widgets' site script loads.
 */
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import createDOMPurify from 'dompurify';
import { unsafeCSS, type PropertyDeclarations, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { configure, type GlossaryConfig } from '../config.js';
import { resolveSource, GlossaryStore } from '../data/store.js';
import { validateGlossary } from '../data/schema.js';
import type { GlossaryDocument } from '../data/types.js';
import { defineElement } from '../define.js';
import { footerCss } from '../elements/crisis-footer/crisis-footer.styles.js';
import { footerView } from '../elements/crisis-footer/footer-view.js';
import { readerCountry } from '../region/region.js';
import { fullFooter } from '../elements/crisis-footer/full-footer.js';
import { GlossaryCardElement } from '../elements/glossary-card/glossary-card.js';
import { GlossaryFaqElement } from '../elements/glossary-faq/glossary-faq.js';
import { GlossaryIndexElement } from '../elements/glossary-index/glossary-index.js';
import { GlossaryTermElement } from '../elements/glossary-term/glossary-term.js';
import { GlossaryElement } from '../elements/shared/glossary-element.js';
import { toSupportedLocale } from '../i18n/locale.js';
import { addLinkRule, addNoteRule, SERVER_SANITIZE_CONFIG, useServerSanitizer } from '../text/sanitize.js';
import { renderTermToHtml, TermRenderer } from './term-markup.js';

/**
 * The crisis footer as the server renders it: whole at once, as a Lit element (Lit's server renderer
 * draws Lit elements only, and the browser's footer has no Lit until its chunk arrives), from the very
 * view and template the browser's full footer draws, with every rule inline. The browser's footer
 * takes this markup over with Lit's hydration once its chunk has arrived (src/site/client.ts).
 */
class ServerCrisisFooterElement extends GlossaryElement {
  static override styles = [unsafeCSS(footerCss), unsafeCSS(fullFooter.styles)];

  // The browser's footer's attributes, read as it reads them (crisis-footer.ts).
  static override properties: PropertyDeclarations = {
    region: { reflect: true },
    variant: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    hideMedicalNote: { attribute: 'hide-medical-note', type: Boolean },
    hideIndependenceNote: { attribute: 'hide-independence-note', type: Boolean },
    label: {},
  };

  region?: string;
  variant: 'full' | 'compact' = 'full';
  headingLevel = 2;
  hideMedicalNote = false;
  hideIndependenceNote = false;
  label?: string;

  protected override render(): TemplateResult {
    const context = { language: this.language, country: readerCountry(this.context.region), t: this.strings() };
    const state = { reserve: false, onRegionChange: () => {}, announcement: '' };
    return fullFooter.renderFooter(footerView(this, context, state));
  }
}

/** The elements that render on the server. */
const ELEMENTS = {
  'glossary-card': GlossaryCardElement,
  'glossary-faq': GlossaryFaqElement,
  'glossary-index': GlossaryIndexElement,
  'glossary-term': GlossaryTermElement,
  'crisis-footer': ServerCrisisFooterElement,
} as const;

export type RenderableTag = keyof typeof ELEMENTS;

let prepared: Promise<void> | undefined;
let sanitizer: ((markup: string) => string) | undefined;

/** Glossary HTML through the server sanitizer (for JSON-LD answers); call {@link prepareServer} first. */
export function sanitizeOnServer(markup: string): string {
  if (!sanitizer) throw new Error('sanitizeOnServer: call prepareServer() first');
  return sanitizer(markup);
}

/**
 * Defines the elements in the server's registry and installs the server sanitizer: the same DOMPurify
 * allowlist and link rule as in the browser, over a jsdom window.
 */
export function prepareServer(): Promise<void> {
  prepared ??= (async () => {
    const { JSDOM } = await import('jsdom').catch(() => {
      throw new Error('Server rendering needs jsdom for the sanitizer: npm install --save-dev jsdom');
    });
    const purify = addNoteRule(addLinkRule(createDOMPurify(new JSDOM('').window)));
    sanitizer = (markup) => String(purify.sanitize(markup, SERVER_SANITIZE_CONFIG));
    useServerSanitizer(sanitizer);
    for (const [tag, element] of Object.entries(ELEMENTS)) defineElement(tag, element);
  })();
  return prepared;
}

/**
 * Hands a loaded glossary to the elements rendered next: they read it as the built-in glossary of its
 * locale (or as `src` when given, the same string the element's `src` attribute will carry).
 */
export function seedGlossary(document: GlossaryDocument, src?: string): void {
  const locale = toSupportedLocale(document.locale) ?? 'en';
  // Served as it is: the files a term index names (`full`, `entries`, `sense`) would never be read
  // in time by a synchronous render, and the server fetches nothing, so the names are dropped.
  const served: GlossaryDocument = { ...document };
  delete served.full;
  delete served.entries;
  delete served.sense;
  GlossaryStore.seed(resolveSource(src, locale, undefined), served);
}

const NAME = /^[a-z][a-z0-9-]*$/;

/** `"` and `&` and `<` escaped for a double-quoted attribute value. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Whether `tag` is one of the elements that render on the server (own names only: not `constructor`). */
export function isRenderableTag(tag: string): tag is RenderableTag {
  return Object.hasOwn(ELEMENTS, tag);
}

export interface RenderElementOptions {
  /** Glossaries the element may read (one per locale); seeded before rendering. */
  glossaries?: GlossaryDocument[];
  /** Page-wide settings, as `configure()` takes them in the browser (termUrl, appUrl, region, strings). */
  config?: GlossaryConfig;
  /** `glossary-term` only: the term as it reads in the sentence (its light-DOM text). Default: `term`. */
  text?: string;
}

/**
 * Renders one element, e.g. `renderElement('glossary-card', { term: 'naloxone', locale: 'en' })`, to
 * HTML: the tag with its attributes and a `<template shadowrootmode="open">` holding its styles and
 * content. Call {@link prepareServer} once first (renderElementToHtml does it for you).
 */
export function renderElement(
  tag: RenderableTag,
  attributes: Record<string, string | boolean | number> = {},
  text?: string,
): string {
  if (!isRenderableTag(tag)) {
    throw new Error(`renderElement: <${String(tag)}> is not one of ${Object.keys(ELEMENTS).join(', ')}`);
  }
  // The element's own attributes only (those the element reference lists): no event handler, no
  // style, nothing a partner's data could use to run script in the page.
  const known = ELEMENTS[tag].observedAttributes;
  const attributeText = Object.entries(attributes)
    .filter(([, value]) => value !== false)
    .map(([name, value]) => {
      if (!NAME.test(name) || !known.includes(name)) {
        throw new Error(`renderElement: "${name}" is not an attribute of <${tag}> (${known.join(', ')})`);
      }
      return value === true ? name : `${name}="${escapeAttribute(String(value))}"`;
    })
    .join(' ');
  // A term's word is its light DOM: the server keeps it, so the page reads right before and without
  // any script, and the browser's first render finds the word it looks up. The term is no Lit element:
  // its closed markup is written by term-markup.ts, the same the browser's element takes over.
  if (tag === 'glossary-term') {
    const own = Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, String(value)]));
    return renderTermToHtml(own, attributeText, text ?? own['term'] ?? '');
  }
  // The tag and attribute text are checked and escaped here; only they are static.
  const template = staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attributeText)}></${unsafeStatic(tag)}>`;
  // Terms inside the others (a card's related terms) get the same markup through their own renderer.
  return collectResultSync(render(template, { elementRenderers: [LitElementRenderer, TermRenderer] }));
}

/** {@link renderElement} with its set-up: seeds `glossaries`, applies `config`, renders. */
export async function renderElementToHtml(
  tag: RenderableTag,
  attributes: Record<string, string | boolean | number> = {},
  options: RenderElementOptions = {},
): Promise<string> {
  await prepareServer();
  // A term index holds titles and short definitions only, and the server reads no other file.
  const index = options.glossaries?.find((document) => document.full !== undefined);
  if (index && (tag === 'glossary-card' || tag === 'glossary-faq')) {
    throw new Error(
      `renderElementToHtml: <${tag}> needs the full glossary (glossary.${index.locale}.json); the term index given names it as "${index.full}" but nothing is fetched on the server`,
    );
  }
  // The glossaries are what the element reads, whether it names them by its `src` or by the settings.
  const src = typeof attributes['src'] === 'string' ? attributes['src'] : options.config?.glossarySrc;
  // Checked as the browser checks a fetched glossary: a bad document is refused naming the field, a
  // bad term left out, and what a term index leaves out (bodies, questions) filled in as empty.
  for (const document of options.glossaries ?? []) seedGlossary(validateGlossary(document).document, src);
  if (options.config) configure(options.config);
  return renderElement(tag, attributes, options.text);
}
