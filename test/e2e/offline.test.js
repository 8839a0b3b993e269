/**
 * A reader who loses the connection after the page loaded: widgets whose code had not been downloaded
 * yet say so in their own place, in the reader's language, and come back when the connection does.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useBrowser } from './browser.js';

const env = useBrowser();

describe('lazy widgets offline', () => {
  it('a new A–Z index or card added offline says it could not load, then renders once back online', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.base}test/e2e/pages/module.html`, { waitUntil: 'networkidle0' });
    const defined = await page.evaluate(() => Boolean(customElements.get('glossary-index')));
    assert.equal(defined, false, 'the page had no index, so its code was never downloaded');
    await page.setOfflineMode(true);
    await page.evaluate(() => {
      const index = document.createElement('glossary-index');
      const card = document.createElement('glossary-card');
      card.setAttribute('term', 'naloxone');
      card.setAttribute('locale', 'es');
      document.body.append(index, card);
    });
    await page.waitForFunction(() =>
      document.querySelector('glossary-index')?.hasAttribute('data-glossary-unavailable'),
    );
    await page.waitForFunction(() =>
      document.querySelector('glossary-card')?.hasAttribute('data-glossary-unavailable'),
    );
    const said = await page.evaluate(() => ({
      index: document.querySelector('glossary-index [role="status"]')?.textContent,
      card: document.querySelector('glossary-card [role="status"]')?.textContent,
      height: document.querySelector('glossary-index').getBoundingClientRect().height,
    }));
    assert.match(said.index ?? '', /could not be loaded\. Check your connection/);
    assert.match(said.card ?? '', /No se pudo cargar esta parte del glosario/, 'in the card’s own language');
    assert.ok(said.height > 0, 'the index takes space on the page: the reader sees the line');

    await page.setOfflineMode(false);
    await page.waitForFunction(() => customElements.get('glossary-index') && customElements.get('glossary-card'));
    await page.waitForFunction(() => document.querySelector('glossary-index').shadowRoot?.querySelector('input'));
    const visible = await page.evaluate(() =>
      document.querySelector('glossary-index [role="status"]').checkVisibility(),
    );
    assert.equal(visible, false, 'once defined, the shadow root hides the line');
    await page.close();
  });
});
