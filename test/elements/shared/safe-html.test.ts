import { expect } from '@open-wc/testing';
import { waitUntil } from '../../helpers.js';
import { html, render } from 'lit';
import { safeHtml } from '../../../src/elements/shared/safe-html.js';

describe('safeHtml', () => {
  it('shows the same sanitized content in every place that renders it, every time', async () => {
    const source = '<p>Call <strong>now</strong><img src=x onerror="window.__pwned=1"></p>';
    const places = [document.createElement('div'), document.createElement('div')];
    document.body.append(...places);
    try {
      for (const place of places) render(html`${safeHtml(source)}`, place);
      await waitUntil(() => places.every((place) => place.querySelector('strong')), 'both places fill in');
      // Rendered away and back: a new part gets its own copy, not an emptied fragment.
      render(html`<span>gone</span>`, places[0]!);
      render(html`${safeHtml(source)}`, places[0]!);
      for (const place of places) {
        expect(place.querySelector('p')?.textContent).to.equal('Call now');
        expect(place.querySelector('img')).to.equal(null);
      }
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    } finally {
      for (const place of places) place.remove();
    }
  });

  it('applies the transform before sanitizing, so what it adds is sanitized too', async () => {
    const place = document.createElement('div');
    const transform = (text: string) => text.replace('{emergency}', '<b>911</b><script>window.__pwned=2</script>');
    render(html`${safeHtml('<p>Call {emergency}.</p>', transform)}`, place);
    await waitUntil(() => place.querySelector('p'), 'the content fills in');
    expect(place.querySelector('p')?.textContent).to.equal('Call 911.');
    expect(place.querySelector('script')).to.equal(null);
  });
});
