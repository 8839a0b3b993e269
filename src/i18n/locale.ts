import { isServer } from 'lit';

/** Locales with built-in content and UI strings. */
export const SUPPORTED_LOCALES = ['en', 'es'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: SupportedLocale = 'en';

/** `es-MX` → `es`; a language we have no strings for → undefined. */
export function toSupportedLocale(tag: string | null | undefined): SupportedLocale | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED_LOCALES as readonly string[]).includes(primary ?? '') ? (primary as SupportedLocale) : undefined;
}

/** The nearest `lang` attribute above `element`, crossing shadow roots, stopping before `<html>`. */
function nearestLangBelowRoot(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      if (node === node.ownerDocument.documentElement) return undefined;
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return undefined;
}

/**
 * The locale an element speaks: its own `locale` attribute (`explicit`), then the nearest `lang`
 * inside the page, then the page setting (`pageLocale`: the script's `data-locale` or
 * `configure({ locale })`), then `<html lang>`, then English. Each step that names a language we do
 * not support is passed over.
 */
export function resolveLocale(
  element: Element,
  explicit: string | null | undefined,
  pageLocale: string | undefined,
): SupportedLocale {
  // A server-rendered element has no document around it: its attribute, then the page's setting.
  if (isServer) return toSupportedLocale(explicit) ?? toSupportedLocale(pageLocale) ?? DEFAULT_LOCALE;
  return (
    toSupportedLocale(explicit) ??
    toSupportedLocale(nearestLangBelowRoot(element)) ??
    toSupportedLocale(pageLocale) ??
    toSupportedLocale(element.ownerDocument.documentElement.getAttribute('lang')) ??
    DEFAULT_LOCALE
  );
}
