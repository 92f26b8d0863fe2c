import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ruleDefaultsSource } from "../../rules/defaults-source.js";
import { RULE_DEFAULTS, RULE_IDS, loadRule } from "../../rules/index.js";

const generated = join(dirname(fileURLToPath(import.meta.url)), "../../rules/defaults.generated.ts");

describe("the rule defaults table", () => {
  it("is generated from every rule's meta", async () => {
    const metas = await Promise.all(RULE_IDS.map(async (id) => (await loadRule(id)).meta));
    const expected = ruleDefaultsSource(metas);
    if (process.env.UPDATE_RULE_DEFAULTS) writeFileSync(generated, expected);
    expect(readFileSync(generated, "utf8"), "a rule's meta changed: run UPDATE_RULE_DEFAULTS=1 npx vitest run test/rules/defaults.test.ts").toBe(expected);
  });

  it("covers exactly the registered rules", () => {
    expect(Object.keys(RULE_DEFAULTS).sort()).toEqual([...RULE_IDS].sort());
  });
});
