import { expect } from '@open-wc/testing';
import { defineElement } from '../src/define.js';
import { captureWarnings } from './helpers.js';

describe('defineElement', () => {
  it('registers a free tag', () => {
    class FreeTag extends HTMLElement {}
    defineElement('test-free-tag', FreeTag);
    expect(customElements.get('test-free-tag')).to.equal(FreeTag);
  });

  it('warns once and keeps the first definition when another library owns the tag', () => {
    class TheirElement extends HTMLElement {}
    class OurElement extends HTMLElement {}
    customElements.define('test-taken-tag', TheirElement);
    const warnings = captureWarnings();
    try {
      expect(() => defineElement('test-taken-tag', OurElement)).not.to.throw();
      defineElement('test-taken-tag', OurElement);
    } finally {
      warnings.restore();
    }
    expect(customElements.get('test-taken-tag')).to.equal(TheirElement);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<test-taken-tag> is already defined');
  });

  it('is silent when the same class is registered again (the same script loaded twice)', () => {
    class SameElement extends HTMLElement {}
    const warnings = captureWarnings();
    try {
      defineElement('test-same-tag', SameElement);
      defineElement('test-same-tag', SameElement);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
  });
});
