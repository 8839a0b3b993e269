import { defineElement } from '../define.js';
import { CrisisFooterElement } from './crisis-footer/crisis-footer.js';
import { GlossaryTermElement } from './glossary-term/glossary-term.js';

/** Registers every element under its standard tag name; tags already taken are left alone, with a warning. */
export function defineAll(): void {
  defineElement('glossary-term', GlossaryTermElement);
  defineElement('crisis-footer', CrisisFooterElement);
}
