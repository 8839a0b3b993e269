/**
 * The npm entry: registers every element of the registry and exports the classes, the store and the
 * types. Importing it defines the tags: the import finishes only once every element is defined (a
 * top-level await over the registry's loaders, which resolve at once here because this file imports
 * the same modules). Import the classes from their own files to register other names.
 */
import { defineAll } from './elements/registry.js';

export { configure, getConfig, resetConfig, type GlossaryConfig } from './config.js';
export { defineElement } from './define.js';
export { ELEMENTS, type ElementEntry } from './elements/registry.js';
export { GlossaryStore, GlossaryLoadError, resolveSource, type GlossarySourceRef } from './data/store.js';
export { validateGlossary, GlossaryValidationError, SCHEMA_VERSION } from './data/schema.js';
export type {
  GlossaryDocument,
  GlossaryTerm,
  GlossarySection,
  GlossaryQuestion,
  GlossarySource,
  ValidationProblem,
} from './data/types.js';
export type { UiStrings } from './i18n/strings.js';
export { autolink, SKIP_SELECTOR, type AutolinkHandle, type AutolinkOptions } from './text/autolink.js';
export { TermMatcher, type TermMatch } from './text/matcher.js';
export { CrisisFooterElement } from './elements/crisis-footer/crisis-footer.js';
export { REGIONS, type Region, type CrisisLine } from './region/lines.js';
export type { Contact } from './region/essential-lines.js';
export { GlossaryCardElement, type GlossaryCardToggleDetail } from './elements/glossary-card/glossary-card.js';
export { definedTerm, definedTermSet } from './data/structured-data.js';
export {
  GlossaryFaqElement,
  questionHash,
  type GlossaryFaqToggleDetail,
} from './elements/glossary-faq/glossary-faq.js';
export { GlossaryIndexElement } from './elements/glossary-index/glossary-index.js';
export { GlossaryTermElement, type GlossaryTermEventDetail } from './elements/glossary-term/glossary-term.js';

await defineAll();
