import { getConfig } from '../config.js';
import type { SupportedLocale } from './locale.js';

/**
 * Every piece of UI text the widgets show or announce. A partner can replace any of them per locale
 * with `configure({ strings: { es: { close: '…' } } })`. `{title}` is filled in with the entry title.
 */
export interface UiStrings {
  /** Visible link text under a definition. */
  readMore: string;
  /** Hidden continuation of the "Read more" link, so its name says where it goes. */
  readMoreAbout: string;
  /** Accessible name of the close button of an open definition. */
  closeDefinition: string;
  /** Accessible name of an open definition. */
  definitionOf: string;
}

export type UiStringOverrides = Partial<Record<string, Partial<UiStrings>>>;

const BUILT_IN: Record<SupportedLocale, UiStrings> = {
  en: {
    readMore: 'Read more',
    readMoreAbout: 'about {title}',
    closeDefinition: 'Close the definition of {title}',
    definitionOf: 'Definition: {title}',
  },
  es: {
    readMore: 'Leer más',
    readMoreAbout: 'sobre {title}',
    closeDefinition: 'Cerrar la definición de {title}',
    definitionOf: 'Definición: {title}',
  },
};

/** The strings for `locale`, with the partner's overrides applied. */
export function uiStrings(locale: SupportedLocale): UiStrings {
  const overrides = getConfig().strings?.[locale];
  return overrides ? { ...BUILT_IN[locale], ...overrides } : BUILT_IN[locale];
}

/** Fills `{name}` placeholders. Values are plain text; lit escapes them where they are rendered. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
