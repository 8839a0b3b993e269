import { expect } from '@open-wc/testing';
import { ELEMENTS } from '../../src/index.js';

describe('element registry', () => {
  it('importing the npm entry defines every element of the registry', () => {
    expect(ELEMENTS.filter(({ tag }) => !customElements.get(tag)).map(({ tag }) => tag)).to.deep.equal([]);
  });

  it('names only registered elements among those an element renders', () => {
    const tags = new Set(ELEMENTS.map(({ tag }) => tag));
    const unknown = ELEMENTS.flatMap(({ renders = [] }) => renders).filter((tag) => !tags.has(tag));
    expect(unknown).to.deep.equal([]);
  });
});
