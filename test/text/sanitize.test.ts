import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { sanitizeHtml } from '../../src/text/sanitize.js';
import { safeUrl } from '../../src/text/urls.js';
import { HOSTILE_PAYLOADS } from '../fixtures/hostile-payloads.js';
import { nextTask } from '../helpers.js';

/** Puts a fragment in the page, runs its handlers, and reports what got through. */
async function mount(fragment: DocumentFragment): Promise<HTMLElement> {
  const host = document.createElement('div');
  host.append(fragment);
  document.body.append(host);
  // Handlers run, but no link is followed: WebKit follows a link even on an untrusted click that
  // cannot be cancelled, and would take the test page away; so each click can be, and is, cancelled.
  const stay = (event: Event) => event.preventDefault();
  host.addEventListener('click', stay);
  for (const element of host.querySelectorAll('*')) {
    element.dispatchEvent(new Event('mouseover'));
    element.dispatchEvent(new Event('click', { bubbles: true, cancelable: true }));
  }
  host.removeEventListener('click', stay);
  // Inline handlers run during dispatch, above; one task more for anything they queued. A payload that
  // loads (an image's onerror, an svg's onload) needs an element the tests' checks find none of.
  await nextTask();
  return host;
}

const DANGEROUS_TAGS =
  'script, style, iframe, object, embed, form, input, button, select, textarea, svg, math, img, video, audio, link, meta, base, template, noscript, slot, details';

describe('sanitizeHtml', () => {
  afterEach(() => {
    delete (window as { __pwned?: number }).__pwned;
  });

  it('keeps the structure glossary content uses', async () => {
    const host = await mount(
      await sanitizeHtml(
        '<p>A <strong>plain</strong> <em>text</em>.</p><ul><li>one</li></ul><table><tr><th scope="col">a</th></tr><tr><td>b</td></tr></table><p><a href="https://www.cdc.gov/">CDC</a></p>',
      ),
    );
    expect(host.querySelectorAll('p, ul, li, strong, em, table, th, td, a')).to.have.length(10);
    expect(host.querySelector('a')?.getAttribute('href')).to.equal('https://www.cdc.gov/');
    expect(host.querySelector('a')?.getAttribute('rel')).to.equal('noopener noreferrer');
    host.remove();
  });

  it('keeps a safety note as a labelled note, and no other role anywhere', async () => {
    const host = await mount(
      await sanitizeHtml(
        '<aside role="note"><p><strong>Safety</strong></p><p>Keep naloxone close.</p></aside><aside role="alert"><p role="button">x</p></aside><div role="note">y</div>',
      ),
    );
    expect(host.querySelectorAll('[role]')).to.have.length(1);
    expect(host.querySelector('aside[role="note"]')?.textContent).to.equal('SafetyKeep naloxone close.');
    expect(host.querySelectorAll('aside')).to.have.length(2);
    host.remove();
  });

  it(`neutralises ${HOSTILE_PAYLOADS.length} hostile payloads: nothing runs, loads or survives`, async () => {
    for (const payload of HOSTILE_PAYLOADS) {
      const host = await mount(await sanitizeHtml(payload));
      expect((window as { __pwned?: number }).__pwned, payload).to.equal(undefined);
      expect(host.querySelectorAll(DANGEROUS_TAGS), payload).to.have.length(0);
      for (const element of host.querySelectorAll('*')) {
        for (const attribute of element.getAttributeNames()) {
          if (attribute === 'role')
            expect(`${element.localName} ${element.getAttribute('role')}`, payload).to.equal('aside note');
          else
            expect(
              ['href', 'title', 'lang', 'dir', 'scope', 'colspan', 'rowspan', 'rel'],
              `${payload}: ${attribute}`,
            ).to.include(attribute);
        }
        const href = element.getAttribute('href');
        if (href !== null) expect(href, payload).to.match(/^(https?:|mailto:|tel:)/);
      }
      host.remove();
    }
  });

  it("leaves the page's own DOMPurify as it was: no link rule, no allowlist of ours", async () => {
    // An app bundling the npm build imports the same DOMPurify module; ours must be a separate instance.
    await sanitizeHtml('<p><a href="https://example.org/">a link</a></p>');
    const theirs = DOMPurify.sanitize('<div class="note"><a href="https://example.org/">a link</a></div>');
    expect(theirs).to.equal('<div class="note"><a href="https://example.org/">a link</a></div>');
  });

  it('refuses unsafe URLs everywhere a link is built', () => {
    expect(safeUrl('https://www.samhsa.gov/')).to.equal('https://www.samhsa.gov/');
    expect(safeUrl('tel:988')).to.equal('tel:988');
    expect(safeUrl('/glossary/naloxone')).to.equal(new URL('/glossary/naloxone', location.href).href);
    for (const bad of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'blob:https://x/y',
    ]) {
      expect(safeUrl(bad), bad).to.equal(undefined);
    }
  });
});
