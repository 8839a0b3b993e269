import type { UiStringOverrides } from './i18n/strings.js';

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
  /** ISO 3166 region for `<crisis-footer>`. */
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
