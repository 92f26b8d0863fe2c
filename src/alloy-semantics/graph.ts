/**
 * Strongly connected components (Tarjan), visiting nodes in insertion order
 * as Alloy's dag.StronglyConnectedComponentsOrdered does, so the cycles come
 * out in a stable order.
 */
export function stronglyConnected<T>(nodes: readonly T[], edges: ReadonlyMap<T, ReadonlySet<T>>): T[][] {
  const index = new Map<T, number>();
  const low = new Map<T, number>();
  const onStack = new Set<T>();
  const stack: T[] = [];
  const result: T[][] = [];
  let next = 0;

  // Iterative DFS: a long dependency chain must not overflow the call stack.
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { node: T; targets: Iterator<T> }[] = [];
    const enter = (node: T): void => {
      index.set(node, next);
      low.set(node, next);
      next++;
      stack.push(node);
      onStack.add(node);
      work.push({ node, targets: (edges.get(node) ?? new Set<T>()).values() });
    };
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const step = frame.targets.next();
      if (!step.done) {
        const target = step.value;
        if (!index.has(target)) enter(target);
        else if (onStack.has(target)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: T[] = [];
        let member: T;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        result.push(component);
      }
    }
  }
  return result;
}
