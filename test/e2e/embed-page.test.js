/**
 * The demo's embed-code page tells the partner where the address they chose stands: the published CDN
 * only serves a version once it is on npm, and any other host needs the files and the CORS header.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage, useBrowser } from './browser.js';

const env = useBrowser();

const note = (page) => page.$eval('#host-note', (element) => element.textContent);

describe('the embed-code page', () => {
  it('says the CDN address works once published, and warns on any other address', async () => {
    const { page, log } = await openPage(env.browser, `${env.base}embed.html`);
    await page.waitForFunction(() => document.getElementById('host-note').textContent);
    assert.match(await note(page), /only once it is published on npm/);
    await page.$eval('input[name="base"]', (input) => {
      input.value = 'https://www.partner.example/glossary-widgets/';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    assert.match(await note(page), /^Warning: this is not the published CDN\..*Access-Control-Allow-Origin/);
    assert.match(
      await page.$eval('#embed-output', (element) => element.textContent),
      /src="https:\/\/www\.partner\.example\/glossary-widgets\/glossary-widgets\.js"/,
    );
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});
