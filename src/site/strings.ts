import type { SupportedLocale } from '../i18n/locale.js';
import type { UiStringOverrides } from '../i18n/strings.js';

/**
 * The site's headings for the card's related terms and sources, as on the page the glossary grew from.
 * Given to `configure({ strings })` on the server and again in the browser before the elements wake,
 * so both render the same words (hydration needs the same output).
 */
export const SITE_UI_STRINGS: UiStringOverrides = {
  en: { cardRelated: 'Keep reading', cardSources: 'Where to go & trusted sources' },
  es: { cardRelated: 'Siga leyendo', cardSources: 'Adónde ir y fuentes confiables' },
};

/** The words of the page around the elements (the glossary's own name comes from its document). */
export interface PageStrings {
  breadcrumb: string;
  /**
   * The page title of an entry; `{term}` is its title, in sentence case. The term is quoted so the
   * question reads as one about the word, whatever its grammar ("What is “recovery coach”?").
   */
  whatIs: string;
  indexTitle: string;
  indexLede: string;
  indexDescription: string;
  ctaHeading: string;
  ctaText: string;
  ctaApp: string;
  ctaBrowse: string;
  otherLanguage: string;
  skipToContent: string;
  /** The language chooser at the site's root. */
  chooseLanguage: string;
  /** The landmark name of the emergency help under an emergency entry's lede (the page's second footer). */
  emergencyHelp: string;
}

export const PAGE_STRINGS: Record<SupportedLocale, PageStrings> = {
  en: {
    breadcrumb: 'Breadcrumb',
    whatIs: 'What is “{term}”?',
    indexTitle: 'Recovery glossary A to Z',
    indexLede: 'Plain words about recovery, harm reduction and treatment, from A to Z.',
    indexDescription:
      'Plain-language definitions of recovery, harm reduction and treatment words, with common questions and trusted sources.',
    ctaHeading: 'Every step toward safety counts',
    ctaText: 'Learn at your own pace, and reach out for support when you are ready.',
    ctaApp: 'Get Twelva',
    ctaBrowse: 'Browse the glossary A to Z',
    otherLanguage: 'Español',
    skipToContent: 'Skip to content',
    chooseLanguage: 'Choose a language',
    emergencyHelp: 'Emergency help',
  },
  es: {
    breadcrumb: 'Ruta de navegación',
    whatIs: '¿Qué significa «{term}»?',
    indexTitle: 'Glosario de recuperación de la A a la Z',
    indexLede: 'Palabras claras sobre recuperación, reducción de daños y tratamiento, de la A a la Z.',
    indexDescription:
      'Definiciones en lenguaje claro sobre recuperación, reducción de daños y tratamiento, con preguntas frecuentes y fuentes confiables.',
    ctaHeading: 'Cada paso hacia la seguridad cuenta',
    ctaText: 'Aprenda a su ritmo y busque apoyo cuando lo necesite.',
    ctaApp: 'Obtenga Twelva',
    ctaBrowse: 'Ver el glosario de la A a la Z',
    otherLanguage: 'English',
    skipToContent: 'Ir al contenido',
    chooseLanguage: 'Elija un idioma',
    emergencyHelp: 'Ayuda de emergencia',
  },
};
