// Shared input for the CI formatter tests: two files with problems (one with a
// related location and characters that need escaping) and one clean file.
import { fileResult, type FileResult } from "../../src/core/diagnostic.js";
import type { FormatContext } from "../../src/report/index.js";
import type { RuleMeta } from "../../src/engine/types.js";

function meta(id: string, type: RuleMeta["type"], defaultSeverity: RuleMeta["defaultSeverity"], description: string): RuleMeta {
  return { id, type, category: "fast", scope: "file", defaultSeverity, docs: { description, url: `https://example.test/docs/rules/${id}.md` }, messages: {} };
}

export const cwd = "/repo";

export const context: FormatContext = {
  cwd,
  rulesMeta: {
    "matcher-valid": meta("matcher-valid", "problem", "error", "Matchers use Alertmanager's syntax"),
    "explicit-enabled": meta("explicit-enabled", "suggestion", "warn", "Say whether a pipeline is enabled"),
    "pipeline-unique-name": meta("pipeline-unique-name", "problem", "error", "Pipeline names are unique within a stack"),
  },
  color: false,
};

export const results: FileResult[] = [
  fileResult("/repo/pipelines/a.yaml", [
    { ruleId: "matcher-valid", severity: 2, message: "Invalid matcher 'env=~[a': missing ]", line: 3, column: 5, endLine: 3, endColumn: 15 },
    { ruleId: "explicit-enabled", severity: 1, message: "Expected `enabled`: 50% of\nfleets, a,b: c", line: 1, column: 1, endLine: 2, endColumn: 4 },
  ]),
  fileResult("/repo/pipelines/b.yaml", [
    {
      ruleId: "pipeline-unique-name",
      severity: 2,
      message: "Pipeline name 'app' is already used by pipelines/a.yaml",
      line: 1,
      column: 7,
      endLine: 1,
      endColumn: 10,
      related: [{ filePath: "/repo/pipelines/a.yaml", line: 1, column: 7, message: "previously defined here" }],
    },
  ]),
  fileResult("/repo/pipelines/clean.yaml", []),
];

/** n problems of one severity in one file, for the annotation cap. */
export function many(count: number, severity: 1 | 2 | 3): FileResult {
  const messages = Array.from({ length: count }, (_, i) => ({
    ruleId: { 1: "explicit-enabled", 2: "matcher-valid", 3: "pipeline-reach" }[severity],
    severity,
    message: `problem ${i + 1}`,
    line: i + 1,
    column: 1,
    endLine: i + 1,
    endColumn: 2,
  }));
  return fileResult(`/repo/pipelines/many-${severity}.yaml`, messages);
}
