import { describe, expect, it } from "vitest";
import rule from "../../rules/pipeline-exports.js";
import { brief, runRule, type PipelineSpec } from "./rule-tester.js";

const PROVIDER = 'export "targets" {\n  value = []\n}\n';
const reader = (expr: string) => `prometheus.scrape "s" {\n  targets    = ${expr}\n  forward_to = []\n}\n`;
const USE = 'argument.pipeline_exports.value["base"]["targets"]';

function setup(readerMatchers: string[], providerMatchers: string[], extra: Partial<PipelineSpec> = {}): PipelineSpec[] {
  return [
    { name: "base", contents: PROVIDER, matchers: providerMatchers, ...extra },
    { name: "app", contents: reader(USE), matchers: readerMatchers, ...extra },
  ];
}

describe("pipeline-exports", () => {
  it("has the metadata the registry expects", () => {
    expect(rule.meta).toMatchObject({ id: "pipeline-exports", category: "fast", scope: "project", defaultSeverity: "error" });
  });

  const valid: [string, string[], string[]][] = [
    ["identical matchers", ["env=prod"], ["env=prod"]],
    ["a provider with fewer matchers", ["env=prod", "team=a"], ["env=prod"]],
    ["a provider with no matchers", ["env=prod"], []],
    ["an equality implying a regex", ["env=prod"], ['env=~"prod|dev"']],
    ["an equality implying an inequality", ["env=prod"], ["env!=dev"]],
    ["an equality implying a negative regex", ["env=prod"], ['env!~"dev|test"']],
    ["matchers equal after canonicalisation", ['env="prod"'], ["env=prod"]],
  ];
  it.each(valid)("accepts %s", async (_, readerMatchers, providerMatchers) => {
    expect(await runRule(rule, { pipelines: setup(readerMatchers, providerMatchers) })).toEqual([]);
  });

  it("reports a pipeline that does not exist", async () => {
    const reports = await runRule(rule, { pipelines: [{ name: "app", contents: reader(USE) }] });
    expect(reports.map((r) => `${r.file} ${brief(r)}`)).toEqual(["app.alloy 2:16-2:66 unknownPipeline"]);
    expect(reports[0].data).toEqual({ pipeline: "base", stack: "default" });
  });

  it("reports a pipeline of another stack as unknown", async () => {
    const reports = await runRule(rule, {
      pipelines: [
        { name: "base", contents: PROVIDER, stack: "other" },
        { name: "app", contents: reader(USE) },
      ],
    });
    expect(reports.map(brief)).toEqual(["2:16-2:66 unknownPipeline"]);
  });

  it("reports an export the pipeline does not declare, pointing at the pipeline", async () => {
    const reports = await runRule(rule, {
      pipelines: [
        { name: "base", contents: 'export "other" {\n  value = 1\n}\n' },
        { name: "app", contents: reader(USE) },
      ],
    });
    expect(reports.map(brief)).toEqual(["2:16-2:66 missingExport"]);
    expect(reports[0].data).toEqual({ pipeline: "base", export: "targets" });
    expect(reports[0].related).toEqual(['base.yaml:1:7 pipeline "base" is defined here']);
  });

  it("reports an enabled reader of a disabled pipeline", async () => {
    const disabled = await runRule(rule, { pipelines: setup([], [], { enabled: false }).map((p, i) => (i === 1 ? { ...p, enabled: true } : p)) });
    expect(disabled.map(brief)).toEqual(["2:16-2:66 providerDisabled"]);
    expect(disabled[0].data).toEqual({ pipeline: "base", enabled: "false" });
    const omitted = await runRule(rule, { pipelines: setup([], []).map((p, i) => (i === 0 ? { ...p, enabled: null } : p)) });
    expect(omitted[0].data).toEqual({ pipeline: "base", enabled: "omitted, so synced as false" });
    const bothOff = await runRule(rule, { pipelines: setup([], [], { enabled: false }) });
    expect(bothOff).toEqual([]);
  });

  const notImplied: [string, string[], string[], string][] = [
    ["a provider narrower than the reader", ['env=~"prod|dev"'], ["env=prod"], 'env="prod"'],
    ["a provider matcher on another attribute", ["env=prod"], ["team=a"], 'team="a"'],
    ["a reader with no matchers", [], ["env=prod"], 'env="prod"'],
    ["a provider matcher contradicting the reader", ["env=prod"], ["env!=prod"], 'env!="prod"'],
  ];
  it.each(notImplied)("reports %s", async (_, readerMatchers, providerMatchers, matcher) => {
    const reports = await runRule(rule, { pipelines: setup(readerMatchers, providerMatchers) });
    expect(reports.map(brief)).toEqual(["2:16-2:66 notImplied"]);
    expect(reports[0].data).toEqual({ pipeline: "base", matcher });
  });

  it("counts the target's global matchers on both sides", async () => {
    expect(await runRule(rule, { pipelines: setup([], [], { globalMatchers: ["env=prod"] }) })).toEqual([]);
  });

  it("reads value[\"P\"] alone and inside larger expressions, but not inside a declare", async () => {
    const contents = reader('concat(argument.pipeline_exports.value["missing"], [])') + 'declare "d" {\n  argument "pipeline_exports" {}\n  export "x" {\n    value = argument.pipeline_exports.value["nope"]["x"]\n  }\n}\n';
    const reports = await runRule(rule, { pipelines: [{ name: "app", contents }] });
    expect(reports.map(brief)).toEqual(["2:23-2:65 unknownPipeline"]);
  });

  it("reports only on linted files", async () => {
    const reports = await runRule(rule, { pipelines: [{ name: "app", contents: reader(USE) }], standalone: { "other.alloy": "" }, linted: ["other.alloy"] });
    expect(reports).toEqual([]);
  });
});
