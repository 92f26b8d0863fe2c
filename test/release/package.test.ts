// What a release publishes: `npm pack --dry-run` lists the package contents
// (the built CLI, schemas, README, LICENSE; never tests, fixtures, benchmarks
// or CI files), the built CLI reports the package version, and the
// Changesets setup is one that `changeset version` can actually release.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { commitAll, gitInit, must, repoRoot, run } from "../integrations/helpers.js";

const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { name: string; version: string; bin: Record<string, string> };
const cli = join(repoRoot, "dist", "src", "cli", "main.js");

function requireBuild(): void {
  if (!existsSync(cli)) throw new Error("dist/ is missing: run `npm run build` first (npm test does it in pretest)");
}

describe("npm package contents", () => {
  it("ships the built code, schemas, README and LICENSE, and nothing from the test tree", () => {
    requireBuild();
    // --ignore-scripts: list what is there without running `prepare`.
    const out = must("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], repoRoot, { HUSKY: "0" }).stdout;
    const [packed] = JSON.parse(out) as { name: string; version: string; files: { path: string }[] }[];
    const files = packed.files.map((f) => f.path);
    expect(packed.name).toBe(pkg.name);
    expect(packed.version).toBe(pkg.version);
    for (const required of [
      "package.json",
      "README.md",
      "LICENSE",
      "schemas/pipeline.schema.json",
      "schemas/config.schema.json",
      "dist/src/cli/main.js",
      "dist/src/cli/lsp.js",
      "dist/src/report/sarif.js",
      "dist/grammar/alloy/index.js",
      "dist/rules/index.js",
    ]) {
      expect(files, required).toContain(required);
    }
    for (const bin of Object.values(pkg.bin)) expect(files).toContain(bin.replace(/^\.\//, ""));
    const forbidden = files.filter((f) => /^(test|fixtures|bench|\.ci|\.husky|\.changeset|scripts)\//.test(f) || /(^|\/)test\//.test(f) || /\.test\.[cm]?[jt]s$/.test(f));
    expect(forbidden).toEqual([]);
  });

  it("has an Apache-2.0 LICENSE matching package.json", () => {
    expect(JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).license).toBe("Apache-2.0");
    const license = readFileSync(join(repoRoot, "LICENSE"), "utf8");
    expect(license).toContain("Apache License");
    expect(license).toContain("Version 2.0, January 2004");
    expect(license).toContain("END OF TERMS AND CONDITIONS");
  });
});

describe("fleetlint --version", () => {
  it("prints the package version and exits 0", () => {
    requireBuild();
    for (const flag of ["--version", "-v"]) {
      const result = run(process.execPath, [cli, flag], repoRoot);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout.trim()).toBe(pkg.version);
    }
  });
});

describe("changesets", () => {
  it("releases this single package from the committed changesets", () => {
    const changesets = readdirSync(join(repoRoot, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md");
    expect(changesets.length).toBeGreaterThan(0);
    // Run the real `changeset version` on a copy, so nothing here changes.
    const tmp = mkdtempSync(join(tmpdir(), "fleetlint-changesets-"));
    try {
      cpSync(join(repoRoot, ".changeset"), join(tmp, ".changeset"), { recursive: true });
      writeFileSync(join(tmp, "package.json"), readFileSync(join(repoRoot, "package.json")));
      gitInit(tmp);
      commitAll(tmp, "release candidate");
      const bin = join(repoRoot, "node_modules", "@changesets", "cli", "bin.js");
      const result = run(process.execPath, [bin, "version"], tmp);
      expect(result.status, result.output).toBe(0);
      const released = JSON.parse(readFileSync(join(tmp, "package.json"), "utf8")) as { version: string };
      expect(released.version).not.toBe(pkg.version);
      const changelog = readFileSync(join(tmp, "CHANGELOG.md"), "utf8");
      expect(changelog).toContain(`# ${pkg.name}`);
      expect(changelog).toContain(`## ${released.version}`);
      expect(changelog).toContain("First release of fleetlint");
      // The changesets were consumed.
      expect(readdirSync(join(tmp, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md")).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
