import { describe, expect, it } from "vitest";
import { parseFile } from "../../grammar/alloy/index.js";
import { traversalsOfBody } from "../../src/alloy-semantics/traversals.js";

function names(value: string): string[] {
  const { ast } = parseFile(`x = ${value}\n`);
  if (!ast) throw new Error(`does not parse: ${value}`);
  return traversalsOfBody(ast.body).map((t) => t.map((p) => p.name).join("."));
}

describe("traversals (Alloy's internal/util/ast walker)", () => {
  const cases: [string, string[]][] = [
    ["a", ["a"]],
    ["a.b.c", ["a.b.c"]],
    ["a.b[0].c", ["a.b"]],
    // Go's walker quirk, kept for parity: after a call or index, a following
    // `.name` extends the traversal still open from the arguments or index.
    ['f(x).y', ["f", "x.y"]],
    ["f(1).y", ["f"]],
    ["a.b + c.d", ["a.b", "c.d"]],
    ["[a, b.c]", ["a", "b.c"]],
    ['{ k = a.b }', ["a.b"]],
    ["(a).b", ["a.b"]],
    ["a[b.c].d", ["a", "b.c.d"]],
    ["a[0].d", ["a"]],
    ["-a.b", ["a.b"]],
    ['"s".len', []],
    ["1", []],
  ];
  it.each(cases)("%s → %j", (value, expected) => {
    expect(names(value)).toEqual(expected);
  });

  it("gives each part its exact range", () => {
    const text = "x = prometheus.remote_write.default.receiver\n";
    const { ast } = parseFile(text);
    const [t] = traversalsOfBody(ast!.body);
    expect(t.map((p) => text.slice(p.range.start, p.range.end))).toEqual(["prometheus", "remote_write", "default", "receiver"]);
  });

  it("walks nested blocks", () => {
    const { ast } = parseFile('c "l" {\n  rule {\n    v = a.b\n  }\n}\n');
    expect(traversalsOfBody(ast!.body).map((t) => t.length)).toEqual([2]);
  });
});
