import { describe, expect, it } from "vitest";
import { fileResult, type Diagnostic } from "../../src/core/diagnostic.js";
import { lintGate } from "../../src/fleet/lint-gate.js";

const message = (severity: 1 | 2, ruleId: string, text: string, line = 1): Diagnostic => ({ ruleId, severity, message: text, line, column: 3, endLine: line, endColumn: 4 });

describe("lintGate", () => {
  it("lists errors and warnings and refuses on errors", () => {
    const gate = lintGate(
      [fileResult("/repo/p/a.yaml", [message(1, "explicit-enabled", "Missing enabled", 2), message(2, "matcher-valid", "Invalid matcher")])],
      "/repo",
    );
    expect(gate.errorCount).toBe(1);
    expect(gate.text).toBe(
      [
        "p/a.yaml:1:3: error Invalid matcher [matcher-valid]",
        "p/a.yaml:2:3: warning Missing enabled [explicit-enabled]",
        "fleetlint: sync refused: 1 lint error and 1 warning; fix the errors first (`fleetlint check`)",
        "",
      ].join("\n"),
    );
  });

  it("lets warnings through and says nothing when clean", () => {
    const warned = lintGate([fileResult("/repo/a.yaml", [message(1, "explicit-enabled", "Missing enabled")])], "/repo");
    expect(warned.errorCount).toBe(0);
    expect(warned.text).toContain("fleetlint: 1 lint warning; syncing anyway\n");
    expect(lintGate([fileResult("/repo/a.yaml", [])], "/repo")).toEqual({ text: "", errorCount: 0 });
  });
});
