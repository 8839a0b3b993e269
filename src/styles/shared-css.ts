/**
 * The rules every element shares, as CSS text: an element without Lit (the crisis footer) adopts them
 * as they are, and src/styles/shared.ts hands the same text to the Lit elements. Sizes are in `em`
 * (never `rem`), so a host page that sets `html { font-size: 62.5% }` cannot shrink the widgets;
 * colours come from `--glossary-*` custom properties with fallbacks, through private `--_` variables.
 */

/** Joins a template's text and values: named `css` so that editors and Prettier treat it as CSS. */
export const css = (strings: TemplateStringsArray, ...values: string[]): string =>
  strings.reduce((text, part, index) => `${text}${values[index - 1] ?? ''}${part}`);

const lightScheme = css`
  --_accent: var(--glossary-accent, #0b6e4f);
  --_surface: var(--glossary-surface, #ffffff);
  --_text: var(--glossary-text, #1b1f23);
  --_muted: var(--glossary-muted, #4a5560);
  --_border: var(--glossary-border, #c9d1d9);
  --_focus: var(--glossary-focus-ring, #1a5fb4);
  --_emergency: var(--glossary-emergency, #fdecea);
  --_emergency-border: #b42318;
`;
const darkScheme = css`
  --_accent: var(--glossary-accent-dark, #6fd3a8);
  --_surface: var(--glossary-surface-dark, #1c2128);
  --_text: var(--glossary-text-dark, #e6edf3);
  --_muted: var(--glossary-muted-dark, #adbac7);
  --_border: var(--glossary-border-dark, #444c56);
  --_focus: var(--glossary-focus-ring-dark, #8cc4ff);
  --_emergency: var(--glossary-emergency-dark, #3b1513);
  --_emergency-border: #f97066;
`;

/**
 * The design tokens. The reader's system scheme applies unless the element wears the `light` or
 * `dark` custom state (set from its `theme` attribute or the page's `data-theme`); those rules come
 * last and stand alone, so a browser without custom states simply follows the system.
 */
export const tokensCss = css`
  :host {
    ${lightScheme}
    --_radius: var(--glossary-radius, 0.5em);
    --_shadow: var(--glossary-shadow, 0 0.25em 1em rgb(0 0 0 / 0.18));
    --_space: var(--glossary-space, 1em);
    font-family: var(--glossary-font-family, inherit);
    color-scheme: light dark;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      ${darkScheme}
    }
  }
  :host(:state(light)) {
    ${lightScheme}
    color-scheme: light;
  }
  :host(:state(dark)) {
    ${darkScheme}
    color-scheme: dark;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }
`;

/**
 * Inherited properties a host page may have bent (case, spacing, alignment, white-space, a hidden
 * cursor), set back so the widgets read the same on any site. Only the font family is inherited.
 */
export const readableTextCss = css`
  font-style: normal;
  font-weight: normal;
  line-height: 1.5;
  letter-spacing: normal;
  word-spacing: normal;
  text-align: start;
  text-indent: 0;
  text-transform: none;
  text-shadow: none;
  white-space: normal;
  overflow-wrap: break-word;
  cursor: auto;
`;

/**
 * The box every block element draws itself in (card, footer, questions, index): its own surface and
 * text colour, so dark mode stays readable on any host page; a readable minimum text size; the
 * headings helper's styles (depth 0 is the element's own heading); and form fields (`.control`).
 */
export const surfaceCss = css`
  [hidden] {
    display: none !important;
  }
  .surface {
    box-sizing: border-box;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    font-family: inherit;
    font-size: max(1em, 15px);
    ${readableTextCss}
  }
  .heading {
    margin: calc(1.2 * var(--_space)) 0 calc(0.4 * var(--_space));
    font-weight: bold;
    font-size: 1.1em;
    line-height: 1.3;
  }
  .heading.depth-0 {
    margin-block-start: 0;
    font-size: 1.35em;
  }
  /* Form fields (the region switcher, the index filter): the widgets' own colours, a clear edge, a
     touch-sized height. */
  .control {
    box-sizing: border-box;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 0.1em solid var(--_muted);
    border-radius: 0.35em;
    padding: 0.35em 0.6em;
    min-block-size: 2.5em;
  }
  @media (forced-colors: active) {
    .surface,
    .control {
      border-color: CanvasText;
    }
  }
`;

/** The one focus ring: visible on every background, and a system colour in forced-colours mode. */
export const focusRingCss = css`
  :focus-visible {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.15em;
    border-radius: 0.15em;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
