/**
 * alloy-format: the exact report (message id, data, range) and fix, first
 * through a minimal rule context, then through the real loaders and engine
 * (RuleTester cases and `check --fix`).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFile } from "../../grammar/alloy/index.js";
import { SourceText, type TextRange } from "../../src/core/source.js";
import { lintProject } from "../../src/engine/index.js";
import type { Location, ReportDescriptor, RuleContext } from "../../src/engine/types.js";
import type { AlloyDocument, PipelineContents } from "../../src/repo/types.js";
import rule from "../../rules/alloy-format.js";
import { runRuleTests, writeRepo } from "./rule-tester.js";

/** Inline contents sit at this offset of their YAML file in these tests. */
const INLINE_AT = 30;

function lint(text: string, origin: PipelineContents["origin"] = "sibling"): ReportDescriptor[] {
  const fileText = origin === "inline" ? `${"#".repeat(INLINE_AT)}${text}` : text;
  const file = new SourceText(origin === "inline" ? "/repo/p.yaml" : "/repo/p.alloy", fileText);
  const shift = origin === "inline" ? INLINE_AT : 0;
  const contents: PipelineContents = { origin, text, file, toFileOffset: (offset) => offset + shift };
  const doc: AlloyDocument = { contents, mode: "pipeline", scope: () => [doc], parse: () => parseFile(text) };
  const reports: ReportDescriptor[] = [];
  const context = {
    id: rule.meta.id,
    options: [],
    report: (descriptor: ReportDescriptor) => reports.push(descriptor),
    contentsLocation: (_doc: AlloyDocument, range: TextRange): Location => ({
      file,
      range: { start: range.start + shift, end: range.end + shift },
    }),
    isLinted: () => true,
  } as unknown as RuleContext;
  rule.create(context).alloy?.(doc);
  return reports;
}

describe("alloy-format", () => {
  it("declares a fixable layout rule, off by default", () => {
    expect(rule.meta).toMatchObject({ id: "alloy-format", type: "layout", fixable: true, defaultSeverity: "off" });
  });

  it.each([
    ["formatted file", 'logging {\n\tlevel = "info"\n}\n'],
    ["empty file", "\n"],
    ["syntax errors are left to alloy-syntax", "a = \n"],
  ])("valid: %s", (_name, text) => {
    expect(lint(text)).toEqual([]);
  });

  it("reports the first differing line once, with a whole-file fix", () => {
    const text = 'logging {\n\tlevel = "info"\n  format = "json"\n}\n';
    const reports = lint(text);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      messageId: "unformatted",
      data: { line: 2 },
      loc: { range: { start: 10, end: 25 } },
      fix: { range: { start: 0, end: text.length }, text: 'logging {\n\tlevel  = "info"\n\tformat = "json"\n}\n' },
    });
  });

  it("reports a missing final newline on the last line", () => {
    const [report] = lint("a = 1");
    expect(report).toMatchObject({ data: { line: 1 }, loc: { range: { start: 0, end: 5 } }, fix: { text: "a = 1\n" } });
  });

  it("reports CRLF line endings, with the range before the CR", () => {
    const [report] = lint("a = 1\r\n");
    expect(report).toMatchObject({ data: { line: 1 }, loc: { range: { start: 0, end: 5 } }, fix: { text: "a = 1\n" } });
  });

  it("reports extra blank lines at the end on the first extra line", () => {
    const [report] = lint("a = 1\n\n\n");
    expect(report).toMatchObject({ data: { line: 2 }, loc: { range: { start: 6, end: 6 } } });
  });

  it("reports inline YAML contents without a fix, at their place in the YAML file", () => {
    const [report] = lint("a=1\n", "inline");
    expect(report.fix).toBeUndefined();
    expect(report.loc.range).toEqual({ start: INLINE_AT, end: INLINE_AT + 3 });
  });
});

// The same rule through the real config loader, project loader and engine.
runRuleTests("alloy-format", {
  valid: [
    {
      name: "formatted sibling contents",
      files: { "p/a.yaml": "name: a\nenabled: true\n", "p/a.alloy": 'logging {\n\tlevel = "info"\n}\n' },
      severity: "warn",
    },
    {
      name: "off by default",
      files: { "p/a.yaml": "name: a\nenabled: true\n", "p/a.alloy": "logging {level=\"info\"}\n" },
    },
  ],
  invalid: [
    {
      name: "sibling contents: the first differing line",
      files: { "p/a.yaml": "name: a\nenabled: true\n", "p/a.alloy": 'logging {\n  level = "info"\n}\n' },
      severity: "warn",
      errors: [
        { file: "p/a.alloy", messageId: "unformatted", data: { line: 2 }, line: 2, column: 1, endLine: 2, endColumn: 17 },
      ],
    },
    {
      name: "inline contents: reported in the definition file",
      files: { "p/b.yaml": "name: b\nenabled: true\ncontents: |\n  a=1\n" },
      severity: "error",
      errors: [
        { file: "p/b.yaml", messageId: "unformatted", data: { line: 1 }, line: 4, column: 3, endLine: 4, endColumn: 6 },
      ],
    },
  ],
});

describe("alloy-format with check --fix", () => {
  it("rewrites sibling contents to the formatted text", async () => {
    const repo = writeRepo({ "p/a.yaml": "name: a\nenabled: true\n", "p/a.alloy": 'logging {level="info"}\n' });
    const outcome = await lintProject({
      cwd: repo.dir,
      rules: [rule],
      ruleOverrides: { "alloy-format": "warn" },
      fix: true,
    });
    expect(outcome.fixedFiles).toEqual([repo.path("p/a.alloy")]);
    expect(readFileSync(repo.path("p/a.alloy"), "utf8")).toBe('logging {\n\tlevel = "info"\n}\n');
  });
});
