import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_emergency: var(--glossary-emergency, #fdecea);
    --_emergency-border: #b42318;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_emergency: var(--glossary-emergency-dark, #3b1513);
      --_emergency-border: #f97066;
    }
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
    margin-block: 0.75em;
  }
  .lead {
    font-weight: bold;
    font-size: 1.1em;
  }
  .emergency .heading {
    margin-block-start: 0.75em;
  }
  .steps {
    padding-inline-start: 1.5em;
  }
  .lines {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.75em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
  }
  .line {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.75em;
  }
  .name {
    font-weight: bold;
  }
  .purpose,
  .hours,
  .spanish {
    color: var(--_muted);
    font-size: 0.95em;
  }
  .contacts {
    list-style: none;
    padding: 0;
    margin-block: 0.4em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 0.75em;
  }
  .link {
    display: inline-block;
    min-block-size: 1.5em;
    padding-block: 0.2em;
    color: var(--_accent);
    font-weight: bold;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .note {
    color: var(--_muted);
  }
  /* The emergency call is the one action that must be found at a glance. */
  .emergency .link {
    font-size: 1.15em;
    padding: 0.3em 0.8em;
    border: 0.12em solid currentColor;
    border-radius: 0.4em;
    text-decoration: none;
  }
  .region {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block: 1em 0.5em;
  }
  .notes {
    border-block-start: 1px solid var(--_border);
    margin-block-start: 0.75em;
    padding-block-start: 0.75em;
    color: var(--_muted);
    font-size: 0.9em;
    display: grid;
    gap: 0.4em;
  }
  .compact {
    display: grid;
    gap: 0.4em;
  }
  .compact .then {
    display: inline-block;
  }
  .compact .notes {
    margin-block-start: 0.25em;
    padding-block-start: 0.4em;
  }

  @media (forced-colors: active) {
    .footer,
    .line,
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
    .purpose,
    .hours,
    .spanish,
    .note,
    .notes {
      color: CanvasText;
    }
  }
`;
