/**
 * `fleetlint init --merge` (and plain `init`) in a repository that already
 * has a fleetlint config with two targets, a `.pre-commit-config.yaml` with
 * other hooks and a lint-staged config: fleetlint's hooks are added, nothing
 * of the user's is lost, the globs cover both targets, the changes are
 * printed, and a second run changes nothing.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import picomatch from "picomatch";
import { parse } from "yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runInProcess } from "./in-process.js";
import { hookFilesPattern, lintStagedTasks, PRE_COMMIT_REPO } from "../../src/init/index.js";
import { MergeError, mergeLintStagedJson, mergeLintStagedYaml, mergePreCommitConfig } from "../../src/init/merge.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "fleetlint-init-merge-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const write = (path: string, text: string) => {
  mkdirSync(join(dir, path, ".."), { recursive: true });
  writeFileSync(join(dir, path), text);
};
const read = (path: string) => readFileSync(join(dir, path), "utf8");

const PRE_COMMIT = `# our hooks
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v5.0.0
    hooks:
      - id: trailing-whitespace # keep this comment
      - id: check-yaml
`;

const CONFIG = `targets:
  - root: teams/a
    namespace: team-a
  - root: teams/b
    namespace: team-b
`;

describe("fleetlint init --merge on a repository with both hook configs", () => {
  it("adds fleetlint's hooks, keeps everything else, and is idempotent", async () => {
    write("fleetlint.config.yaml", CONFIG);
    write("teams/a/logs.yaml", "name: logs\nenabled: true\n");
    write("teams/b/metrics.yaml", "name: metrics\nenabled: true\n");
    write(".pre-commit-config.yaml", PRE_COMMIT);
    write(".lintstagedrc.json", `{\n    "*.ts": "eslint --fix"\n}\n`);

    const first = await runInProcess(["init", "--merge", dir]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("fleetlint: initialised\n");
    expect(first.stdout).toContain("  updated .pre-commit-config.yaml: added hook fleetlint, hook fleetlint-fmt, hook fleetlint-online\n");
    expect(first.stdout).toContain("  updated .lintstagedrc.json: added '*.alloy', '{teams/a,teams/b}/**/*.{yaml,yml,YAML,YML}'\n");
    // The repository's own config and pipelines are not touched; no example is added.
    expect(read("fleetlint.config.yaml")).toBe(CONFIG);
    expect(existsSync(join(dir, "pipelines"))).toBe(false);

    const preCommit = read(".pre-commit-config.yaml");
    expect(preCommit.startsWith(PRE_COMMIT)).toBe(true);
    expect(preCommit).toContain("# keep this comment");
    const repos = (parse(preCommit) as { repos: { repo: string; rev: string; hooks: { id: string }[] }[] }).repos;
    expect(repos).toHaveLength(2);
    // The hooks that lint get the targets' pattern, as a starter config writes it: not every YAML file of the repository.
    const files = hookFilesPattern(["teams/a", "teams/b"]);
    expect(repos[1]).toEqual({ repo: PRE_COMMIT_REPO.repo, rev: PRE_COMMIT_REPO.rev, hooks: [{ id: "fleetlint", files }, { id: "fleetlint-fmt" }, { id: "fleetlint-online", files }] });
    const scoped = new RegExp(files.replace("(?i)", ""), "i");
    expect(["teams/a/logs.yaml", "teams/b/x.alloy"].every((p) => scoped.test(p))).toBe(true);
    expect(scoped.test(".github/workflows/ci.yaml")).toBe(false);

    const lintStaged = JSON.parse(read(".lintstagedrc.json")) as Record<string, string | string[]>;
    expect(lintStaged["*.ts"]).toBe("eslint --fix");
    expect(read(".lintstagedrc.json")).toMatch(/^\{\n {4}"\*\.ts"/); // indentation kept
    const definitionGlob = Object.keys(lintStaged).find((g) => g.includes("yaml")) as string;
    const isMatch = picomatch(definitionGlob);
    expect(["teams/a/logs.yaml", "teams/b/deep/metrics.yml"].every((p) => isMatch(p))).toBe(true);
    expect(isMatch("other/x.yaml")).toBe(false);

    const before = { preCommit: read(".pre-commit-config.yaml"), lintStaged: read(".lintstagedrc.json") };
    const second = await runInProcess(["init", "--merge", dir]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("fleetlint: already initialised, nothing changed\n");
    expect(second.stdout).toContain("  unchanged .pre-commit-config.yaml: fleetlint is already set up\n");
    expect(second.stdout).toContain("  unchanged .lintstagedrc.json: fleetlint is already set up\n");
    expect(read(".pre-commit-config.yaml")).toBe(before.preCommit);
    expect(read(".lintstagedrc.json")).toBe(before.lintStaged);

    // Plain `init` merges too.
    const third = await runInProcess(["init", dir]);
    expect(third.stdout).toContain("nothing changed");
  });

  it("merges into package.json's lint-staged key and keeps its other keys", async () => {
    write("package.json", `{\n  "name": "pipelines",\n  "lint-staged": {\n    "*.md": ["prettier -w"]\n  }\n}\n`);
    const result = await runInProcess(["init", dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("  updated package.json: added '*.alloy', 'pipelines/**/*.{yaml,yml,YAML,YML}'\n");
    const pkg = JSON.parse(read("package.json")) as { name: string; "lint-staged": Record<string, unknown> };
    expect(pkg.name).toBe("pipelines");
    expect(Object.keys(pkg["lint-staged"])).toEqual(["*.md", "*.alloy", "pipelines/**/*.{yaml,yml,YAML,YML}"]);
    expect(existsSync(join(dir, ".lintstagedrc.json"))).toBe(false);
  });

  it("leaves a JavaScript lint-staged config alone and says what to add", async () => {
    write("lint-staged.config.mjs", "export default {};\n");
    const result = await runInProcess(["init", dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/kept lint-staged\.config\.mjs: a JavaScript config is not edited; add these tasks .*"\*\.alloy"/);
    expect(read("lint-staged.config.mjs")).toBe("export default {};\n");
  });

  it("refuses a .pre-commit-config.yaml that is not valid YAML, naming the place, and writes nothing", async () => {
    write(".pre-commit-config.yaml", "repos:\n  - repo: x\n   bad: [\n");
    const result = await runInProcess(["init", dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot merge fleetlint's hooks into \.pre-commit-config\.yaml:\d+:\d+: not valid YAML/);
    expect(existsSync(join(dir, "fleetlint.config.yaml"))).toBe(false);
  });
});

const FILES = hookFilesPattern(["pipelines"]);

describe("merging hook configs", () => {
  it("adds only the hooks missing from fleetlint's existing repository entry", () => {
    const text = `repos:\n  - repo: ${PRE_COMMIT_REPO.repo}\n    rev: v0.0.1\n    hooks:\n      - id: fleetlint\n`;
    const merged = mergePreCommitConfig(text, PRE_COMMIT_REPO, FILES);
    expect(merged.added).toEqual(["hook fleetlint-fmt", "hook fleetlint-online"]);
    const repos = (parse(merged.text) as { repos: { rev: string; hooks: { id: string }[] }[] }).repos;
    expect(repos).toHaveLength(1);
    expect(repos[0].rev).toBe("v0.0.1"); // the pinned version is the user's choice
    expect(repos[0].hooks.map((h) => h.id)).toEqual(["fleetlint", "fleetlint-fmt", "fleetlint-online"]);
    // The added hook that lints is scoped to the targets; fmt keeps its own `files` (every .alloy).
    expect(repos[0].hooks.slice(1)).toEqual([{ id: "fleetlint-fmt" }, { id: "fleetlint-online", files: FILES }]);
  });

  it("counts a local hook with fleetlint's id as present", () => {
    const text = "repos:\n  - repo: local\n    hooks:\n      - id: fleetlint\n        entry: npx fleetlint check\n        language: system\n";
    expect(mergePreCommitConfig(text, PRE_COMMIT_REPO, FILES).added).toEqual(["hook fleetlint-fmt", "hook fleetlint-online"]);
  });

  it("fills an empty file", () => {
    const merged = mergePreCommitConfig("", PRE_COMMIT_REPO, FILES);
    expect((parse(merged.text) as { repos: unknown[] }).repos).toHaveLength(1);
  });

  it("adds missing commands to an existing glob", () => {
    const tasks = { "*.alloy": ["fleetlint check --no-errors-on-unmatched", "fleetlint fmt -w"] };
    const json = mergeLintStagedJson('{"*.alloy": "fleetlint fmt -w"}', tasks, "x.json");
    expect(json.added).toEqual(["'fleetlint check --no-errors-on-unmatched' to '*.alloy'"]);
    expect(JSON.parse(json.text)).toEqual({ "*.alloy": ["fleetlint fmt -w", "fleetlint check --no-errors-on-unmatched"] });
    const yaml = mergeLintStagedYaml("# tasks\n'*.alloy':\n  - fleetlint fmt -w\n", tasks, ".lintstagedrc.yaml");
    expect(yaml.text).toContain("# tasks");
    expect(parse(yaml.text)).toEqual({ "*.alloy": ["fleetlint fmt -w", "fleetlint check --no-errors-on-unmatched"] });
    expect(mergeLintStagedYaml(yaml.text, tasks, ".lintstagedrc.yaml").added).toEqual([]);
  });

  it("refuses a task it cannot extend", () => {
    expect(() => mergeLintStagedJson('{"*.alloy": {"x": 1}}', { "*.alloy": ["a"] }, "x.json")).toThrow(MergeError);
  });

  it.each([
    [["pipelines"], "pipelines/**/*.{yaml,yml,YAML,YML}"],
    [["."], "*.{yaml,yml,YAML,YML}"],
    [["b", "a/", "./a"], "{a,b}/**/*.{yaml,yml,YAML,YML}"],
    [["a", ".", "../outside"], "*.{yaml,yml,YAML,YML}"],
  ])("lint-staged globs for roots %j cover every target", (roots, glob) => {
    expect(Object.keys(lintStagedTasks(roots))).toEqual(["*.alloy", glob]);
  });
});
