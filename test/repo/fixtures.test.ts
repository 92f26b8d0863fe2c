import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { loadProject } from "../../src/repo/index.js";
import { problemsOf } from "./temp-repo.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

async function loadRepo(dir: string) {
  return loadProject(await loadConfig({ cwd: dir }), { cwd: dir });
}

describe("fixtures/repos/example", () => {
  const dir = join(root, "fixtures/repos/example");

  it("loads three targets and every kind of contents source without a problem", async () => {
    const project = await loadRepo(dir);
    expect(project.problems).toEqual([]);
    expect(project.targets.map((t) => [t.namespace, t.stack, t.globalMatchers])).toEqual([
      ["platform-prod", "prod", ["env=prod"]],
      ["payments-prod", "prod", ["env=prod"]],
      ["platform-staging", "staging", ["env=staging"]],
    ]);
    expect(project.pipelines.map((p) => [p.target.index, p.name, p.configType, p.contents?.origin, p.enabled])).toEqual([
      [0, "journal-logs", "alloy", "sibling", true],
      [0, "node-metrics", "alloy", "sibling", true],
      [0, "otlp-gateway", "otel", "contents_file", true],
      [1, "payments-api-metrics", "alloy", "inline", true],
      [1, "payments-traces", "alloy", "contents_file", true],
      [2, "node-metrics", "alloy", "sibling", true],
    ]);
    expect(project.alloyFiles).toEqual([]);
    // Every Alloy pipeline parses cleanly.
    for (const pipeline of project.pipelines) {
      if (pipeline.alloy) expect(pipeline.alloy.parse().diagnostics, pipeline.name).toEqual([]);
    }
  });
});

describe("fixtures/repos/mistakes", () => {
  it("loads, with the schema mistake as a load problem", async () => {
    const project = await loadRepo(join(root, "fixtures/repos/mistakes"));
    expect(problemsOf(project)).toEqual(["unknownKeySuggestion@1:1"]);
    expect(project.pipelines.map((p) => p.name).sort()).toEqual(["app-logs", "audit", "node-metrics", "node-metrics"]);
    expect(project.pipelines.find((p) => p.name === "app-logs")?.enabled).toBeUndefined();
    expect(project.pipelines.find((p) => p.name === "app-logs")?.alloy?.parse().diagnostics.length).toBeGreaterThan(0);
  });
});

describe("fixtures/generate-repo.mjs", () => {
  const out = mkdtempSync(join(tmpdir(), "fleetlint-generated-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("writes N clean pipelines of 1-5 KB of Alloy that parse", async () => {
    const run = spawnSync(process.execPath, [join(root, "fixtures/generate-repo.mjs"), out, "24"], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    const project = await loadRepo(out);
    expect(project.problems).toEqual([]);
    expect(project.pipelines).toHaveLength(24);
    expect(new Set(project.pipelines.map((p) => p.name)).size).toBe(24);
    for (const pipeline of project.pipelines) {
      const bytes = statSync(pipeline.contents!.file.path).size;
      expect(bytes).toBeGreaterThanOrEqual(1000);
      expect(bytes).toBeLessThanOrEqual(5 * 1024);
      expect(pipeline.alloy!.parse().diagnostics).toEqual([]);
      expect(pipeline.enabled).toBe(true);
    }
    expect(readdirSync(join(out, "pipelines")).length).toBe(8);
  });

  it("rejects a bad invocation with exit 2", () => {
    const run = spawnSync(process.execPath, [join(root, "fixtures/generate-repo.mjs")], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^usage:/);
  });
});
