import * as assert from 'node:assert/strict';
import { cycleEdges } from './cycles';

describe('cycleEdges', () => {
  const graph = (edges: Record<string, string[]>) => cycleEdges(Object.keys(edges), (node) => edges[node] ?? []);

  it('finds the edges of a cycle and not the edges into or out of it', () => {
    const onCycle = graph({ a: ['b'], b: ['c'], c: ['a', 'd'], d: [], e: ['a'] });
    assert.deepEqual([['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['e', 'a']].map(([from, to]) => onCycle(from, to)), [true, true, true, false, false]);
  });

  it('counts a self-edge as a cycle, and a lone node without one as none', () => {
    const onCycle = graph({ a: ['a'], b: [] });
    assert.equal(onCycle('a', 'a'), true);
    assert.equal(onCycle('b', 'b'), false);
  });

  it('handles a chain of 20,000 nodes without overflowing the stack', () => {
    const edges: Record<string, string[]> = {};
    for (let i = 0; i < 20_000; i++) edges[`n${i}`] = [`n${(i + 1) % 20_000}`];
    assert.equal(graph(edges)('n19999', 'n0'), true);
    edges.n19999 = [];
    assert.equal(graph(edges)('n5', 'n6'), false);
  });
});
