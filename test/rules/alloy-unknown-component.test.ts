import { lintProject } from "../../src/engine/index.js";
import { tempRepo } from "../repo/temp-repo.js";
import { describe, expect, it } from "vitest";
import rule from "../../rules/alloy-unknown-component.js";
import type { StabilityLevel } from "../../src/config/types.js";
import { brief, runRule } from "./rule-tester.js";

const lint = (contents: string, stabilityLevel?: StabilityLevel) => runRule(rule, { pipelines: [{ name: "p", contents, stabilityLevel }] });

describe("alloy-unknown-component", () => {
  it("has the metadata the registry expects", () => {
    expect(rule.meta).toMatchObject({ id: "alloy-unknown-component", category: "fast", scope: "file", defaultSeverity: "error" });
  });

  const valid: [string, string][] = [
    ["catalog components", 'prometheus.scrape "s" {\n  targets    = []\n  forward_to = []\n}\notelcol.receiver.otlp "r" {\n  grpc {}\n}\n'],
    ["a declared custom component, used before its declare", 'declare "b" {\n  a "x" {}\n}\ndeclare "a" {}\nb "y" {}\n'],
    ["any component of an import", 'import.git "mods" {\n  repository = "https://example.com/m.git"\n}\nmods.anything.here "x" {}\n'],
    ["nested blocks, which are not components", 'loki.process "p" {\n  forward_to = []\n  stage.json {\n    expressions = {}\n  }\n}\n'],
    ["an outer declare used inside another declare", 'declare "inner" {}\ndeclare "outer" {\n  inner "x" {}\n}\n'],
  ];
  it.each(valid)("accepts %s", async (_, contents) => {
    expect(await lint(contents)).toEqual([]);
  });

  it("reports an unknown name with the closest component", async () => {
    const reports = await lint('prometheus.scrap "s" {}\n');
    expect(reports.map(brief)).toEqual(["1:1-1:17 unknownSuggest"]);
    expect(reports[0].message).toBe('cannot find the definition of component name "prometheus.scrap"; did you mean "prometheus.scrape"?');
  });

  it.each([
    ["a sibling .alloy file", { "p.yaml": "enabled: true\nmatchers: [a=b]\n", "p.alloy": 'prometheus.scrap "s" {}\n' }, "p.alloy", 'prometheus.scrape "s" {}\n'],
    [
      "inline contents of a definition",
      { "q.yaml": 'enabled: true\nmatchers: [a=b]\ncontents: |\n  // é\n  prometheus.scrap "s" {}\n' },
      "q.yaml",
      'enabled: true\nmatchers: [a=b]\ncontents: |\n  // é\n  prometheus.scrape "s" {}\n',
    ],
  ])("offers the closest component as a rename, in %s", async (_, files, file, fixed) => {
    const dir = tempRepo(files);
    const { results } = await lintProject({ cwd: dir, rules: [rule] });
    const result = results.find((r) => r.filePath.endsWith(file))!;
    const [s] = result.messages[0].suggestions!;
    expect(s.desc).toBe('Change to "prometheus.scrape"');
    expect(result.source!.slice(0, s.fix.range[0]) + s.fix.text + result.source!.slice(s.fix.range[1])).toBe(fixed);
  });

  it("reports an unknown name with nothing close as Alloy does", async () => {
    const reports = await lint('totally.made_up "s" {}\n');
    expect(reports.map(brief)).toEqual(["1:1-1:16 unknown"]);
    expect(reports[0].message).toBe('cannot find the definition of component name "totally.made_up"');
  });

  it("needs the exact declare name, and a name under an import label", async () => {
    const contents = 'declare "d" {}\nimport.string "m" {\n  content = ""\n}\nd.x "a" {}\nm "b" {}\n';
    expect((await lint(contents)).map(brief)).toEqual(["5:1-5:4 unknown", "6:1-6:2 unknown"]);
  });

  it("does not see a declare nested in another declare from outside", async () => {
    const reports = await lint('declare "outer" {\n  declare "inner" {}\n}\ninner "x" {}\n');
    expect(reports.map(brief)).toEqual(["4:1-4:6 unknown"]);
  });

  it("does not see an import made inside a foreach template from outside", async () => {
    const contents = 'foreach "f" {\n  collection = []\n  var        = "v"\n  template {\n    import.string "m" {\n      content = ""\n    }\n    m.x "ok" {}\n  }\n}\nm.x "outside" {}\n';
    expect((await lint(contents, "experimental")).map(brief)).toEqual(["11:1-11:4 unknown"]);
  });

  it("warns about a component below the target's stability level", async () => {
    const reports = await lint('otelcol.exporter.debug "d" {}\n');
    expect(reports.map(brief)).toEqual(["1:1-1:23 belowStability"]);
    expect(reports[0]).toMatchObject({ maxSeverity: "warn", data: { level: "experimental", minimum: "generally-available" } });
    expect(await lint('otelcol.exporter.debug "d" {}\n', "experimental")).toEqual([]);
  });

  it("warns about foreach and experimental stdlib functions below the stability level", async () => {
    const contents = 'foreach "f" {\n  collection = array.combine_maps([], [], [])\n  var        = "v"\n  template {}\n}\n';
    const reports = await lint(contents);
    expect(reports.map(brief)).toEqual(["1:1-1:8 belowStability", "2:16-2:34 belowStability"]);
    expect(reports[0].message).toContain('foreach block "foreach" is at stability level "experimental"');
    expect(await lint(contents, "experimental")).toEqual([]);
  });

  it("warns that a community component needs a collector flag", async () => {
    const reports = await lint('otelcol.exporter.datadog "d" {}\n', "experimental");
    expect(reports.map(brief)).toEqual(["1:1-1:25 community"]);
    expect(reports[0].maxSeverity).toBe("warn");
  });

  it("names a removed component as removed, with the release and the replacement", async () => {
    const reports = await lint('prometheus.write.queue "q" {}\n');
    expect(reports.map(brief)).toEqual(["1:1-1:23 removed"]);
    expect(reports[0].data).toEqual({ name: "prometheus.write.queue", since: " in v1.19.0", instead: '; use "prometheus.remote_write" instead' });
  });

  it("knows the removals Alloy's docs record, and the module.* blocks import.* replaced", async () => {
    const reports = await lint('otelcol.exporter.logging "l" {}\nmodule.file "m" {\n  filename = "x"\n}\n');
    expect(reports.map((r) => [brief(r), r.data.instead])).toEqual([
      ["1:1-1:25 removed", '; use "otelcol.exporter.debug" instead'],
      ["2:1-2:12 removed", '; use "import.file" instead'],
    ]);
  });
});

describe("one mistake, one problem", () => {
  it("an unlabelled unknown block is reported once, as unknown (not also as missing its label)", async () => {
    const cwd = tempRepo({ "config.alloy": "foo {\n}\n\nbar.baz {\n  a = 1\n}\n\nprometheus.write.queue {\n}\n" });
    const { results } = await lintProject({ cwd });
    expect(results[0].messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      "1:1 alloy-unknown-component",
      "4:1 alloy-unknown-component",
      "8:1 alloy-unknown-component",
    ]);
  });

  it("a known component without a label still gets the label error only", async () => {
    const cwd = tempRepo({ "config.alloy": "loki.write {\n}\n" });
    const { results } = await lintProject({ cwd });
    expect(results[0].messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)).toEqual([
      '1:1 alloy-references component "loki.write" must have a label',
    ]);
  });
});
