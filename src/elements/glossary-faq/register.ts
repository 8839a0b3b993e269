/** Registers <glossary-faq> (and what it renders inside). Loaded lazily by the script-tag build when the tag appears. */
import { defineElement } from '../../define.js';
import { GlossaryFaqElement } from './glossary-faq.js';

defineElement('glossary-faq', GlossaryFaqElement);
