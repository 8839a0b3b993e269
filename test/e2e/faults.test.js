/**
 * Glossary sources that misbehave, against the built script: slow, truncated, 60 MB, the wrong
 * content type, refused by CORS, and changing between page loads. Terms stay readable, the footer
 * works, and each failure costs exactly one console warning.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { PATIENCE, openPage, useBrowser } from './browser.js';

const glossary = readFileSync(new URL('../../dist/glossary.en.json', import.meta.url), 'utf8');
const MB = 1024 * 1024;
/** What the misbehaving endpoints saw: bytes sent before the reader's browser hung up, headers. */
const seen = { hugeBytesSent: 0, corsHeaders: undefined, changingRequests: 0 };

function changingGlossary(version) {
  const doc = JSON.parse(glossary);
  const naloxone = doc.terms.find((term) => term.id === 'naloxone');
  naloxone.short = `Version ${version}: a medicine that can reverse an opioid overdose.`;
  // The second version drops "overdose" and every link to it, as an editor might.
  if (version === 2) {
    doc.terms = doc.terms.filter((term) => term.id !== 'overdose');
    for (const term of doc.terms) term.related = term.related?.filter((id) => id !== 'overdose');
  }
  return JSON.stringify(doc);
}

/** The partner page: one script tag pointing at `src`, a term, a card and the footer. */
function partnerPage(src) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/dist/glossary-widgets.js" data-glossary-src="${src}"></script></head>
<body><p>Carry <glossary-term id="naloxone">naloxone</glossary-term>; an <glossary-term id="overdose">overdose</glossary-term> is an emergency.</p>
<glossary-card term="naloxone"></glossary-card><crisis-footer region="US"></crisis-footer></body></html>`;
}

/** Held requests by key: `arrived` settles, with the function that answers it, when the request comes in. */
const held = new Map();
function heldRequest(key) {
  if (!held.has(key)) {
    let settle = () => {};
    const arrived = new Promise((resolve) => (settle = resolve));
    held.set(key, { arrived, settle });
  }
  return held.get(key);
}

function handle(req, res, url) {
  const send = (status, type, body) => {
    res.writeHead(status, { 'Content-Type': type });
    res.end(body);
  };
  switch (url.pathname) {
    case '/fault-page.html':
      send(200, 'text/html; charset=utf-8', partnerPage(url.searchParams.get('src')));
      return true;
    case '/fault/held.json':
      // Answers only when the test releases it: "slow" lasts exactly until the test has looked.
      heldRequest(url.searchParams.get('key')).settle(() => send(200, 'application/json', glossary));
      return true;
    case '/fault/truncated.json':
      send(200, 'application/json', glossary.slice(0, Math.floor(glossary.length * 0.6)));
      return true;
    case '/fault/html.json':
      send(200, 'text/html', '<!doctype html><title>Page not found</title><h1>Sorry, that page is gone</h1>');
      return true;
    case '/fault/plain.json':
      send(200, 'text/plain', glossary);
      return true;
    case '/fault/no-cors.json':
      seen.corsHeaders = req.headers;
      send(200, 'application/json', glossary); // no Access-Control-Allow-Origin
      return true;
    case '/fault/changing.json':
      seen.changingRequests++;
      send(200, 'application/json', changingGlossary(seen.changingRequests));
      return true;
    case '/fault/huge.json': {
      // 60 MB of valid-looking JSON, streamed in 64 kB pieces until the browser stops reading.
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const piece = Buffer.from(`"${'x'.repeat(64 * 1024 - 3)}",`);
      res.write('{"schema":1,"locale":"en","padding":[');
      const pump = () => {
        while (seen.hugeBytesSent < 60 * MB) {
          seen.hugeBytesSent += piece.length;
          if (!res.write(piece)) return void res.once('drain', pump);
        }
        res.end('""]}');
      };
      res.on('close', () => res.destroy());
      pump();
      return true;
    }
    default:
      return false;
  }
}

const env = useBrowser({ handle });

/** What a reader has: the term text, whether it opens, the footer's lines, the card's message. */
async function readerView(page) {
  await page.waitForFunction(
    () =>
      document.querySelector('crisis-footer')?.shadowRoot?.textContent.includes('988') &&
      document.querySelector('glossary-card')?.shadowRoot?.querySelector('[aria-busy="false"], article'),
    { timeout: PATIENCE },
  );
  return page.evaluate(() => {
    const term = document.querySelector('#naloxone');
    return {
      termText: term.textContent,
      termOpens: Boolean(term.shadowRoot.querySelector('[part="trigger"]')),
      description: term.shadowRoot.querySelector('#description')?.textContent ?? '',
      footerHas988: document.querySelector('crisis-footer').shadowRoot.textContent.includes('988'),
      card: document.querySelector('glossary-card').shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
    };
  });
}

const pageFor = (src) => `${env.base}fault-page.html?src=${encodeURIComponent(src)}`;

describe('faults in the glossary source', () => {
  const failures = [
    ['truncated JSON', '/fault/truncated.json', /not valid JSON/],
    ['an HTML error page served as the glossary', '/fault/html.json', /not valid JSON/],
    ['a 60 MB response', '/fault/huge.json', /limit/],
  ];
  for (const [what, src, reason] of failures) {
    it(`${what}: plain-text terms, a working footer, one warning`, async (t) => {
      const { page, log } = await openPage(env.browser, pageFor(src));
      const view = await readerView(page);
      assert.equal(view.termText, 'naloxone');
      assert.equal(view.termOpens, false, 'plain text, not a control that opens nothing');
      assert.ok(view.footerHas988);
      assert.match(view.card, /could not be loaded/);
      assert.equal(log.warnings.length, 1, log.warnings.join('\n'));
      assert.match(log.warnings[0], reason);
      assert.deepEqual(log.errors, []);
      await page.close();
      if (src.includes('huge')) {
        // Cut off past the 5 MB cap, not downloaded whole. How much the server pushes into the socket
        // before the browser's cancel reaches it depends on buffers and on how busy the machine is
        // (11 MB on a quiet run, 29 MB on a busy one), so the bound is "well short of 60".
        assert.ok(seen.hugeBytesSent > 5 * MB, `${seen.hugeBytesSent} bytes sent`);
        assert.ok(seen.hugeBytesSent < 45 * MB, `${(seen.hugeBytesSent / MB).toFixed(1)} MB sent of 60`);
        t.diagnostic(
          `60 MB response: ${(seen.hugeBytesSent / MB).toFixed(1)} MB sent before the browser stopped reading`,
        );
      }
    });
  }

  it('a slow source: the footer and the words are there at once, the definitions when it arrives', async () => {
    const { page, log } = await openPage(env.browser, pageFor('/fault/held.json?key=slow'), {
      waitUntil: 'domcontentloaded',
    });
    await page.waitForFunction(() => document.querySelector('crisis-footer')?.shadowRoot?.textContent.includes('988'));
    // The source is held until the test lets it go, so the card can only be waiting: the footer may be drawn a
    // frame before the card's first render, hence a wait for the busy state rather than a single look.
    await page.waitForFunction(
      () => document.querySelector('glossary-card')?.shadowRoot?.querySelector('[aria-busy="true"]'),
      { timeout: PATIENCE },
    );
    assert.equal(await page.evaluate(() => document.querySelector('#naloxone').textContent), 'naloxone');
    const answer = await heldRequest('slow').arrived;
    answer();
    const view = await readerView(page);
    assert.ok(view.termOpens);
    assert.match(view.description, /opioid overdose/);
    assert.deepEqual(log.warnings, []);
    await page.close();
  });

  it('JSON served as text/plain is still read: the content type is not trusted either way', async () => {
    const { page, log } = await openPage(env.browser, pageFor('/fault/plain.json'));
    const view = await readerView(page);
    assert.ok(view.termOpens);
    assert.deepEqual(log.warnings, []);
    await page.close();
  });

  it('a cross-origin source that refuses CORS: one warning, and no cookie or referrer was sent', async () => {
    const crossOrigin = `${env.base.replace('127.0.0.1', 'localhost')}fault/no-cors.json`;
    const { page, log } = await openPage(env.browser, pageFor(crossOrigin));
    const view = await readerView(page);
    assert.equal(view.termOpens, false);
    assert.ok(view.footerHas988);
    assert.equal(log.warnings.length, 1, log.warnings.join('\n'));
    assert.match(log.warnings[0], /refused by CORS/);
    assert.ok(seen.corsHeaders, 'the request reached the other origin');
    assert.equal(seen.corsHeaders.cookie, undefined);
    assert.equal(seen.corsHeaders.referer, undefined);
    await page.close();
  });

  it('a source that changes between page loads: each load shows what the source says now, nothing is kept', async () => {
    const first = await openPage(env.browser, pageFor('/fault/changing.json'));
    assert.match((await readerView(first.page)).description, /^Version 1/);
    const stored = await first.page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookies: document.cookie,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
    }));
    assert.deepEqual(stored, { local: 0, session: 0, cookies: '', databases: 0, caches: 0 });
    await first.page.reload({ waitUntil: 'networkidle0' });
    const second = await readerView(first.page);
    assert.match(second.description, /^Version 2/);
    const overdose = await first.page.$eval('#overdose', (el) => ({
      text: el.textContent,
      opens: Boolean(el.shadowRoot.querySelector('[part="trigger"]')),
    }));
    assert.deepEqual(overdose, { text: 'overdose', opens: false }, 'a term the source dropped is plain text');
    assert.equal(first.log.warnings.length, 1, first.log.warnings.join('\n'));
    assert.match(first.log.warnings[0], /overdose/);
    await first.page.close();
  });
});
