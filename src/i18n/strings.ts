import type { SupportedLocale } from './locale.js';

/**
 * Every piece of UI text the widgets show or announce. A partner can replace any of them per locale
 * with `configure({ strings: { es: { close: '…' } } })`. `{title}` is filled in with the entry title.
 */
/** The strings of the elements in the main script: terms and the crisis footer. */
export interface CoreStrings {
  /** Visible link text under a definition. */
  readMore: string;
  /** Shown inside a card, question list or index whose code could not be downloaded (offline, blocked). */
  unavailable: string;
  /** Hidden continuation of the "Read more" link, so its name says where it goes. */
  readMoreAbout: string;
  /** Accessible name of the close button of an open definition. */
  closeDefinition: string;
  /** Accessible name of an open definition. */
  definitionOf: string;

  /** `<crisis-footer>`: its heading. */
  crisisHeading: string;
  /** The first line of the full footer; `{number}` is the region's emergency number. */
  crisisEmergencyLead: string;
  crisisOverdoseHeading: string;
  /**
   * The overdose steps, one per line, in CDC's order with the naloxone label's second dose; shared by
   * the footer and the entries' `{overdose-steps}`. `{emergency}` is the reader's emergency number.
   */
  crisisOverdoseSteps: string;
  /**
   * Said instead of a number where the reader's emergency number is not known; `{numbers}` is each
   * supported region's number with where it is dialled ("911 in the US and Canada, 999 in the UK, …").
   */
  emergencyLocal: string;
  crisisLinesHeading: string;
  crisisSupportHeading: string;
  /** Visible link texts. `{number}`, `{keyword}`, `{site}`, `{address}` are filled in. */
  crisisCall: string;
  crisisText: string;
  crisisTextKeyword: string;
  crisisChat: string;
  crisisEmail: string;
  crisisTty: string;
  crisisCompactLead: string;
  /** The compact footer's first words, before the emergency call button. */
  crisisCompactEmergency: string;
  /** Before the text-relay route to the emergency number (GB's 18000); `{number}` is the emergency number. */
  crisisRelayLead: string;
  /** The relay link's text; `{number}` is the relay number. */
  crisisRelayLink: string;
  /** Completes the relay link's accessible name; `{number}` is the emergency number. */
  crisisRelayName: string;
  crisisRegionLabel: string;
  /** Said by the live region after the reader switches region: `{region}` its name, `{emergency}` its emergency number. */
  crisisRegionChanged: string;
  /** After a neutral emergency call link's number: `{where}` is where it is dialled ("Call 911 in the US and Canada"). */
  crisisCallWhere: string;
  crisisOtherRegion: string;
  crisisOtherRegionLead: string;
  crisisDirectory: string;
  crisisMedicalNote: string;
  crisisIndependenceNote: string;
}

/** Every string a partner can override: the core ones and those of the lazily loaded elements. */
export type UiStrings = CoreStrings & ReferenceStrings;

export type UiStringOverrides = Partial<Record<string, Partial<UiStrings>>>;

/**
 * The strings of the card, questions and index. Their values live with those elements (in their lazy
 * chunk), not in the main script; see reference-strings.ts.
 */
export interface ReferenceStrings {
  /** `<glossary-card>` */
  cardLoading: string;
  cardNotFound: string;
  cardUnavailable: string;
  cardLanguageNote: string;
  cardRelated: string;
  cardSources: string;
  /** `{date}` is the review date, written for the locale. */
  cardReviewed: string;
  /**
   * How the review date is written: `{day}`, `{month}` (a name from `cardMonths`) and `{year}`.
   * Written from these strings rather than `Intl.DateTimeFormat`, whose first use on a page costs
   * 40 to 200 ms of main thread to load the date data.
   */
  cardDate: string;
  /** The twelve month names, January first, separated by spaces. */
  cardMonths: string;
  /**
   * Shown only when a clinician signed the entry's review: `{name}`, `{credentials}` and `{date}`
   * (written as `cardDate` says) are filled in. Never shown otherwise.
   */
  cardMedicalReview: string;
  /** The label of the entry's note for the reader's country: `{country}` is its name ("In Canada"). */
  cardRegionNote: string;
  cardNotMedicalAdvice: string;
  cardShowMore: string;
  cardShowLess: string;
  cardOpenApp: string;
  cardReadMore: string;

  /** `<glossary-faq>` */
  faqHeading: string;
  faqEmpty: string;

  /** `<glossary-index>` */
  indexHeading: string;
  indexFilterLabel: string;
  indexLetters: string;
  /** Announced as the filter changes; `{count}` and `{query}` are filled in. */
  indexResultsOne: string;
  indexResultsOther: string;
  indexResultsNone: string;
}

const BUILT_IN: Record<SupportedLocale, CoreStrings> = {
  en: {
    readMore: 'Read more',
    unavailable: 'This part of the glossary could not be loaded. Check your connection, then reload the page.',
    readMoreAbout: 'about {title}',
    closeDefinition: 'Close the definition of {title}',
    definitionOf: 'Definition: {title}',
    crisisHeading: 'Need help now?',
    crisisEmergencyLead: 'In an emergency or an overdose, call {number}.',
    crisisOverdoseHeading: 'If someone may be overdosing',
    // Wording: content1's sourced proposal v2 (CDC's steps; the naloxone label's second-dose test), word for
    // word but step 3 in English, which names no number so that it reads right where none is known.
    crisisOverdoseSteps: [
      'If someone will not wake up, or is not breathing or breathing very slowly, give naloxone if you have it and call {emergency}.',
      'If after 2 to 3 minutes they still do not wake up or do not breathe normally, give a second dose if you have one.',
      'Help them breathe: follow what the emergency dispatcher tells you, which may include rescue breaths.',
      'If they are breathing, lay them on their side so they do not choke.',
      'Stay with them until help arrives. Naloxone wears off, and the overdose can come back.',
    ].join('\n'),
    emergencyLocal: 'your local emergency number ({numbers})',
    crisisLinesHeading: 'In crisis',
    crisisSupportHeading: 'Support and treatment referral',
    crisisCall: 'Call {number}',
    crisisText: 'Text {number}',
    crisisTextKeyword: 'Text {keyword} to {number}',
    crisisChat: 'Chat at {site}',
    crisisEmail: 'Email {address}',
    crisisTty: 'TTY {number}',
    crisisCompactLead: 'In crisis?',
    crisisCompactEmergency: 'In an emergency or an overdose:',
    crisisRelayLead:
      'Deaf, hard of hearing or speech impaired? Reach {number} by text relay, from a textphone or the Relay UK app:',
    crisisRelayLink: 'Dial {number}',
    crisisRelayName: 'text relay to {number}',
    crisisRegionLabel: 'Show help for',
    crisisRegionChanged: 'Now showing help for {region}. In an emergency, call {emergency}.',
    crisisCallWhere: 'in {where}',
    crisisOtherRegion: 'Another country',
    crisisOtherRegionLead: 'Call your local emergency number if you or someone else is in danger.',
    crisisDirectory: 'Find a helpline in your country at findahelpline.com',
    crisisMedicalNote:
      'This information is not medical advice. For questions about your health or treatment, talk with a health care provider.',
    crisisIndependenceNote:
      'Twelva is independent. It is not affiliated with Alcoholics Anonymous, Narcotics Anonymous, SMART Recovery or any other fellowship. We are not affiliated with any government agency.',
  },
  es: {
    readMore: 'Leer más',
    unavailable: 'No se pudo cargar esta parte del glosario. Revise su conexión y vuelva a cargar la página.',
    readMoreAbout: 'sobre {title}',
    closeDefinition: 'Cerrar la definición de {title}',
    definitionOf: 'Definición: {title}',
    crisisHeading: '¿Necesita ayuda ahora?',
    crisisEmergencyLead: 'En una emergencia o una sobredosis, llame al {number}.',
    crisisOverdoseHeading: 'Si alguien podría estar sufriendo una sobredosis',
    crisisOverdoseSteps: [
      'Si una persona no se despierta, no respira o respira muy lento, adminístrele naloxona si la tiene y llame al {emergency}.',
      'Si después de 2 a 3 minutos todavía no se despierta o no respira con normalidad, adminístrele una segunda dosis si la tiene.',
      'Ayúdele a respirar: siga las indicaciones de la persona que atiende su llamada al {emergency}; puede pedirle que le dé respiraciones de rescate.',
      'Si respira, acuéstela de lado para que no se ahogue.',
      'Quédese con ella hasta que llegue la ayuda. El efecto de la naloxona se pasa y la sobredosis puede volver.',
    ].join('\n'),
    emergencyLocal: 'el número de emergencias local ({numbers})',
    crisisLinesHeading: 'En crisis',
    crisisSupportHeading: 'Apoyo y referencias a tratamiento',
    crisisCall: 'Llamar al {number}',
    crisisText: 'Enviar un mensaje de texto al {number}',
    crisisTextKeyword: 'Enviar {keyword} al {number}',
    crisisChat: 'Chat en {site}',
    crisisEmail: 'Escribir a {address}',
    crisisTty: 'TTY {number}',
    crisisCompactLead: '¿En crisis?',
    crisisCompactEmergency: 'En una emergencia o una sobredosis:',
    crisisRelayLead:
      '¿Es una persona sorda o con dificultades auditivas o del habla? Comuníquese con el {number} por retransmisión de texto, desde un teléfono de texto o la aplicación Relay UK:',
    crisisRelayLink: 'Marcar el {number}',
    crisisRelayName: 'retransmisión de texto al {number}',
    crisisRegionLabel: 'Mostrar ayuda para',
    crisisRegionChanged: 'Ahora se muestra ayuda para {region}. En una emergencia, llame al {emergency}.',
    crisisCallWhere: 'en {where}',
    crisisOtherRegion: 'Otro país',
    crisisOtherRegionLead: 'Llame al número de emergencias de su país si usted u otra persona está en peligro.',
    crisisDirectory: 'Busque una línea de ayuda en su país en findahelpline.com',
    crisisMedicalNote:
      'Esta información no es consejo médico. Si tiene preguntas sobre su salud o su tratamiento, hable con un profesional de la salud.',
    crisisIndependenceNote:
      'Twelva es independiente. No está afiliada a Alcohólicos Anónimos, Narcóticos Anónimos, SMART Recovery ni a ninguna otra comunidad de ayuda mutua. No estamos afiliados a ninguna agencia gubernamental.',
  },
};

/**
 * The strings for `locale`, with the partner's `overrides` (from `configure({ strings })`) applied.
 * Elements outside the main script pass their own defaults (`extra`), so their text is downloaded
 * only with them. Pure: the caller passes the settings, so this layer depends on nothing above it.
 */
export function uiStrings<T extends object = object>(
  locale: SupportedLocale,
  overrides: UiStringOverrides | undefined,
  extra?: Record<SupportedLocale, T>,
): CoreStrings & T {
  const merged: Record<string, unknown> = { ...BUILT_IN[locale], ...extra?.[locale] };
  // A partner's override replaces a known string with non-empty text; anything else is ignored, so a
  // typo cannot leave a button without a name.
  for (const [key, value] of Object.entries(overrides?.[locale] ?? {})) {
    if (key in merged && typeof value === 'string' && value.trim()) merged[key] = value;
  }
  return merged as unknown as CoreStrings & T;
}

/** Fills `{name}` placeholders. Values are plain text; lit escapes them where they are rendered. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
