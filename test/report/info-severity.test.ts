/** The info severity (3) through every output: counted apart, shown as info/notice/note, never a failure. */
import { describe, expect, it } from "vitest";
import { fileResult, type Diagnostic, type FileResult } from "../../src/core/diagnostic.js";
import { lintGate } from "../../src/fleet/lint-gate.js";
import { toLspDiagnostic } from "../../src/lsp/convert.js";
import compact from "../../src/report/compact.js";
import github, { annotations, jobSummary } from "../../src/report/github.js";
import json from "../../src/report/json.js";
import junit from "../../src/report/junit.js";
import sarif from "../../src/report/sarif.js";
import stylish from "../../src/report/stylish.js";
import type { FormatContext } from "../../src/report/index.js";
import type { RuleMeta } from "../../src/engine/types.js";
import { many } from "./sarif-sample.js";

const reachMeta: RuleMeta = {
  id: "pipeline-reach",
  type: "suggestion",
  category: "network",
  scope: "project",
  defaultSeverity: "info",
  docs: { description: "Every enabled pipeline reaches a collector", url: "https://example.test/rules/pipeline-reach.md" },
  messages: {},
};
const context: FormatContext = { cwd: "/repo", color: false, rulesMeta: { "pipeline-reach": reachMeta } };

const at = (line: number): Pick<Diagnostic, "line" | "column" | "endLine" | "endColumn"> => ({ line, column: 1, endLine: line, endColumn: 9 });
const info: Diagnostic = { ruleId: "pipeline-reach", severity: 3, message: "Pipeline 'logs' reaches no collector today", ...at(3) };
const warning: Diagnostic = { ruleId: "explicit-enabled", severity: 1, message: "Expected `enabled`", ...at(1) };

function onlyInfo(): FileResult[] {
  return [fileResult("/repo/pipelines/logs.yaml", [info], "name: logs\nenabled: true\nmatchers:\n  - env=prdo\n")];
}
function mixed(): FileResult[] {
  return [fileResult("/repo/pipelines/logs.yaml", [warning, info], "name: logs\n\nmatchers:\n  - env=prdo\n")];
}

describe("info severity", () => {
  it("is counted apart from errors and warnings", () => {
    const [result] = mixed();
    expect(result).toMatchObject({ errorCount: 0, warningCount: 1, fixableWarningCount: 0, infoCount: 1 });
  });

  it("stylish: an `info` line, and infos named in the summary only when there are some", () => {
    expect(stylish(onlyInfo(), context)).toBe(
      "pipelines/logs.yaml:3:1: info Pipeline 'logs' reaches no collector today [pipeline-reach]\n\n\u2139 1 problem (0 errors, 0 warnings, 1 info)\n",
    );
    expect(stylish(mixed(), context).split("\n").at(-2)).toBe("\u2716 2 problems (0 errors, 1 warning, 1 info)");
    const framed = stylish(onlyInfo(), { ...context, color: true });
    expect(framed).toContain("\u001b[36minfo\u001b[39m");
    expect(framed).toContain("\u001b[2m|\u001b[22m \u001b[36m^~~~~~~~\u001b[39m");
  });

  it("compact: Info", () => {
    expect(compact(onlyInfo(), context)).toBe("/repo/pipelines/logs.yaml: line 3, col 1, Info - Pipeline 'logs' reaches no collector today (pipeline-reach)\n\n1 problem\n");
  });

  it("json: severity 3 and infoCount", () => {
    const [parsed] = JSON.parse(json(onlyInfo(), context)) as Record<string, unknown>[];
    expect(parsed).toMatchObject({ errorCount: 0, warningCount: 0, infoCount: 1, messages: [{ ruleId: "pipeline-reach", severity: 3 }] });
    // Results built by other code without the count still get it.
    const bare = { filePath: "/x.yaml", messages: [info], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
    expect((JSON.parse(json([bare], context)) as { infoCount: number }[])[0].infoCount).toBe(1);
  });

  it("sarif: level note, and a rule that defaults to info says note", () => {
    const log = JSON.parse(sarif(onlyInfo(), context)) as {
      runs: { results: { level: string }[]; tool: { driver: { rules: { id: string; defaultConfiguration: { level: string } }[] } } }[];
    };
    expect(log.runs[0].results.map((r) => r.level)).toEqual(["note"]);
    expect(log.runs[0].tool.driver.rules[0]).toMatchObject({ id: "pipeline-reach", defaultConfiguration: { level: "note" } });
  });

  it("github: a ::notice annotation, info in the log and the summary", () => {
    const out = annotations(onlyInfo(), context).split("\n");
    expect(out[0]).toBe(
      "::notice file=pipelines/logs.yaml,line=3,endLine=3,col=1,endColumn=9,title=fleetlint (pipeline-reach)::Pipeline 'logs' reaches no collector today",
    );
    expect(out).toContain("pipelines/logs.yaml:3:1: info Pipeline 'logs' reaches no collector today (pipeline-reach)");
    const summary = jobSummary(mixed(), context);
    expect(summary).toContain("**0 errors, 1 warning, 1 info** in 1 file (1 checked).");
    expect(summary).toContain("| `pipelines/logs.yaml` | 3:1 | info | [pipeline-reach](https://example.test/rules/pipeline-reach.md) |");
    expect(github(onlyInfo(), context)).toBe(annotations(onlyInfo(), context));
  });

  it("github: ten notice slots per step, one kept for the overflow notice", () => {
    const out = annotations([many(12, 3)], context).split("\n");
    const notices = out.filter((l) => l.startsWith("::notice "));
    expect(notices).toHaveLength(10);
    expect(notices.filter((l) => l.includes("pipeline-reach"))).toHaveLength(9);
    expect(notices.at(-1)).toBe(
      "::notice title=fleetlint::3 infos not annotated: GitHub shows at most 10 errors, 10 warnings and 10 notices per step. See the job summary or the fleetlint log.",
    );
    // Without an overflow all ten slots are the problems'.
    expect(annotations([many(10, 3)], context).split("\n").filter((l) => l.startsWith("::notice "))).toHaveLength(10);
    const three = annotations([many(11, 2), many(12, 1), many(11, 3)], context).split("\n");
    expect(three.filter((l) => l.startsWith("::notice title=fleetlint::"))[0]).toMatch(/^::notice title=fleetlint::1 error, 2 warnings and 2 infos not annotated/);
  });

  it("junit: a passing testcase with the problem in system-out", () => {
    const xml = junit(mixed(), context);
    expect(xml).toContain('<testsuite name="pipelines/logs.yaml" tests="2" failures="1" errors="0" skipped="0" time="0">');
    expect(xml).toContain('<testsuites name="fleetlint" tests="2" failures="1" errors="0" time="0">');
    expect(xml).toContain(
      "<system-out>pipelines/logs.yaml:3:1: info Pipeline &apos;logs&apos; reaches no collector today (pipeline-reach)</system-out>",
    );
    expect(xml.match(/<failure /g)).toHaveLength(1);
  });

  it("editor: DiagnosticSeverity.Information", () => {
    expect(toLspDiagnostic(info, new Map()).severity).toBe(3);
  });

  it("sync's lint gate prints infos and neither refuses nor counts them as warnings", () => {
    const gate = lintGate(onlyInfo(), "/repo");
    expect(gate).toEqual({ errorCount: 0, text: "pipelines/logs.yaml:3:1: info Pipeline 'logs' reaches no collector today [pipeline-reach]\n" });
  });
});
