// Finding and editing one action item from the sidebar. The tree shows what the index read a
// moment ago; before jumping to or editing an item, the entry at its index in the current text
// must still be the same item, or the edit would land on another one.
import { applyEdits, deleteIn, setIn, type TextEdit } from '../edit';
import { ParsedReview } from '../parse';
import { isRecord, type ActionStatus } from '../review';
import type { Range } from '../types';
import type { IndexedActionItem } from '../workspace-index';

/** The fields the sidebar's context menu sets as they are; the status goes with its date (actionStatusEdit). */
export type ActionField = 'owner' | 'due' | 'priority' | 'tracker';

/** What identifies an item between two reads: its place, its id and its title. */
export type ActionItemRef = Pick<IndexedActionItem, 'index' | 'id' | 'title'>;

/**
 * Where `item` is in `text`, or undefined when the entry at `item.index` is not that item any
 * more (moved, removed, retitled, or the text does not parse).
 */
export function actionItemRange(text: string, item: ActionItemRef): Range | undefined {
  const parsed = new ParsedReview(text);
  const review = parsed.value;
  const list = isRecord(review) ? review.actionItems : undefined;
  const current: unknown = Array.isArray(list) ? list[item.index] : undefined;
  if (!isRecord(current) || idOf(current.id) !== item.id || (typeof current.title === 'string' ? current.title : '') !== item.title) return undefined;
  return parsed.rangeOf(['actionItems', item.index]);
}

/** The edits that set `field` of `item` to `value` in `text`, or undefined when the item is not there (see actionItemRange). */
export function actionItemEdits(text: string, item: ActionItemRef, field: ActionField, value: string): TextEdit[] | undefined {
  return actionItemRange(text, item) && setIn(text, ['actionItems', item.index, field], value);
}

/**
 * The edit that sets the status of `item`, with its completion date: done writes
 * `completed: today` (YYYY-MM-DD), any other status removes `completed`. One edit from the first
 * changed character to the last, so it can be reverted exactly (see revertEdit). Undefined when
 * the item is not there (see actionItemRange).
 */
export function actionStatusEdit(text: string, item: ActionItemRef, status: ActionStatus, today: string): TextEdit | undefined {
  if (!actionItemRange(text, item)) return undefined;
  const path = ['actionItems', item.index];
  const withStatus = applyEdits(text, setIn(text, [...path, 'status'], status));
  const completed = status === 'done' ? setIn(withStatus, [...path, 'completed'], today) : deleteIn(withStatus, [...path, 'completed']);
  return changeBetween(text, applyEdits(withStatus, completed));
}

/** The single edit that turns `before` into `after`: what lies between their common start and end. */
export function changeBetween(before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { start, end: before.length - end, newText: after.slice(start, after.length - end) };
}

/** The edit that undoes `edit` on the text it produced from `before`. */
export function revertEdit(before: string, edit: TextEdit): TextEdit {
  return { start: edit.start, end: edit.start + edit.newText.length, newText: before.slice(edit.start, edit.end) };
}

/** As the index reads ids: a blank id is no id. */
function idOf(id: unknown): string | undefined {
  return typeof id === 'string' && id.trim() !== '' ? id : undefined;
}
