/**
 * What a partner's page pays while the widgets load: bytes of JS and data before any interaction
 * (gzip, as the bench server sends them, read from Resource Timing) and layout shift (a buffered
 * `layout-shift` observer), each page loaded over a throttled connection so that the page paints
 * before the widgets arrive, as it does on a reader's phone.
 */

/** Pages whose bytes and layout shift are measured: the four page kinds, two layouts, every demo page. */
export const PAGES = [
  { name: 'terms only', path: 'pages/terms.html', kind: true },
  { name: 'footer only', path: 'pages/footer.html', kind: true },
  { name: 'auto-linked article', path: 'pages/article.html', kind: true },
  { name: 'glossary page (index, card, FAQ)', path: 'pages/glossary.html', kind: true },
  { name: 'layout: index above a card', path: 'pages/index-above-card.html' },
  { name: 'layout: card and FAQ above the fold', path: 'pages/card-faq-top.html' },
  { name: 'demo: hand-marked article', path: 'demo/index.html', demo: true },
  { name: 'demo: auto-linked article', path: 'demo/article.html', demo: true },
  { name: 'demo: glossary', path: 'demo/glossary.html', demo: true },
  { name: 'demo: theming', path: 'demo/theming.html', demo: true },
  { name: 'demo: embed code', path: 'demo/embed.html', demo: true },
  { name: 'demo: Spanish', path: 'demo/es.html', demo: true },
];

export const WIDTHS = [
  { label: '412 px', viewport: { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true } },
  { label: '1280 px', viewport: { width: 1280, height: 900 } },
];

/** Lighthouse's "Slow 4G" figures, applied for real rather than simulated. */
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

/** Runs in the page before anything else: sums layout shifts that no input caused. */
function observeShifts() {
  window.__shift = { total: 0, entries: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__shift.total += entry.value;
      window.__shift.entries.push({
        value: entry.value,
        at: Math.round(entry.startTime),
        sources: (entry.sources ?? []).map((source) => {
          const node = source.node;
          if (!node || node.nodeType !== 1) return node ? node.nodeName : '?';
          return (
            node.localName +
            (node.id ? `#${node.id}` : '') +
            (node.className ? `.${String(node.className).split(' ')[0]}` : '')
          );
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Runs in the page: waits until every custom element present is defined and rendered. */
async function widgetsSettled() {
  const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
  const timeout = new Promise((resolve) => setTimeout(resolve, 10000));
  await Promise.race([
    timeout,
    Promise.all(elements.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete))),
  ]);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise((resolve) => setTimeout(resolve, 500));
  return { shift: window.__shift };
}

/** Loads one page at one width; returns its layout shift and the gzip bytes of our JS and data. */
export async function loadPage(browser, url, width) {
  const page = await browser.newPage();
  await page.setViewport(width.viewport);
  const client = await page.createCDPSession();
  await client.send('Network.enable');
  await client.send('Network.emulateNetworkConditions', NETWORK);
  // Body bytes as sent (the bench server gzips and names the length), JS and data under /dist/ only.
  const resources = [];
  client.on('Network.responseReceived', ({ response }) => {
    const path = new URL(response.url).pathname;
    if (!path.startsWith('/dist/') || !/\.(js|json)$/.test(path)) return;
    const headers = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    resources.push({ path, bytes: Number(headers['content-length']) });
  });
  await page.evaluateOnNewDocument(observeShifts);
  await page.goto(url, { waitUntil: 'networkidle0', timeout: 60000 });
  const result = await page.evaluate(widgetsSettled);
  await page.close();
  const bytes = resources.reduce((sum, resource) => sum + resource.bytes, 0);
  return { cls: result.shift.total, shifts: result.shift.entries, bytes, resources };
}

/** Every page at every width, `runs` times; the layout shift reported is the worst run's. */
export async function measurePages(browser, baseUrl, runs) {
  const rows = [];
  for (const page of PAGES) {
    const row = { ...page, cls: {}, shifts: {}, bytes: 0, resources: [] };
    for (const width of WIDTHS) {
      let worst = { cls: -1 };
      for (let run = 0; run < runs; run++) {
        const result = await loadPage(browser, `${baseUrl}${page.path}`, width);
        if (result.cls > worst.cls) worst = result;
        row.bytes = result.bytes;
        row.resources = result.resources;
      }
      row.cls[width.label] = worst.cls;
      row.shifts[width.label] = worst.shifts;
    }
    rows.push(row);
  }
  return rows;
}
