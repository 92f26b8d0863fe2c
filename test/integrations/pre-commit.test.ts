// The pre-commit framework end to end, with the real, unmodified
// .pre-commit-hooks.yaml: pre-commit 4.6 installs this repository the way it
// installs any `language: node` hook repository (`npm install -g
// git+file://…` into a nodeenv), on a clean PRE_COMMIT_HOME, and runs the
// hooks on a throwaway pipeline repository, with Node 24 (and the npm beside
// it), with Node 22, and with Node 20, where the hook must fail with one
// sentence naming the Node it needs.
//
// pre-commit comes from .ci/venv (`.ci/run` installs pre-commit 4.6.x there
// with pip), $PRE_COMMIT_BIN, or PATH. Under .ci/run a missing pre-commit
// fails the test; elsewhere the test says so loudly and is skipped.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initRepository } from "../../src/init/index.js";
import { commitAll, gitInit, must, nodeOfMajor, repoRoot, run, snapshotWorkingTree } from "./helpers.js";

function findPreCommit(): { bin: string; version: string } | undefined {
  for (const bin of [process.env.PRE_COMMIT_BIN, join(repoRoot, ".ci", "venv", "bin", "pre-commit"), "pre-commit"]) {
    if (!bin) continue;
    try {
      const result = run(bin, ["--version"], tmpdir());
      const version = /(\d+\.\d+\.\d+)/.exec(result.stdout)?.[1];
      if (result.status === 0 && version) return { bin, version };
    } catch {
      // not there; try the next
    }
  }
  return undefined;
}

const preCommit = findPreCommit();
const required = process.env.FLEETLINT_REQUIRE_PRE_COMMIT === "1";
if (!preCommit && !required) {
  console.warn(
    "\n*** SKIPPED test/integrations/pre-commit.test.ts: pre-commit is not installed.\n" +
      "*** Install it as CI does: python3 -m venv .ci/venv && .ci/venv/bin/pip install 'pre-commit>=4.6,<4.7'\n",
  );
}

describe.skipIf(!preCommit && !required)(`pre-commit framework (pre-commit ${preCommit?.version ?? "absent"})`, () => {
  let tmp: string;
  let hookRepo: string;
  let userRepo: string;
  let rev: string;
  /** Runs pre-commit with `nodeBin` first on PATH and its own clean PRE_COMMIT_HOME. */
  const preCommitRun = (args: string[], nodeBin: string, home: string) =>
    run(preCommit!.bin, args, userRepo, {
      PRE_COMMIT_HOME: join(tmp, home),
      PRE_COMMIT_COLOR: "never",
      HUSKY: "0",
      npm_config_audit: "false",
      npm_config_fund: "false",
      npm_config_update_notifier: "false",
      PATH: `${nodeBin}${delimiter}${process.env.PATH ?? ""}`,
    });

  beforeAll(() => {
    expect(preCommit, "pre-commit must be installed (.ci/run installs 4.6.x into .ci/venv)").toBeDefined();
    tmp = mkdtempSync(join(tmpdir(), "fleetlint-pre-commit-"));
    hookRepo = join(tmp, "fleetlint");
    snapshotWorkingTree(hookRepo);
    rev = must("git", ["rev-parse", "HEAD"], hookRepo).stdout.trim();

    userRepo = join(tmp, "pipelines-repo");
    gitInit(userRepo);
    initRepository({ dir: userRepo, namespace: "pre-commit-test" });
    writeFileSync(join(userRepo, "pipelines", "bad.yaml"), "enabled: true\nmatchers:\n  - team=payments\n");
    writeFileSync(join(userRepo, "pipelines", "bad.alloy"), 'prometheus.exporter.self "default" {\n');
    commitAll(userRepo, "pipelines");
  }, 120_000);

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it("is pre-commit 4.6 with npm 11, and the manifest is the committed one", () => {
    expect(preCommit!.version).toMatch(/^4\.6\./);
    // pre-commit's nodeenv uses the npm beside the system Node: the npm that
    // prepared git dependencies without devDependencies (npm/cli#8440).
    const npm = run("npm", ["--version"], tmp, { PATH: `${nodeOfMajor(24, tmp)}${delimiter}${process.env.PATH ?? ""}` }).stdout.trim();
    expect(Number(npm.split(".")[0]), `npm ${npm}`).toBeGreaterThanOrEqual(11);
    expect(readFileSync(join(hookRepo, ".pre-commit-hooks.yaml"), "utf8")).toBe(readFileSync(join(repoRoot, ".pre-commit-hooks.yaml"), "utf8"));
  });

  it("try-repo with Node 24: installs the bundle alone and fails the hook on a broken pipeline with our diagnostic", () => {
    const node24 = nodeOfMajor(24, tmp);
    const result = preCommitRun(["try-repo", hookRepo, "fleetlint", "--verbose", "--files", "pipelines/bad.yaml", "pipelines/bad.alloy"], node24, "home-24");
    expect(result.output).toMatch(/fleetlint \(check\)\.+Failed/);
    expect(result.output).toMatch(/bad\.alloy:2:1: error .*\[alloy-syntax\]/);
    expect(result.status).toBe(1);
  }, 900_000);

  it("run with a config naming the repository at a commit: passes a good pipeline", () => {
    writeFileSync(
      join(userRepo, ".pre-commit-config.yaml"),
      `repos:\n  - repo: ${JSON.stringify(hookRepo)}\n    rev: ${rev}\n    hooks:\n      - id: fleetlint\n      - id: fleetlint-fmt\n      - id: fleetlint-online\n`,
    );
    const result = preCommitRun(["run", "fleetlint", "--files", "pipelines/example.yaml", "pipelines/example.alloy"], nodeOfMajor(24, tmp), "home-run");
    expect(result.output).toMatch(/fleetlint \(check\)\.+Passed/);
    expect(result.status, result.output).toBe(0);
    // npm installed one package, with no dependencies, nothing built, one bin.
    const home = join(tmp, "home-run");
    const envs = readdirSync(home)
      .filter((name) => name.startsWith("repo"))
      .flatMap((repo) => readdirSync(join(home, repo)).filter((name) => name.startsWith("node_env-")).map((env) => join(home, repo, env)));
    expect(envs).toHaveLength(1);
    const modules = join(envs[0], "lib", "node_modules");
    expect(readdirSync(modules).filter((name) => !name.startsWith("."))).toEqual(["fleetlint"]);
    expect(existsSync(join(modules, "fleetlint", "node_modules"))).toBe(false);
    expect(existsSync(join(modules, "fleetlint", "bundle", "fleetlint.js"))).toBe(true);
    expect(existsSync(join(modules, "fleetlint", "dist"))).toBe(false);
    const bins = readdirSync(join(envs[0], "bin")).filter((name) => !["activate", "activate.fish", "node", "nodejs", "npm", "npx", "shim"].includes(name));
    expect(bins).toEqual(["fleetlint"]);
  }, 900_000);

  it("formats Alloy files with the fleetlint-fmt hook (a change fails the run, as pre-commit fixers do)", () => {
    writeFileSync(join(userRepo, "pipelines", "ugly.alloy"), 'prometheus.exporter.self "default" {}\n');
    writeFileSync(join(userRepo, "pipelines", "ugly.yaml"), "enabled: true\nmatchers:\n  - team=ugly\n");
    must("git", ["add", "-A"], userRepo);
    const result = preCommitRun(["run", "fleetlint-fmt", "--files", "pipelines/ugly.alloy"], nodeOfMajor(24, tmp), "home-run");
    expect(result.output).toMatch(/files were modified by this hook/);
    expect(result.status).toBe(1);
    expect(readFileSync(join(userRepo, "pipelines", "ugly.alloy"), "utf8")).toBe('prometheus.exporter.self "default" { }\n');
  }, 900_000);

  it("keeps the online hook on the pre-push stage: a commit-stage run skips it", () => {
    const result = preCommitRun(["run", "--all-files"], nodeOfMajor(24, tmp), "home-run");
    expect(result.output).not.toContain("fleetlint (check against Fleet Management)");
    const manual = preCommitRun(["run", "fleetlint-online", "--hook-stage", "pre-push", "--all-files"], nodeOfMajor(24, tmp), "home-run");
    expect(manual.output).toContain("fleetlint (check against Fleet Management)");
  }, 900_000);

  it("try-repo with Node 22: installs and runs", () => {
    const result = preCommitRun(["try-repo", hookRepo, "fleetlint", "--files", "pipelines/bad.yaml", "pipelines/bad.alloy"], nodeOfMajor(22, tmp), "home-22");
    expect(result.output).toMatch(/fleetlint \(check\)\.+Failed/);
    expect(result.output).toMatch(/bad\.alloy:2:1: error .*\[alloy-syntax\]/);
    expect(result.status).toBe(1);
  }, 900_000);

  it("try-repo with Node 20: fails with one sentence naming the Node it needs, no stack trace", () => {
    const result = preCommitRun(["try-repo", hookRepo, "fleetlint", "--files", "pipelines/bad.yaml"], nodeOfMajor(20, tmp), "home-20");
    expect(result.output).toMatch(/fleetlint \(check\)\.+Failed/);
    expect(result.output).toMatch(/fleetlint needs Node\.js 22\.12 or newer; this is Node\.js 20\.\d+\.\d+\./);
    expect(result.output).not.toMatch(/^\s+at /m);
    expect(result.status).toBe(1);
  }, 900_000);
});
