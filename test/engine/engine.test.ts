import { describe, expect, it } from "vitest";
import { FleetlintError } from "../../src/core/errors.js";
import { RuleContractError } from "../../src/engine/index.js";
import type { Rule } from "../../src/engine/types.js";
import { lintSpec, namesRule, testRule } from "./helpers.js";

const def = (name: string, extra = "") => `name: ${name}\nenabled: true\n${extra}`;

describe("severities and rule settings", () => {
  const files = { "p/a.yaml": def("a"), "legacy/b.yaml": def("b") };

  it("uses the rule's default severity", async () => {
    const { lines } = await lintSpec({ files }, [namesRule("names", { defaultSeverity: "warn" })]);
    expect(lines).toEqual(["legacy/b.yaml:1:7 names 1 Pipeline 'b' is named", "p/a.yaml:1:7 names 1 Pipeline 'a' is named"]);
  });

  it("applies config rules, then overrides by glob (relative to baseDir), then --rule", async () => {
    const config = { rules: { names: 1 as const }, overrides: [{ files: ["legacy/**"], rules: { names: "off" as const } }] };
    expect((await lintSpec({ files, config }, [namesRule()])).lines).toEqual(["p/a.yaml:1:7 names 1 Pipeline 'a' is named"]);
    const forced = await lintSpec({ files, config }, [namesRule()], { ruleOverrides: { names: "error" } });
    expect(forced.lines).toEqual(["legacy/b.yaml:1:7 names 2 Pipeline 'b' is named", "p/a.yaml:1:7 names 2 Pipeline 'a' is named"]);
  });

  it("runs a rule that is off by default when only an override turns it on", async () => {
    const config = { overrides: [{ files: ["legacy/*.yaml"], rules: { names: "error" as const } }] };
    const { lines } = await lintSpec({ files, config }, [namesRule("names", { defaultSeverity: "off" })]);
    expect(lines).toEqual(["legacy/b.yaml:1:7 names 2 Pipeline 'b' is named"]);
  });

  it("rejects --rule for an unknown rule", async () => {
    await expect(lintSpec({ files }, [namesRule()], { ruleOverrides: { nope: "warn" } })).rejects.toThrow(FleetlintError);
  });

  it("caps a report's severity with maxSeverity and drops it when the cap is off", async () => {
    const capped = (cap: "warn" | "off") =>
      testRule({ id: "capped" }, (context) => ({
        pipeline(p) {
          context.report({ messageId: "named", data: { name: p.name }, loc: { file: p.definition.file, range: { start: 0, end: 4 } }, maxSeverity: cap });
        },
      }));
    expect((await lintSpec({ files: { "a.yaml": def("a") } }, [capped("warn")])).lines).toEqual(["a.yaml:1:1 capped 1 Pipeline 'a' is named"]);
    expect((await lintSpec({ files: { "a.yaml": def("a") } }, [capped("off")])).lines).toEqual([]);
  });

  it("reports at info (severity 3) from a default, the config or --rule, counted as neither error nor warning", async () => {
    const byDefault = await lintSpec({ files }, [namesRule("names", { defaultSeverity: "info" })]);
    expect(byDefault.lines).toEqual(["legacy/b.yaml:1:7 names 3 Pipeline 'b' is named", "p/a.yaml:1:7 names 3 Pipeline 'a' is named"]);
    expect(byDefault.outcome.results.map((r) => [r.errorCount, r.warningCount, r.infoCount])).toEqual([
      [0, 0, 1],
      [0, 0, 1],
    ]);
    const config = { rules: { names: "info" as const }, overrides: [{ files: ["legacy/**"], rules: { names: ["warn"] as ["warn"] } }] };
    expect((await lintSpec({ files, config }, [namesRule()])).lines).toEqual(["legacy/b.yaml:1:7 names 1 Pipeline 'b' is named", "p/a.yaml:1:7 names 3 Pipeline 'a' is named"]);
    const lowered = await lintSpec({ files }, [namesRule("names", { defaultSeverity: "error" })], { ruleOverrides: { names: "info" } });
    expect(lowered.lines).toEqual(["legacy/b.yaml:1:7 names 3 Pipeline 'b' is named", "p/a.yaml:1:7 names 3 Pipeline 'a' is named"]);
  });

  it("caps by rank, not by the JSON number: an info under a warn cap stays info", async () => {
    const capped = testRule({ id: "capped" }, (context) => ({
      pipeline(p) {
        context.report({ messageId: "named", data: { name: p.name }, loc: { file: p.definition.file, range: { start: 0, end: 4 } }, maxSeverity: "warn" });
      },
    }));
    const one = { "a.yaml": def("a") };
    expect((await lintSpec({ files: one, config: { rules: { capped: "info" } } }, [capped])).lines).toEqual(["a.yaml:1:1 capped 3 Pipeline 'a' is named"]);
    expect((await lintSpec({ files: one, config: { rules: { capped: "error" } } }, [capped])).lines).toEqual(["a.yaml:1:1 capped 1 Pipeline 'a' is named"]);
  });
});

describe("rule options", () => {
  const optionRule = (schema: object[] | undefined): Rule =>
    testRule({ id: "opt", schema, defaultOptions: [{ max: 3, mode: "strict" }], messages: { value: "max {{max}} mode {{mode}}" } }, (context) => ({
      pipeline(p) {
        const options = context.options[0] as { max: number; mode: string };
        context.report({ messageId: "value", data: options, loc: { file: p.definition.file, range: { start: 0, end: 0 } } });
      },
    }));
  const schema = [{ type: "object", properties: { max: { type: "integer" }, mode: { type: "string" } }, additionalProperties: false }];

  it("merges written options over meta.defaultOptions", async () => {
    const config = { rules: { opt: ["error", { max: 7 }] as ["error", ...unknown[]] } };
    const { lines } = await lintSpec({ files: { "a.yaml": def("a") }, config }, [optionRule(schema)]);
    expect(lines).toEqual(["a.yaml:1:1 opt 2 max 7 mode strict"]);
  });

  it("rejects options that do not fit meta.schema, naming the entry", async () => {
    const config = { rules: { opt: ["error", { max: "many" }] as ["error", ...unknown[]] } };
    await expect(lintSpec({ files: { "a.yaml": def("a") }, config }, [optionRule(schema)])).rejects.toThrow(/rules\.opt: invalid options for rule opt/);
  });

  it("rejects options for a rule that takes none", async () => {
    const config = { overrides: [{ files: ["**"], rules: { opt: ["warn", { max: 1 }] as ["warn", ...unknown[]] } }] };
    await expect(lintSpec({ files: { "a.yaml": def("a") }, config }, [optionRule(undefined)])).rejects.toThrow(/overrides\[0\]\.rules\.opt: rule opt takes no options/);
  });
});

describe("the report contract", () => {
  const reporting = (report: Parameters<import("../../src/engine/types.js").RuleContext["report"]>[0] | ((p: import("../../src/repo/types.js").Pipeline) => Parameters<import("../../src/engine/types.js").RuleContext["report"]>[0])) =>
    testRule({ id: "bad" }, (context) => ({
      pipeline(p) {
        context.report(typeof report === "function" ? report(p) : report);
      },
    }));

  it("rejects an undeclared message id, naming the rule", async () => {
    const rule = reporting((p) => ({ messageId: "nope", loc: { file: p.definition.file, range: { start: 0, end: 1 } } }));
    const run = lintSpec({ files: { "a.yaml": def("a") } }, [rule]);
    await expect(run).rejects.toThrow(RuleContractError);
    await expect(run).rejects.toThrow("rule bad: reported undeclared messageId 'nope'");
  });

  it("rejects a range outside the file", async () => {
    const rule = reporting((p) => ({ messageId: "named", loc: { file: p.definition.file, range: { start: 2, end: 999 } } }));
    await expect(lintSpec({ files: { "a.yaml": def("a") } }, [rule])).rejects.toThrow(/rule bad: report 'named' range \[2, 999\) is outside/);
  });

  it("rejects a reversed range and a related location outside its file", async () => {
    const reversed = reporting((p) => ({ messageId: "named", loc: { file: p.definition.file, range: { start: 3, end: 1 } } }));
    await expect(lintSpec({ files: { "a.yaml": def("a") } }, [reversed])).rejects.toThrow(RuleContractError);
    const related = reporting((p) => ({
      messageId: "named",
      loc: { file: p.definition.file, range: { start: 0, end: 1 } },
      related: [{ file: p.definition.file, range: { start: 500, end: 501 }, message: "x" }],
    }));
    await expect(lintSpec({ files: { "a.yaml": def("a") } }, [related])).rejects.toThrow(/related location range/);
  });

  it("rejects fixes and suggestions the rule did not declare", async () => {
    const fix = reporting((p) => ({ messageId: "named", loc: { file: p.definition.file, range: { start: 0, end: 1 } }, fix: { range: { start: 0, end: 1 }, text: "" } }));
    await expect(lintSpec({ files: { "a.yaml": def("a") } }, [fix])).rejects.toThrow(/without declaring meta.fixable/);
    const suggest = reporting((p) => ({
      messageId: "named",
      loc: { file: p.definition.file, range: { start: 0, end: 1 } },
      suggestions: [{ desc: "x", fix: { range: { start: 0, end: 1 }, text: "" } }],
    }));
    await expect(lintSpec({ files: { "a.yaml": def("a") } }, [suggest])).rejects.toThrow(/without declaring meta.hasSuggestions/);
  });

  it("names the rule when one throws", async () => {
    const throwing = testRule({ id: "boom" }, () => ({
      project() {
        throw new Error("kaput");
      },
    }));
    await expect(lintSpec({ files: { "a.yaml": def("a") } }, [throwing])).rejects.toThrow("rule boom failed: kaput");
  });

  it("fills message templates and help from data; leaves unknown placeholders visible", async () => {
    const rule = testRule(
      { id: "tmpl", messages: { m: "Too many '{{name}}' ({{count}} > {{limit}}) {{missing}}" }, help: { m: "Remove {{name}}" } },
      (context) => ({
        pipeline(p) {
          context.report({ messageId: "m", data: { name: p.name, count: 3, limit: 2 }, loc: { file: p.definition.file, range: { start: 0, end: 4 } } });
        },
      }),
    );
    const { outcome } = await lintSpec({ files: { "a.yaml": def("a") } }, [rule]);
    const [m] = outcome.results[0].messages;
    expect(m.message).toBe("Too many 'a' (3 > 2) {{missing}}");
    expect(m.help).toBe("Remove a");
    expect(m.messageId).toBe("m");
  });
});

describe("linted files and project rules", () => {
  const everywhere = testRule({ id: "everywhere", scope: "project" }, (context) => ({
    project(project) {
      for (const p of project.pipelines) context.report({ messageId: "named", data: { name: p.name }, loc: { file: p.definition.file, range: { start: 0, end: 4 } } });
      context.report({ messageId: "named", data: { name: "stack" }, loc: context.configLocation() });
    },
  }));

  it("keeps project-rule reports on linted files and on the config file only", async () => {
    const { lines, outcome } = await lintSpec({ files: { "a.yaml": def("a"), "b.yaml": def("b") }, linted: ["b.yaml"] }, [everywhere]);
    // Without a config file, file-less diagnostics use fleetlint.config.yaml in the base folder.
    expect(lines).toEqual(["b.yaml:1:1 everywhere 2 Pipeline 'b' is named", "fleetlint.config.yaml:1:1 everywhere 2 Pipeline 'stack' is named"]);
    expect(outcome.results.map((r) => r.filePath)).toEqual(["/repo/b.yaml", "/repo/fleetlint.config.yaml"]);
  });

  it("gives every linted file a result, problems or not, sorted by path", async () => {
    const { outcome } = await lintSpec({ files: { "z.yaml": def("z"), "a.yaml": def("a") } }, []);
    expect(outcome.results.map((r) => [r.filePath, r.messages.length, r.errorCount])).toEqual([
      ["/repo/a.yaml", 0, 0],
      ["/repo/z.yaml", 0, 0],
    ]);
  });

  it("calls the pipeline hook only for pipelines with a linted file, and target hooks per target", async () => {
    const seen: string[] = [];
    const spy = testRule({ id: "spy" }, () => ({
      pipeline: (p) => void seen.push(`pipeline ${p.name}`),
      target: (t, pipelines) => void seen.push(`target ${t.index} ${pipelines.length}`),
      alloy: (doc) => void seen.push(`alloy ${doc.contents.file.path}`),
    }));
    await lintSpec({ files: { "a.yaml": def("a"), "a.alloy": "x {}\n", "b.yaml": def("b"), "lib.alloy": "" }, linted: ["a.alloy", "lib.alloy"] }, [spy]);
    expect(seen).toEqual(["alloy /repo/a.alloy", "alloy /repo/lib.alloy", "pipeline a", "target 0 2"]);
  });

  it("runs network rules only when an online state is given", async () => {
    const network = namesRule("net", { category: "network" });
    expect((await lintSpec({ files: { "a.yaml": def("a") } }, [network])).lines).toEqual([]);
    const online = { remotePipelines: async () => [], pipelineLimit: async () => undefined, validate: async () => ({ ok: true as const }) };
    expect((await lintSpec({ files: { "a.yaml": def("a") } }, [network], { online })).lines).toEqual(["a.yaml:1:7 net 2 Pipeline 'a' is named"]);
  });

  it("reports a problem found twice (a file loaded under two targets) once", async () => {
    const twice = testRule({ id: "twice" }, (context) => ({
      pipeline(p) {
        for (let i = 0; i < 2; i++) context.report({ messageId: "named", data: { name: p.name }, loc: { file: p.definition.file, range: { start: 0, end: 4 } } });
      },
    }));
    expect((await lintSpec({ files: { "a.yaml": def("a") } }, [twice])).lines).toHaveLength(1);
  });
});

describe("message order", () => {
  it("keeps the own order of a rule with reportOrder: reported (alloy-syntax) and sorts the rest by position", async () => {
    const syntaxLike = testRule({ id: "syntax-like", messages: { syntax: "{{message}}" }, reportOrder: "reported" }, (context) => ({
      alloy(doc) {
        // Reported out of position order, as Go's scanner can.
        for (const [offset, message] of [[8, "second line"], [0, "first line"]] as const) {
          context.report({ messageId: "syntax", data: { message }, loc: context.contentsLocation(doc, { start: offset, end: offset }) });
        }
      },
    }));
    const other = testRule({ id: "other", messages: { m: "other" } }, (context) => ({
      alloy(doc) {
        context.report({ messageId: "m", loc: context.contentsLocation(doc, { start: 4, end: 5 }) });
      },
    }));
    const { lines } = await lintSpec({ files: { "lib.alloy": "a = 1\nb = 2\n" } }, [syntaxLike, other]);
    expect(lines).toEqual(["lib.alloy:1:5 other 2 other", "lib.alloy:2:3 syntax-like 2 second line", "lib.alloy:1:1 syntax-like 2 first line"]);
  });
});

describe("loading registry rules", () => {
  it("does not load a rule the config turns off, and still accepts --rule for it", async () => {
    const { lintProject } = await import("../../src/engine/index.js");
    const { buildProject, ROOT } = await import("./project-builder.js");
    const built = buildProject({ files: { "a.yaml": "name: a\n" } });
    const config = { ...built.config, rules: { "explicit-enabled": "off" as const } };
    const off = await lintProject({ cwd: ROOT, project: built.project, config });
    expect(off.rules.has("explicit-enabled")).toBe(false);
    expect(off.rules.has("alloy-syntax")).toBe(true);
    const forced = await lintProject({ cwd: ROOT, project: built.project, config, ruleOverrides: { "explicit-enabled": "warn", "pipeline-limit": "off" } });
    expect(forced.results[0].messages.map((m) => m.ruleId)).toContain("explicit-enabled");
    expect(forced.rules.has("pipeline-limit")).toBe(false);
  });
});
