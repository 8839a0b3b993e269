/** Registers <glossary-card> (and what it renders inside). Loaded lazily by the script-tag build when the tag appears. */
import { defineElement } from '../../define.js';
import { GlossaryCardElement } from './glossary-card.js';
import '../glossary-faq/register.js';

defineElement('glossary-card', GlossaryCardElement);
