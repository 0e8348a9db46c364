// Finding and editing one action item from the sidebar. The tree shows what the index read a
// moment ago; before jumping to or editing an item, the entry at its index in the current text
// must still be the same item, or the edit would land on another one.
import { setIn, type TextEdit } from '../edit';
import { ParsedReview } from '../parse';
import { isRecord } from '../review';
import type { Range } from '../types';
import type { IndexedActionItem } from '../workspace-index';

/** The fields the sidebar's context menu sets. */
export type ActionField = 'status' | 'owner' | 'due' | 'priority' | 'tracker';

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

/** As the index reads ids: a blank id is no id. */
function idOf(id: unknown): string | undefined {
  return typeof id === 'string' && id.trim() !== '' ? id : undefined;
}
