/**
 * The script of the pre-rendered glossary site. Order matters: Lit's hydration support first (before
 * any element class is defined), then the site settings, then the widgets themselves, which take over
 * the server-rendered elements without rendering them again.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { followReaderRegion } from './client-settings.js';
import '../embed.js';

void followReaderRegion();
