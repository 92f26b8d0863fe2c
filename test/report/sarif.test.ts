import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import format, { repoRelative } from "../../src/report/sarif.js";
import { version } from "../../src/core/version.js";
import { context, cwd, results } from "./sarif-sample.js";

// The SARIF 2.1.0 schema as published to SchemaStore (draft-04), shipped by
// @microsoft/jest-sarif; we only read its JSON file.
const require = createRequire(import.meta.url);
const schemaPath = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
const schema = JSON.parse(readFileSync(schemaPath, "utf8")) as object;
// unicodeRegExp off: the published schema has a `language` pattern that is invalid under the u flag.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

interface Log {
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; shortDescription: { text: string }; helpUri?: string; defaultConfiguration: { level: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: Record<string, number> } }[];
      relatedLocations?: { id: number; message: { text: string }; physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
  }[];
}

function parse(text: string): Log {
  return JSON.parse(text) as Log;
}

describe("sarif formatter", () => {
  it("produces a log that validates against the SARIF 2.1.0 schema", () => {
    const text = format(results, context);
    const ok = validate(JSON.parse(text));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("validates with no results too", () => {
    const log = JSON.parse(format([], context));
    expect(validate(log)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].tool.driver.rules).toEqual([]);
  });

  it("describes the tool and each rule that produced a result, in order of first use", () => {
    const run = parse(format(results, context)).runs[0];
    expect(run.tool.driver).toMatchObject({ name: "fleetlint", version, informationUri: "https://github.com/fleetlint/fleetlint" });
    expect(run.tool.driver.rules).toEqual([
      {
        id: "explicit-enabled",
        shortDescription: { text: "Say whether a pipeline is enabled" },
        helpUri: "https://example.test/docs/rules/explicit-enabled.md",
        defaultConfiguration: { level: "warning" },
        properties: { tags: ["suggestion", "fast"] },
      },
      {
        id: "matcher-valid",
        shortDescription: { text: "Matchers use Alertmanager's syntax" },
        helpUri: "https://example.test/docs/rules/matcher-valid.md",
        defaultConfiguration: { level: "error" },
        properties: { tags: ["problem", "fast"] },
      },
      {
        id: "pipeline-unique-name",
        shortDescription: { text: "Pipeline names are unique within a stack" },
        helpUri: "https://example.test/docs/rules/pipeline-unique-name.md",
        defaultConfiguration: { level: "error" },
        properties: { tags: ["problem", "fast"] },
      },
    ]);
  });

  it("locates every result by repo-relative URI and a 1-based region", () => {
    const run = parse(format(results, context)).runs[0];
    expect(run.results.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ["explicit-enabled", 0, "warning"],
      ["matcher-valid", 1, "error"],
      ["pipeline-unique-name", 2, "error"],
    ]);
    expect(run.results[1].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "pipelines/a.yaml", uriBaseId: "%SRCROOT%" },
      region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 15 },
    });
    expect(run.results[0].locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 1, endLine: 2, endColumn: 4 });
    expect(run.results[0].message.text).toBe("Expected `enabled`: 50% of\nfleets, a,b: c");
    expect(run.results[2].relatedLocations).toEqual([
      {
        id: 1,
        message: { text: "previously defined here" },
        physicalLocation: { artifactLocation: { uri: "pipelines/a.yaml", uriBaseId: "%SRCROOT%" }, region: { startLine: 1, startColumn: 7, endLine: 1, endColumn: 7 } },
      },
    ]);
  });

  it("names a rule for problems that have none and keeps files outside the root absolute", () => {
    const outside = [
      { filePath: "/elsewhere/x y.alloy", messages: [{ ruleId: null, severity: 2 as const, message: "Cannot read file", line: 0, column: 0, endLine: 0, endColumn: 0 }], errorCount: 1, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 },
    ];
    const text = format(outside, context);
    expect(validate(JSON.parse(text))).toBe(true);
    const run = parse(text).runs[0];
    expect(run.tool.driver.rules[0].id).toBe("fleetlint");
    expect(run.results[0].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: "file:///elsewhere/x%20y.alloy" } });
  });

  it("uses the Actions checkout as %SRCROOT% when linting a subfolder of it", () => {
    const log = JSON.parse(format(results, { ...context, actions: { workspace: "/" } })) as { runs: { originalUriBaseIds: Record<string, { uri: string }> }[] };
    expect(log.runs[0].originalUriBaseIds["%SRCROOT%"].uri).toBe("file:///");
    expect(parse(JSON.stringify(log)).runs[0].results[1].locations[0].physicalLocation.artifactLocation.uri).toBe("repo/pipelines/a.yaml");
  });

  it("percent-encodes path segments but keeps the slashes", () => {
    const spaced = [{ ...results[0], filePath: `${cwd}/pipe lines/a#1.yaml` }];
    const run = parse(format(spaced, context)).runs[0];
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("pipe%20lines/a%231.yaml");
    expect(repoRelative(`${cwd}/pipe lines/a#1.yaml`, cwd)).toBe("pipe lines/a#1.yaml");
  });
});
