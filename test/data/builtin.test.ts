import { expect } from '@open-wc/testing';
import { bundledGlossaryText, glossaryFolder } from '../../src/data/builtin.js';

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

describe('built-in glossary files packed by an app’s bundler', () => {
  const folder = 'https://app.example/assets/';
  const files = {
    'glossary.en.terms.json': () => Promise.resolve({ default: '{"schema":1}' }),
    'glossary.en/naloxone.json': () => Promise.resolve({ default: '{"id":"naloxone"}' }),
  };

  it('reads a packed file from its module, by the name the term index gives it', async () => {
    expect(await bundledGlossaryText(`${folder}glossary.en.terms.json`, files, folder)).to.equal('{"schema":1}');
    expect(await bundledGlossaryText(`${folder}glossary.en/naloxone.json`, files, folder)).to.equal(
      '{"id":"naloxone"}',
    );
  });

  it('leaves every other address to be fetched: other folders, unknown names, names of Object members', () => {
    for (const url of [
      'https://partner.example/glossary.en.terms.json',
      `${folder}glossary.fr.terms.json`,
      `${folder}constructor`,
      `${folder}__proto__`,
      `${folder}toString`,
    ])
      expect(bundledGlossaryText(url, files, folder), url).to.equal(undefined);
  });

  it('leaves everything to be fetched in the script builds, which pack no file', () => {
    expect(bundledGlossaryText(`${folder}glossary.en.terms.json`, undefined, folder)).to.equal(undefined);
  });
});
