import * as assert from 'node:assert/strict';
import type { EditIntent, RefusedMessage } from '../../../src/core/protocol/panels';
import { StaleResends } from '../../../webview/shared/resend';

const refusal = (intent: EditIntent, reason: RefusedMessage['reason'] = 'stale'): RefusedMessage =>
  ({ type: 'refused', intent: intent.type, baseVersion: intent.baseVersion, reason, message: '' });

describe('stale resends', () => {
  /** Whys by identity; the retarget finds the row by key wherever it is now. */
  let whys: string[];
  const deleteWhy = (key: string) => (version: number): EditIntent | undefined => {
    const index = whys.indexOf(key);
    return index < 0 ? undefined : { type: 'deleteWhy', baseVersion: version, index };
  };

  beforeEach(() => {
    whys = ['a', 'b', 'c'];
  });

  it('rebuilds a stale intent against the next state, by identity', () => {
    const resends = new StaleResends();
    const intent: EditIntent = { type: 'deleteWhy', baseVersion: 4, index: 1 };
    resends.record({ type: 'updateWhy', baseVersion: 4, index: 0, text: 'x' });
    resends.record(intent, deleteWhy('b'));
    assert.equal(resends.refused(refusal(intent)), true);
    whys = ['new', 'a', 'b', 'c'];
    assert.deepEqual(resends.onState(5).map((again) => again.intent), [{ type: 'deleteWhy', baseVersion: 5, index: 2 }]);
    assert.deepEqual(resends.onState(6), [], 'sent once');
  });

  it('sends nothing when the target is gone', () => {
    const resends = new StaleResends();
    const intent: EditIntent = { type: 'deleteWhy', baseVersion: 4, index: 1 };
    resends.record(intent, deleteWhy('b'));
    resends.refused(refusal(intent));
    whys = ['a', 'c'];
    assert.deepEqual(resends.onState(5), []);
  });

  it('hands other refusals, unknown intents and intents without a retarget to the panel', () => {
    const resends = new StaleResends();
    const moved: EditIntent = { type: 'moveWhy', baseVersion: 4, from: 1, to: 0 };
    resends.record(moved, () => moved);
    assert.equal(resends.refused(refusal(moved, 'edit-error')), false);
    assert.equal(resends.refused(refusal({ type: 'deleteWhy', baseVersion: 9, index: 0 })), false);
    const plain: EditIntent = { type: 'exportSvg', baseVersion: 4 };
    resends.record(plain);
    assert.equal(resends.refused(refusal(plain)), false);
    assert.deepEqual(resends.onState(5), []);
  });

  it('gives up after three sends', () => {
    const resends = new StaleResends();
    let intent: EditIntent = { type: 'deleteWhy', baseVersion: 4, index: 1 };
    resends.record(intent, deleteWhy('b'));
    for (let version = 5; version < 7; version++) {
      assert.equal(resends.refused(refusal(intent)), true);
      const [again] = resends.onState(version);
      assert.equal(again.attempts, version - 3);
      intent = again.intent;
      resends.record(again.intent, again.retarget, again.attempts);
    }
    assert.equal(resends.refused(refusal(intent)), false);
  });
});
