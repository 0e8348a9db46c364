/**
 * Which edges of a directed graph lie on a cycle: `from -> to` where `to` leads back to `from`
 * (a self-edge included). Tarjan's strongly connected components, iterative, so that a long
 * chain of dependencies cannot overflow the stack.
 */
export function cycleEdges(nodes: Iterable<string>, successors: (node: string) => readonly string[]): (from: string, to: string) => boolean {
  const component = stronglyConnected(nodes, successors);
  return (from, to) => {
    const id = component.get(from);
    if (id === undefined || id !== component.get(to)) return false;
    // One node alone is a component too: it is a cycle only with an edge to itself.
    return from !== to || successors(from).includes(from);
  };
}

/** Each node's component number. */
function stronglyConnected(nodes: Iterable<string>, successors: (node: string) => readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const component = new Map<string, number>();
  let counter = 0;
  let components = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    // Each frame: a node and how many of its successors were visited.
    const frames: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (frames.length) {
      const frame = frames[frames.length - 1];
      const out = successors(frame.node);
      if (frame.next < out.length) {
        const next = out[frame.next++];
        if (!index.has(next)) {
          index.set(next, counter);
          low.set(next, counter++);
          stack.push(next);
          onStack.add(next);
          frames.push({ node: next, next: 0 });
        } else if (onStack.has(next)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(next)!));
        }
        continue;
      }
      frames.pop();
      if (frames.length) {
        const parent = frames[frames.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.set(member, components);
        } while (member !== frame.node);
        components++;
      }
    }
  }
  return component;
}
