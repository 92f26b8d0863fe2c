import { describe, expect, it } from "vitest";
import { FORMAT_NAMES, format, formatContext, isFormatName } from "../../src/report/index.js";
import compact from "../../src/report/compact.js";
import json from "../../src/report/json.js";
import stylish from "../../src/report/stylish.js";
import { fileResult } from "../../src/core/diagnostic.js";
import { sampleContext, sampleResults } from "./sample.js";

const golden = (name: string) => new URL(`./__golden__/${name}`, import.meta.url).pathname;

describe("stylish", () => {
  it("plain: one line per problem and the summary (not a TTY, NO_COLOR, --no-color)", async () => {
    await expect(stylish(sampleResults(), sampleContext(false))).toMatchFileSnapshot(golden("stylish-plain.txt"));
  });
  it("colour: code frames with caret, related, help, suggestion and docs lines", async () => {
    await expect(stylish(sampleResults(), sampleContext(true))).toMatchFileSnapshot(golden("stylish-color.txt"));
  });
  it("prints nothing when there are no problems", () => {
    expect(stylish([fileResult("/repo/a.yaml", [], "")], sampleContext(true))).toBe("");
  });
});

describe("json", () => {
  it("is ESLint's shape plus infoCount: only the documented keys, no source, messageId, help or output", async () => {
    const results = sampleResults();
    results[1].output = "fixed";
    const text = json(results, sampleContext(false));
    await expect(`${JSON.stringify(JSON.parse(text), null, 2)}\n`).toMatchFileSnapshot(golden("json.json"));
    const parsed = JSON.parse(text) as Record<string, unknown>[];
    for (const r of parsed) {
      expect(Object.keys(r)).toEqual(["filePath", "messages", "errorCount", "warningCount", "fixableErrorCount", "fixableWarningCount", "infoCount"]);
      for (const m of r.messages as Record<string, unknown>[]) {
        expect(Object.keys(m).filter((k) => !["related", "fix", "suggestions"].includes(k))).toEqual([
          "ruleId",
          "severity",
          "message",
          "line",
          "column",
          "endLine",
          "endColumn",
        ]);
      }
    }
  });
});

describe("compact", () => {
  it("is ESLint's compact form with the absolute path", async () => {
    await expect(compact(sampleResults(), sampleContext(false))).toMatchFileSnapshot(golden("compact.txt"));
  });
});

describe("registry", () => {
  it("knows the six formats and loads each lazily", async () => {
    expect(FORMAT_NAMES).toEqual(["stylish", "json", "compact", "sarif", "github", "junit"]);
    expect(isFormatName("checkstyle")).toBe(false);
    expect(await format("compact", sampleResults(), sampleContext(false))).toBe(compact(sampleResults(), sampleContext(false)));
  });
  it("builds a context from lintProject's rule map", () => {
    const context = formatContext(new Map([["x", sampleContext(false).rulesMeta["alloy-syntax"]!]]), "/repo", false);
    expect(context.rulesMeta.x?.docs.url).toBe("https://example.test/rules/alloy-syntax.md");
  });
});
