import { css, unsafeCSS } from 'lit';
import { focusRingCss, readableTextCss, surfaceCss, tokensCss } from './shared-css.js';

/**
 * Styles every element shares, for Lit's `static styles`. The design tokens, the surface and the focus
 * ring are written once, as text, in src/styles/shared-css.ts, which the crisis footer adopts without Lit.
 */
export const tokens = unsafeCSS(tokensCss);

/** Inherited properties a host page may have bent, set back (see shared-css.ts). */
export const readableText = unsafeCSS(readableTextCss);

/** The box every block element draws itself in (see shared-css.ts). */
export const surface = unsafeCSS(surfaceCss);

/** The one focus ring (see shared-css.ts). */
export const focusRing = unsafeCSS(focusRingCss);

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
