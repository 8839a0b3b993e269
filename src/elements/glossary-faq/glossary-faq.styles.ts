import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .faq {
    /* Lighter than a card: no border, half the padding. */
    border: 0;
    padding-block: calc(var(--_space) / 2);
    line-height: 1.55;
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
    gap: calc(0.6 * var(--_space));
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
  /* A closed answer stays a box whose content the browser hides (content-visibility), not display:
     none, or find-in-page could never reveal it; that is also how a reader without JavaScript finds it. */
  .answer[hidden='until-found'] {
    display: block !important;
    padding-block: 0;
  }
  .answer p {
    margin: 0 0 calc(0.6 * var(--_space));
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
