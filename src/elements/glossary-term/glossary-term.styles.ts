import { css } from 'lit';
/** The closed term: what every page of terms pays for before anyone touches one. */
export const styles = css`
  :host {
    display: inline;
  }

  .trigger {
    cursor: help;
    color: inherit;
    text-decoration-line: underline;
    text-decoration-style: dotted;
    text-decoration-color: var(--_accent);
    text-decoration-thickness: max(1px, 0.09em);
    text-underline-offset: 0.2em;
    border-radius: 0.15em;
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }
  .trigger:hover,
  .trigger[aria-expanded='true'] {
    text-decoration-style: solid;
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
  }

  @media (forced-colors: active) {
    .trigger {
      text-decoration-color: LinkText;
    }
    /* Open: a thick solid underline rather than a Highlight background, whose text pair is not
       readable in every system palette (Firefox's default: white on #3399ff, contrast 2.9). */
    .trigger[aria-expanded='true'] {
      background: Canvas;
      text-decoration: underline solid Highlight 0.2em;
    }
  }
`;
