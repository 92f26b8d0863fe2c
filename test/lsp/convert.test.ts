import { describe, expect, it } from "vitest";
import { attachFixes, codeActions, failureDiagnostic, isFormattablePath, isLintablePath, toLspDiagnostic } from "../../src/lsp/convert.js";

const rules = new Map([["matcher-valid", { docs: { description: "", url: "https://example.test/matcher-valid.md" } }]]);

describe("LSP conversions", () => {
  it("turns 1-based line/column into 0-based positions, keeping UTF-16 columns", () => {
    const d = toLspDiagnostic({ ruleId: "matcher-valid", severity: 2, message: "Invalid matcher", line: 3, column: 5, endLine: 3, endColumn: 15 }, rules);
    expect(d).toEqual({
      range: { start: { line: 2, character: 4 }, end: { line: 2, character: 14 } },
      severity: 1,
      source: "fleetlint",
      message: "Invalid matcher",
      code: "matcher-valid",
      codeDescription: { href: "https://example.test/matcher-valid.md" },
    });
  });

  it("maps warnings to LSP warnings and leaves out the code when there is no rule", () => {
    const d = toLspDiagnostic({ ruleId: null, severity: 1, message: "Unused directive", line: 1, column: 1, endLine: 1, endColumn: 1 }, rules);
    expect(d.severity).toBe(2);
    expect(d.code).toBeUndefined();
    expect(d.codeDescription).toBeUndefined();
  });

  it("puts file-level diagnostics (line 0) at the start and never ends a range before it starts", () => {
    expect(toLspDiagnostic({ ruleId: "x", severity: 2, message: "m", line: 0, column: 0, endLine: 0, endColumn: 0 }, rules).range).toEqual({
      start: { line: 0, character: 0 },
      end: { line: 0, character: 0 },
    });
    expect(toLspDiagnostic({ ruleId: "x", severity: 2, message: "m", line: 4, column: 9, endLine: 4, endColumn: 2 }, rules).range).toEqual({
      start: { line: 3, character: 8 },
      end: { line: 3, character: 8 },
    });
  });

  it("links related locations by file URI", () => {
    const d = toLspDiagnostic(
      { ruleId: "x", severity: 2, message: "m", line: 1, column: 7, endLine: 1, endColumn: 10, related: [{ filePath: "/repo/a b.yaml", line: 2, column: 3, message: "first here" }] },
      rules,
    );
    expect(d.relatedInformation).toEqual([
      { location: { uri: "file:///repo/a%20b.yaml", range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } } }, message: "first here" },
    ]);
  });

  it("explains a failure at the top of the file", () => {
    expect(failureDiagnostic("fleetlint.config.yaml:2:3: Unknown key").message).toBe("fleetlint could not lint this file: fleetlint.config.yaml:2:3: Unknown key");
  });

  it("lints Alloy and YAML files and formats only Alloy", () => {
    expect(["a.alloy", "b.YAML", "c.yml"].map(isLintablePath)).toEqual([true, true, true]);
    expect(["a.json", "alloy", "x.yaml.bak"].map(isLintablePath)).toEqual([false, false, false]);
    expect(["a.alloy", "b.yaml"].map(isFormattablePath)).toEqual([true, false]);
  });

  it("turns a fix and suggestions into quick fixes, only for the document version they were made on", () => {
    const message = {
      ruleId: "alloy-deprecated",
      severity: 1 as const,
      message: "Deprecated",
      line: 1,
      column: 5,
      endLine: 1,
      endColumn: 8,
      fix: { range: [4, 7] as [number, number], text: "sys.env" },
      suggestions: [{ desc: "Remove it", fix: { range: [0, 9] as [number, number], text: "" } }],
    };
    const diagnostic = attachFixes(toLspDiagnostic(message, rules), message, 3);
    const positionAt = (offset: number) => ({ line: 0, character: offset });
    const actions = codeActions("file:///a.alloy", 3, [diagnostic], positionAt);
    expect(actions.map((a) => [a.title, a.isPreferred, a.edit?.changes?.["file:///a.alloy"]])).toEqual([
      ["Fix this alloy-deprecated problem", true, [{ range: { start: { line: 0, character: 4 }, end: { line: 0, character: 7 } }, newText: "sys.env" }]],
      ["Remove it", false, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 9 } }, newText: "" }]],
    ]);
    expect(codeActions("file:///a.alloy", 4, [diagnostic], positionAt)).toEqual([]);
    const plain = { ...message, fix: undefined, suggestions: undefined };
    expect(attachFixes(toLspDiagnostic(plain, rules), plain, 1).data).toBeUndefined();
  });
});
