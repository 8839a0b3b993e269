/**
 * The open definition of a `<glossary-term>`: its template, its styles, its call links, "Read more"
 * and the close button, and (through anchor.ts) its placement beside the term. A chunk of its own,
 * with Lit: the closed term (glossary-term.ts) needs neither, so a page of terms pays for this only
 * when a reader comes near a term, reaches for one, or the page falls idle.
 */
import { html, nothing, render } from 'lit';
import type { GlossaryTerm } from '../../data/types.js';
import type { SupportedLocale } from '../../i18n/locale.js';
import { fill, type CoreStrings } from '../../i18n/strings.js';
import type { CallableNumber } from '../../region/entry.js';
import { entryUrl } from '../../text/urls.js';
import { adoptStyles } from '../shared/light-element.js';
import { definitionStyles } from './definition.styles.js';

export { anchorDefinition } from './anchor.js';

/** Everything the open definition shows, as the term has it from its context. */
export interface DefinitionView {
  /** The entry in the reader's words. */
  entry: GlossaryTerm;
  /**
   * The emergency calls the definition offers (overdose: the reader's number, or every supported region's
   * where their place is not known); none for other entries. The term works them out: this chunk importing
   * the region module made the bundler split the emergency numbers out of the main script.
   */
  calls: readonly CallableNumber[];
  strings: CoreStrings;
  language: SupportedLocale;
  /** The language of the glossary's text (its document's locale). */
  lang: string;
  termUrl: string | undefined;
  /** Whether the definition is a popover in the top layer (browsers with the Popover API). */
  popover: boolean;
  /** The shared reset of inherited text properties (styles/shared.ts `readableText`), for the definition's rules. */
  readableText: string;
  close: () => void;
}

/**
 * The call an emergency entry's definition offers (overdose): the reader's emergency number as a
 * `tel:` link, or where their place is not known, every supported region's number with its place.
 */
function renderCall({ calls, strings }: DefinitionView) {
  if (calls.length === 0) return nothing;
  return html`<p class="call-action" part="call">
    ${calls.map(
      ({ number, where }) =>
        html`<a class="call" href="tel:${number}"
          >${fill(strings.crisisCall, { number })}${where ? ` ${fill(strings.crisisCallWhere, { where })}` : ''}</a
        >`,
    )}
  </p>`;
}

let cssText: string | undefined;

/**
 * Renders (or re-renders) the definition into `layer`, an element the term keeps after its closed
 * markup in its shadow root, and returns it: Lit's part lives there and leaves the term's nodes alone.
 */
export function renderDefinition(root: ShadowRoot, layer: HTMLElement, view: DefinitionView): HTMLElement | null {
  adoptStyles(root, (cssText ??= definitionStyles(view.readableText)));
  const { entry, strings } = view;
  const readMore = entryUrl(view.termUrl, entry.id);
  // No white space around the definition: the host is inline, and any would show beside the term.
  render(
    html`<div
      id="definition"
      part="definition"
      class="definition motion-appear"
      role="group"
      aria-label=${fill(strings.definitionOf, { title: entry.title })}
      lang=${view.lang}
      popover=${view.popover ? 'manual' : nothing}
    >
      <p class="title" part="title">${entry.title}</p>
      <p class="short" part="short">${entry.short}</p>
      ${renderCall(view)}
      ${
        readMore
          ? html`<a class="read-more" part="read-more" href=${readMore}
            >${strings.readMore}<span class="visually-hidden"> ${fill(strings.readMoreAbout, { title: entry.title })}</span></a
          >`
          : nothing
      }
      <button
        class="close"
        part="close"
        type="button"
        aria-label=${fill(strings.closeDefinition, { title: entry.title })}
        @click=${view.close}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" width="1em" height="1em">
          <path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
        </svg>
      </button>
    </div>`,
    layer,
  );
  return root.getElementById('definition');
}
