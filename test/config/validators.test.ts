import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { validatorModuleSource } from "../../src/config/validator-source.js";
import { validateConfig, validatePipeline } from "../../src/config/validator.js";

const generated = join(dirname(fileURLToPath(import.meta.url)), "../../src/config/validators.generated.ts");

describe("precompiled schema validators", () => {
  it("are generated from the current schemas", () => {
    const expected = validatorModuleSource();
    if (process.env.UPDATE_VALIDATORS) writeFileSync(generated, expected);
    expect(readFileSync(generated, "utf8"), "schemas changed: run UPDATE_VALIDATORS=1 npx vitest run test/config/validators.test.ts").toBe(
      expected,
    );
  });

  it("validate as the schemas say", () => {
    expect(validatePipeline({ name: "a", enabled: true, matchers: ["env=prod"] })).toBe(true);
    expect(validatePipeline({ ennabled: true })).toBe(false);
    expect(validatePipeline.errors?.[0]).toMatchObject({ keyword: "additionalProperties", params: { additionalProperty: "ennabled" } });
    expect(validateConfig({ targets: [{ root: "p", pipelineLimit: 10 }], rules: { x: ["warn", {}] } })).toBe(true);
    expect(validateConfig({ targets: [{ root: "" }] })).toBe(false);
  });
});
