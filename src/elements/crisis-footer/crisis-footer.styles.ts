import { reserve } from '../../styles/reserve.js';
import { css, focusRingCss, surfaceCss, tokensCss } from '../../styles/shared-css.js';

/**
 * The styles of every view of the footer: the emergency box, links, the compact layout and the notes,
 * as CSS text (the element adopts them without Lit). The full layout's own rules (line cards) come
 * with its code: full-footer.styles.ts.
 */
export const styles = css`
  :host {
    display: block;
  }
  p,
  ul,
  ol {
    margin: 0;
  }
  .emergency {
    background: var(--_emergency);
    border-inline-start: 0.3em solid var(--_emergency-border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.75em 1em;
    margin-block: calc(0.75 * var(--_space));
  }
  .lead {
    font-weight: bold;
    font-size: 1.1em;
  }
  .emergency .heading {
    margin-block-start: calc(0.75 * var(--_space));
  }
  .steps {
    padding-inline-start: 1.5em;
  }
  .name {
    font-weight: bold;
  }
  .contacts {
    list-style: none;
    padding: 0;
    margin-block: calc(0.4 * var(--_space));
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.4 * var(--_space)) calc(0.75 * var(--_space));
  }
  /* Every call, text and web link is a target of at least 44 x 44 CSS px (WCAG 2.5.5), however small the
     host's font: a shaking hand in a crisis must not miss it. */
  .link {
    /* inline-block, not flex: a flex box would drop the space between "Call" and the number. The
       padding centres one line in the 44 px; a longer name simply grows. */
    display: inline-block;
    box-sizing: border-box;
    min-block-size: max(44px, 2.75em);
    min-inline-size: 44px;
    line-height: 1.5;
    padding-block: max(0.2em, calc((max(44px, 2.75em) - 1.5em) / 2));
    color: var(--_accent);
    font-weight: bold;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .note,
  .where,
  .serves,
  .open {
    font-weight: normal;
  }
  /* The emergency call is the one action that must be found at a glance. */
  .emergency .link {
    font-size: 1.15em;
    padding-inline: 0.8em;
    border: 0.12em solid currentColor;
    border-radius: 0.4em;
    text-decoration: none;
  }
  .notes {
    border-block-start: 1px solid var(--_border);
    margin-block-start: calc(0.75 * var(--_space));
    padding-block-start: 0.75em;
    color: var(--_muted);
    font-size: max(0.9em, 14px);
    display: grid;
    gap: calc(0.4 * var(--_space));
  }
  /* The relay route belongs to the emergency number: plain text and a plain link under the buttons. */
  .relay {
    margin-block-start: calc(0.4 * var(--_space));
    font-size: max(0.95em, 14px);
  }
  .emergency .relay .link {
    font-size: 1em;
    padding-inline: 0;
    border: 0;
    text-decoration: underline;
  }
  /* The switcher at the top of the help: its control as easy to hit as the links. */
  .region {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(0.25 * var(--_space)) calc(0.5 * var(--_space));
    margin-block: calc(0.5 * var(--_space));
  }
  .region select {
    min-block-size: max(44px, 2.75em);
    max-inline-size: 100%;
  }
  /* With scripts off (the pre-rendered site in a browser that runs none) the switcher could not switch:
     the neutral help above it already lists every supported region's number, so it is not shown. */
  @media (scripting: none) {
    .region {
      display: none;
    }
  }
  .compact {
    display: grid;
    gap: calc(0.4 * var(--_space));
  }
  .compact .emergency {
    margin-block: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(0.4 * var(--_space)) calc(0.75 * var(--_space));
  }
  .compact .emergency .contacts {
    margin-block: 0;
  }
  .compact .emergency .relay,
  .compact .emergency .region {
    flex-basis: 100%;
    margin-block-start: 0;
  }
  .group-name {
    font-weight: bold;
  }
  .compact-lines {
    list-style: none;
    padding: 0;
    display: grid;
    gap: calc(0.25 * var(--_space));
  }
  .compact-line .quick {
    display: inline-block;
    margin-inline-end: calc(0.5 * var(--_space));
  }
  .compact .notes {
    margin-block-start: calc(0.25 * var(--_space));
    padding-block-start: 0.4em;
  }

  @media (forced-colors: active) {
    .footer,
    .emergency {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .emergency {
      border-inline-start-width: 0.3em;
    }
    .link {
      color: LinkText;
    }
    .notes {
      color: CanvasText;
    }
  }
`;

/** Every rule the footer's views share: the tokens, the surface, the focus ring, its reserved space and its own. */
export const footerCss = [tokensCss, surfaceCss, focusRingCss, reserve('crisis-footer'), styles].join('\n');
