import * as assert from 'node:assert/strict';
import { reconcileKeys, type KeyedEvents } from '../../../webview/shared/identity';

function keyer(): () => string {
  let n = 0;
  return () => `k${++n}`;
}

const a = { at: '09:00', text: 'a' };
const b = { at: '09:10', text: 'b' };
const c = { at: '09:20', text: 'c' };

describe('list item identity', () => {
  const first = (events: unknown[]) => reconcileKeys({ keys: [], contents: [] }, events, keyer());

  it('gives new events new keys', () => {
    assert.deepEqual(first([a, b]).keys, ['k1', 'k2']);
  });

  it('keeps keys when an event is inserted or deleted above', () => {
    const before = first([a, b, c]);
    const next = keyer();
    assert.deepEqual(reconcileKeys(before, [{ at: '08:00', text: 'new' }, a, b, c], () => `x${next()}`).keys, ['xk1', 'k1', 'k2', 'k3']);
    assert.deepEqual(reconcileKeys(before, [a, c], keyer()).keys, ['k1', 'k3']);
  });

  it('keeps the key of an event edited in place', () => {
    const before = first([a, b, c]);
    assert.deepEqual(reconcileKeys(before, [a, { ...b, text: 'b2' }, c], keyer()).keys, ['k1', 'k2', 'k3']);
  });

  it('keeps the key of an event edited in place while another is inserted above', () => {
    const before = first([a, b, c]);
    const next = reconcileKeys(before, [{ at: '08:00', text: 'new' }, a, { ...b, text: 'b2' }, c], () => 'fresh');
    assert.deepEqual(next.keys, ['fresh', 'k1', 'k2', 'k3']);
  });

  it('follows moved events and tells identical twins apart by position', () => {
    const before: KeyedEvents = first([a, b, a]);
    assert.deepEqual(reconcileKeys(before, [b, a, a], keyer()).keys, ['k2', 'k1', 'k3']);
  });
});
