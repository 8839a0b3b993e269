import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  /* Loading and messages keep the space a short card needs, so the page does not jump. */
  .status {
    min-block-size: 6em;
    display: grid;
    align-content: center;
    gap: calc(0.5 * var(--_space));
    color: var(--_muted);
  }
  .skeleton {
    display: block;
    block-size: 1.2em;
    inline-size: 40%;
    border-radius: 0.3em;
    background: color-mix(in srgb, var(--_text) 12%, transparent);
  }
  p,
  ul {
    margin: 0 0 calc(0.6 * var(--_space));
  }
  .heading.depth-0 {
    font-size: 1.4em;
  }
  .short {
    font-size: 1.08em;
  }
  .language-note {
    border-inline-start: 0.25em solid var(--_accent);
    padding: 0.4em 0.8em;
    margin-block: calc(0.6 * var(--_space));
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .html table {
    border-collapse: collapse;
    inline-size: 100%;
    display: block;
    overflow-x: auto;
    margin-block: calc(0.6 * var(--_space));
  }
  .html th,
  .html td {
    border: 1px solid var(--_border);
    padding: 0.35em 0.6em;
    text-align: start;
    vertical-align: top;
  }
  .related ul {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.4 * var(--_space)) calc(1.2 * var(--_space));
  }
  .toggle {
    font: inherit;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: 0.4em;
    padding: 0.35em 0.9em;
    min-block-size: 2.25em;
    cursor: pointer;
    margin-block: calc(0.2 * var(--_space)) calc(0.6 * var(--_space));
  }
  .meta {
    border-block-start: 1px solid var(--_border);
    margin-block-start: var(--_space);
    padding-block-start: 0.6em;
    color: var(--_muted);
    font-size: max(0.92em, 14px);
  }
  .meta p:last-child {
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    a,
    .toggle {
      color: LinkText;
    }
    .status,
    .meta {
      color: CanvasText;
    }
    .skeleton {
      background: GrayText;
    }
  }
`;
