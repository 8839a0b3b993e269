import { resolveLocale, type SupportedLocale } from './i18n/locale.js';
import type { UiStringOverrides } from './i18n/strings.js';
import { knownCountry } from './region/region.js';

/**
 * Page-wide settings. They come from the embedding script's `data-*` attributes, from `configure()`
 * in JavaScript, or both (later calls win); an element's own attributes win over both.
 */
export interface GlossaryConfig {
  /** URL of a schema-1 glossary, or `#id` of an inline `<script type="application/json">`. */
  glossarySrc?: string;
  /** Locale used when no `lang` nearer than `<html>` says otherwise. */
  locale?: string;
  /** CSS selector of the roots to auto-link. */
  autolink?: string;
  /**
   * ISO 3166 region for `<crisis-footer>` and the entries' emergency words; `ZZ` for "somewhere else"
   * (the neutral help). `INTL`, the switcher's value before, is still accepted and read as `ZZ`.
   */
  region?: string;
  /** Where "Read more" goes; `{id}` is replaced by the entry id. */
  termUrl?: string;
  /** A link to the Twelva app shown on cards; `{id}` is replaced by the entry id. Off when absent. */
  appUrl?: string;
  /** How long a glossary request may take, in milliseconds. */
  fetchTimeoutMs?: number;
  /** The largest glossary response accepted, in bytes. */
  maxGlossaryBytes?: number;
  /** Colour scheme: `light` or `dark` forces one; `auto` (the default) follows the reader's system. */
  theme?: ThemeChoice;
  /** Replacement UI strings, per locale (GOV.UK Frontend's model): `{ es: { close: 'Cerrar' } }`. */
  strings?: UiStringOverrides;
}

/** A colour scheme a partner can force; `auto` (or nothing) follows the reader's system setting. */
export type ThemeChoice = 'light' | 'dark' | 'auto';

/** The theme a setting or attribute names, or undefined for anything else. */
export const toTheme = (value: string | undefined): ThemeChoice | undefined =>
  value === 'light' || value === 'dark' || value === 'auto' ? value : undefined;

export const DEFAULT_FETCH_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_GLOSSARY_BYTES = 5 * 1024 * 1024;

let current: GlossaryConfig = {};
const changes = new EventTarget();

/** Merges `options` into the page-wide settings; elements already on the page re-render. */
export function configure(options: GlossaryConfig): void {
  const strings = options.strings ? mergeStrings(current.strings, options.strings) : current.strings;
  current = { ...current, ...options, ...(strings ? { strings } : {}) };
  changes.dispatchEvent(new Event('change'));
}

function mergeStrings(base: UiStringOverrides | undefined, extra: UiStringOverrides): UiStringOverrides {
  const merged: UiStringOverrides = { ...base };
  for (const [locale, strings] of Object.entries(extra)) merged[locale] = { ...merged[locale], ...strings };
  return merged;
}

export function getConfig(): Readonly<GlossaryConfig> {
  return current;
}

/** How long a glossary request may take and how large its answer may be; absent: the defaults above. */
export interface FetchLimits {
  readonly timeoutMs?: number | undefined;
  readonly maxBytes?: number | undefined;
}

/**
 * The settings a widget works with, as one value: worked out once per update from the element's own
 * attributes, then the element that renders it (whose value it inherits), then the page settings.
 * The store, the region code and the auto-linker receive their parts as parameters; only this file
 * and the script-tag entry read the page settings.
 */
export interface WidgetContext {
  readonly language: SupportedLocale;
  readonly scheme: ThemeChoice;
  /** The glossary named (URL or `#id`), or undefined: the page's inline glossary, else the built-in one. */
  readonly source: string | undefined;
  /** The region named, as a country the widgets know (`ZZ`: somewhere else), or undefined: the time zone decides. */
  readonly region: string | undefined;
  readonly strings: UiStringOverrides | undefined;
  readonly termUrl: string | undefined;
  readonly appUrl: string | undefined;
  readonly limits: FetchLimits;
}

/** What an element (or an auto-linker's options) says for itself; blank or unknown values count as absent. */
export interface OwnSettings {
  locale?: string | null | undefined;
  theme?: string | null | undefined;
  src?: string | null | undefined;
  region?: string | null | undefined;
}

const filled = (value: string | null | undefined): string | undefined => value?.trim() || undefined;

/**
 * The context of `node`: `own` settings first, then `inherited` (the context of the element that
 * rendered it, if one did), then the page settings. The one path from settings to a widget.
 */
export function widgetContext(node: Element, own: OwnSettings = {}, inherited?: WidgetContext): WidgetContext {
  const page = current;
  return {
    language: resolveLocale(node, own.locale ?? inherited?.language, page.locale),
    scheme: toTheme(own.theme ?? undefined) ?? inherited?.scheme ?? toTheme(page.theme) ?? 'auto',
    source: filled(own.src) ?? inherited?.source ?? filled(page.glossarySrc),
    region: knownCountry(own.region) ?? inherited?.region ?? knownCountry(page.region),
    strings: page.strings,
    termUrl: page.termUrl,
    appUrl: page.appUrl,
    limits: { timeoutMs: page.fetchTimeoutMs, maxBytes: page.maxGlossaryBytes },
  };
}

/** Calls `listener` after each `configure()`; returns a function that stops it. */
export function onConfigChange(listener: () => void): () => void {
  changes.addEventListener('change', listener);
  return () => changes.removeEventListener('change', listener);
}

/** Forgets every setting. For tests, and for pages that tear the widgets down. */
export function resetConfig(): void {
  current = {};
  changes.dispatchEvent(new Event('change'));
}

/** The settings written on a `<script>` tag as `data-*` attributes. Absent attributes stay absent. */
export function readScriptConfig(script: HTMLOrSVGScriptElement): GlossaryConfig {
  const data = script.dataset;
  const config: GlossaryConfig = {};
  const text = (value: string | undefined) => (value && value.trim() ? value.trim() : undefined);
  const glossarySrc = text(data['glossarySrc']);
  if (glossarySrc) config.glossarySrc = glossarySrc;
  const locale = text(data['locale']);
  if (locale) config.locale = locale;
  const autolink = text(data['autolink']);
  if (autolink) config.autolink = autolink;
  const region = text(data['region']);
  if (region) config.region = region;
  const termUrl = text(data['termUrl']);
  if (termUrl) config.termUrl = termUrl;
  const appUrl = text(data['appUrl']);
  if (appUrl) config.appUrl = appUrl;
  const theme = toTheme(text(data['theme']));
  if (theme) config.theme = theme;
  return config;
}
