/**
 * `fleetlint match` end to end, in-process, on fixtures/matchers/repo: a
 * target with a global matcher (env=prod), an enabled Linux pipeline, an
 * enabled catch-all, and a Windows pipeline left disabled (no `enabled`).
 */
import { resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runInProcess } from "./in-process.js";

const REPO = resolve(import.meta.dirname, "../../fixtures/matchers/repo");
const CONFIG = resolve(REPO, "fleetlint.config.yaml");

afterEach(() => {
  vi.restoreAllMocks();
});

const cli = (args: string[]) => runInProcess(args, REPO);

describe("fleetlint match", () => {
  it("prints JSON: enabled pipelines per collector, disabled ones apart, global matchers applied", async () => {
    const result = await cli(["match", "--config", CONFIG, "--collector", "collector.os=linux,env=prod", "--collector", "collector.os=linux", "--format", "json"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      { collector: { "collector.os": "linux", env: "prod" }, pipelines: ["everywhere", "linux-metrics"], disabled: [] },
      { collector: { "collector.os": "linux" }, pipelines: [], disabled: [] },
    ]);
  });

  it("reads collectors from a file and prints text", async () => {
    const result = await cli(["match", "--collectors", "collectors.yaml"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'collector collector.os="linux", env="prod"',
        "  receives 2 pipelines:",
        "    everywhere",
        "    linux-metrics",
        "",
        'collector collector.os="windows", env="prod", team="payments"',
        "  receives 1 pipeline:",
        "    everywhere",
        "  would also receive 1 disabled pipeline:",
        "    windows-events (disabled)",
        "",
        'collector collector.os="windows", env="staging"',
        "  receives no pipeline",
        "",
      ].join("\n"),
    );
  });

  it.each([
    [["match", "--collector", "linux"], /Invalid --collector 'linux'/],
    [["match", "--collector", "collector.os"], /Invalid --collector 'collector.os': 'collector.os' has no value; expected key=value pairs/],
    [["match"], /Expected at least one --collector/],
    [["match", "--collectors", "missing.yaml"], /Cannot read collectors file missing.yaml/],
  ])("exits 2 on bad input: %j", async (args, message) => {
    const result = await cli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe("");
  });
});
