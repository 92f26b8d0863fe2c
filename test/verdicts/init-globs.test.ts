/**
 * `init` writes hook file patterns that cover every target root it writes:
 * a definition under a target is always passed to fleetlint by the hooks.
 */
import { describe, expect, it } from "vitest";
import picomatch from "picomatch";
import { parse } from "yaml";
import { hookFilesPattern, lintStagedTasks, starterFiles } from "../../src/init/index.js";

/** pre-commit patterns are Python regexes; `(?i)` at the start is the only flag used. */
function pythonRegex(pattern: string): RegExp {
  return pattern.startsWith("(?i)") ? new RegExp(pattern.slice(4), "i") : new RegExp(pattern);
}

function lintStagedMatches(config: Record<string, unknown>, path: string): boolean {
  // lint-staged matches globs without a slash against the base name (matchBase).
  return Object.keys(config).some((glob) => picomatch(glob, { dot: true, basename: !glob.includes("/") })(path));
}

describe("init: hook patterns cover every target it writes", () => {
  const files = Object.fromEntries(starterFiles({ namespace: "demo" }).map((f) => [f.path, f.text]));
  const roots = (parse(files["fleetlint.config.yaml"]) as { targets: { root: string }[] }).targets.map((t) => t.root);
  const hooks = (parse(files[".pre-commit-config.yaml"]) as { repos: { hooks: { id: string; files?: string }[] }[] }).repos[0].hooks;
  const lintStaged = JSON.parse(files[".lintstagedrc.json"]) as Record<string, unknown>;

  it("every file of every target root written is passed by pre-commit and lint-staged", () => {
    expect(roots).toEqual(["pipelines"]);
    for (const root of roots) {
      for (const path of [`${root}/a.yaml`, `${root}/deep/b.yml`, `${root}/c.alloy`, `${root}/X.YAML`]) {
        for (const hook of hooks.filter((h) => h.id !== "fleetlint-fmt")) {
          expect(hook.files, hook.id).toBeDefined();
          expect(pythonRegex(hook.files!).test(path), `${hook.id} ${path}`).toBe(true);
        }
        expect(lintStagedMatches(lintStaged, path), path).toBe(true);
      }
    }
  });

  it("local .alloy configs anywhere are passed; YAML outside the targets (CI, compose) is not", () => {
    const check = hooks.find((h) => h.id === "fleetlint")!;
    expect(pythonRegex(check.files!).test("alloy/config.alloy")).toBe(true);
    expect(lintStagedMatches(lintStaged, "alloy/config.alloy")).toBe(true);
    for (const path of [".github/workflows/ci.yml", "docker-compose.yaml", "pipelinesX/a.yaml"]) {
      expect(pythonRegex(check.files!).test(path), path).toBe(false);
      expect(lintStagedMatches(lintStaged, path), path).toBe(false);
    }
  });

  it("derives the patterns from the roots, for any number of targets", () => {
    const pattern = pythonRegex(hookFilesPattern(["prod/pipelines", "staging.v2"]));
    expect(pattern.test("prod/pipelines/a.yaml")).toBe(true);
    expect(pattern.test("staging.v2/x/b.yml")).toBe(true);
    expect(pattern.test("stagingXv2/b.yml")).toBe(false);
    const config = lintStagedTasks(["prod/pipelines", "staging"]);
    expect(Object.keys(config)).toEqual(["*.alloy", "{prod/pipelines,staging}/**/*.{yaml,yml,YAML,YML}"]);
    expect(lintStagedMatches(config, "staging/x/a.YML")).toBe(true);
    expect(pythonRegex(hookFilesPattern(["."])).test("any/where.yaml")).toBe(true);
  });
});
