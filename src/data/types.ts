/**
 * Glossary JSON, schema 1: the types every part of the widgets and the build reads, with no code, so
 * importing them costs the download nothing. The one validator that checks a document against them,
 * and the limits it enforces, are in schema.ts, which the browser loads only when it reads a glossary.
 */

export interface GlossarySection {
  id: string;
  title: string;
  /** Trusted only after the sanitizer: HTML written by the content build or by a partner. */
  html: string;
}

export interface GlossaryQuestion {
  id: string;
  q: string;
  /** HTML answer; sanitized before it reaches the DOM. */
  a: string;
}

export interface GlossarySource {
  title: string;
  url: string;
}

/**
 * Word sense, for the auto-linker: which names of an entry are ordinary words too, and what in the
 * text around them says which sense is meant. Hand-marked terms ignore it. See docs/autolink.md.
 */
export interface GlossarySense {
  /** Names (the title or aliases, as written there) that are linked only where the context supports this entry. */
  ambiguous: string[];
  /** Words or phrases that, near an ambiguous name, point to this entry's sense ("opioid", "sober"). */
  cues: string[];
  /** Words or phrases that, in the same sentence, point to another sense ("surgery", "economy"). */
  against: string[];
  /** Longer phrases holding a name that never mean this entry ("economic recovery", "zero tolerance"). */
  otherSenses: string[];
}

export interface GlossaryTerm {
  id: string;
  title: string;
  aliases: string[];
  /** Plain text, at most 280 characters (the validator's SHORT_MAX). */
  short: string;
  /** HTML; sanitized before it reaches the DOM. */
  body: string;
  sections: GlossarySection[];
  faq: GlossaryQuestion[];
  related: string[];
  sources: GlossarySource[];
  /** ISO date (YYYY-MM-DD) of the last content review. */
  reviewed: string;
  languageNote?: string;
  /**
   * Plain text for readers in one country, keyed by ISO 3166 code ("CA", "GB"): how a fact of the
   * entry differs there (its own helpline, its own law). May hold `{emergency}`. A card shows the note
   * of the reader's country (src/region), labelled with the country's name.
   */
  regionNotes?: Record<string, string>;
  /**
   * A clinician's sign-off, set by the content build only when the entry's review block names a
   * reviewer and a date. A card shows "Medically reviewed by …" only when it is present.
   */
  clinicalReview?: ClinicalReview;
  sense?: GlossarySense;
}

/** Who reviewed an entry as a clinician, their credentials, and when (YYYY-MM-DD). */
export interface ClinicalReview {
  name: string;
  credentials: string;
  date: string;
}

export interface GlossaryDocument {
  /** The schema version; the validator's SCHEMA_VERSION is typed from this. */
  schema: 1;
  locale: string;
  name: string;
  updated: string;
  /**
   * Set on a term index (`glossary.<locale>.terms.json`): the address of the whole glossary document
   * (the field keeps its schema-1 name), relative to the index, on the same origin. An index carries
   * each term's id, title, aliases and short definition, what a closed term reads, but no bodies,
   * sections, questions, sources or language notes; elements that show those load the whole document
   * (or the entry's own file) when they first need it.
   */
  full?: string;
  /**
   * Set on a term index whose entries' word-sense hints live apart: the address of the hints file
   * (`glossary.<locale>.sense.json`, a {@link GlossarySenseFile}), relative to the index, on the same
   * origin. Only the auto-linker reads it; hand-marked terms never fetch it.
   */
  sense?: string;
  /**
   * Set on a term index whose entries are also published one per file: the address of one entry's
   * own document, with `{id}` where the entry id goes (`glossary.en/{id}.json`), relative to the index,
   * on the same origin. That document holds the one entry with every field. A card, or the questions
   * of one entry, loads it instead of the whole `full` document (which they fall back to when it
   * cannot load); the questions of every entry still load `full`.
   */
  entries?: string;
  /**
   * True when `terms` are listed in the alphabetical order of their titles for `locale` (as
   * `Intl.Collator(locale, { sensitivity: 'base', numeric: true })` orders them). The A–Z index then
   * shows them as listed: making a collator is the largest cost of its first render on a phone.
   * The content build sets it on every term index it writes.
   */
  alphabetical?: boolean;
  terms: GlossaryTerm[];
}

/**
 * Term fields a term index leaves out: only cards, questions and structured data read them. A closed
 * term needs its id, title and aliases to be found and its short definition for its accessible
 * description; the language note is shown by the card alone.
 */
export type IndexOmittedField =
  'body' | 'sections' | 'faq' | 'related' | 'sources' | 'reviewed' | 'languageNote' | 'regionNotes' | 'clinicalReview';

/** A term as a term index carries it: its word-sense hints are in the hints file the index names. */
export type TermSummary = Omit<GlossaryTerm, IndexOmittedField | 'sense'>;

/** A term index as the content build writes it (the browser reads it through the one validator). */
export interface GlossaryTermIndex extends Omit<GlossaryDocument, 'terms' | 'full' | 'sense' | 'entries'> {
  full: string;
  /** Where each entry's own document is: `glossary.<locale>/{id}.json`. */
  entries: string;
  /** Present when some entry has word-sense hints: the file that holds them. */
  sense?: string;
  terms: TermSummary[];
}

/**
 * The word-sense hints of a term index, apart from it (`glossary.<locale>.sense.json`): entry id →
 * that entry's `sense`, each list optional. Entries it does not name have no hints.
 */
export interface GlossarySenseFile {
  /** The schema version; the validator's SCHEMA_VERSION is typed from this. */
  schema: 1;
  locale: string;
  terms: Record<string, Partial<GlossarySense>>;
}

export interface ValidationProblem {
  /** Path of the offending field, e.g. `terms[3].short`. */
  field: string;
  /** The term's id when the problem is inside a term, so build errors can name its file. */
  termId?: string;
  message: string;
}

export interface ValidationResult {
  document: GlossaryDocument;
  /** Problems that caused a term (or a relation) to be dropped. Strict mode turns these into errors. */
  problems: ValidationProblem[];
}

export interface ValidateOptions {
  /**
   * Content-build rules on top of the schema: at least one https source and a reviewed date on
   * every term. Partner documents loaded at run time are not held to these.
   */
  strict?: boolean;
  /**
   * Entry ids that exist beyond this document, which `related` may name: the ids of the term index
   * that names an entry's own document (that document holds the one entry).
   */
  knownIds?: ReadonlySet<string>;
}

export interface SenseFileResult {
  /** Entry id → its hints, for the entries whose hints are sound. */
  sense: Map<string, GlossarySense>;
  /** Entries whose hints were refused (their ids): the auto-linker links none of their names. */
  refused: Set<string>;
  problems: ValidationProblem[];
}
