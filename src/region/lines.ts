/**
 * Crisis and support lines of the six regions: the data of the full footer, loaded with the rest of its
 * code (src/elements/crisis-footer/full-footer.ts) the first time a footer is on the page. What the
 * footer must show without that download (each region's emergency line and main crisis line) is in
 * essential-lines.ts, in the main script; the lines here are built on those very objects, so no number
 * is written twice.
 *
 * Every service, number, text code and link here is copied from a row marked "ship" in the project's
 * verified reference (crisis-lines.md, facts checked November 2026); the comment above each line names
 * that row's source and status (V: the service's own or an official page says it; S: cross-checked
 * secondary copies). They are comments, not data, so they cost the reader's download nothing. Never
 * add a number that is not there, and never change one from memory.
 *
 * Rules carried by the shape of this data: `tel` is digits only (a leading + allowed); `sms` is a bare
 * number with no body, the keyword shown in the visible text; every contact has a visible number or
 * address; no "Press 3"; no promise of anonymity or legal immunity.
 */

import { EMERGENCY_NUMBERS } from './emergency.js';
import {
  ALCOHOL_DRUG_HELPLINE,
  AOD_HOTLINE,
  CRISIS_TEXT_LINE,
  ESSENTIAL,
  HOPE_FOR_WELLNESS,
  SAMHSA_HELPLINE,
  SHOUT,
  TEXT_50808,
  type EssentialLine,
  type LocaleText,
  type SupportedRegion,
} from './essential-lines.js';

export interface CrisisLine extends EssentialLine {
  /** What the line is for, in plain words. */
  purpose: LocaleText;
  /** Hours and languages, as the service states them. */
  hours?: LocaleText;
  /**
   * The Spanish routes in one Spanish sentence, for Spanish speakers reading an English footer. A
   * Spanish footer shows the same routes on the links themselves, so it leaves this out.
   */
  spanish?: string;
}

export interface Region {
  /** ISO 3166-1 alpha-2, as partners write it in `region` / `data-region`. */
  code: SupportedRegion;
  name: LocaleText;
  /** The emergency numbers, first the one to show first; named in the lead and the overdose steps. */
  emergency: readonly string[];
  lines: CrisisLine[];
  /**
   * Line ids the compact variant shows after the emergency number: crisis lines first, then support
   * and referral (each keeps its own group, so a referral line never sits among the crisis lines). The
   * first is the region's main line; the list is essential-lines.ts's, which the essential view shows too.
   */
  compact: string[];
}

/** The lines a region's compact footer shows, as the essential view lists them (essential.ts): one list for both. */
const compactIds = (code: SupportedRegion): string[] =>
  [ESSENTIAL[code].main, ...ESSENTIAL[code].more].map((line) => line.id);

/** A supported region's emergency numbers, from the one table the entries' words use too. */
const emergencyOf = (code: SupportedRegion): readonly string[] => EMERGENCY_NUMBERS[code] ?? [];

/**
 * A region's emergency line (essential-lines.ts: one call per number, then any relay route), with the
 * purpose and hours the full data carries.
 */
const emergencyLine = (essential: EssentialLine): CrisisLine => ({
  ...essential,
  purpose: {
    en: 'For an overdose, a medical emergency, or when someone is in immediate danger.',
    es: 'Para una sobredosis, una emergencia médica o cuando alguien está en peligro inmediato.',
  },
  hours: { en: '24/7', es: 'Las 24 horas, todos los días' },
});

const ALWAYS = { en: '24/7', es: 'Las 24 horas, todos los días' };

export const REGIONS: Region[] = [
  {
    code: 'US',
    name: ESSENTIAL.US.name,
    emergency: emergencyOf('US'),
    compact: compactIds('US'),
    lines: [
      // Source: CDC, responding to an overdose <https://www.cdc.gov/stop-overdose/response/index.html>. Status V.
      emergencyLine(ESSENTIAL.US.emergency),
      {
        // Source: 988 Lifeline, what to expect <https://988lifeline.org/get-help/what-to-expect/>. Status V.
        ...ESSENTIAL.US.main,
        purpose: {
          en: 'For thoughts of suicide, a mental health or substance use crisis, or any emotional distress.',
          es: 'Para pensamientos suicidas, una crisis de salud mental o de consumo de sustancias, o cualquier angustia emocional.',
        },
        contacts: [
          ...ESSENTIAL.US.main.contacts,
          { kind: 'chat', url: 'https://988lifeline.org/', display: '988lifeline.org' },
        ],
        hours: {
          en: '24/7. Interpreters in more than 150 languages; ASL by videophone.',
          es: 'Las 24 horas. Intérpretes en más de 150 idiomas; ASL por videoteléfono.',
        },
        spanish: 'Para hablar en español, llame al 988 y marque 2, o envíe AYUDA por mensaje de texto al 988.',
      },
      {
        // Source: Veterans Crisis Line <https://www.veteranscrisisline.net/>. Status V.
        id: 'veterans-crisis-line',
        group: 'crisis',
        name: { en: 'Veterans Crisis Line', es: 'Línea de Crisis para Veteranos' },
        purpose: {
          en: 'For veterans, service members and the people who support them.',
          es: 'Para veteranos, miembros de las fuerzas armadas y quienes los apoyan.',
        },
        contacts: [
          { kind: 'call', display: '988', tel: '988', note: { en: 'then press 1', es: 'y luego marque 1' } },
          { kind: 'text', display: '838255', sms: '838255' },
          { kind: 'chat', url: 'https://www.veteranscrisisline.net/', display: 'veteranscrisisline.net' },
        ],
        hours: ALWAYS,
      },
      {
        // Source: Crisis Text Line <https://www.crisistextline.org/>. Status V.
        ...CRISIS_TEXT_LINE,
        purpose: {
          en: 'Text with a trained crisis counselor about anything that is hard right now.',
          es: 'Escriba a un consejero de crisis capacitado sobre lo que le resulte difícil ahora mismo.',
        },
        hours: ALWAYS,
      },
      {
        // Source: SAMHSA National Helpline <https://www.samhsa.gov/find-help/national-helpline>. Status V.
        ...SAMHSA_HELPLINE,
        purpose: {
          en: 'Treatment referral and information, free and confidential: finds treatment, support groups and services near you. It does not provide counseling.',
          es: 'Referencias a tratamiento e información, gratis y confidencial: encuentra tratamiento, grupos de apoyo y servicios cerca de usted. No ofrece consejería.',
        },
        hours: {
          en: '24/7, 365 days a year. English and Spanish.',
          es: 'Las 24 horas, los 365 días del año. En inglés y español.',
        },
      },
      {
        // Source: HRSA Poison Help <https://poisonhelp.hrsa.gov/>. Status V.
        id: 'poison-help',
        group: 'support',
        name: { en: 'Poison Help', es: 'Ayuda en caso de envenenamiento' },
        purpose: {
          en: 'Expert advice if someone may have swallowed, breathed in or touched something harmful.',
          es: 'Consejo experto si alguien pudo haber tragado, inhalado o tocado algo dañino.',
        },
        contacts: [{ kind: 'call', display: '1-800-222-1222', tel: '+18002221222' }],
        hours: { en: '24/7. Interpretation in 161 languages.', es: 'Las 24 horas. Interpretación en 161 idiomas.' },
      },
      {
        // Source: SAMHSA <https://www.samhsa.gov/>. Status V.
        id: 'findtreatment',
        group: 'support',
        name: { en: 'FindTreatment.gov', es: 'FindTreatment.gov' },
        purpose: {
          en: "SAMHSA's website for finding treatment programs near you.",
          es: 'El sitio web de SAMHSA para encontrar programas de tratamiento cerca de usted.',
        },
        contacts: [{ kind: 'web', url: 'https://findtreatment.gov/', display: 'findtreatment.gov' }],
      },
    ],
  },
  {
    code: 'CA',
    name: ESSENTIAL.CA.name,
    emergency: emergencyOf('CA'),
    compact: compactIds('CA'),
    lines: [
      // Source: Mental Health Commission of Canada <https://mentalhealthcommission.ca/>. Status S.
      emergencyLine(ESSENTIAL.CA.emergency),
      {
        // Source: Government of Canada news release, 2023-11-30. Status V.
        ...ESSENTIAL.CA.main,
        purpose: {
          en: 'For anyone thinking about suicide, or worried about someone who might be.',
          es: 'Para quien piense en el suicidio o esté preocupado por alguien que pueda estar pensándolo.',
        },
        hours: { en: '24/7. English and French.', es: 'Las 24 horas. En inglés y francés.' },
      },
      {
        // Source: Government of Canada release (secondary copies). Status S.
        ...HOPE_FOR_WELLNESS,
        purpose: {
          en: 'Counselling and crisis support for Indigenous peoples across Canada.',
          es: 'Consejería y apoyo en crisis para los pueblos indígenas de Canadá.',
        },
        contacts: [
          ...HOPE_FOR_WELLNESS.contacts,
          { kind: 'chat', url: 'https://www.hopeforwellness.ca/', display: 'hopeforwellness.ca' },
        ],
        hours: {
          en: '24/7. English and French; Cree, Ojibway and Inuktitut on request.',
          es: 'Las 24 horas. En inglés y francés; cree, ojibwa e inuktitut a pedido.',
        },
      },
    ],
  },
  {
    code: 'GB',
    name: ESSENTIAL.GB.name,
    emergency: emergencyOf('GB'),
    compact: compactIds('GB'),
    lines: [
      // Source: NHS trust pages (Lincolnshire Partnership NHS Foundation Trust) <https://www.lpft.nhs.uk/>. Status V.
      emergencyLine(ESSENTIAL.GB.emergency),
      {
        // Source: NHS trust pages (lpft.nhs.uk, shsc.nhs.uk) <https://www.lpft.nhs.uk/>. Status V.
        id: 'nhs-111',
        group: 'crisis',
        name: { en: 'NHS 111', es: 'NHS 111' },
        purpose: {
          en: 'Urgent health advice in England; in many areas, choose the mental health option.',
          es: 'Consejo de salud urgente en Inglaterra; en muchas zonas, elija la opción de salud mental.',
        },
        contacts: [
          { kind: 'call', display: '111', tel: '111' },
          { kind: 'web', url: 'https://111.nhs.uk/', display: '111.nhs.uk' },
        ],
        hours: ALWAYS,
      },
      {
        // Source: Samaritans, contact a Samaritan <https://www.samaritans.org/how-we-can-help/contact-samaritan/>. Status V.
        ...ESSENTIAL.GB.main,
        purpose: {
          en: 'Someone to talk to about anything that is troubling you. Free to call.',
          es: 'Alguien con quien hablar de cualquier cosa que le preocupe. Llamada gratuita.',
        },
        contacts: [...ESSENTIAL.GB.main.contacts, { kind: 'email', address: 'jo@samaritans.org' }],
        hours: ALWAYS,
      },
      {
        // Source: Shout FAQ <https://giveusashout.org/about-us/faq/>. Status V.
        ...SHOUT,
        purpose: {
          en: 'Text support when you are struggling to cope.',
          es: 'Apoyo por mensaje de texto cuando le cuesta sobrellevar las cosas.',
        },
        hours: ALWAYS,
      },
    ],
  },
  {
    code: 'IE',
    name: ESSENTIAL.IE.name,
    emergency: emergencyOf('IE'),
    compact: compactIds('IE'),
    lines: [
      // Source: EU text on 112; 999 widely published. Status S.
      emergencyLine(ESSENTIAL.IE.emergency),
      {
        // Source: Oireachtas written answer, 2013-12-10. Status V.
        ...ESSENTIAL.IE.main,
        purpose: {
          en: 'Someone to talk to about anything that is troubling you. Freephone.',
          es: 'Alguien con quien hablar de cualquier cosa que le preocupe. Llamada gratuita.',
        },
        hours: ALWAYS,
      },
      {
        // Source: Irish Examiner. Status S.
        ...TEXT_50808,
        purpose: {
          en: 'Text support from a trained volunteer when you are going through a hard time.',
          es: 'Apoyo por mensaje de texto de un voluntario capacitado cuando pasa por un momento difícil.',
        },
        hours: ALWAYS,
      },
    ],
  },
  {
    code: 'AU',
    name: ESSENTIAL.AU.name,
    emergency: emergencyOf('AU'),
    compact: compactIds('AU'),
    lines: [
      // Source: eMHPrac <https://www.emhprac.org.au/>. Status S.
      emergencyLine(ESSENTIAL.AU.emergency),
      {
        // Source: Life in Mind (government-funded) <https://lifeinmind.org.au/>. Status S.
        ...ESSENTIAL.AU.main,
        purpose: {
          en: 'Crisis support and suicide prevention for anyone having a hard time.',
          es: 'Apoyo en crisis y prevención del suicidio para cualquier persona que lo esté pasando mal.',
        },
        contacts: [
          ...ESSENTIAL.AU.main.contacts,
          { kind: 'chat', url: 'https://www.lifeline.org.au/', display: 'lifeline.org.au' },
        ],
        hours: ALWAYS,
      },
      {
        // Source: Mindframe; eMHPrac <https://mindframe.org.au/>. Status S.
        ...AOD_HOTLINE,
        purpose: {
          en: 'Advice and support about alcohol and other drugs; calls go to the service in your state or territory.',
          es: 'Consejo y apoyo sobre el alcohol y otras drogas; las llamadas van al servicio de su estado o territorio.',
        },
        hours: ALWAYS,
      },
    ],
  },
  {
    code: 'NZ',
    name: ESSENTIAL.NZ.name,
    emergency: emergencyOf('NZ'),
    compact: compactIds('NZ'),
    lines: [
      // Source: widely published. Status S.
      emergencyLine(ESSENTIAL.NZ.emergency),
      {
        // Source: New Zealand Ministry of Health <https://www.health.govt.nz/>. Status V.
        ...ESSENTIAL.NZ.main,
        purpose: {
          en: 'Talk or text with a trained counsellor about anything.',
          es: 'Hable o escriba con un consejero capacitado sobre cualquier cosa.',
        },
        hours: { en: '24/7. Interpreters for 150 languages.', es: 'Las 24 horas. Intérpretes en 150 idiomas.' },
      },
      {
        // Source: NZ Drug Foundation (highalert.org.nz) <https://highalert.org.nz/>. Status S.
        ...ALCOHOL_DRUG_HELPLINE,
        purpose: {
          en: 'Advice, information and support about drinking or other drug use.',
          es: 'Consejo, información y apoyo sobre el consumo de alcohol u otras drogas.',
        },
        hours: ALWAYS,
      },
    ],
  },
];

/**
 * The supported region for a code as the footer resolves it (`activeRegionCode`: US, CA, GB, IE, AU, NZ;
 * partners' spellings such as "gb", "UK" or "PR" are settled by `knownCountry` before this), if any.
 */
export function regionByCode(code: string): Region | undefined {
  return REGIONS.find((region) => region.code === code);
}
