import { css } from '../../styles/shared-css.js';

/** The full layout's own rules, adopted with its code (full-footer.ts) on top of crisis-footer.styles.ts. */
export const fullStyles = css`
  .lines {
    list-style: none;
    padding: 0;
    display: grid;
    gap: calc(0.75 * var(--_space));
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
  }
  .line {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.75em;
  }
  .purpose,
  .hours,
  .spanish {
    color: var(--_muted);
    font-size: max(0.95em, 14px);
  }

  @media (forced-colors: active) {
    .line {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .purpose,
    .hours,
    .spanish {
      color: CanvasText;
    }
  }
`;
