import * as assert from 'node:assert/strict';
import { knownOwners } from './known-owners';

describe('knownOwners', () => {
  it('lists each owner once, most used first, then alphabetically', () => {
    const items = [{ owner: 'zoe' }, { owner: 'sre-team' }, {}, { owner: 'ann' }, { owner: 'sre-team' }];
    assert.deepEqual(knownOwners(items), ['sre-team', 'ann', 'zoe']);
  });
});
