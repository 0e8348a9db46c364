import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { arrayOf, isRecord } from '../review';
import { deleteIn, insertIn, moveIn, setIn } from './operations';
import { deletePlain, insertPlain, movePlain, setPlain } from './plain';
import { applyEdits, type TextEdit } from './text-edit';

// The intents the action-item tree and the timeline editor send, on a real review full of comments.
const EXAMPLE = join(__dirname, '../../../../examples/2026-03-14-config-rollout-outage.pir.yaml');

/** Lines holding a YAML comment (`# ` after a space or at the line start; `#inc-checkout` in text is not one). */
function commentLines(text: string): string[] {
  return text.split('\n').filter((line) => /(^|\s)#\s/.test(line));
}

describe('structured edits on an example review', () => {
  it('marks an action done, adds, moves and deletes timeline events, and keeps every other comment', () => {
    const original = readFileSync(EXAMPLE, 'utf8');
    const value = parseDocument(original).toJS() as Record<string, unknown>;
    const open = arrayOf(value.actionItems).findIndex((item) => isRecord(item) && item.status !== 'done');
    const events = arrayOf(value.timeline).length;
    assert.ok(open >= 0 && events >= 4, 'the example has an open action item and a few timeline events');
    const event = { at: '2026-03-14T09:13:00+01:00', kind: 'note', text: 'First customer report: "card declined?"' };

    let text = original;
    let expected: unknown = value;
    const step = (edits: TextEdit[], plain: (old: unknown) => unknown): void => {
      text = applyEdits(text, edits);
      expected = plain(expected);
      const doc = parseDocument(text);
      assert.deepEqual(doc.errors, []);
      assert.deepEqual(doc.toJS(), expected);
    };
    step(setIn(text, ['actionItems', open, 'status'], 'done'), (v) => setPlain(v, ['actionItems', open, 'status'], 'done'));
    step(insertIn(text, ['timeline'], 2, event), (v) => insertPlain(v, ['timeline'], 2, event));
    step(moveIn(text, ['timeline'], 0, 3), (v) => movePlain(v, ['timeline'], 0, 3));
    step(deleteIn(text, ['timeline', events]), (v) => deletePlain(v, ['timeline', events]));

    const comments = commentLines(original);
    assert.ok(comments.length >= 5);
    for (const line of comments) assert.ok(text.split('\n').includes(line), `comment line lost: ${line}`);
    assert.ok(text.includes('    text: \'First customer report: "card declined?"\'\n'));
    // Everything before the timeline is byte-identical.
    const before = original.indexOf('\ntimeline:');
    assert.equal(text.slice(0, before), original.slice(0, before));
  });
});
