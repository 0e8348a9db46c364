// Dependencies across reviews, read from the workspace index: which items are blocked, and which
// `<review>#<id>` references name nothing or close a cycle through another review. (References
// inside one review are the `action-depends-on` rule's.)
import { isClosed } from '../action-items';
import type { ResolvedConfig } from '../config';
import { actionDependsOn } from '../rules/action-depends-on';
import type { Finding, Range } from '../types';
import type { IndexedActionItem, ReviewEntry } from '../workspace-index';
import { cycleEdges } from './cycles';
import { parseDependencyRef, type DependencyRef } from './reference';

/** A `dependsOn` entry that the workspace check rejects. */
export interface DependencyProblem {
  item: IndexedActionItem;
  /** Position of the entry in the item's `dependsOn` list: its path is ['actionItems', item.index, 'dependsOn', refIndex]. */
  refIndex: number;
  message: string;
}

export class DependencyGraph {
  private readonly entriesByUri = new Map<string, ReviewEntry>();
  /** Each item's resolved dependencies, by item key. */
  private readonly resolved = new Map<string, { refIndex: number; target: IndexedActionItem }[]>();
  private readonly problemList: DependencyProblem[] = [];

  constructor(private readonly entries: readonly ReviewEntry[]) {
    for (const entry of entries) this.entriesByUri.set(entry.uri, entry);
    for (const entry of entries) {
      for (const item of entry.actionItems) {
        const targets: { refIndex: number; target: IndexedActionItem }[] = [];
        (item.dependsOn ?? []).forEach((text, refIndex) => {
          const ref = parseDependencyRef(text);
          if (!ref) return;
          const found = this.resolve(entry, ref);
          if (typeof found === 'string') {
            // Unknown ids of the same review are the rule's; only other reviews are reported here.
            if (ref.review !== undefined) this.problemList.push({ item, refIndex, message: found });
          } else targets.push({ refIndex, target: found });
        });
        this.resolved.set(item.key, targets);
      }
    }
    const onCycle = cycleEdges(this.resolved.keys(), (key) => (this.resolved.get(key) ?? []).map(({ target }) => target.key));
    for (const entry of entries) {
      for (const item of entry.actionItems) {
        for (const { refIndex, target } of this.resolved.get(item.key) ?? []) {
          if (target.reviewUri !== item.reviewUri && onCycle(item.key, target.key)) {
            this.problemList.push({
              item,
              refIndex,
              message: `\`${item.id}\` and \`${target.id}\` of "${target.reviewTitle}" wait for each other through a dependency cycle: none of them can start. Remove one of the links.`,
            });
          }
        }
      }
    }
  }

  /** Cross-review references that name no review or no item, or that close a cycle. */
  problems(): readonly DependencyProblem[] {
    return this.problemList;
  }

  /** The item's dependencies that are still open, when it is open itself: what it waits for. */
  blockedBy(item: IndexedActionItem): IndexedActionItem[] {
    if (isClosed(item.status)) return [];
    return (this.resolved.get(item.key) ?? []).map(({ target }) => target).filter((target) => !isClosed(target.status));
  }

  /** How `from` would name `target` in `dependsOn`: its id, with the review's id or file name when in another review. */
  refName(from: IndexedActionItem, target: IndexedActionItem): string {
    const id = target.id ?? '';
    if (target.reviewUri === from.reviewUri) return id;
    const review = this.entriesByUri.get(target.reviewUri);
    return `${review?.id ?? fileNameOf(target.reviewUri)}#${id}`;
  }

  /** Every item this one depends on that could be found. */
  dependencies(item: IndexedActionItem): IndexedActionItem[] {
    return (this.resolved.get(item.key) ?? []).map(({ target }) => target);
  }

  /** The item a reference names, or why none. */
  private resolve(from: ReviewEntry, ref: DependencyRef): IndexedActionItem | string {
    let review = from;
    if (ref.review !== undefined) {
      const matches = this.entries.filter((entry) => entry.id === ref.review || pathEndsWith(entry.uri, ref.review!));
      if (matches.length === 0) return `No review has the id or file name \`${ref.review}\`.`;
      if (matches.length > 1) return `\`${ref.review}\` names ${matches.length} reviews; use the review's id or a longer path.`;
      review = matches[0];
    }
    const item = review.actionItems.find((candidate) => candidate.id === ref.item);
    return item ?? `"${review.title}" has no action item with the id \`${ref.item}\`.`;
  }
}

function fileNameOf(uri: string): string {
  return decodedPath(uri).split('/').pop() ?? uri;
}

/** Whether the file at `uri` (a file: uri or a path) is `path` or ends with `/path`. */
function pathEndsWith(uri: string, path: string): boolean {
  const full = decodedPath(uri);
  const wanted = path.replace(/\\/g, '/').replace(/^\.\//, '');
  return full === wanted || full.endsWith(`/${wanted}`);
}

/** A uri or path with `/` separators and percent-escapes decoded. */
function decodedPath(uri: string): string {
  const path = uri.replace(/\\/g, '/');
  try {
    return decodeURIComponent(path);
  } catch {
    return path; // not percent-encoded: compare as written
  }
}

/**
 * The graph's problems as findings of the `action-depends-on` rule, by review uri, at the ranges
 * `rangeOf` gives (the caller has the texts). None when the configuration turns the rule off.
 */
export function dependencyFindings(
  graph: DependencyGraph,
  config: ResolvedConfig,
  rangeOf: (problem: DependencyProblem) => Range | undefined,
): Map<string, Finding[]> {
  const byUri = new Map<string, Finding[]>();
  const severity = config.rules[actionDependsOn.id] ?? actionDependsOn.defaultSeverity;
  if (severity === 'off') return byUri;
  for (const problem of graph.problems()) {
    const range = rangeOf(problem);
    if (!range) continue;
    const path = ['actionItems', problem.item.index, 'dependsOn', problem.refIndex];
    const list = byUri.get(problem.item.reviewUri) ?? [];
    list.push({ rule: actionDependsOn.id, severity, message: problem.message, range, path });
    byUri.set(problem.item.reviewUri, list);
  }
  return byUri;
}
