// The whole import on one incident: read, compare with the timeline, insert as one edit.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits } from '../edit';
import { ParsedReview } from '../parse';
import { importEdits, planImport } from './index';
import { planInsertion, spanEdit } from './insert';
import { OWN } from './testing';

const REVIEW = readFileSync(join(OWN, 'review.pir.yaml'), 'utf8');
const INPUTS = ['slack-export', 'pagerduty-log-entries.json', 'pagerduty-incident.json'].map((path) => ({ path: join(OWN, path) }));
const OPTIONS = { slackUrl: 'https://acme.slack.com' };

function timeline(text: string): { at: string; text: string; source?: string }[] {
  return (new ParsedReview(text).value as { timeline: { at: string; text: string; source?: string }[] }).timeline;
}

describe('import: plan and insertion', () => {
  it('counts what it adds, what the timeline already has, what lies outside the window and what is noise', async () => {
    const result = await planImport(REVIEW, INPUTS, OPTIONS);
    assert.deepEqual(result.counts, { added: 11, duplicates: 2, outsideWindow: 1, noise: 3, redactions: 3, lifecycleFilled: 1 });
    const duplicates = result.candidates.filter((c) => c.duplicateOf);
    // The hand-typed rollback event (same minute, same text) and the pager bot's Slack copy of the trigger.
    assert.deepEqual(duplicates.map((c) => c.duplicateOf), [{ reason: 'cross-source', origin: 'pagerduty:R0TRIGGR' }, { reason: 'same-moment', timelineIndex: 1 }]);
  });

  it('suggests lifecycle times: fills an empty one, reports one that differs, agrees with one that is the same', async () => {
    const { lifecycle } = await planImport(REVIEW, INPUTS, OPTIONS);
    assert.deepEqual(
      lifecycle.map(({ key, value, action, current }) => ({ key, value, action, current })),
      [
        { key: 'detected', value: '2026-03-14T07:02:10Z', action: 'same', current: '2026-03-14T07:02:10Z' },
        { key: 'acknowledged', value: '2026-03-14T07:05:00Z', action: 'fill', current: undefined },
        { key: 'resolved', value: '2026-03-14T08:35:00Z', action: 'differs', current: '2026-03-14T08:40:00Z' },
      ],
    );
  });

  it('inserts the new events in time order as one edit, leaving comments and everything around byte for byte', async () => {
    const result = await planImport(REVIEW, INPUTS, OPTIONS);
    const edits = importEdits(REVIEW, result);
    assert.equal(edits.length, 1);
    const [edit] = edits;
    const after = applyEdits(REVIEW, edits);
    assert.equal(after.slice(0, edit.start), REVIEW.slice(0, edit.start));
    assert.ok(after.endsWith(REVIEW.slice(edit.end)));
    assert.match(after, /# Typed from memory before the import\.\n {2}- at: 2026-03-14T06:50:00Z\n {4}kind: trigger\n {4}text: Error rate starts to climb {3}# first customer reports later\n/);
    assert.match(after, /\n\nrootCause: >-\n {2}A deploy lowered the database pool size\.\n$/);
    assert.match(after, / {2}acknowledged: 2026-03-14T07:05:00Z\n {2}resolved: 2026-03-14T08:40:00Z\n/, 'the set resolved time is not overwritten');
    const events = timeline(after);
    assert.equal(events.length, 13);
    assert.deepEqual(events.map((e) => e.at), [...events.map((e) => e.at)].sort());
    assert.equal(events[7].source, undefined, 'the hand-typed event stays as it was, where it was');
  });

  it('adds nothing when the same files are imported again', async () => {
    const once = applyEdits(REVIEW, importEdits(REVIEW, await planImport(REVIEW, INPUTS, OPTIONS)));
    const again = await planImport(once, INPUTS, OPTIONS);
    assert.equal(again.counts.added, 0);
    assert.deepEqual(importEdits(once, again), []);
  });

  it('recognises a hand-pasted Slack permalink as the message it links to', async () => {
    const review = REVIEW.replace('    actor: Dev Patel\n', '    actor: Dev Patel\n    source: https://acme.slack.com/archives/C0INC2041/p1773474300000205\n');
    const result = await planImport(review, INPUTS, OPTIONS);
    const rollbackDone = result.candidates.find((c) => c.text.startsWith('Rollback done'))!;
    assert.deepEqual(rollbackDone.duplicateOf, { reason: 'source', timelineIndex: 1 });
  });

  it('overwrites a differing lifecycle time only when asked', async () => {
    const result = await planImport(REVIEW, INPUTS, OPTIONS);
    assert.match(applyEdits(REVIEW, importEdits(REVIEW, result, true)), / {2}resolved: 2026-03-14T08:35:00Z\n/);
  });

  it('creates the timeline when the review has none, and takes panel events without ms', () => {
    const text = 'pir: 1\ntitle: T\nseverity: P3\nstatus: draft\n';
    const edits = planInsertion(text, [
      { at: '2026-03-14T07:10:00Z', text: 'second' },
      { at: '2026-03-14T07:00:00+01:00', text: 'first', kind: 'detection' },
    ]);
    assert.equal(applyEdits(text, edits), `${text}timeline:\n  - at: 2026-03-14T07:00:00+01:00\n    kind: detection\n    text: first\n  - at: 2026-03-14T07:10:00Z\n    text: second\n`);
  });

  it("places new events among offset-less ones by the team's time zone", () => {
    // 09:30 in Los Angeles (PST) is 17:30Z: after the 17:00Z event, before 10:00 local (18:00Z).
    const text = 'pir: 1\ntitle: T\nseverity: P3\nstatus: draft\ntimeline:\n  - at: 2026-03-02T09:00\n    text: local nine\n  - at: 2026-03-02T10:00\n    text: local ten\n';
    const event = { at: '2026-03-02T17:30:00Z', text: 'imported' };
    const order = (zone?: string) => timeline(applyEdits(text, planInsertion(text, [event], [], zone))).map((e) => e.text);
    assert.deepEqual(order('America/Los_Angeles'), ['local nine', 'imported', 'local ten']);
    // Without the zone the offset-less times cannot be placed; the new event goes after them.
    assert.deepEqual(order(), ['local nine', 'local ten', 'imported']);
  });

  it('spanEdit is the smallest single edit between two texts', () => {
    assert.deepEqual(spanEdit('abcXYZdef', 'abc123def'), { start: 3, end: 6, newText: '123' });
    assert.deepEqual(spanEdit('abc', 'abXc'), { start: 2, end: 2, newText: 'X' });
  });
});
