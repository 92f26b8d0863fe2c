import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import { parse } from "yaml";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runInProcess } from "./in-process.js";
import { loadConfig } from "../../src/config/index.js";
import { lintProject } from "../../src/engine/index.js";
import { RULE_IDS } from "../../rules/index.js";
import { initRepository, namespaceFor, starterFiles } from "../../src/init/index.js";
import pipelineSchema from "../../schemas/pipeline.schema.json" with { type: "json" };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "fleetlint-init-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

const cli = (args: string[]) => runInProcess(args);

const PATHS = ["fleetlint.config.yaml", "pipelines/example.yaml", "pipelines/example.alloy", ".pre-commit-config.yaml", ".lintstagedrc.json"];

describe("fleetlint init", () => {
  it("writes the starter files", async () => {
    const result = await cli(["init", dir]);
    expect(result.code).toBe(0);
    for (const path of PATHS) expect(result.stdout).toContain(`created ${path}`);
    for (const file of starterFiles({ namespace: namespaceFor(dir) })) {
      expect(readFileSync(join(dir, file.path), "utf8")).toBe(file.text);
    }
  });

  it("writes a config the config loader accepts, pointing at the pipelines folder", async () => {
    initRepository({ dir, namespace: "payments" });
    const config = await loadConfig({ cwd: dir });
    expect(config.path).toBe(join(dir, "fleetlint.config.yaml"));
    expect(config.targets).toHaveLength(1);
    expect(config.targets[0]).toMatchObject({ root: join(dir, "pipelines"), namespace: "payments", globalMatchers: [] });
    expect(config.rules["explicit-enabled"]).toBe("error");
  });

  it("writes an example definition that the shipped schema accepts", () => {
    initRepository({ dir });
    const definition: unknown = parse(readFileSync(join(dir, "pipelines/example.yaml"), "utf8"));
    const validate = new Ajv({ strict: false, allErrors: true }).compile(pipelineSchema);
    expect(validate(definition), JSON.stringify(validate.errors)).toBe(true);
    expect(definition).toEqual({ name: "example", enabled: true, matchers: ["collector.os=linux"] });
  });

  it("writes an example pipeline that is clean under every rule, the off-by-default ones included", async () => {
    initRepository({ dir, namespace: "payments" });
    const everyRule = Object.fromEntries(RULE_IDS.map((id) => [id, "error" as const]));
    const outcome = await lintProject({ cwd: dir, ruleOverrides: everyRule });
    expect(outcome.results.map((r) => r.filePath).sort()).toEqual([join(dir, "pipelines/example.alloy"), join(dir, "pipelines/example.yaml")]);
    expect(outcome.results.flatMap((r) => r.messages)).toEqual([]);
  });

  it("writes hook snippets that are valid YAML and JSON", () => {
    initRepository({ dir });
    const preCommit = parse(readFileSync(join(dir, ".pre-commit-config.yaml"), "utf8")) as { repos: { hooks: { id: string }[] }[] };
    expect(preCommit.repos[0].hooks.map((h) => h.id)).toEqual(["fleetlint", "fleetlint-fmt", "fleetlint-online"]);
    const lintStaged = JSON.parse(readFileSync(join(dir, ".lintstagedrc.json"), "utf8")) as Record<string, unknown>;
    expect(Object.keys(lintStaged)).toEqual(["*.alloy", "pipelines/**/*.{yaml,yml,YAML,YML}"]);
  });

  it("derives the namespace from the folder name", () => {
    expect(namespaceFor("/src/Payments Repo_2")).toBe("payments-repo-2");
    expect(namespaceFor("/")).toBe("pipelines");
  });

  it("keeps existing pipelines and merges into an existing lint-staged config by default", async () => {
    writeFileSync(join(dir, ".lintstagedrc.json"), "{}\n");
    mkdirSync(join(dir, "pipelines"));
    writeFileSync(join(dir, "pipelines/example.yaml"), "name: mine\n");
    const result = await cli(["init", dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("  kept pipelines/example.yaml: exists\n");
    expect(result.stdout).toContain("  created pipelines/example.alloy\n");
    expect(result.stdout).toContain("  updated .lintstagedrc.json: added '*.alloy', 'pipelines/**/*.{yaml,yml,YAML,YML}'\n");
    expect(readFileSync(join(dir, "pipelines/example.yaml"), "utf8")).toBe("name: mine\n");
    expect(JSON.parse(readFileSync(join(dir, ".lintstagedrc.json"), "utf8"))).toEqual({
      "*.alloy": ["fleetlint check --no-errors-on-unmatched", "fleetlint fmt -w"],
      "pipelines/**/*.{yaml,yml,YAML,YML}": "fleetlint check --no-errors-on-unmatched",
    });
  });

  it("suggests lint-staged with --hide-unstaged", async () => {
    const result = await cli(["init", dir]);
    expect(result.stdout).toContain("npx lint-staged --hide-unstaged");
  });

  it("refuses --merge with --force", async () => {
    const result = await cli(["init", dir, "--merge", "--force"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Use either --merge or --force");
  });

  it("overwrites with --force and says which files it replaced", async () => {
    writeFileSync(join(dir, ".lintstagedrc.json"), "{}\n");
    const result = await cli(["init", dir, "--force", "--namespace", "team-a"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("replaced .lintstagedrc.json");
    expect(result.stdout).toContain("created fleetlint.config.yaml");
    expect(readFileSync(join(dir, "fleetlint.config.yaml"), "utf8")).toContain('namespace: "team-a"');
    expect(readFileSync(join(dir, ".lintstagedrc.json"), "utf8")).not.toBe("{}\n");
  });
});
