/**
 * A partner page on another origin (another port of localhost) using the widgets from `npm start`'s
 * server, as the partner guide's Hosting section says: the server sends Access-Control-Allow-Origin on
 * /dist/, so the module script (loaded in CORS mode), its chunks and the glossary files all load.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cardShows, openPage, partnerSite, useBrowser } from './browser.js';

const env = useBrowser();

/** The partner's page, naming the widgets' host by its full address. */
function partnerPage(widgets, kind) {
  const script =
    kind === 'module'
      ? `<script type="module" src="${widgets}dist/glossary-widgets.js" crossorigin="anonymous" referrerpolicy="no-referrer"></script>`
      : `<script src="${widgets}dist/glossary-widgets.iife.js" crossorigin="anonymous" referrerpolicy="no-referrer"></script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>Partner</title>
    <link rel="icon" href="data:," />${script}</head>
    <body><p>Always carry <glossary-term>naloxone</glossary-term>.</p>
    <glossary-card term="naloxone" heading-level="2"></glossary-card></body></html>`;
}

for (const kind of ['module', 'classic']) {
  describe(`the ${kind} script from another origin`, () => {
    it('loads from the demo server, and a card shows its definition', async () => {
      const partner = await partnerSite(partnerPage(env.base, kind));
      try {
        assert.notEqual(new URL(partner.url).origin, new URL(env.base).origin);
        const { page, log } = await openPage(env.browser, partner.url);
        await cardShows(page, /A medicine that can reverse an opioid overdose/, log);
        assert.deepEqual(log.errors, []);
        assert.ok(
          log.requests.some((url) => url.startsWith(env.base) && url.endsWith('.json')),
          'the glossary came from the widgets’ host',
        );
        await page.close();
      } finally {
        await partner.close();
      }
    });
  });
}
