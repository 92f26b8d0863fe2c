// husky + lint-staged end to end, the way a pipeline repository uses them:
// this package packed with `npm pack` and installed into a throwaway git
// repository together with husky and lint-staged (same versions as ours),
// the `.lintstagedrc.json` that `fleetlint init` writes, and `git commit`
// refused on a broken pipeline, then accepted once it is fixed.
//
// Needs the built package (npm test builds it first) and the npm registry.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initRepository } from "../../src/init/index.js";
import { gitInit, installedVersion, must, repoRoot, run } from "./helpers.js";

const GOOD_ALLOY = 'prometheus.exporter.self "default" { }\n';

describe("husky + lint-staged", () => {
  let tmp: string;
  let repo: string;
  // HUSKY=0 would disable the very hook under test; CI=true changes nothing here.
  const env = { HUSKY: "", npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" };

  beforeAll(() => {
    if (!existsSync(join(repoRoot, "dist", "src", "cli", "main.js"))) {
      throw new Error("dist/ is missing: run `npm run build` first (npm test does it in pretest)");
    }
    tmp = mkdtempSync(join(tmpdir(), "fleetlint-husky-"));
    // --ignore-scripts: pack the dist/ that was just built, and never run our
    // `prepare` (which would install husky into this checkout).
    const packed = JSON.parse(must("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", tmp], repoRoot, env).stdout) as { filename: string }[];
    const tarball = join(tmp, packed[0].filename);

    repo = join(tmp, "pipelines-repo");
    gitInit(repo);
    writeFileSync(join(repo, "package.json"), `${JSON.stringify({ name: "pipelines-repo", private: true, type: "module" }, null, 2)}\n`);
    must(
      "npm",
      ["install", "--save-dev", "--prefer-offline", tarball, `husky@${installedVersion("husky")}`, `lint-staged@${installedVersion("lint-staged")}`],
      repo,
      env,
    );
    must("npx", ["--no-install", "husky", "init"], repo, env);
    writeFileSync(join(repo, ".husky", "pre-commit"), "npx lint-staged\n");
    initRepository({ dir: repo, namespace: "husky-test" });
    writeFileSync(join(repo, ".gitignore"), "node_modules/\n");
    must("git", ["add", "-A"], repo);
    must("git", ["commit", "-q", "-m", "starter"], repo, env);
  }, 900_000);

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it("refuses a commit with a broken pipeline and shows our diagnostic", () => {
    writeFileSync(join(repo, "pipelines", "payments.yaml"), "enabled: true\nmatchers:\n  - team=payments\n");
    writeFileSync(join(repo, "pipelines", "payments.alloy"), 'prometheus.exporter.self "default" {\n');
    must("git", ["add", "pipelines"], repo);
    const result = run("git", ["commit", "-m", "add payments pipeline"], repo, env);
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain("alloy-syntax");
    expect(result.output).toContain("payments.alloy");
    expect(must("git", ["rev-list", "--count", "HEAD"], repo).stdout.trim()).toBe("1");
  }, 300_000);

  it("accepts the commit once the pipeline is fixed, formatting the staged Alloy file", () => {
    writeFileSync(join(repo, "pipelines", "payments.alloy"), 'prometheus.exporter.self "default" {}\n');
    must("git", ["add", "pipelines"], repo);
    const result = run("git", ["commit", "-m", "add payments pipeline"], repo, env);
    expect(result.status, result.output).toBe(0);
    expect(must("git", ["rev-list", "--count", "HEAD"], repo).stdout.trim()).toBe("2");
    // `fleetlint fmt -w` ran on the staged file and lint-staged committed the result.
    expect(must("git", ["show", "HEAD:pipelines/payments.alloy"], repo).stdout).toBe(GOOD_ALLOY);
    expect(readFileSync(join(repo, "pipelines", "payments.alloy"), "utf8")).toBe(GOOD_ALLOY);
  }, 300_000);
});
