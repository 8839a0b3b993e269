/**
 * Every URL the widgets put in an `href` passes through `safeUrl`: only http, https, mailto and tel
 * survive, so a `javascript:` or `data:` link in a partner's glossary (or a script's data-* setting)
 * never reaches the page. Kept apart from the HTML sanitizer so the main script does not carry it.
 */
import { fill } from '../i18n/strings.js';

/** Schemes a glossary link may use; anything else (javascript:, data:, vbscript:) is refused. */
export const SAFE_URL_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'] as const;

/**
 * The URL, absolute, when its scheme is allowed; otherwise undefined. On the server (pre-rendering)
 * there is no page to resolve against, so only absolute URLs survive there.
 */
export function safeUrl(
  value: string | undefined | null,
  base: string | undefined = typeof document === 'undefined' ? undefined : document.baseURI,
): string | undefined {
  if (!value) return undefined;
  // Control characters and white space inside a scheme ("java\tscript:") are how filters get evaded.
  const trimmed = value.trim();
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\u0000-\u001F\u007F]/.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return undefined;
  }
  return (SAFE_URL_SCHEMES as readonly string[]).includes(url.protocol) ? url.href : undefined;
}

/** A configured URL template (`/glossary/{id}`) for one entry, checked like every other URL. */
export function entryUrl(template: string | undefined, id: string): string | undefined {
  return template ? safeUrl(fill(template, { id: encodeURIComponent(id) })) : undefined;
}
