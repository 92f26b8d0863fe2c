import { describe, expect, it } from "vitest";
import { stronglyConnected } from "../../src/alloy-semantics/graph.js";

const edges = (pairs: [string, string][]) => {
  const map = new Map<string, Set<string>>();
  for (const [from, to] of pairs) map.set(from, (map.get(from) ?? new Set()).add(to));
  return map;
};

describe("stronglyConnected", () => {
  it("finds cycles and leaves the rest as single nodes", () => {
    const parts = stronglyConnected(["a", "b", "c", "d"], edges([["a", "b"], ["b", "a"], ["c", "d"]]));
    expect(parts.map((p) => [...p].sort())).toEqual([["a", "b"], ["d"], ["c"]]);
  });

  it("handles a chain far longer than the call stack allows recursion for", () => {
    const nodes = Array.from({ length: 200_000 }, (_, i) => `n${i}`);
    // n0 → n1 → … → n199999 → n0: one cycle through every node.
    const chain = edges([...nodes.slice(1).map((n, i) => [nodes[i], n] as [string, string]), [nodes[nodes.length - 1], nodes[0]]]);
    const parts = stronglyConnected(nodes, chain);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toHaveLength(nodes.length);
  });
});
