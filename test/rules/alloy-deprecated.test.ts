import { describe, expect, it } from "vitest";
import rule from "../../rules/alloy-deprecated.js";
import { brief, runRule } from "./rule-tester.js";

const lint = (contents: string) => runRule(rule, { pipelines: [{ name: "p", contents }] });

describe("alloy-deprecated", () => {
  it("has the metadata the registry expects", () => {
    expect(rule.meta).toMatchObject({ id: "alloy-deprecated", category: "fast", scope: "file", defaultSeverity: "warn" });
  });

  const deprecated: [string, string][] = [
    ["env", "sys.env"],
    ["nonsensitive", "convert.nonsensitive"],
    ["concat", "array.concat"],
    ["json_decode", "encoding.from_json"],
    ["yaml_decode", "encoding.from_yaml"],
    ["base64_decode", "encoding.from_base64"],
    ["format", "string.format"],
    ["join", "string.join"],
    ["replace", "string.replace"],
    ["split", "string.split"],
    ["to_lower", "string.to_lower"],
    ["to_upper", "string.to_upper"],
    ["trim", "string.trim"],
    ["trim_prefix", "string.trim_prefix"],
    ["trim_suffix", "string.trim_suffix"],
    ["trim_space", "string.trim_space"],
  ];
  it.each(deprecated)("reports %s with its replacement %s", async (name, replacement) => {
    const reports = await lint(`local.file "f" {\n  filename = ${name}("x")\n}\n`);
    expect(reports.map(brief)).toEqual([`2:14-2:${14 + name.length} deprecatedStdlib`]);
    expect(reports[0].data).toEqual({ name, replacement });
    expect(reports[0].suggestions).toEqual([{ desc: `Replace with ${replacement}`, text: replacement }]);
  });

  it("accepts the namespaced functions", async () => {
    expect(await lint('local.file "f" {\n  filename = sys.env("X") + string.trim(" a ", " ")\n}\n')).toEqual([]);
  });

  it("does not report a name a foreach variable shadows", async () => {
    const contents = 'foreach "f" {\n  collection = []\n  var        = "env"\n  template {\n    local.file "x" {\n      filename = env\n    }\n  }\n}\n';
    expect(await lint(contents)).toEqual([]);
  });

  it("warns where a component shadows a stdlib namespace (and does not call it deprecated)", async () => {
    const contents = 'declare "sys" {\n  export "env" {\n    value = "x"\n  }\n}\nsys "sys" {}\nlocal.file "f" {\n  filename = sys.sys.env\n}\n';
    expect((await lint(contents)).map(brief)).toEqual(["8:14-8:17 stdlibShadowed"]);
  });

  it("reports removed components", async () => {
    const reports = await lint('otelcol.receiver.opencensus "o" {}\n');
    expect(reports.map(brief)).toEqual(["1:1-1:28 removedComponent"]);
    expect(reports[0].data).toEqual({ name: "otelcol.receiver.opencensus" });
  });
});
