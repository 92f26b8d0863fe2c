import { describe, expect, it } from "vitest";
import { parseFile } from "../../grammar/alloy/index.js";
import { FLEET_INJECTED_ARGUMENTS, analyzeAlloy, type AnalyzeOptions } from "../../src/alloy-semantics/index.js";

function codes(text: string, options: AnalyzeOptions): string[] {
  const { ast } = parseFile(text);
  if (!ast) throw new Error("does not parse");
  return analyzeAlloy(ast, options).map((f) => `${f.code}: ${f.message}`);
}

const ROOT: AnalyzeOptions = { context: "root", minStability: "experimental" };
const MODULE: AnalyzeOptions = { context: "module", minStability: "experimental", injectedArguments: FLEET_INJECTED_ARGUMENTS };

describe("analyzeAlloy contexts", () => {
  it("root: argument/export are module-only and unconfigurable services say so", () => {
    expect(codes('argument "a" {}\ncluster {}\n', ROOT)).toEqual([
      "only-in-module: argument blocks only allowed inside a module",
      'service-not-configurable: service "cluster" does not support being configured',
    ]);
  });

  it("module: argument/export are fine, logging and services are not", () => {
    expect(codes('argument "a" {}\nlogging {}\ncluster {}\n', MODULE)).toEqual([
      "not-allowed: logging not allowed in module",
      "not-allowed: cluster not allowed in module",
    ]);
  });

  it("root foreach templates reject logging as Alloy does", () => {
    expect(codes('foreach "f" {\n  collection = []\n  var = "v"\n  template {\n    logging {}\n  }\n}\n', ROOT)).toEqual([
      "not-allowed: logging not allowed in foreach",
    ]);
  });

  it("resolves the injected arguments in module context only", () => {
    const text = 'local.file "f" {\n  filename = argument.attributes.value["x"]\n}\n';
    expect(codes(text, MODULE)).toEqual([]);
    expect(codes(text, ROOT)).toEqual(['missing-reference: component "argument.attributes.value" does not exist or is out of scope']);
  });

  it("a service name with a label is a component, as Alloy matches services by ID", () => {
    expect(codes('http "x" {}\n', ROOT)).toEqual(['unknown-component: cannot find the definition of component name "http"']);
  });

  it("caches per AST and options", () => {
    const { ast } = parseFile('local.file "f" {}\n');
    expect(analyzeAlloy(ast!, MODULE)).toBe(analyzeAlloy(ast!, { ...MODULE }));
    expect(analyzeAlloy(ast!, MODULE)).not.toBe(analyzeAlloy(ast!, ROOT));
  });
});
