import { css } from 'lit';

/**
 * Styles every element shares. Sizes are in `em` (never `rem`), so a host page that sets
 * `html { font-size: 62.5% }` cannot shrink the widgets; colours come from `--glossary-*` custom
 * properties with fallbacks, through private `--_` variables.
 */
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
export const tokens = css`
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
export const readableText = css`
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
export const surface = css`
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
    ${readableText}
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
export const focusRing = css`
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

/**
 * The one way the widgets move: a short fade-and-rise, and only when the reader has not asked for
 * reduced motion. Give what should appear the `motion-appear` class; the element's own styles say
 * its hidden state (opacity 0, moved down a little) and its shown state, and this transition runs
 * between them. A transition rather than keyframes: every cancelled keyframe animation stayed alive
 * until garbage collection, and 10,000 open/close cycles made each opening 3 times slower.
 */
export const motion = css`
  @media (prefers-reduced-motion: no-preference) {
    .motion-appear {
      transition:
        opacity 140ms ease-out,
        translate 140ms ease-out;
    }
  }
`;

/**
 * A shared safety caveat, as the content build marks it (`<aside role="note">` with a bold label
 * first) inside sanitized entry HTML, and an entry's note for the reader's country: a tinted box with
 * a strong edge, so neither reads as ordinary text, in light, dark and forced colours.
 */
export const safetyNote = css`
  aside[role='note'] {
    border: 0.1em solid var(--_emergency-border);
    border-inline-start-width: 0.35em;
    border-radius: 0.35em;
    background: var(--_emergency);
    color: var(--_text);
    padding: 0.5em 0.8em;
    margin-block: calc(0.6 * var(--_space));
  }
  aside[role='note'] > :last-child {
    margin-block-end: 0;
  }
  .region-note {
    border-inline-start: 0.25em solid var(--_accent);
    padding: 0.4em 0.8em;
    margin-block: calc(0.6 * var(--_space));
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }
  .region-note > p {
    margin: 0;
  }
  @media (forced-colors: active) {
    aside[role='note'],
    .region-note {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
