import { expect } from '@open-wc/testing';
import { glossaryFolder } from '../../src/data/builtin.js';

describe('built-in glossary location', () => {
  it('is beside the script, wherever a partner hosts it', () => {
    const folder = glossaryFolder('https://partner.example/js/glossary-widgets.iife.js?v=2');
    expect(new URL('glossary.en.json', folder).href).to.equal('https://partner.example/js/glossary.en.json');
  });

  it("is the package's dist/ when a CDN serves the script at the package's own address", () => {
    for (const script of [
      'https://cdn.jsdelivr.net/npm/@twelva/glossary-widgets',
      'https://cdn.jsdelivr.net/npm/@twelva/glossary-widgets@0.1.0',
      'https://unpkg.com/@twelva/glossary-widgets@0.1/',
    ]) {
      const base = script.replace(/\/$/, '');
      expect(new URL('glossary.es.json', glossaryFolder(script)).href, script).to.equal(
        `${base}/dist/glossary.es.json`,
      );
    }
  });
});
