import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/core/diagnostic.js";
import format, { annotations, escapeData, escapeProperty, jobSummary } from "../../src/report/github.js";
import { context, many, results } from "./sarif-sample.js";

const GOLDEN_ANNOTATIONS = `::warning file=pipelines/a.yaml,line=1,endLine=2,title=fleetlint (explicit-enabled)::Expected \`enabled\`: 50%25 of%0Afleets, a,b: c
::error file=pipelines/a.yaml,line=3,endLine=3,col=5,endColumn=15,title=fleetlint (matcher-valid)::Invalid matcher 'env=~[a': missing ]
::error file=pipelines/b.yaml,line=1,endLine=1,col=7,endColumn=10,title=fleetlint (pipeline-unique-name)::Pipeline name 'app' is already used by pipelines/a.yaml%0Apipelines/a.yaml:1:7: previously defined here
::group::fleetlint: 3 problems
pipelines/a.yaml:1:1: warning Expected \`enabled\`: 50% of
  | fleets, a,b: c (explicit-enabled)
pipelines/a.yaml:3:5: error Invalid matcher 'env=~[a': missing ] (matcher-valid)
pipelines/b.yaml:1:7: error Pipeline name 'app' is already used by pipelines/a.yaml (pipeline-unique-name)
::endgroup::
`;

const GOLDEN_SUMMARY = `### fleetlint

**2 errors, 1 warning** in 2 files (3 checked).

| File | Line | Severity | Rule | Message |
| --- | --- | --- | --- | --- |
| \`pipelines/a.yaml\` | 1:1 | warning | [explicit-enabled](https://example.test/docs/rules/explicit-enabled.md) | Expected \`enabled\`: 50% of<br>fleets, a,b: c |
| \`pipelines/a.yaml\` | 3:5 | error | [matcher-valid](https://example.test/docs/rules/matcher-valid.md) | Invalid matcher 'env=~[a': missing ] |
| \`pipelines/b.yaml\` | 1:7 | error | [pipeline-unique-name](https://example.test/docs/rules/pipeline-unique-name.md) | Pipeline name 'app' is already used by pipelines/a.yaml |
`;

describe("github formatter", () => {
  it("escapes data and property values as the Actions toolkit does", () => {
    expect(escapeData("100%\r\nnext: a,b")).toBe("100%25%0D%0Anext: a,b");
    expect(escapeProperty("a:b,c%\n")).toBe("a%3Ab%2Cc%25%0A");
  });

  it("matches the golden annotations", () => {
    expect(annotations(results, context)).toBe(GOLDEN_ANNOTATIONS);
  });

  it("shows control characters and ANSI escapes from file text instead of passing them to the log", () => {
    const hostile: FileResult[] = [
      {
        filePath: "/repo/pipelines/\u001b[31mred.yaml",
        errorCount: 1,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        messages: [{ ruleId: "matcher-valid", severity: 2, message: "Invalid matcher '\u001b[2Jx': bad\n::error::forged", line: 1, column: 1, endLine: 1, endColumn: 2 }],
      },
    ];
    const out = format(hostile, context);
    expect(out).not.toContain("\u001b");
    expect(out).toContain("\\x1b[2Jx");
    for (const line of out.split("\n")) expect(line.trimStart().startsWith("::error::forged")).toBe(false);
  });

  it("prints nothing when there are no problems", () => {
    expect(annotations([results[2]], context)).toBe("");
  });

  it("sends columns only for single-line ranges", () => {
    const lines = annotations(results, context).split("\n");
    expect(lines[0]).not.toMatch(/col=/);
    expect(lines[1]).toMatch(/,col=5,endColumn=15,/);
  });

  it("caps annotations at 10 per level and says how many were left out", () => {
    const out = annotations([many(12, 2), many(11, 1)], context).split("\n");
    expect(out.filter((l) => l.startsWith("::error ")).length).toBe(10);
    expect(out.filter((l) => l.startsWith("::warning ")).length).toBe(10);
    expect(out.filter((l) => l.startsWith("::notice "))).toEqual([
      "::notice title=fleetlint::2 errors and 1 warning not annotated: GitHub shows at most 10 errors, 10 warnings and 10 notices per step. See the job summary or the fleetlint log.",
    ]);
    // The full list is still in the log group.
    expect(out.filter((l) => l.startsWith("pipelines/many-")).length).toBe(23);
  });

  it("keeps a multi-line message from starting a workflow command in the log", () => {
    const evil = [{ ...results[2], messages: [{ ruleId: "x", severity: 2 as const, message: "a\n::error::injected", line: 1, column: 1, endLine: 1, endColumn: 2 }] }];
    const log = annotations(evil, context).split("\n").filter((l) => !l.startsWith("::error file="));
    expect(log.some((l) => l.trim().startsWith("::error"))).toBe(false);
  });

  it("matches the golden job summary", () => {
    expect(jobSummary(results, context)).toBe(GOLDEN_SUMMARY);
    expect(jobSummary([results[2]], context)).toBe("### fleetlint\n\nNo problems in 1 file.\n");
  });

  it("escapes pipes in summary cells", () => {
    const piped = [{ ...results[2], messages: [{ ruleId: "x", severity: 1 as const, message: "a|b", line: 2, column: 3, endLine: 2, endColumn: 4 }] }];
    expect(jobSummary(piped, context)).toContain("| a\\|b |");
  });

  it("makes paths relative to the checkout when fleetlint runs in a subfolder on Actions", () => {
    expect(annotations(results, { ...context, actions: { workspace: "/" } }).split("\n")[1]).toMatch(/^::error file=repo\/pipelines\/a.yaml,/);
    expect(annotations(results, { ...context, actions: { workspace: "/elsewhere" } }).split("\n")[1]).toMatch(/^::error file=pipelines\/a.yaml,/);
  });

  it("appends the summary to $GITHUB_STEP_SUMMARY when it is set", () => {
    const dir = mkdtempSync(join(tmpdir(), "fleetlint-summary-"));
    try {
      const file = join(dir, "summary.md");
      const withSummary = { ...context, actions: { stepSummary: file } };
      expect(format(results, withSummary)).toBe(GOLDEN_ANNOTATIONS);
      format(results, withSummary);
      expect(readFileSync(file, "utf8")).toBe(`${GOLDEN_SUMMARY}\n${GOLDEN_SUMMARY}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
