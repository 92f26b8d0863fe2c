// The pre-commit framework end to end: `pre-commit try-repo` installs this
// package the way pre-commit installs any `language: node` hook repository
// (npm install + prepare build + npm pack + global install) and runs the
// `fleetlint` hook on a throwaway pipeline repository.
//
// Needs the `pre-commit` executable (CI installs Debian's package) and the npm
// registry. Without pre-commit the test says so loudly and is skipped.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initRepository } from "../../src/init/index.js";
import { commitAll, gitInit, must, run, snapshotWorkingTree } from "./helpers.js";

function preCommitVersion(): string | undefined {
  try {
    const result = run("pre-commit", ["--version"], tmpdir());
    return result.status === 0 ? /(\d+\.\d+\.\d+)/.exec(result.stdout)?.[1] : undefined;
  } catch {
    return undefined;
  }
}

const version = preCommitVersion();
if (!version) {
  console.warn(
    "\n*** SKIPPED test/integrations/pre-commit.test.ts: the `pre-commit` executable is not installed.\n" +
      "*** Install it (apt-get install pre-commit, or pipx install pre-commit) to run the pre-commit hook test.\n",
  );
}

function older(a: string, b: string): boolean {
  const [x, y] = [a, b].map((v) => v.split(".").map(Number));
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] < y[i];
  return false;
}

describe.skipIf(!version)(`pre-commit framework (pre-commit ${version ?? "absent"})`, () => {
  let tmp: string;
  let hookRepo: string;
  let userRepo: string;
  let nodeBin: string;
  const env = () => ({
    PRE_COMMIT_HOME: join(tmp, "cache"),
    PRE_COMMIT_COLOR: "never",
    HUSKY: "0",
    npm_config_audit: "false",
    npm_config_fund: "false",
    PATH: `${nodeBin}${delimiter}${process.env.PATH ?? ""}`,
  });

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), "fleetlint-pre-commit-"));
    // pre-commit's `system` Node comes from nodeenv, which picks `nodejs`
    // before `node` on PATH; Debian's `nodejs` may be older than we support.
    // Point both names at the Node running this test.
    nodeBin = join(tmp, "bin");
    mkdirSync(nodeBin);
    symlinkSync(process.execPath, join(nodeBin, "node"));
    symlinkSync(process.execPath, join(nodeBin, "nodejs"));
    hookRepo = join(tmp, "fleetlint");
    snapshotWorkingTree(hookRepo);
    if (older(version!, "3.2.0")) {
      // pre-commit < 3.2 (Debian 12 ships 3.0.4) knows the stages by their old
      // names and refuses the manifest's `pre-push`; the hooks are otherwise
      // the same, so test them under the old names.
      console.warn(`*** pre-commit ${version} predates stage names like pre-push; testing a copy of the manifest with the old names.`);
      const manifest = join(hookRepo, ".pre-commit-hooks.yaml");
      writeFileSync(
        manifest,
        readFileSync(manifest, "utf8")
          .replace(/\bpre-push\b/g, "push")
          .replace(/minimum_pre_commit_version: '3\.2\.0'/g, "minimum_pre_commit_version: '0'"),
      );
      commitAll(hookRepo, "manifest for old pre-commit");
    }

    userRepo = join(tmp, "pipelines-repo");
    gitInit(userRepo);
    initRepository({ dir: userRepo, namespace: "pre-commit-test" });
    writeFileSync(join(userRepo, "pipelines", "bad.yaml"), "enabled: true\nmatchers:\n  - team=payments\n");
    writeFileSync(join(userRepo, "pipelines", "bad.alloy"), 'prometheus.exporter.self "default" {\n');
    commitAll(userRepo, "pipelines");
  });

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  // try-repo installs into a fresh store on every call, so it runs once; the
  // other cases use a .pre-commit-config.yaml naming the same repository and
  // share one installed environment.
  it("try-repo: fails the fleetlint hook on a broken pipeline with our diagnostic", () => {
    const result = run("pre-commit", ["try-repo", hookRepo, "fleetlint", "--verbose", "--files", "pipelines/bad.yaml", "pipelines/bad.alloy"], userRepo, env());
    expect(result.output).toMatch(/fleetlint \(check\)\.+Failed/);
    expect(result.output).toContain("alloy-syntax");
    expect(result.output).toContain("bad.alloy");
    expect(result.status).toBe(1);
  }, 900_000);

  it("passes the fleetlint hook on a good pipeline", () => {
    const rev = must("git", ["rev-parse", "HEAD"], hookRepo).stdout.trim();
    writeFileSync(
      join(userRepo, ".pre-commit-config.yaml"),
      `repos:\n  - repo: ${JSON.stringify(hookRepo)}\n    rev: ${rev}\n    hooks:\n      - id: fleetlint\n      - id: fleetlint-fmt\n`,
    );
    const result = run("pre-commit", ["run", "fleetlint", "--files", "pipelines/example.yaml", "pipelines/example.alloy"], userRepo, env());
    expect(result.output).toMatch(/fleetlint \(check\)\.+Passed/);
    expect(result.status, result.output).toBe(0);
  }, 900_000);

  it("formats Alloy files with the fleetlint-fmt hook (a change fails the run, as pre-commit fixers do)", () => {
    writeFileSync(join(userRepo, "pipelines", "ugly.alloy"), 'prometheus.exporter.self "default" {}\n');
    writeFileSync(join(userRepo, "pipelines", "ugly.yaml"), "enabled: true\nmatchers:\n  - team=ugly\n");
    must("git", ["add", "-A"], userRepo);
    const result = run("pre-commit", ["run", "fleetlint-fmt", "--files", "pipelines/ugly.alloy"], userRepo, env());
    expect(result.output).toMatch(/files were modified by this hook/);
    expect(result.status).toBe(1);
    expect(readFileSync(join(userRepo, "pipelines", "ugly.alloy"), "utf8")).toBe('prometheus.exporter.self "default" { }\n');
  }, 900_000);
});
