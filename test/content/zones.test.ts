import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { render } from '../../scripts/build-zones.js';

describe('time zone table (src/region/zones.generated.ts)', () => {
  it('is what the generator makes from the installed IANA data (run `npm run build:zones` after an update)', () => {
    const committed = readFileSync(new URL('../../src/region/zones.generated.ts', import.meta.url), 'utf8');
    assert.equal(committed, render());
  });
});
