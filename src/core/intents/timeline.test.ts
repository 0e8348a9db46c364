import * as assert from 'node:assert/strict';
import { applyEdits, EditError } from '../edit';
import { ParsedReview } from '../parse';
import { isRecord } from '../review';
import { yaml } from '../rules/testing';
import { timelineEdits } from './timeline';
import type { TimelineIntent } from '../protocol/panels';

const REVIEW = yaml(
  'pir: 1',
  'title: Checkout outage',
  'times:',
  '  started: 2026-03-14T09:00:00Z',
  'timeline:',
  '  # The migration',
  '  - at: 2026-03-14T09:00:00Z',
  '    kind: trigger',
  '    text: Migration starts',
  '  - at: 2026-03-14T09:07:00Z',
  '    text: Alert fires',
  '    actor: Alertmanager',
  'summary: x',
);

const apply = (intent: TimelineIntent, text = REVIEW) => applyEdits(text, timelineEdits(text, intent));

describe('timeline intents', () => {
  it('adds an event at an index, keys in schema order', () => {
    const out = apply({ type: 'addEvent', baseVersion: 1, index: 1, event: { text: 'Paged DB team', actor: 'Dana', at: '2026-03-14T09:05:00Z', kind: 'escalation' } });
    assert.match(out, / {4}text: Migration starts\n {2}- at: 2026-03-14T09:05:00Z\n {4}kind: escalation\n {4}text: Paged DB team\n {4}actor: Dana\n {2}- at: 2026-03-14T09:07:00Z/);
  });

  it('appends when no index is given, and creates the timeline when there is none', () => {
    assert.match(apply({ type: 'addEvent', baseVersion: 1, event: { at: '2026-03-14T10:00:00Z', text: 'Resolved' } }),
      /actor: Alertmanager\n {2}- at: 2026-03-14T10:00:00Z\n {4}text: Resolved\nsummary: x/);
    const created = apply({ type: 'addEvent', baseVersion: 1, event: { at: '2026-03-14T10:00:00Z', text: 'First' } }, yaml('pir: 1', 'title: T'));
    assert.match(created, /timeline:\n\s*- at: 2026-03-14T10:00:00Z\n\s+text: First/);
  });

  it('updates a field, quoting text that needs it, and removes an optional field with null', () => {
    const out = apply({ type: 'updateEvent', baseVersion: 1, index: 1, field: 'text', value: 'Alert: error rate > 5% # high' });
    assert.match(out, /text: "Alert: error rate > 5% # high"|text: 'Alert: error rate > 5% # high'/);
    assert.doesNotMatch(apply({ type: 'updateEvent', baseVersion: 1, index: 1, field: 'actor', value: null }), /actor:/);
    assert.match(apply({ type: 'updateEvent', baseVersion: 1, index: 1, field: 'kind', value: 'detection' }), /kind: detection/);
  });

  it('keeps hostile text as a YAML string', () => {
    const text = apply({ type: 'updateEvent', baseVersion: 1, index: 0, field: 'text', value: '<img src=x onerror=alert(1)>\n- injected: true' });
    const review = new ParsedReview(text).value;
    assert.ok(isRecord(review) && Array.isArray(review.timeline));
    assert.equal(review.timeline[0].text, '<img src=x onerror=alert(1)>\n- injected: true');
    assert.equal(review.timeline.length, 2);
  });

  it('deletes an event with its comment, and moves one', () => {
    const deleted = apply({ type: 'deleteEvent', baseVersion: 1, index: 0 });
    assert.doesNotMatch(deleted, /Migration starts|# The migration/);
    const moved = apply({ type: 'moveEvent', baseVersion: 1, from: 1, to: 0 });
    assert.ok(moved.indexOf('Alert fires') < moved.indexOf('Migration starts'));
  });

  it('sets and clears lifecycle times', () => {
    assert.match(apply({ type: 'setLifecycle', baseVersion: 1, key: 'detected', value: '2026-03-14T09:07:00Z' }),
      /started: 2026-03-14T09:00:00Z\n {2}detected: 2026-03-14T09:07:00Z\n/);
    assert.doesNotMatch(apply({ type: 'setLifecycle', baseVersion: 1, key: 'started', value: null }), /started:/);
  });

  it('refuses intents that name an event that is not there', () => {
    assert.throws(() => timelineEdits(REVIEW, { type: 'updateEvent', baseVersion: 1, index: 2, field: 'text', value: 'x' }), EditError);
    assert.throws(() => timelineEdits(REVIEW, { type: 'deleteEvent', baseVersion: 1, index: 5 }), EditError);
    assert.throws(() => timelineEdits(REVIEW, { type: 'addEvent', baseVersion: 1, index: 3, event: { at: '2026-03-14T10:00:00Z', text: 'x' } }), EditError);
    assert.throws(() => timelineEdits(REVIEW, { type: 'moveEvent', baseVersion: 1, from: 0, to: 2 }), EditError);
  });
});
