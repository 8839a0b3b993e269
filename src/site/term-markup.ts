/**
 * `<glossary-term>` on the server. The term is no Lit element (its closed state is written by hand, so
 * a page of terms carries no Lit), so Lit's server renderer cannot render it: this module writes the
 * same closed markup as the browser's element (glossary-term.ts, `renderClosed`) as a declarative
 * shadow root, which the element takes over in place. A known term is a focusable trigger described by
 * its short definition, readable before and without any script; an unknown one is its text alone.
 */
import { FallbackRenderer } from '@lit-labs/ssr/lib/element-renderer.js';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import { widgetContext, type OwnSettings, type WidgetContext } from '../config.js';
import { GlossaryStore, resolveSource } from '../data/store.js';
import type { GlossaryTerm } from '../data/types.js';
import { closedTermStyles, GlossaryTermElement } from '../elements/glossary-term/glossary-term.js';
import { localizeEntry, readerWords } from '../region/entry.js';

/** `&` and `<` escaped for text content. */
const escapeText = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The entry a term names in the glossary seeded for its context, in the reader's words. */
function serverEntry(
  element: Element,
  own: OwnSettings,
  text: string,
  inherited?: WidgetContext,
): GlossaryTerm | undefined {
  const context = widgetContext(element, own, inherited);
  const store = GlossaryStore.for(resolveSource(context.source, context.language, undefined, context.limits));
  const stored = store.status === 'ready' ? store.lookup(text.trim()) : undefined;
  return stored && localizeEntry(stored, readerWords(context.region, context.language, context.strings));
}

/** The closed term's shadow root content: its styles, then the trigger and description (or the bare slot). */
function closedTermHtml(entry: GlossaryTerm | undefined): string {
  const body = entry
    ? '<span id="trigger" part="trigger" class="trigger" role="button" tabindex="0" aria-describedby="description" aria-expanded="false"><slot></slot></span>' +
      `<span id="description" hidden>${escapeText(entry.short)}</span>`
    : '<slot></slot>';
  return `<style>${closedTermStyles()}</style>${body}`;
}

/**
 * A whole `<glossary-term>` for the Node API: `attributeText` (checked and escaped by the caller), its
 * declarative shadow root, and `word`, the term as it reads in the sentence (its light DOM).
 */
export function renderTermToHtml(
  attributes: Record<string, string | undefined>,
  attributeText: string,
  word: string,
): string {
  const element = new GlossaryTermElement();
  const own = {
    locale: attributes['locale'],
    theme: attributes['theme'],
    src: attributes['src'],
    region: attributes['region'],
  };
  const entry = serverEntry(element, own, attributes['term'] ?? word);
  const open = attributeText ? `<glossary-term ${attributeText}>` : '<glossary-term>';
  return `${open}<template shadowrootmode="open">${closedTermHtml(entry)}</template>${escapeText(word)}</glossary-term>`;
}

/** An element whose context the elements it renders inherit (the card, on the server too). */
const contextOf = (renderer: { element?: unknown } | undefined): WidgetContext | undefined => {
  const element = renderer?.element as { context?: WidgetContext } | undefined;
  return typeof element?.context?.language === 'string' ? element.context : undefined;
};

/**
 * Renders the terms other elements render on the server (a card's related terms, when no term URL
 * turns them into links) with the same declarative shadow root. Such terms always name their entry
 * in `term`; their language, glossary and region come from the element that renders them.
 */
export class TermRenderer extends FallbackRenderer {
  static override matchesClass(ceClass: typeof HTMLElement): boolean {
    return ceClass === GlossaryTermElement || ceClass.prototype instanceof GlossaryTermElement;
  }

  private readonly attributes = new Map<string, string>();

  override setAttribute(name: string, value: string): void {
    super.setAttribute(name, value);
    this.attributes.set(name.toLowerCase(), value);
  }

  override renderShadow(renderInfo: RenderInfo): string[] {
    const host = [...renderInfo.customElementHostStack].reverse().map(contextOf).find(Boolean);
    const get = (name: string) => this.attributes.get(name);
    const own = { locale: get('locale'), theme: get('theme'), src: get('src'), region: get('region') };
    const entry = serverEntry(new GlossaryTermElement(), own, get('term') ?? '', host);
    return [closedTermHtml(entry)];
  }
}
