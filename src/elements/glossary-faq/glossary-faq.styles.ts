import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .faq {
    /* Its own surface, like the card: in dark mode the text is light, whatever the host page's background. */
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
    font-family: inherit;
    font-size: max(1em, 15px);
    line-height: 1.55;
    color: var(--_text);
    text-align: start;
  }
  .heading {
    margin: 1.2em 0 0.4em;
    font-weight: bold;
    font-size: 1.1em;
  }
  .heading.depth-2 {
    margin: 0;
    font-size: 1em;
  }
  .question {
    border-block-end: 1px solid var(--_border);
  }
  button {
    display: flex;
    gap: 0.6em;
    align-items: baseline;
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: 0.6em 0.2em;
    margin: 0;
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    font-weight: bold;
    text-align: start;
    cursor: pointer;
  }
  button:hover span:last-child {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* A chevron drawn with borders, so it follows the text colour and forced colours. */
  .marker {
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-inline-end: 0.15em solid var(--_accent);
    border-block-end: 0.15em solid var(--_accent);
    transform: translateY(-0.15em) rotate(45deg);
  }
  :host(:dir(rtl)) .marker {
    transform: translateY(-0.15em) rotate(-45deg);
  }
  [aria-expanded='true'] .marker {
    transform: translateY(0.1em) rotate(225deg);
  }
  .answer {
    padding: 0 0.2em 0.8em 1.1em;
  }
  .answer p {
    margin: 0 0 0.6em;
  }
  .answer a {
    color: var(--_accent);
  }
  .empty {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .marker {
      border-color: ButtonText;
    }
    .question {
      border-color: CanvasText;
    }
    .answer a {
      color: LinkText;
    }
  }
`;
