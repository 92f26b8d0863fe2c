import { describe, expect, it } from "vitest";
import { parseFile } from "../../grammar/alloy/index.js";
import { declaredExports, pipelineExportUses } from "../../src/alloy-semantics/pipeline-exports.js";

function parse(text: string) {
  const { ast } = parseFile(text);
  if (!ast) throw new Error("does not parse");
  return ast;
}

describe("pipeline exports in an AST", () => {
  it("finds the top-level export blocks only", () => {
    const ast = parse('export "a" {\n  value = 1\n}\ndeclare "d" {\n  export "b" {\n    value = 2\n  }\n}\n');
    expect([...declaredExports(ast).keys()]).toEqual(["a"]);
  });

  it("finds literal uses with their ranges, decoding the strings", () => {
    const text = 'c "l" {\n  a = argument.pipeline_exports.value["p\\u0031"]["e"]\n  b = argument.pipeline_exports.value[`raw`]\n  c = argument.pipeline_exports.value[name]["e"]\n  d = (argument.pipeline_exports).value["x"]["y"]\n}\n';
    const uses = pipelineExportUses(parse(text));
    expect(uses.map((u) => ({ ...u, text: text.slice(u.range.start, u.range.end) }))).toEqual([
      { pipeline: "p1", exportName: "e", range: expect.any(Object), text: 'argument.pipeline_exports.value["p\\u0031"]["e"]' },
      { pipeline: "raw", range: expect.any(Object), text: "argument.pipeline_exports.value[`raw`]" },
    ]);
  });
});
