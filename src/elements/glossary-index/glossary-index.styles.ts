import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .index {
    border: 0;
    padding-block: calc(var(--_space) / 2);
  }
  .heading {
    font-size: 1.15em;
  }
  .heading.depth-0 {
    font-size: 1.4em;
  }
  .filter {
    display: grid;
    gap: calc(0.3 * var(--_space));
    max-inline-size: 28em;
  }
  label {
    font-weight: bold;
  }
  .count {
    color: var(--_muted);
    margin: calc(0.4 * var(--_space)) 0 calc(0.6 * var(--_space));
  }
  .letters ul,
  .entries {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .letters ul {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.3 * var(--_space));
  }
  .letters button {
    font: inherit;
    font-weight: bold;
    min-inline-size: 2.25em;
    min-block-size: 2.25em;
    border: 1px solid var(--_border);
    border-radius: 0.35em;
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  .letter {
    border-block-end: 1px solid var(--_border);
    padding-block-end: 0.2em;
  }
  .entries {
    display: grid;
    gap: calc(0.2 * var(--_space));
  }
  .entry {
    font: inherit;
    color: var(--_accent);
    background: transparent;
    border: 0;
    padding: 0.3em 0;
    min-block-size: 2em;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .card {
    margin-block: calc(0.3 * var(--_space)) calc(0.8 * var(--_space));
  }
  @media (forced-colors: active) {
    .entry,
    .letters button {
      color: LinkText;
    }
    .letters button {
      border-color: CanvasText;
    }
    .count {
      color: CanvasText;
    }
  }
`;
