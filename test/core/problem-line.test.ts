/**
 * One problem-line format (issue #15): `check` without colour, the lint gate
 * of `sync` (and so `plan`'s refusal reasons) print the same line for the
 * same problem, and the language server shows the same message text beside
 * its own severity and code fields.
 */
import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/core/diagnostic.js";
import { formatProblemLine } from "../../src/core/problem-line.js";
import { lintGate } from "../../src/fleet/lint-gate.js";
import { toLspDiagnostic } from "../../src/lsp/convert.js";
import stylish from "../../src/report/stylish.js";

const result: FileResult = {
  filePath: "/repo/pipelines/a.yaml",
  messages: [
    { ruleId: "matcher-valid", severity: 2, message: "Invalid matcher 'team~x'", line: 3, column: 5, endLine: 3, endColumn: 11 },
    { ruleId: "explicit-enabled", severity: 1, message: "Missing enabled", line: 1, column: 1, endLine: 1, endColumn: 2 },
  ],
  errorCount: 1,
  warningCount: 1,
  fixableErrorCount: 0,
  fixableWarningCount: 0,
};

const expected = ["pipelines/a.yaml:3:5: error Invalid matcher 'team~x' [matcher-valid]", "pipelines/a.yaml:1:1: warning Missing enabled [explicit-enabled]"];

describe("the problem line", () => {
  it("is path:line:col: severity message [rule]", () => {
    expect(formatProblemLine({ path: "p.yaml", line: 1, column: 2, severity: "error", message: "m", ruleId: "r" })).toBe("p.yaml:1:2: error m [r]");
    expect(formatProblemLine({ path: "p.yaml", line: 1, column: 2, severity: "warning", message: "m" })).toBe("p.yaml:1:2: warning m");
  });

  it("is the same in check (stylish without colour) and sync's lint gate", () => {
    const check = stylish([result], { cwd: "/repo", rulesMeta: {}, color: false }).split("\n");
    const sync = lintGate([result], "/repo").text.split("\n");
    for (const line of expected) {
      expect(check).toContain(line);
      expect(sync).toContain(line);
    }
  });

  it("carries the same message text the language server shows", () => {
    const diagnostic = toLspDiagnostic(result.messages[0], new Map());
    expect(expected[0]).toContain(` ${diagnostic.message} [${String(diagnostic.code)}]`);
  });
});
