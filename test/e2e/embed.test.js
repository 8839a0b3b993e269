import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage, useBrowser } from './browser.js';

const env = useBrowser();

/** Opens the term's definition by keyboard and measures it against the viewport and the page. */
async function openAndMeasure(page) {
  await page.waitForFunction(() => document.querySelector('#term')?.shadowRoot?.querySelector('[part="trigger"]'));
  await page.keyboard.press('Tab');
  await page.waitForFunction(() =>
    document.querySelector('#term').shadowRoot.querySelector('[part="definition"][data-positioned]'),
  );
  return page.evaluate(() => {
    const term = document.querySelector('#term');
    const panel = term.shadowRoot.querySelector('[part="definition"]');
    const rect = panel.getBoundingClientRect();
    const corners = [
      [rect.left + 12, rect.top + 12],
      [rect.right - 12, rect.top + 12],
      [rect.left + 12, rect.bottom - 12],
      [rect.right - 12, rect.bottom - 12],
      [rect.left + rect.width / 2, rect.top + rect.height / 2],
    ];
    return {
      inViewport: rect.left >= 0 && rect.top >= 0 && rect.right <= innerWidth && rect.bottom <= innerHeight,
      width: rect.width,
      height: rect.height,
      // Every corner of the definition is the top-most thing on screen: not clipped, not covered.
      onTop: corners.every(
        ([x, y]) => term.shadowRoot.elementFromPoint(x, y)?.closest?.('[part="definition"]') === panel,
      ),
      text: panel.textContent.replace(/\s+/g, ' ').trim(),
      readMore: panel.querySelector('[part="read-more"]')?.getAttribute('href'),
      fontSize: parseFloat(getComputedStyle(panel).fontSize),
    };
  });
}

for (const [kind, expectText] of [
  ['module', /Naloxone A medicine that can reverse an opioid overdose and help a person breathe normally again/],
  ['classic', /Naloxone A medicine that can reverse an opioid overdose\./],
]) {
  describe(`the ${kind} script tag`, () => {
    it('shows a term definition fully, on top, outside a clipping, transformed container', async () => {
      const { page, log } = await openPage(env.browser, `${env.base}test/e2e/pages/${kind}.html`);
      const result = await openAndMeasure(page);
      assert.equal(result.inViewport, true, 'inside the viewport');
      assert.equal(result.onTop, true, 'not clipped by overflow: hidden, not under the sticky header');
      assert.ok(result.height > 40, `tall enough to read (${result.height}px), though the box is 3.2em`);
      assert.match(result.text, expectText);
      assert.equal(result.readMore, `${env.base}glossary/naloxone`, 'data-term-url from the script tag');
      assert.ok(result.fontSize >= 15, 'html { font-size: 62.5% } does not shrink it');
      assert.deepEqual(log.errors, []);
      assert.equal(log.warnings.filter((w) => w.includes('unknownium')).length, 1, 'one warning for the unknown term');
      await page.close();
    });

    it('sends requests only to where it was loaded from, without cookies', async () => {
      const { page, log } = await openPage(env.browser, `${env.base}test/e2e/pages/${kind}.html`);
      await openAndMeasure(page);
      const origins = new Set(log.requests.map((url) => new URL(url).origin));
      assert.deepEqual([...origins], [new URL(env.base).origin]);
      const glossaries = log.requests.filter((url) => url.endsWith('.json'));
      assert.equal(glossaries.length, 1, `one glossary request: ${glossaries.join(', ')}`);
      if (kind === 'classic') assert.match(glossaries[0], /glossary\.small\.json$/, 'data-glossary-src is honoured');
      else
        assert.match(
          glossaries[0],
          /\/dist\/glossary\.en\.terms\.json$/,
          'the built-in term index sits beside the script',
        );
      await page.close();
    });
  });
}

describe('loading twice', () => {
  it('warns and keeps working when the module and classic scripts are both on the page', async () => {
    const { page, log } = await openPage(env.browser, `${env.base}test/e2e/pages/module.html`);
    await page.addScriptTag({ url: '/dist/glossary-widgets.iife.js' });
    await openAndMeasure(page);
    assert.deepEqual(log.errors, []);
    // The second copy stands down as a whole: one warning, and no per-tag "already defined" noise.
    assert.equal(log.warnings.filter((w) => w.includes('included more than once')).length, 1, log.warnings.join('\n'));
    assert.equal(log.warnings.filter((w) => w.includes('is already defined')).length, 0);
    await page.close();
  });
});

describe('a partner page in a legacy encoding', () => {
  it('the classic script reads right on a windows-1252 page whose server names no charset', async () => {
    // Many older CMS pages are windows-1252, and a classic script whose server sends no charset is
    // decoded in the page's encoding: raw UTF-8 in the file showed "Â¿Necesita ayuda ahora?".
    const body = Buffer.from(
      `<!doctype html><html lang="es"><head><meta charset="windows-1252"><title>Página</title>
      <script src="/dist/glossary-widgets.iife.js"></script></head>
      <body><p>Página en español.</p><crisis-footer region="US"></crisis-footer></body></html>`,
      'latin1',
    );
    const page = await env.browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', async (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/legacy-encoding.html') {
        await request.respond({ contentType: 'text/html', body });
      } else if (url.pathname.endsWith('.js')) {
        const script = Buffer.from(await (await fetch(request.url())).arrayBuffer());
        await request.respond({ contentType: 'text/javascript', body: script });
      } else {
        await request.continue();
      }
    });
    await page.goto(`${env.base}legacy-encoding.html`, { waitUntil: 'networkidle0' });
    assert.equal(await page.evaluate(() => document.characterSet), 'windows-1252');
    assert.equal(await page.evaluate(() => document.querySelector('p').textContent), 'Página en español.');
    await page.waitForFunction(() => document.querySelector('crisis-footer').shadowRoot?.textContent.includes('911'));
    const text = await page.evaluate(() => document.querySelector('crisis-footer').shadowRoot.textContent);
    assert.match(text, /¿Necesita ayuda ahora\?/);
    assert.match(text, /En una emergencia o una sobredosis, llame al/);
    assert.doesNotMatch(text, /Ã|Â/, 'no UTF-8 read as windows-1252');
    await page.close();
  });
});
