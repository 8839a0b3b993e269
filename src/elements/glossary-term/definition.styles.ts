/**
 * The open definition's rules, adopted with its chunk the first time a term is reached for.
 * `readableText` is the shared reset (styles/shared.ts), passed in by the term: this chunk imports
 * no module of the main script that runs code when it loads (the shared styles do), because the
 * bundler would then move the modules both use (Lit, the strings) out of the main script into
 * chunks of their own, which every page would fetch before anything renders.
 */
export const definitionStyles = (readableText: string): string => `
  /* The definition resets every inherited property a host page may have bent (white-space, case,
     alignment, spacing), keeping only the font family, so it reads the same on any site. */
  .definition {
    position: fixed;
    inset: auto;
    left: 0;
    top: 0;
    margin: 0;
    box-sizing: border-box;
    inline-size: max-content;
    max-inline-size: min(var(--glossary-popover-width, 22em), var(--_available-width, calc(100vw - 16px)));
    overflow: auto;
    padding: 0.75em 2.75em 0.85em 1em;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    font-family: inherit;
    font-size: var(--glossary-popover-font-size, clamp(15px, 1em, 20px));
    ${readableText}
    direction: inherit;
    z-index: 2147483647;
    /* Transparent until placed, so it never flashes at the corner of the screen; still focusable,
       so a fast Tab from the term is not lost. The shared motion helper fades it in from here. */
    opacity: 0;
    translate: 0 0.25em;
  }
  .definition:not(:popover-open):not(.open) {
    display: none;
  }
  .definition[data-positioned] {
    opacity: 1;
    translate: none;
  }

  .definition p {
    margin: 0;
  }
  .title {
    font-weight: bold;
    margin-block-end: 0.25em !important;
  }
  .read-more {
    display: inline-block;
    margin-block-start: 0.5em;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  /* An overdose definition's call: a target a shaking hand can hit (44 CSS px at least). */
  .call-action {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    margin-block-start: 0.5em !important;
  }
  .call {
    display: inline-flex;
    align-items: center;
    min-block-size: max(44px, 2.75em);
    min-inline-size: 44px;
    color: var(--_accent);
    font-weight: bold;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .close {
    position: absolute;
    inset-block-start: 0.35em;
    inset-inline-end: 0.35em;
    display: grid;
    place-items: center;
    inline-size: 2em;
    block-size: 2em;
    padding: 0;
    margin: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: var(--_muted);
    font: inherit;
    cursor: pointer;
  }
  .close:hover {
    background: color-mix(in srgb, var(--_text) 10%, transparent);
    color: var(--_text);
  }

  @media (forced-colors: active) {
    .definition {
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
    .read-more,
    .call {
      color: LinkText;
    }
    .close {
      color: ButtonText;
      border: 1px solid ButtonText;
    }
  }
`;
