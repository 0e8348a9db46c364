// Random sequences of panel and sidebar edits (timeline, 5 Whys, fishbone, action items),
// interleaved with text edits a person makes meanwhile. Each intent goes through the host's
// validator first, as in the extension. After every step the text must parse; an intent may
// change only the part of the review it is about (both as text: the edits lie inside that part;
// and as data: everything else reads the same); a refused intent (EditError) changes nothing.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { applyEdits, EditError, setIn, type TextEdit } from '../../../src/core/edit';
import { rootCauseEdits, type RootCauseEditIntent } from '../../../src/core/intents/root-cause';
import { timelineEdits } from '../../../src/core/intents/timeline';
import { ParsedReview } from '../../../src/core/parse';
import { EVENT_KINDS, FISHBONE_CATEGORIES, isRecord, LIFECYCLE_KEYS } from '../../../src/core/review';
import { actionItemEdits, actionStatusEdit, type ActionField } from '../../../src/core/sidebar/action-edit';
import type { Path } from '../../../src/core/types';
import { EVENT_FIELDS, isIntent, type EditIntent, type TimelineIntent } from '../../../src/core/protocol/panels';
import { FUZZ_SEED } from './seed';

const ROOT = join(__dirname, '..', '..', '..', '..');
const STARTS = [
  ...['2026-03-14-config-rollout-outage', '2026-05-02-certificate-expiry', '2026-08-19-database-failover']
    .map((name) => readFileSync(join(ROOT, 'examples', `${name}.pir.yaml`), 'utf8')),
  'pir: 1\ntitle: Empty\n',
  'pir: 1\r\ntitle: "CRLF"\r\ntimeline: []\r\nanalysis: {fiveWhys: {whys: [a, b]}, fishbone: {causes: [{category: tools, text: t}]}}\r\nactionItems:\r\n- {id: AI-1, title: x, status: open}\r\n',
];

const TEXT = fc.oneof(fc.constantFrom('plain', '12:30', 'yes', '#tag', '- x', 'a: b', '"q"', "'q'", '*ref', '&a', '!tag', 'multi\nline', 'é 😀', ' lead', 'x # y', '\t'),
  fc.string({ maxLength: 20 }));
const INDEX = fc.nat(6);
const DATE = fc.constantFrom('2026-03-14T09:12:00Z', '2026-03-14T10:00:00+02:00', '2026-01-01T00:00:00Z');
const base = { baseVersion: fc.constant(1) };

const timelineIntent: fc.Arbitrary<EditIntent> = fc.oneof(
  fc.record({ ...base, type: fc.constant('addEvent'), event: fc.record({ at: DATE, text: TEXT, kind: fc.constantFrom(...EVENT_KINDS) }, { requiredKeys: ['at', 'text'] }), index: INDEX }, { requiredKeys: ['type', 'baseVersion', 'event'] }),
  fc.record({ ...base, type: fc.constant('updateEvent'), index: INDEX, field: fc.constantFrom(...EVENT_FIELDS), value: fc.oneof(TEXT, DATE, fc.constant(null)) }),
  fc.record({ ...base, type: fc.constant('deleteEvent'), index: INDEX }),
  fc.record({ ...base, type: fc.constant('moveEvent'), from: INDEX, to: INDEX }),
  fc.record({ ...base, type: fc.constant('setLifecycle'), key: fc.constantFrom(...LIFECYCLE_KEYS), value: fc.oneof(DATE, fc.constant(null)) }),
) as fc.Arbitrary<EditIntent>;

const rootCauseIntent: fc.Arbitrary<EditIntent> = fc.oneof(
  fc.record({ ...base, type: fc.constant('setProblem'), value: fc.oneof(TEXT, fc.constant(null)) }),
  fc.record({ ...base, type: fc.constantFrom('addWhy', 'updateWhy'), index: INDEX, text: TEXT }),
  fc.record({ ...base, type: fc.constantFrom('deleteWhy', 'deleteCause', 'promoteCause'), index: INDEX }),
  fc.record({ ...base, type: fc.constant('moveWhy'), from: INDEX, to: INDEX }),
  fc.record({ ...base, type: fc.constant('useAsRootCause') }),
  fc.record({ ...base, type: fc.constant('setEffect'), value: fc.oneof(TEXT, fc.constant(null)) }),
  fc.record({ ...base, type: fc.constant('addCause'), cause: fc.record({ category: fc.constantFrom(...FISHBONE_CATEGORIES), text: TEXT }), index: INDEX }, { requiredKeys: ['type', 'baseVersion', 'cause'] }),
  fc.record({ ...base, type: fc.constant('updateCause'), index: INDEX, text: TEXT }),
  fc.record({ ...base, type: fc.constant('moveCause'), index: INDEX, category: fc.constantFrom(...FISHBONE_CATEGORIES) }),
) as fc.Arbitrary<EditIntent>;

type Step =
  | { kind: 'intent'; intent: EditIntent }
  | { kind: 'action'; index: number; field: ActionField | 'status'; value: string }
  | { kind: 'comment'; line: number }
  | { kind: 'setTitle'; value: string };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('intent' as const), intent: timelineIntent }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('intent' as const), intent: rootCauseIntent }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('action' as const), index: fc.nat(4), field: fc.constantFrom<ActionField | 'status'>('status', 'owner', 'due', 'priority'),
    value: fc.oneof(fc.constantFrom('done', 'open', 'P1', '2026-12-01', '@someone'), TEXT) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('comment' as const), line: fc.nat(200) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('setTitle' as const), value: TEXT }) },
);

const TIMELINE_TYPES = new Set<string>(['addEvent', 'updateEvent', 'deleteEvent', 'moveEvent', 'setLifecycle']);

/** The part of the review an intent is about. */
function scopeOf(intent: EditIntent): Path {
  switch (intent.type) {
    case 'setLifecycle': return ['times'];
    case 'addEvent': case 'updateEvent': case 'deleteEvent': case 'moveEvent': return ['timeline'];
    case 'useAsRootCause': return ['rootCause'];
    case 'promoteCause': return ['contributingFactors'];
    case 'setProblem': case 'addWhy': case 'updateWhy': case 'deleteWhy': case 'moveWhy': return ['analysis', 'fiveWhys'];
    default: return ['analysis', 'fishbone'];
  }
}

/**
 * The review as data with the node at `path` removed, and parents it leaves empty (an intent
 * creates `analysis:` to hold a new fishbone): what must not change.
 */
function without(value: unknown, path: Path): unknown {
  if (Array.isArray(value) && typeof path[0] === 'number') {
    const [index, ...rest] = path as [number, ...Path];
    return value.map((item, i) => (i !== index ? item : rest.length === 0 ? null : without(item, rest)));
  }
  if (path.length === 0 || !isRecord(value)) return value;
  const [key, ...rest] = path as [string, ...Path];
  const { [key]: child, ...others } = value;
  if (rest.length === 0 || !(key in value)) return others;
  const pruned = without(child, rest);
  return isRecord(pruned) && Object.keys(pruned).length === 0 ? others : { ...others, [key]: pruned };
}

function parses(text: string): unknown {
  const parsed = new ParsedReview(text);
  assert.deepEqual(parsed.syntaxFindings, [], `does not parse:\n${text}`);
  return parsed.value;
}

/** The edits lie inside the lines of the node at `path`, when the node was there before. */
function assertEditsInside(text: string, edits: readonly TextEdit[], path: Path): void {
  const parsed = new ParsedReview(text);
  // rangeOf falls back to the nearest ancestor; a node created by the intent may go anywhere.
  if (parsed.node(path) === undefined || edits.length === 0) return;
  const range = parsed.rangeOf(path, 'entry')!;
  const lineStart = text.lastIndexOf('\n', range.start - 1) + 1;
  const nextLine = text.indexOf('\n', range.end);
  const lineEnd = nextLine < 0 ? text.length : nextLine + 1;
  const start = Math.min(...edits.map((e) => e.start));
  const end = Math.max(...edits.map((e) => e.end));
  assert.ok(lineStart <= start && end <= lineEnd, `edits ${start}-${end} outside ${path.join('.')} at ${lineStart}-${lineEnd}`);
}

/** Runs `edits` on `text` when it fits; a refusal must leave the text as it was. */
function attempt(text: string, compute: () => TextEdit[] | undefined, scope: Path): string {
  let edits: TextEdit[] | undefined;
  try {
    edits = compute();
  } catch (error) {
    if (error instanceof EditError) return text;
    throw error;
  }
  if (!edits) return text;
  assertEditsInside(text, edits, scope);
  const next = applyEdits(text, edits);
  assert.deepEqual(without(parses(next), scope), without(parses(text), scope), `changed outside ${scope.join('.')}`);
  return next;
}

function run(text: string, s: Step): string {
  switch (s.kind) {
    case 'intent': {
      if (!isIntent(s.intent)) return text; // the host drops what does not validate
      const intent = s.intent;
      const compute = TIMELINE_TYPES.has(intent.type)
        ? () => timelineEdits(text, intent as TimelineIntent)
        : () => rootCauseEdits(text, intent as RootCauseEditIntent);
      return attempt(text, compute, scopeOf(intent));
    }
    case 'action': {
      const review = parses(text);
      const items = isRecord(review) && Array.isArray(review.actionItems) ? review.actionItems : [];
      const item: unknown = items[s.index];
      if (!isRecord(item)) return text;
      const ref = { index: s.index, id: typeof item.id === 'string' && item.id.trim() ? item.id : undefined, title: typeof item.title === 'string' ? item.title : '' };
      const field = s.field;
      return attempt(text, () => {
        if (field !== 'status') return actionItemEdits(text, ref, field, s.value);
        // The status goes with its completion date: done writes it, open removes it.
        const edit = actionStatusEdit(text, ref, s.value === 'open' ? 'open' : 'done', '2026-12-01');
        return edit && [edit];
      }, ['actionItems', s.index]);
    }
    case 'comment': {
      // A comment before a top-level key: anywhere else it could land inside a block scalar.
      const lines = text.split('\n');
      const keys = lines.flatMap((line, i) => (/^[A-Za-z]/.test(line) ? [i] : []));
      if (keys.length === 0) return text;
      const at = keys[s.line % keys.length];
      const next = [...lines.slice(0, at), '# a note # with: colons & *stars*', ...lines.slice(at)].join('\n');
      assert.deepEqual(parses(next), parses(text));
      return next;
    }
    case 'setTitle':
      return attempt(text, () => setIn(text, ['title'], s.value), ['title']);
  }
}

describe('fuzz: random edit sequences from the panels and the sidebar', function () {
  this.timeout(30_000);

  it('keep the review parsing and change only what each intent is about', () => {
    fc.assert(fc.property(fc.constantFrom(...STARTS), fc.array(step, { minLength: 1, maxLength: 10 }), (start, steps) => {
      let text = start;
      for (const s of steps) text = run(text, s);
    }), { numRuns: 40, seed: FUZZ_SEED });
  });
});
