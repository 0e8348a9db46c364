import * as assert from 'node:assert/strict';
import { completionsAt, localDateTime } from './completion';

const NOW = new Date('2026-03-14T09:12:00Z');

function complete(marked: string, owners: string[] = []) {
  const offset = marked.indexOf('‸');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return completionsAt(text, offset, { now: NOW, owners });
}

const labels = (completions: { label: string }[]) => completions.map((c) => c.label);

describe('completionsAt', () => {
  it('proposes the keys a mapping does not have yet, with their descriptions', () => {
    const found = complete('pir: 1\ntitle: Outage\n‸\n');
    assert.ok(labels(found).includes('severity'));
    assert.ok(!labels(found).includes('title'));
    const severity = found.find((c) => c.label === 'severity')!;
    assert.equal(severity.insertText, 'severity: ${1|P1,P2,P3,P4|}');
    assert.equal(severity.detail, 'required');
    assert.match(severity.documentation!, /Incident severity/);
  });

  it('gives lists and mappings a snippet that opens their first entry', () => {
    const found = complete('‸');
    assert.equal(found.find((c) => c.label === 'timeline')!.insertText, 'timeline:\n  - $0');
    assert.equal(found.find((c) => c.label === 'times')!.insertText, 'times:\n  $0');
  });

  it('proposes the keys of a list item', () => {
    const found = complete('actionItems:\n  - title: A\n    ow‸\n');
    assert.ok(labels(found).includes('owner'));
    assert.ok(!labels(found).includes('title'));
  });

  it('proposes enum values with their meanings, replacing what is typed', () => {
    const found = complete('severity: P‸\n');
    assert.deepEqual(labels(found), ['P1', 'P2', 'P3', 'P4']);
    assert.match(found[0].documentation!, /full outage/);
    assert.deepEqual(found[0].range, { start: 10, end: 11 });
  });

  it('tells an action item status from a review status', () => {
    const found = complete('actionItems:\n  - title: A\n    status: ‸\n');
    assert.deepEqual(labels(found), ['open', 'in-progress', 'done', 'wont-do']);
  });

  it('proposes `now` for lifecycle times and timeline events, and `today` for dates', () => {
    const times = complete('times:\n  detected: ‸\n');
    assert.deepEqual(labels(times), ['now']);
    assert.equal(times[0].insertText, localDateTime(NOW));
    assert.deepEqual(labels(complete('timeline:\n  - at: ‸\n')), ['now']);
    assert.deepEqual(labels(complete('actionItems:\n  - due: ‸\n')), ['today']);
  });

  it('proposes the owners used in the workspace for an action item owner', () => {
    assert.deepEqual(labels(complete('actionItems:\n  - owner: ‸\n', ['sre-team', 'dana'])), ['sre-team', 'dana']);
  });

  it('does not propose a value typed in full, so Enter after it starts a new line', () => {
    assert.deepEqual(labels(complete('timeline:\n  - at: 2026-03-14T09:12:00Z\n    kind: trigger‸\n')), []);
    assert.ok(labels(complete('timeline:\n  - kind: trig‸\n')).includes('trigger'));
    assert.deepEqual(labels(complete('severity: P2‸\n')), []);
    assert.deepEqual(labels(complete('severity: P‸\n')), ['P1', 'P2', 'P3', 'P4']);
    assert.deepEqual(labels(complete(`times:\n  detected: ${localDateTime(NOW)}‸\n`)), []);
  });

  it('proposes nothing in free text or under an unknown key', () => {
    assert.deepEqual(complete('title: Out‸\n'), []);
    assert.deepEqual(complete('x-team:\n  ‸\n'), []);
  });
});

describe('localDateTime', () => {
  it('writes local time with the UTC offset, which reads back as the same instant', () => {
    const text = localDateTime(NOW);
    assert.match(text, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}$/);
    assert.equal(Date.parse(text), NOW.getTime());
  });
});
