/** Registers <glossary-index> (and what it renders inside). Loaded lazily by the script-tag build when the tag appears. */
import { defineElement } from '../../define.js';
import { GlossaryIndexElement } from './glossary-index.js';

import '../glossary-card/register.js';

defineElement('glossary-index', GlossaryIndexElement);
