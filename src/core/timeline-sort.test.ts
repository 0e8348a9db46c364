import * as assert from 'node:assert/strict';
import { applyEdits } from './edit/text-edit';
import { ParsedReview } from './parse';
import { yaml } from './rules/testing';
import { sortTimeline } from './timeline-sort';

function sorted(text: string): string {
  return applyEdits(text, sortTimeline(new ParsedReview(text)));
}

describe('sortTimeline', () => {
  it('moves whole events, with their comments, into chronological order', () => {
    const text = yaml(
      'timeline:',
      '  - at: 2026-03-14T09:30:00Z',
      '    text: Rolled back',
      '  # paged at once',
      '  - at: 2026-03-14T09:12:00Z',
      '    text: Alert fired',
      'actionItems: []',
    );
    assert.equal(sorted(text), yaml(
      'timeline:',
      '  # paged at once',
      '  - at: 2026-03-14T09:12:00Z',
      '    text: Alert fired',
      '  - at: 2026-03-14T09:30:00Z',
      '    text: Rolled back',
      'actionItems: []',
    ));
  });

  it('compares instants, not text, and keeps events with equal times in their order', () => {
    const text = yaml(
      'timeline:',
      '- {at: "2026-03-14T10:00:00+01:00", text: b}',
      '- {at: "2026-03-14T08:59:00Z", text: a}',
      '- {at: "2026-03-14T09:00:00Z", text: c}',
    );
    assert.equal(sorted(text), yaml(
      'timeline:',
      '- {at: "2026-03-14T08:59:00Z", text: a}',
      '- {at: "2026-03-14T10:00:00+01:00", text: b}',
      '- {at: "2026-03-14T09:00:00Z", text: c}',
    ));
  });

  it('keeps an event without a readable time after the event before it', () => {
    const text = 'timeline:\n  - at: 2026-03-14T09:30:00Z\n    text: b\n  - at: later\n    text: b2\n  - at: 2026-03-14T09:00:00Z\n    text: a';
    assert.equal(sorted(text), 'timeline:\n  - at: 2026-03-14T09:00:00Z\n    text: a\n  - at: 2026-03-14T09:30:00Z\n    text: b\n  - at: later\n    text: b2');
  });

  it('changes nothing in a sorted timeline or a flow list', () => {
    assert.deepEqual(sortTimeline(new ParsedReview('timeline:\n  - at: 2026-03-14T09:00:00Z\n  - at: 2026-03-14T09:01:00Z\n')), []);
    assert.deepEqual(sortTimeline(new ParsedReview('timeline: [{at: "2026-03-14T09:01:00Z"}, {at: "2026-03-14T09:00:00Z"}]\n')), []);
  });
});
