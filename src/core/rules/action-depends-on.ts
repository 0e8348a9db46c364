// `dependsOn` within one review: ids that name no item here, and items that wait for each other.
// References to other reviews (`<review>#AI-3`) need the other files: the workspace check in
// dependencies/workspace.ts reads them where every review is at hand (`pir lint`, the editor).
import { cycleEdges } from '../dependencies/cycles';
import { parseDependencyRef } from '../dependencies/reference';
import { arrayOf, recordsOf } from '../review';
import type { Rule, RuleFinding } from '../rule';

export const actionDependsOn: Rule = {
  id: 'action-depends-on',
  description: 'A `dependsOn` entry that names no action item of this review, or items that wait for each other in a cycle.',
  defaultSeverity: 'error',
  check({ parsed, review }): RuleFinding[] {
    const items = recordsOf(review.actionItems);
    const ids = new Set(items.flatMap(({ record }) => (typeof record.id === 'string' && record.id.trim() !== '' ? [record.id] : [])));
    /** Each id's local dependencies, for the cycle search. */
    const localDeps = new Map<string, string[]>();
    const entries = items.flatMap(({ record, index }) => arrayOf(record.dependsOn).map((value, refIndex) => {
      const ref = typeof value === 'string' ? parseDependencyRef(value) : undefined;
      const from = typeof record.id === 'string' ? record.id : undefined;
      if (from !== undefined && ref && ref.review === undefined && ids.has(ref.item)) {
        localDeps.set(from, [...(localDeps.get(from) ?? []), ref.item]);
      }
      return { from, ref, value, path: ['actionItems', index, 'dependsOn', refIndex] };
    }));
    const onCycle = cycleEdges(localDeps.keys(), (id) => localDeps.get(id) ?? []);

    return entries.flatMap(({ from, ref, value, path }): RuleFinding[] => {
      // Non-strings are the schema rule's; other reviews are the workspace check's.
      if (typeof value !== 'string' || ref?.review !== undefined) return [];
      const range = parsed.rangeOf(path);
      if (!ref) return [{ message: `\`${value}\` names no action item: write an id such as AI-2, or <review id or file>#AI-2.`, range, path }];
      if (!ids.has(ref.item)) {
        return [{ message: `No action item in this review has the id \`${ref.item}\`. For an item of another review, write <review id or file>#${ref.item}.`, range, path }];
      }
      if (from !== undefined && onCycle(from, ref.item)) {
        const message = from === ref.item
          ? `\`${from}\` depends on itself.`
          : `\`${from}\` and \`${ref.item}\` wait for each other (a dependency cycle): neither can start. Remove one of the links.`;
        return [{ message, range, path }];
      }
      return [];
    });
  },
};
