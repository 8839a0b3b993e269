/**
 * The classic script with an inline glossary, in both places the docs allow: in `<head>`, where it runs
 * before the body (and so before the glossary and the terms) is parsed, and at the end of `<body>`.
 * Each way, with the glossary found by itself (`data-glossary`) and named by `data-glossary-src="#id"`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { PATIENCE, openPage, useBrowser } from './browser.js';

const glossary = readFileSync(new URL('../fixtures/glossary.small.json', import.meta.url), 'utf8');

/** A partner page: the classic script in `place`, an inline glossary, and two terms in the text. */
function partnerPage(place, named) {
  const script = `<script src="/dist/glossary-widgets.iife.js"${named ? ' data-glossary-src="#partner-glossary"' : ''}></script>`;
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Classic script, inline glossary</title><link rel="icon" href="data:," />
    ${place === 'head' ? script : ''}
  </head>
  <body>
    <p>Always carry <glossary-term id="term">naloxone</glossary-term>; know the signs of an
      <glossary-term term="overdose">overdose</glossary-term>.</p>
    <script type="application/json" id="partner-glossary" ${named ? '' : 'data-glossary'}>${glossary}</script>
    ${place === 'body' ? script : ''}
  </body>
</html>`;
}

const env = useBrowser({
  handle(request, response, url) {
    const match = /^\/partner-(head|body)(-named)?\.html$/.exec(url.pathname);
    if (!match) return false;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(partnerPage(match[1], Boolean(match[2])));
    return true;
  },
});

for (const place of ['head', 'body']) {
  for (const named of [false, true]) {
    const how = named ? 'named by data-glossary-src="#id"' : 'found by data-glossary';
    describe(`the classic script at the ${place === 'head' ? 'top of <head>' : 'end of <body>'}`, () => {
      it(`reads an inline glossary ${how}: every term opens its definition`, async () => {
        const { page, log } = await openPage(env.browser, `${env.base}partner-${place}${named ? '-named' : ''}.html`);
        // Every term becomes interactive, the one whose text is its only name included.
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll('glossary-term')].every((term) =>
              term.shadowRoot?.querySelector('[part="trigger"]'),
            ),
          { timeout: PATIENCE },
        );
        await page.keyboard.press('Tab');
        const text = await page.waitForFunction(() => {
          const panel = document.querySelector('#term').shadowRoot.querySelector('[part="definition"]');
          return panel?.matches(':popover-open') && panel.textContent.replace(/\s+/g, ' ');
        });
        assert.match(await text.jsonValue(), /A medicine that can reverse an opioid overdose\./);
        assert.deepEqual(log.errors, []);
        assert.deepEqual(log.warnings, []);
        assert.deepEqual(
          log.requests.filter((request) => request.endsWith('.json')),
          [],
          'the inline glossary, not the built-in one',
        );
        await page.close();
      });
    });
  }
}
