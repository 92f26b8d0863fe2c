/**
 * The Incorrect / Correct examples of the matcher rules' docs do what they
 * say: each Incorrect example is reported, each Correct one is clean.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import matcherValid from "../../rules/matcher-valid.js";
import matcherSatisfiable from "../../rules/matcher-satisfiable.js";
import { runRule } from "./rule-tester.js";

function examples(id: string, section: "Incorrect" | "Correct"): string[] {
  const text = readFileSync(resolve(import.meta.dirname, `../../docs/rules/${id}.md`), "utf8");
  const body = text.split(/^## /m).find((part) => part.startsWith(`${section}\n`)) ?? "";
  return [...body.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
}

describe.each([
  ["matcher-valid", matcherValid],
  ["matcher-satisfiable", matcherSatisfiable],
])("docs/rules/%s.md", (id, rule) => {
  it("has examples", () => {
    expect(examples(id, "Incorrect").length).toBeGreaterThan(0);
    expect(examples(id, "Correct").length).toBeGreaterThan(0);
  });

  it("reports every Incorrect example", async () => {
    for (const yaml of examples(id, "Incorrect")) {
      expect((await runRule(rule, { pipelines: [{ path: "p.yaml", yaml }] })).length).toBeGreaterThan(0);
    }
  });

  it("reports no Correct example", async () => {
    for (const yaml of examples(id, "Correct")) {
      expect(await runRule(rule, { pipelines: [{ path: "p.yaml", yaml }] })).toEqual([]);
    }
  });
});
