import * as assert from 'node:assert/strict';
import { ReviewIndex } from '../workspace-index';
import { DependencyGraph } from './workspace';

/** A review with the given id and action items, each `[id, status, dependsOn]`. */
function review(id: string, items: [string, string, string[]?][]): string {
  return [
    'pir: 1', `id: ${id}`, `title: Review ${id}`, 'severity: P2', 'status: final', 'actionItems:',
    ...items.flatMap(([itemId, status, deps]) => [
      `  - id: ${itemId}`, `    title: Work ${itemId}`, `    status: ${status}`, ...(deps ? [`    dependsOn: [${deps.map((d) => JSON.stringify(d)).join(', ')}]`] : []),
    ]),
  ].join('\n') + '\n';
}

function graphOf(files: Record<string, string>) {
  const index = new ReviewIndex();
  for (const [uri, text] of Object.entries(files)) index.update(uri, text);
  const item = (uri: string, id: string) => index.get(uri)!.actionItems.find((i) => i.id === id)!;
  return { graph: new DependencyGraph(index.entries()), item };
}

// Two workspace folders, as the extension's index holds them in a multi-root workspace.
const A = 'file:///work/team-a/reviews/2026-03-14-checkout.pir.yaml';
const B = 'file:///work/team-b/2026-05-02-cert%20expiry.pir.yaml';

describe('DependencyGraph', () => {
  it('resolves references by review id and by file name across folders, and marks open items blocked by open ones', () => {
    const { graph, item } = graphOf({
      [A]: review('PIR-1', [['AI-1', 'open'], ['AI-2', 'open', ['AI-1', 'PIR-2#AI-1']], ['AI-3', 'open', ['2026-05-02-cert expiry.pir.yaml#AI-2']]]),
      [B]: review('PIR-2', [['AI-1', 'in-progress'], ['AI-2', 'done']]),
    });
    assert.deepEqual(graph.problems(), []);
    assert.deepEqual(graph.blockedBy(item(A, 'AI-2')).map((i) => i.key), [`${A}#AI-1`, `${B}#AI-1`]);
    assert.deepEqual(graph.blockedBy(item(A, 'AI-3')), [], 'its dependency is done');
    assert.deepEqual(graph.dependencies(item(A, 'AI-3')).map((i) => i.key), [`${B}#AI-2`]);
    assert.deepEqual(graph.blockedBy(item(A, 'AI-1')), []);
  });

  it('does not call a closed item blocked', () => {
    const { graph, item } = graphOf({ [A]: review('PIR-1', [['AI-1', 'open'], ['AI-2', 'done', ['AI-1']]]) });
    assert.deepEqual(graph.blockedBy(item(A, 'AI-2')), []);
  });

  it('reports unknown reviews, unknown items and ambiguous file names in other reviews, not unknown local ids', () => {
    const { graph } = graphOf({
      [A]: review('PIR-1', [['AI-1', 'open', ['PIR-9#AI-1', 'PIR-2#AI-7', 'AI-8', 'x.pir.yaml#AI-1']]]),
      [B]: review('PIR-2', [['AI-1', 'open']]),
      'file:///one/x.pir.yaml': review('PIR-3', [['AI-1', 'open']]),
      'file:///two/x.pir.yaml': review('PIR-4', [['AI-1', 'open']]),
    });
    assert.deepEqual(graph.problems().map((p) => [p.item.id, p.refIndex]), [['AI-1', 0], ['AI-1', 1], ['AI-1', 3]]);
    const [unknownReview, unknownItem, ambiguous] = graph.problems().map((p) => p.message);
    assert.match(unknownReview, /No review has the id or file name `PIR-9`/);
    assert.match(unknownItem, /"Review PIR-2" has no action item with the id `AI-7`/);
    assert.match(ambiguous, /`x\.pir\.yaml` names 2 reviews/);
  });

  it('reports a cycle through two reviews on its cross-review links', () => {
    const { graph } = graphOf({
      [A]: review('PIR-1', [['AI-1', 'open', ['AI-2']], ['AI-2', 'open', ['PIR-2#AI-1']]]),
      [B]: review('PIR-2', [['AI-1', 'open', ['PIR-1#AI-1']]]),
    });
    assert.deepEqual(graph.problems().map((p) => [p.item.key, p.refIndex]), [[`${A}#AI-2`, 0], [`${B}#AI-1`, 0]]);
    assert.match(graph.problems()[0].message, /wait for each other through a dependency cycle/);
  });
});
