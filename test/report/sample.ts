/** One result list exercising every formatter feature; the golden files are rendered from it. */
import { fileResult, type FileResult } from "../../src/core/diagnostic.js";
import type { RuleMeta } from "../../src/engine/types.js";
import type { FormatContext } from "../../src/report/index.js";

export const CWD = "/repo";

const meta = (id: string, description: string): RuleMeta => ({
  id,
  type: "problem",
  category: "fast",
  scope: "file",
  defaultSeverity: "error",
  docs: { description, url: `https://example.test/rules/${id}.md` },
  messages: {},
});

export function sampleContext(color: boolean): FormatContext {
  return {
    cwd: CWD,
    color,
    rulesMeta: {
      "pipeline-unique-name": meta("pipeline-unique-name", "Pipeline names are unique within a stack"),
      "explicit-enabled": meta("explicit-enabled", "Definitions say whether the pipeline is enabled"),
      "alloy-syntax": meta("alloy-syntax", "Alloy contents parse"),
      "alloy-format": meta("alloy-format", "Contents are formatted"),
      "pipeline-limit": meta("pipeline-limit", "Stacks stay under their limit"),
    },
  };
}

const b = "name: logs\n\tmatchers: [\"é=1\"]\n";
const alloy = 'logging {\n  level = "info"\n  format = "logfmt"\n}\n';

export function sampleResults(): FileResult[] {
  return [
    fileResult("/repo/pipelines/a.yaml", [], "name: a\n"),
    fileResult(
      "/repo/pipelines/b.yaml",
      [
        {
          ruleId: "pipeline-unique-name",
          severity: 2,
          message: "Duplicate pipeline name 'logs' in stack 'default' (also defined at pipelines/a.yaml:1:7)",
          messageId: "duplicate",
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 11,
          related: [{ filePath: "/repo/pipelines/a.yaml", line: 1, column: 7, message: "'logs' previously defined here" }],
          help: "Rename one of them",
        },
        {
          ruleId: "explicit-enabled",
          severity: 1,
          message: "Expected `enabled` in the definition of 'logs'",
          messageId: "missing",
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 19,
          suggestions: [{ desc: "Add `enabled: true`", fix: { range: [11, 11], text: "enabled: true\n" } }],
        },
        { ruleId: null, severity: 1, message: "Unused fleetlint-disable-next-line directive (no problems were reported)", line: 2, column: 1, endLine: 2, endColumn: 1 },
      ],
      b,
    ),
    fileResult(
      "/repo/pipelines/c.alloy",
      [
        {
          ruleId: "alloy-format",
          severity: 2,
          message: "Expected the contents to be formatted as `alloy fmt` does",
          line: 2,
          column: 3,
          endLine: 3,
          endColumn: 5,
          fix: { range: [10, 20], text: "  level  = \"info\"" },
        },
        { ruleId: "alloy-syntax", severity: 2, message: "expected }, got EOF", line: 5, column: 1, endLine: 5, endColumn: 1 },
      ],
      alloy,
    ),
    fileResult(
      "/repo/fleetlint.config.yaml",
      [{ ruleId: "pipeline-limit", severity: 2, message: "Too many pipelines in stack 'prod': 3 exceeds the limit of 2", line: 1, column: 1, endLine: 1, endColumn: 1 }],
      "",
    ),
  ];
}
