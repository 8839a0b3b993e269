import { defineElement } from '../define.js';
import { GlossaryTermElement } from './glossary-term/glossary-term.js';

/** Registers every element under its standard tag name; tags already taken are left alone, with a warning. */
export function defineAll(): void {
  defineElement('glossary-term', GlossaryTermElement);
}
