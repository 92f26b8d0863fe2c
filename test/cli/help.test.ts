/**
 * `--help` says only what is true: no `(default: {})` for a repeatable flag
 * that starts empty.
 */
import { describe, expect, it } from "vitest";
import { runInProcess } from "./in-process.js";

describe("fleetlint check --help", () => {
  it("shows --rule without an object default", async () => {
    const result = await runInProcess(["check", "--help"]);
    expect(result.code).toBe(0);
    const rule = result.stdout.split("\n").find((line) => line.includes("--rule"));
    expect(rule).toContain("set a rule's severity (repeatable)");
    expect(result.stdout).not.toContain("(default: {})");
  });
});
