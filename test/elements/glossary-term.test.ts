import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, sendKeys, sendMouse } from '@web/test-runner-commands';
import { configure } from '../../src/config.js';
import { GlossaryStore, resolveSource } from '../../src/data/store.js';
import type { GlossaryTermElement } from '../../src/elements/glossary-term/glossary-term.js';
import '../../src/index.js';
import {
  centre,
  fixtureUrl,
  itInChromium,
  itInScheme,
  nextTask,
  settled,
  tap,
  usePageState,
  waitUntil,
} from '../helpers.js';

interface A11yNode {
  role?: string;
  name?: string;
  description?: string;
  expanded?: boolean;
  children?: A11yNode[];
}

function parts(term: GlossaryTermElement) {
  const root = term.shadowRoot!;
  return {
    trigger: root.querySelector<HTMLElement>('[part="trigger"]'),
    panel: root.querySelector<HTMLElement>('[part="definition"]'),
    close: root.querySelector<HTMLButtonElement>('[part="close"]'),
    readMore: root.querySelector<HTMLAnchorElement>('[part="read-more"]'),
  };
}

const isShown = (term: GlossaryTermElement) => parts(term).panel?.matches(':popover-open') ?? false;

function findNode(node: A11yNode, predicate: (node: A11yNode) => boolean): A11yNode | undefined {
  if (predicate(node)) return node;
  for (const child of node.children ?? []) {
    const found = findNode(child, predicate);
    if (found) return found;
  }
  return undefined;
}

/** A paragraph with one term from the small fixture glossary, loaded and rendered. */
async function termInText(text = 'Narcan', attrs: { src?: string } = {}): Promise<GlossaryTermElement> {
  const src = attrs.src ?? fixtureUrl();
  const paragraph = await fixture<HTMLParagraphElement>(
    html`<p style="margin: 4em 2em; font-size: 16px">
      <button id="before">Before</button>
      Carry <glossary-term src=${src}>${text}</glossary-term> in your bag.
      <button id="after">After</button>
    </p>`,
  );
  const term = paragraph.querySelector('glossary-term')!;
  await GlossaryStore.for(resolveSource(src, 'en')).ready;
  await term.updateComplete;
  return term;
}

/**
 * Fake timers for the term's hover delays (open after a short rest, close a moment after leaving):
 * timers of 100 to 999 ms are held instead of started, and `runHeld()` runs those still pending as if
 * their time had come. A delay that should have been cancelled then shows, at once and every time;
 * shorter timers (polling, zero-delay tasks) and longer ones run as usual.
 */
function holdHoverTimers(): { held: () => number; runHeld: () => void; restore: () => void } {
  // (Node's typings merge into window.setTimeout's; the test needs only the browser's.)
  const timers = window as unknown as {
    setTimeout: (handler: unknown, delay?: number, ...rest: unknown[]) => number;
    clearTimeout: (id?: number) => void;
  };
  const real = { setTimeout: timers.setTimeout, clearTimeout: timers.clearTimeout };
  const pending = new Map<number, () => void>();
  let nextId = 1_000_000_000;
  timers.setTimeout = (handler, delay = 0, ...rest) => {
    if (delay < 100 || delay >= 1000 || typeof handler !== 'function')
      return real.setTimeout.call(window, handler, delay, ...rest);
    const id = ++nextId;
    pending.set(id, () => (handler as (...args: unknown[]) => void)(...rest));
    return id;
  };
  timers.clearTimeout = (id) => {
    if (id === undefined || !pending.delete(id)) real.clearTimeout.call(window, id);
  };
  return {
    held: () => pending.size,
    runHeld: () => {
      for (const [id, run] of [...pending]) {
        pending.delete(id);
        run();
      }
    },
    restore: () => Object.assign(timers, real),
  };
}

describe('<glossary-term>', () => {
  const warnings = usePageState();

  it('keeps its text in the page and points its description at the short definition', async () => {
    const term = await termInText();
    expect(term.textContent).to.equal('Narcan');
    const { trigger } = parts(term);
    expect(trigger?.getAttribute('role')).to.equal('button');
    const description = term.shadowRoot!.getElementById(trigger!.getAttribute('aria-describedby')!);
    expect(description?.textContent).to.equal('A medicine that can reverse an opioid overdose.');
  });

  itInChromium(
    'gives screen readers a collapsed button named by its text, described by the short definition',
    async () => {
      await termInText();
      const snapshot = (await a11ySnapshot({})) as unknown as A11yNode;
      const node = findNode(snapshot, (n) => n.name === 'Narcan' && n.role === 'button');
      expect(node, 'the term is a button named by its text').to.not.equal(undefined);
      expect(node?.description).to.equal('A medicine that can reverse an opioid overdose.');
      expect(node?.expanded ?? false).to.equal(false);
    },
  );

  it('opens on keyboard focus, lets Tab reach its link, and closes with Esc returning focus to the term', async () => {
    configure({ termUrl: '/glossary/{id}' });
    const term = await termInText();
    (term.parentElement!.querySelector('#before') as HTMLElement).focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => isShown(term), 'focus opens the definition');
    await waitUntil(() => parts(term).panel!.hasAttribute('data-positioned'));
    const { trigger, readMore } = parts(term);
    expect(trigger?.getAttribute('aria-expanded')).to.equal('true');
    expect(readMore?.href).to.equal(new URL('/glossary/naloxone', location.href).href);
    await sendKeys({ press: 'Tab' });
    expect(term.shadowRoot!.activeElement).to.equal(readMore);
    expect(isShown(term), 'still open while focus is inside').to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(isShown(term)).to.equal(false);
    expect(term.shadowRoot!.activeElement).to.equal(trigger);
    expect(trigger?.getAttribute('aria-expanded')).to.equal('false');
  });

  it('toggles with Enter and closes when focus moves on', async () => {
    const term = await termInText();
    const { trigger } = parts(term);
    trigger!.focus();
    await sendKeys({ press: 'Escape' });
    expect(isShown(term)).to.equal(false);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => isShown(term));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !isShown(term), 'Enter closes it again');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => isShown(term));
    await sendKeys({ press: 'Tab' }); // the close button
    await sendKeys({ press: 'Tab' }); // out of the definition, to the next button
    await waitUntil(() => !isShown(term), 'leaving by Tab closes it');
  });

  it('lets the host page have Esc when no definition is open', async () => {
    const term = await termInText();
    const seen: string[] = [];
    const listener = (event: KeyboardEvent) => seen.push(event.key);
    document.addEventListener('keydown', listener);
    try {
      parts(term).trigger!.focus();
      await sendKeys({ press: 'Escape' });
      expect(seen, 'the open definition takes Esc').to.deep.equal([]);
      await sendKeys({ press: 'Escape' });
      expect(seen, 'with nothing open, Esc reaches the host').to.deep.equal(['Escape']);
    } finally {
      document.removeEventListener('keydown', listener);
    }
  });

  it('opens on hover, stays open while the pointer moves onto it, and closes after the pointer leaves', async () => {
    const term = await termInText();
    const { trigger } = parts(term);
    expect(parts(term).panel, 'the definition is rendered only when first opened').to.equal(null);
    // Every hover delay from here to the check is held, and run when the test says its time has come.
    const timers = holdHoverTimers();
    try {
      await sendMouse({ type: 'move', position: centre(trigger!) });
      // Resting on the term starts the open delay: its time comes once the term has seen the pointer.
      await waitUntil(() => timers.held() > 0, 'resting on the term starts the open delay');
      timers.runHeld();
      await waitUntil(() => isShown(term), 'hover opens the definition');
      const { panel } = parts(term);
      await waitUntil(() => panel!.hasAttribute('data-positioned'));
      // The browser delivers a mouse move with its next frame, not before sendMouse returns: wait for
      // the definition to see the pointer, then a task, so the page's own handler has run too.
      const reached = new Promise((resolve) => panel!.addEventListener('pointerover', resolve, { once: true }));
      await sendMouse({ type: 'move', position: centre(panel!) });
      await reached;
      await nextTask();
      // Any close delay started on the way (leaving the term, opening) runs now: none may be pending.
      timers.runHeld();
    } finally {
      timers.restore();
    }
    expect(isShown(term), 'hoverable: moving onto the definition keeps it open').to.equal(true);
    await sendMouse({ type: 'move', position: [2, 2] });
    await waitUntil(() => !isShown(term), 'leaving closes it');
  });

  it('takes over a server-rendered term in place: the same nodes, one trigger, nothing moves', async () => {
    // The rules the server writes into its <style> are the closed term's own: read from a term rendered here.
    const rendered = await termInText();
    const rules = rendered.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText));
    const src = fixtureUrl();
    // What src/site/term-markup.ts writes: a declarative shadow root holding the closed markup.
    const served =
      `<p style="font-size: 16px">Carry <glossary-term src="${src}" term="naloxone"><template shadowrootmode="open">` +
      `<style>${rules.join('\n')}</style><span id="trigger" part="trigger" class="trigger" role="button" tabindex="0" ` +
      `aria-describedby="description" aria-expanded="false"><slot></slot></span>` +
      `<span id="description" hidden>A medicine that can reverse an opioid overdose.</span></template>Narcan</glossary-term> daily.</p>`;
    const page = document.createElement('div');
    page.setHTMLUnsafe(served);
    const term = page.querySelector('glossary-term')!;
    const trigger = term.shadowRoot!.getElementById('trigger');
    expect(trigger, 'the browser parsed the declarative shadow root').to.not.equal(null);
    rendered.parentElement!.after(page);
    const before = trigger!.getBoundingClientRect();
    await GlossaryStore.for(resolveSource(src, 'en')).ready;
    await term.updateComplete;
    await waitUntil(() => term.hasUpdated, 'the term took over');
    const root = term.shadowRoot!;
    expect(root.getElementById('trigger'), 'the server’s trigger kept').to.equal(trigger);
    expect(root.querySelectorAll('[part="trigger"]')).to.have.length(1);
    const after = trigger!.getBoundingClientRect();
    expect([after.x, after.y, after.width, after.height]).to.deep.equal([
      before.x,
      before.y,
      before.width,
      before.height,
    ]);
    expect(getComputedStyle(trigger!).textDecorationStyle, 'still underlined as a term').to.equal('dotted');
    await term.show();
    expect(isShown(term), 'and it opens').to.equal(true);
  });

  it('places the definition next to the term, inside the viewport', async () => {
    const term = await termInText();
    await term.show();
    const { trigger, panel } = parts(term);
    await waitUntil(() => panel!.hasAttribute('data-positioned'));
    const t = trigger!.getBoundingClientRect();
    const p = panel!.getBoundingClientRect();
    expect(p.top).to.be.within(t.bottom, t.bottom + 20);
    expect(p.left).to.be.at.least(0);
    expect(p.right).to.be.at.most(window.innerWidth);
  });

  it('opens beside the hovered line of a term that wraps onto a second line', async () => {
    const src = fixtureUrl();
    const el = await fixture(html`<p style="inline-size: 10em; font: 16px/1.5 monospace; margin: 2em">
      aaaaaaa <glossary-term src=${src} term="naloxone">bbbbbb cccccc</glossary-term> dd
    </p>`);
    await GlossaryStore.for(resolveSource(src, 'en')).ready;
    const term = el.querySelector('glossary-term')!;
    await term.updateComplete;
    const [first, second, ...more] = [...parts(term).trigger!.getClientRects()];
    expect(more, 'the term wraps onto exactly two lines').to.deep.equal([]);
    expect(first!.left, 'its two pieces do not overlap').to.be.greaterThan(second!.right);
    // Pointing at the first piece: the definition opens under it, not under the second line.
    await sendMouse({
      type: 'move',
      position: [Math.round(first!.left + 8), Math.round(first!.y + first!.height / 2)],
    });
    await waitUntil(() => isShown(term) && parts(term).panel!.hasAttribute('data-positioned'));
    const panel = parts(term).panel!.getBoundingClientRect();
    expect(panel.top).to.be.within(first!.bottom, first!.bottom + 12);
  });

  itInChromium('opens on tap, closes on a tap outside, and closes with its close button', async () => {
    const term = await termInText();
    const { trigger } = parts(term);
    const timers = holdHoverTimers();
    try {
      await tap(trigger!);
      await waitUntil(() => isShown(term), 'a tap opens it');
      timers.runHeld();
    } finally {
      timers.restore();
    }
    expect(isShown(term), 'a tap keeps it open (no hover timer)').to.equal(true);
    await tap(document.querySelector('#after')!);
    await waitUntil(() => !isShown(term), 'a tap outside closes it');
    await tap(trigger!);
    await waitUntil(() => isShown(term) && parts(term).panel!.hasAttribute('data-positioned'));
    await tap(parts(term).close!);
    await waitUntil(() => !isShown(term), 'the close button closes it');
  });

  it('fires glossary-term-show and glossary-term-hide with the entry id, bubbling out of the shadow root', async () => {
    const term = await termInText('overdoses');
    const container = term.parentElement!;
    const shown = oneEvent(container, 'glossary-term-show');
    void term.show();
    expect((await shown).detail).to.deep.equal({ id: 'overdose' });
    const hidden = oneEvent(container, 'glossary-term-hide');
    term.hide();
    expect((await hidden).detail).to.deep.equal({ id: 'overdose' });
  });

  it('shows at most one definition at a time', async () => {
    const src = fixtureUrl();
    const el = await fixture(
      html`<p>
        <glossary-term src=${src}>naloxone</glossary-term> and <glossary-term src=${src}>overdose</glossary-term>
      </p>`,
    );
    await GlossaryStore.for(resolveSource(src, 'en')).ready;
    const [first, second] = [...el.querySelectorAll('glossary-term')] as [GlossaryTermElement, GlossaryTermElement];
    await first.updateComplete;
    await first.show();
    await second.show();
    expect(isShown(first)).to.equal(false);
    expect(isShown(second)).to.equal(true);
  });

  it('adds no space around its text in the sentence', async () => {
    const term = await termInText();
    const host = term.getBoundingClientRect().width;
    const text = parts(term).trigger!.getBoundingClientRect().width;
    expect(Math.abs(host - text)).to.be.below(0.5);
  });

  it('uses the term attribute over its text', async () => {
    const src = fixtureUrl();
    const el = await fixture<GlossaryTermElement>(html`<glossary-term src=${src} term="overdose">ODs</glossary-term>`);
    await GlossaryStore.for(resolveSource(src, 'en')).ready;
    await el.updateComplete;
    expect(el.entry?.id).to.equal('overdose');
  });

  it('leaves an unknown term as plain text with one warning', async () => {
    const src = fixtureUrl();
    const el = await fixture(
      html`<p>
        <glossary-term src=${src}>flibbertigibbet</glossary-term>
        <glossary-term src=${src}>Flibbertigibbet</glossary-term>
      </p>`,
    );
    await GlossaryStore.for(resolveSource(src, 'en')).ready;
    const terms = [...el.querySelectorAll('glossary-term')];
    await Promise.all(terms.map((t) => t.updateComplete));
    for (const term of terms) {
      expect(parts(term).trigger).to.equal(null);
      expect(term.shadowRoot!.querySelector('[role="button"], [tabindex]')).to.equal(null);
    }
    expect(el.textContent).to.contain('flibbertigibbet');
    expect(warnings.messages.filter((m) => m.includes('flibbertigibbet'))).to.have.length(1);
  });

  it('stays plain, readable text when the glossary cannot load', async () => {
    const el = await fixture<GlossaryTermElement>(
      html`<glossary-term src="/test/fixtures/missing.json">naloxone</glossary-term>`,
    );
    await GlossaryStore.for(resolveSource('/test/fixtures/missing.json', 'en')).ready;
    await el.updateComplete;
    expect(parts(el).trigger).to.equal(null);
    expect(el.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(warnings.messages).to.have.length(1);
  });

  it('refuses a javascript: term URL for "Read more"', async () => {
    configure({ termUrl: 'javascript:alert({id})' });
    const term = await termInText();
    await term.show();
    expect(parts(term).readMore).to.equal(null);
  });

  it('keeps the definition readable when the host sets html { font-size: 62.5% }', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const term = await termInText();
      term.parentElement!.style.fontSize = '1rem';
      await term.show();
      const size = parseFloat(getComputedStyle(parts(term).panel!).fontSize);
      expect(size).to.be.at.least(15);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  for (const scheme of ['light', 'dark', 'forced colors'] as const) {
    itInScheme(scheme, `passes axe closed and open in ${scheme}`, async () => {
      configure({ termUrl: '/glossary/{id}' });
      const term = await termInText();
      await expect(term.parentElement).to.be.accessible();
      await term.show();
      await waitUntil(() => parts(term).panel!.hasAttribute('data-positioned'));
      await settled(term);
      await expect(term.parentElement).to.be.accessible();
      if (scheme === 'dark') {
        const background = getComputedStyle(parts(term).panel!).backgroundColor;
        expect(background, 'dark surface in dark mode').to.equal('rgb(28, 33, 40)');
      }
    });
  }
});
