import { html, nothing, type TemplateResult } from 'lit';

/**
 * A heading at any level without building tag names from strings: `role="heading"` with
 * `aria-level` (levels past 6 stay at 6). `depth` (0 for the element's own heading) picks the style.
 */
export function heading(
  level: number,
  content: unknown,
  options: { id?: string; depth?: number; part?: string; focusable?: boolean } = {},
): TemplateResult {
  return html`<p
    class="heading depth-${options.depth ?? 0}"
    role="heading"
    aria-level=${Math.min(level, 6)}
    id=${options.id ?? nothing}
    part=${options.part ?? nothing}
    tabindex=${options.focusable ? '-1' : nothing}
  >
    ${content}
  </p>`;
}
