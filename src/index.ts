/**
 * The npm entry: registers every element and exports the classes, the store and the types.
 * Importing it defines the tags; import the classes from their own files to register other names.
 */
import { defineCore } from './elements/define-core.js';
import './elements/glossary-card/register.js';
import './elements/glossary-faq/register.js';
import './elements/glossary-index/register.js';

export { configure, getConfig, resetConfig, type GlossaryConfig } from './config.js';
export { defineElement } from './define.js';
export { GlossaryStore, GlossaryLoadError, resolveSource, type GlossarySourceRef } from './data/store.js';
export {
  validateGlossary,
  GlossaryValidationError,
  SCHEMA_VERSION,
  type GlossaryDocument,
  type GlossaryTerm,
  type GlossarySection,
  type GlossaryQuestion,
  type GlossarySource,
  type ValidationProblem,
} from './data/schema.js';
export type { UiStrings } from './i18n/strings.js';
export { autolink, SKIP_SELECTOR, type AutolinkHandle, type AutolinkOptions } from './text/autolink.js';
export { TermMatcher, type TermMatch } from './text/matcher.js';
export { CrisisFooterElement } from './elements/crisis-footer/crisis-footer.js';
export { REGIONS, type Region, type CrisisLine, type Contact } from './elements/crisis-footer/regions.js';
export { GlossaryCardElement, type GlossaryCardToggleDetail } from './elements/glossary-card/glossary-card.js';
export { definedTerm, definedTermSet } from './data/structured-data.js';
export {
  GlossaryFaqElement,
  questionHash,
  type GlossaryFaqToggleDetail,
} from './elements/glossary-faq/glossary-faq.js';
export { GlossaryIndexElement } from './elements/glossary-index/glossary-index.js';
export { GlossaryTermElement, type GlossaryTermEventDetail } from './elements/glossary-term/glossary-term.js';

defineCore();
