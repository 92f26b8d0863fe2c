/**
 * The semantic rules end to end through the engine and the loader, on
 * fixtures/repos/semantics-fleet: positions land in the right files (sibling
 * `.alloy`, inline OTel contents in the definition), project rules see every
 * pipeline, and the rules agree with each other.
 */
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { lintProject } from "../../src/engine/index.js";
import { loadRule, type RuleId } from "../../rules/index.js";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../../fixtures/repos/semantics-fleet");
const RULES: RuleId[] = ["alloy-module-constraints", "alloy-references", "alloy-unknown-component", "alloy-deprecated", "pipeline-exports", "otel-config"];

async function lint(paths?: string[]): Promise<string[]> {
  const rules = await Promise.all(RULES.map(loadRule));
  const { results } = await lintProject({ cwd: REPO, rules, paths });
  return results.flatMap((r) =>
    r.messages.map((m) => `${relative(REPO, r.filePath)}:${m.line}:${m.column} ${m.severity === 2 ? "error" : "warn"} ${m.ruleId}/${m.messageId}`),
  );
}

describe("semantic rules on fixtures/repos/semantics-fleet", () => {
  it("reports each mistake once, in the file that holds it", async () => {
    expect(await lint()).toEqual([
      "pipelines/app-metrics.alloy:1:1 error alloy-module-constraints/notAllowed",
      "pipelines/app-metrics.alloy:7:17 error alloy-references/missingReference",
      "pipelines/app-metrics.alloy:10:1 error alloy-unknown-component/unknownSuggest",
      "pipelines/app-metrics.alloy:12:11 warn alloy-deprecated/deprecatedStdlib",
      "pipelines/traces.yaml:17:22 error otel-config/undefinedComponent",
      "pipelines/windows-metrics.alloy:2:16 error pipeline-exports/missingExport",
      "pipelines/windows-metrics.alloy:9:71 error pipeline-exports/notImplied",
    ]);
  });

  it("reports cross-pipeline problems only in the files given", async () => {
    const only = await lint([resolve(REPO, "pipelines/app-metrics.alloy")]);
    expect(only.every((line) => line.startsWith("pipelines/app-metrics.alloy"))).toBe(true);
  });
});
