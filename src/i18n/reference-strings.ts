import type { SupportedLocale } from './locale.js';
import type { ReferenceStrings } from './strings.js';

/** Default text of `<glossary-card>`, `<glossary-faq>` and `<glossary-index>`, shipped with them. */
export const REFERENCE_STRINGS: Record<SupportedLocale, ReferenceStrings> = {
  en: {
    cardLoading: 'Loading the definition…',
    cardNotFound: 'Sorry, we could not find this glossary entry.',
    cardUnavailable: 'The glossary could not be loaded right now. Please try again later.',
    cardLanguageNote: 'About this word',
    cardRelated: 'Related terms',
    cardSources: 'Sources',
    cardReviewed: 'Reviewed on {date}',
    cardNotMedicalAdvice:
      'This is general information, not medical advice. Talk with a health care provider about your own situation.',
    cardShowMore: 'Show more',
    cardShowLess: 'Show less',
    cardOpenApp: 'Open in the Twelva app',
    cardReadMore: 'Read the full entry',
    faqHeading: 'Common questions',
    faqEmpty: 'There are no questions for this entry yet.',
    indexHeading: 'Glossary A to Z',
    indexFilterLabel: 'Filter the glossary',
    indexLetters: 'Jump to a letter',
    indexResultsOne: '1 entry',
    indexResultsOther: '{count} entries',
    indexResultsNone: 'No entries match “{query}”',
  },
  es: {
    cardLoading: 'Cargando la definición…',
    cardNotFound: 'Lo sentimos, no encontramos esta entrada del glosario.',
    cardUnavailable: 'No se pudo cargar el glosario en este momento. Inténtelo de nuevo más tarde.',
    cardLanguageNote: 'Sobre esta palabra',
    cardRelated: 'Términos relacionados',
    cardSources: 'Fuentes',
    cardReviewed: 'Revisado el {date}',
    cardNotMedicalAdvice:
      'Esta es información general, no consejo médico. Hable con un profesional de la salud sobre su situación.',
    cardShowMore: 'Mostrar más',
    cardShowLess: 'Mostrar menos',
    cardOpenApp: 'Abrir en la aplicación Twelva',
    cardReadMore: 'Leer la entrada completa',
    faqHeading: 'Preguntas frecuentes',
    faqEmpty: 'Todavía no hay preguntas para esta entrada.',
    indexHeading: 'Glosario de la A a la Z',
    indexFilterLabel: 'Filtrar el glosario',
    indexLetters: 'Ir a una letra',
    indexResultsOne: '1 entrada',
    indexResultsOther: '{count} entradas',
    indexResultsNone: 'Ninguna entrada coincide con «{query}»',
  },
};
