// The dependency graph for the reviews a command read. A `dependsOn` entry may name a review the
// command was not given (a pre-commit hook lints only the staged files), so then the other
// reviews under the working directory are read too, for the graph only.
import { readFile } from 'node:fs/promises';
import { parseDependencyRef } from '../core/dependencies/reference';
import { DependencyGraph } from '../core/dependencies/workspace';
import { ReviewIndex, type ReviewEntry } from '../core/workspace-index';
import { expandPaths } from './files';

export async function workspaceGraph(entries: readonly ReviewEntry[], cwd: string): Promise<DependencyGraph> {
  const namesOtherReview = entries.some((entry) =>
    entry.actionItems.some((item) => item.dependsOn?.some((ref) => parseDependencyRef(ref)?.review !== undefined)));
  if (!namesOtherReview) return new DependencyGraph(entries);
  const given = new Set(entries.map((entry) => entry.uri));
  const others = new ReviewIndex();
  for (const file of await expandPaths([], cwd)) {
    if (given.has(file)) continue;
    // An unreadable or broken review simply cannot be named: its own lint run reports it.
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text !== undefined) others.update(file, text);
  }
  return new DependencyGraph([...entries, ...others.entries()]);
}
