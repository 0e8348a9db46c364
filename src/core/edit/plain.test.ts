import * as assert from 'node:assert/strict';
import { deletePlain, insertPlain, movePlain, plainEqual, setPlain } from './plain';

describe('plain intents', () => {
  const review = { title: 'A', timeline: [{ at: 1 }, { at: 2 }, { at: 3 }] };

  it('sets values, creating missing maps and lists, without mutating the input', () => {
    assert.deepEqual(setPlain(review, ['impact', 'usersAffected'], 5), { ...review, impact: { usersAffected: 5 } });
    assert.deepEqual(setPlain({}, ['whys', 0], 'x'), { whys: ['x'] });
    assert.deepEqual(setPlain(null, ['title'], 'B'), { title: 'B' });
    assert.equal(review.title, 'A');
  });

  it('deletes keys and items; a missing key is a no-op', () => {
    assert.deepEqual(deletePlain(review, ['timeline', 1]), { title: 'A', timeline: [{ at: 1 }, { at: 3 }] });
    assert.deepEqual(deletePlain(review, ['title']), { timeline: review.timeline });
    assert.equal(deletePlain(review, ['impact', 'x']), review);
  });

  it('inserts into lists, creating them when missing, and moves items like splice', () => {
    assert.deepEqual(insertPlain(review, ['tags'], 0, 'db'), { ...review, tags: ['db'] });
    assert.deepEqual(movePlain(review, ['timeline'], 0, 2), { title: 'A', timeline: [{ at: 2 }, { at: 3 }, { at: 1 }] });
  });

  it('compares plain data structurally', () => {
    assert.ok(plainEqual({ a: [1, { b: null }] }, { a: [1, { b: null }] }));
    assert.ok(!plainEqual({ a: [] }, { a: {} }));
    assert.ok(!plainEqual({ a: 1 }, { a: 1, b: undefined }));
    assert.ok(plainEqual(Number.NaN, Number.NaN));
  });
});
