import { defineElement } from '../define.js';
import { CrisisFooterElement } from './crisis-footer/crisis-footer.js';
import { GlossaryTermElement } from './glossary-term/glossary-term.js';

/**
 * Registers the elements every page may need at once: terms in the text, and the crisis footer, which
 * must never wait for another download. Cards, questions and the index load when they appear
 * (see autoload.ts).
 */
export function defineCore(): void {
  defineElement('glossary-term', GlossaryTermElement);
  defineElement('crisis-footer', CrisisFooterElement);
}
