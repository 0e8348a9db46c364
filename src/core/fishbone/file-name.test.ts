import assert from 'node:assert/strict';
import { fishboneFileName } from './file-name';

describe('fishboneFileName', () => {
  it('replaces the review extension', () => {
    assert.equal(fishboneFileName('2026-03-14-config-rollout-outage.pir.yaml'), '2026-03-14-config-rollout-outage.fishbone.svg');
    assert.equal(fishboneFileName('outage.pir.yml'), 'outage.fishbone.svg');
    assert.equal(fishboneFileName('notes.yaml'), 'notes.fishbone.svg');
  });

  it('is a plain file name whatever it is given', () => {
    assert.equal(fishboneFileName('../../etc/passwd.pir.yaml'), 'passwd.fishbone.svg');
    assert.equal(fishboneFileName('..\\..\\x.pir.yaml'), 'x.fishbone.svg');
    assert.equal(fishboneFileName('..pir.yaml'), 'review.fishbone.svg');
    assert.equal(fishboneFileName('.pir.yaml'), 'review.fishbone.svg');
  });
});
