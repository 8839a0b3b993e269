/**
 * The built script on pages that fight it: hostile CSS (resets, utilities, 62.5 % root, clipping,
 * transformed and contained boxes, sticky and fixed furniture at the highest z-index), an open modal
 * dialog, a same-origin iframe, the script included three times, a tag taken by another library, the
 * partner's own copy of Lit, and quirks mode. Definitions must stay visible, readable and on top, and
 * nothing may throw.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PATIENCE, openPage, useBrowser, widgetsRendered } from './browser.js';

const env = useBrowser({
  mounts: [
    ['/dist/', 'dist'],
    ['/test/', 'test'],
    // The partner's own Lit, for the page that brings its own copy.
    ['/vendor/', 'node_modules'],
    ['/', 'demo'],
  ],
});
const page = (name) => `${env.base}test/e2e/pages/hostile/${name}`;

/**
 * Opens the definition of the term `selector` in `frame` and reports what a reader would see: whether
 * it is open, inside the viewport, the topmost thing at its centre, and its text size.
 */
async function openDefinition(frame, selector) {
  await frame.waitForFunction(
    (selector) => document.querySelector(selector)?.shadowRoot?.querySelector('#description'),
    { timeout: PATIENCE },
    selector,
  );
  return frame.evaluate(async (selector) => {
    const term = document.querySelector(selector);
    term.scrollIntoView({ block: 'center' });
    await term.show();
    const panel = term.shadowRoot.querySelector('[part="definition"]');
    // Placed (data-positioned, a frame after show), then faded in: every animation of the definition
    // finished, so what is measured is where and how it rests, not a guess at how long that takes.
    while (!panel.hasAttribute('data-positioned')) await new Promise(requestAnimationFrame);
    await Promise.all(panel.getAnimations({ subtree: true }).map((animation) => animation.finished.catch(() => {})));
    const rect = panel.getBoundingClientRect();
    const short = panel.querySelector('[part="short"]');
    const probes = [
      [rect.left + rect.width / 2, rect.top + rect.height / 2],
      [rect.left + 8, rect.top + 8],
      [rect.right - 8, rect.bottom - 8],
    ];
    return {
      open: panel.matches(':popover-open'),
      inViewport:
        rect.width > 100 &&
        rect.height > 30 &&
        rect.left >= 0 &&
        rect.top >= 0 &&
        rect.right <= innerWidth &&
        rect.bottom <= innerHeight,
      onTop: probes.every(([x, y]) => document.elementFromPoint(x, y) === term),
      fontSize: parseFloat(getComputedStyle(short).fontSize),
      opacity: getComputedStyle(panel).opacity,
      visibility: getComputedStyle(panel).visibility,
      text: short.textContent,
    };
  }, selector);
}

function assertReadable(view, label) {
  assert.ok(view.open, `${label}: open`);
  assert.ok(view.inViewport, `${label}: inside the viewport`);
  assert.ok(view.onTop, `${label}: on top of everything at its corners and centre`);
  assert.ok(view.fontSize >= 14, `${label}: text ${view.fontSize}px`);
  assert.equal(view.visibility, 'visible');
  assert.equal(view.opacity, '1');
  assert.match(view.text, /opioid/, `${label}: the definition text`);
}

describe('hostile pages', () => {
  it('hostile CSS: the definition escapes a clipped, transformed, contained box and sits above max z-index furniture', async () => {
    const { page: tab, log } = await openPage(env.browser, page('css.html'), { viewport: { width: 800, height: 700 } });
    await widgetsRendered(tab);
    assertReadable(await openDefinition(tab, '#clipped'), 'clipped term');
    // Block widgets keep their own look: readable size, their own font and case, their buttons shown.
    const card = await tab.$eval('glossary-card', (el) => {
      const surface = el.shadowRoot.querySelector('.surface');
      const toggle = el.shadowRoot.querySelector('[part="toggle"]');
      return {
        fontSize: parseFloat(getComputedStyle(surface).fontSize),
        transform: getComputedStyle(surface).textTransform,
        spacing: getComputedStyle(surface).letterSpacing,
        cursor: getComputedStyle(surface).cursor,
        toggleVisible: toggle.getBoundingClientRect().height > 20,
      };
    });
    assert.ok(card.fontSize >= 15, `card text ${card.fontSize}px`);
    assert.ok(card.toggleVisible, 'the page hides every button; the card keeps its own');
    assert.deepEqual([card.transform, card.spacing, card.cursor], ['none', 'normal', 'auto'], 'page typography undone');
    assert.deepEqual(log.errors, []);
    await tab.close();
  });

  it('an open modal dialog: a term inside it opens above the dialog, and Esc closes the definition first', async () => {
    const { page: tab, log } = await openPage(env.browser, page('dialog.html'));
    assertReadable(await openDefinition(tab, '#inside'), 'term in the dialog');
    await tab.keyboard.press('Escape');
    const after = await tab.evaluate(() => ({
      definitionOpen: document
        .querySelector('#inside')
        .shadowRoot.querySelector('[part="definition"]')
        .matches(':popover-open'),
      dialogOpen: document.getElementById('dialog').open,
    }));
    assert.deepEqual(after, { definitionOpen: false, dialogOpen: true });
    await tab.keyboard.press('Escape');
    assert.equal(
      await tab.evaluate(() => document.getElementById('dialog').open),
      false,
      'the next Esc is the dialog’s',
    );
    assert.deepEqual(log.errors, []);
    await tab.close();
  });

  it('a same-origin iframe: terms work inside the frame, in its own language, and outside it', async () => {
    const { page: tab, log } = await openPage(env.browser, page('iframe.html'));
    const frame = tab.frames().find((f) => f.url().endsWith('iframe-child.html'));
    const inside = await openDefinition(frame, '#inside');
    assert.ok(inside.open && inside.inViewport && inside.onTop, JSON.stringify(inside));
    assert.match(inside.text, /opioides/, 'Spanish, from the frame’s own lang');
    assertReadable(await openDefinition(tab, '#outside'), 'term outside the frame');
    await widgetsRendered(frame);
    assert.deepEqual(log.errors, []);
    await tab.close();
  });

  it('the script three times (both builds): the first copy runs, the others warn once each and do nothing', async () => {
    const { page: tab, log } = await openPage(env.browser, page('twice.html'));
    await widgetsRendered(tab);
    assertReadable(await openDefinition(tab, '#term'), 'term');
    const footer = await tab.$eval('crisis-footer', (el) => el.shadowRoot.textContent);
    assert.match(footer, /13 11 14/, 'the classic copy ran first, so its data-region="AU" is in force');
    assert.deepEqual(log.errors, []);
    assert.equal(log.warnings.length, 2, log.warnings.join('\n'));
    assert.ok(log.warnings.every((w) => w.includes('included more than once')));
    await tab.close();
  });

  it('a tag another library owns: its element is left alone, ours all work, one warning', async () => {
    const { page: tab, log } = await openPage(env.browser, page('predefined.html'));
    await widgetsRendered(tab);
    assert.equal(await tab.$eval('glossary-term', (el) => el.dataset.owner), 'other-library');
    assert.match(await tab.$eval('glossary-card', (el) => el.shadowRoot.textContent), /Naloxone/);
    assert.deepEqual(log.errors, []);
    assert.equal(log.warnings.length, 1, log.warnings.join('\n'));
    assert.match(log.warnings[0], /<glossary-term> is already defined/);
    await tab.close();
  });

  it("the partner's own copy of Lit: both work side by side", async () => {
    const { page: tab, log } = await openPage(env.browser, page('own-lit.html'));
    await widgetsRendered(tab);
    assertReadable(await openDefinition(tab, '#term'), 'term');
    await tab.evaluate(() => document.querySelector('glossary-term').hide());
    await tab.evaluate(() => document.querySelector('partner-banner').shadowRoot.querySelector('button').click());
    await tab.waitForFunction(
      () => document.querySelector('partner-banner').shadowRoot.querySelector('span').textContent === '1',
    );
    assert.deepEqual(log.errors, []);
    await tab.close();
  });

  it('quirks mode: terms, cards and the footer work without a doctype', async () => {
    const { page: tab, log } = await openPage(env.browser, page('quirks.html'));
    assert.equal(await tab.evaluate(() => document.compatMode), 'BackCompat');
    await widgetsRendered(tab);
    assertReadable(await openDefinition(tab, '#term'), 'term');
    assert.deepEqual(log.errors, []);
    await tab.close();
  });
});
