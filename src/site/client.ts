/**
 * The script of the pre-rendered glossary site. Order matters: Lit's hydration support first (before
 * any element class is defined), then the site settings, then the widgets themselves, which take over
 * the server-rendered elements without rendering them again. The crisis footer is no Lit element until
 * its chunk arrives: it is handed Lit's `hydrate`, which the support module brings anyway.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import { followReaderRegion } from './client-settings.js';
import { CrisisFooterElement } from '../elements/crisis-footer/crisis-footer.js';
import '../embed.js';

// Set after the widgets have started, but before any footer can use it: a footer takes the server's
// markup over only once its chunk has arrived, which is never within this module's first run.
CrisisFooterElement.hydrate = hydrate;

void followReaderRegion();
