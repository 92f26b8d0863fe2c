// What a release publishes, and that it installs on its own: `npm pack`
// lists the bundle, schemas, docs, README and LICENSE (never sources, tests
// or CI files); the tarball installs into an empty folder with the registry
// unreachable (so it is one package with no dependencies) and its `fleetlint`
// runs check, fmt and lsp; the version lives in package.json alone; the
// Changesets setup is one that `changeset version` can release.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commitAll, gitInit, must, repoRoot, run } from "../integrations/helpers.js";

interface PackageJson {
  name: string;
  version: string;
  bin: Record<string, string>;
  scripts: Record<string, string>;
  repository: { type: string; url: string };
  homepage: string;
  bugs: { url: string };
  types: string;
  exports: Record<string, string | Record<string, string>>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
}

const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as PackageJson;
const bundleCli = join(repoRoot, "bundle", "fleetlint.js");

/** Tools that must not be able to reach the registry. */
const OFFLINE = { npm_config_registry: "http://127.0.0.1:9", npm_config_offline: "true", npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" };

function packedFiles(): string[] {
  const out = must("npm", ["pack", "--dry-run", "--json"], repoRoot, { HUSKY: "0" }).stdout;
  const [packed] = JSON.parse(out) as { name: string; version: string; files: { path: string }[] }[];
  expect(packed.name).toBe(pkg.name);
  expect(packed.version).toBe(pkg.version);
  return packed.files.map((f) => f.path);
}

describe("package.json", () => {
  it("has no runtime dependencies and no install-time scripts: the bundle is all there is", () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies ?? {}).toEqual({});
    expect(pkg.optionalDependencies ?? {}).toEqual({});
    for (const script of ["preinstall", "install", "postinstall", "prepare", "prepack", "postpack", "prepublish"]) expect(pkg.scripts[script], script).toBeUndefined();
    expect(pkg.devDependencies.esbuild, "esbuild is pinned to one version").toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("has one bin, the bundled CLI, and exports the bundled library with its declarations", () => {
    expect(pkg.bin).toEqual({ fleetlint: "bundle/fleetlint.js" });
    expect(pkg.exports["."]).toEqual({ types: "./bundle/types/src/index.d.ts", default: "./bundle/index.js" });
    expect(pkg.types).toBe("bundle/types/src/index.d.ts");
    expect(readFileSync(join(repoRoot, pkg.bin.fleetlint), "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it("names the repository, homepage and issue tracker", () => {
    expect(pkg.repository).toEqual({ type: "git", url: "git+https://github.com/fleetlint/fleetlint.git" });
    expect(pkg.homepage).toBe("https://github.com/fleetlint/fleetlint#readme");
    expect(pkg.bugs).toEqual({ url: "https://github.com/fleetlint/fleetlint/issues" });
  });

  it("keeps the version in package.json only (the bundle inlines it at build time)", () => {
    const result = run(process.execPath, [bundleCli, "--version"], repoRoot);
    expect(result.stdout.trim()).toBe(pkg.version);
    const hardCoded = run("git", ["grep", "-l", "-F", `"${pkg.version}"`, "--", "src", "grammar", "rules", "action.yml", ".pre-commit-hooks.yaml", "schemas"], repoRoot, {}).stdout;
    expect(hardCoded.trim()).toBe("");
  });
});

describe("npm pack", () => {
  it("ships the bundle, its declarations, schemas, docs, README and LICENSE, and nothing from the source or test tree", () => {
    const files = packedFiles();
    for (const required of [
      "package.json",
      "README.md",
      "LICENSE",
      "schemas/pipeline.schema.json",
      "schemas/config.schema.json",
      "bundle/fleetlint.js",
      "bundle/index.js",
      "bundle/action.js",
      "bundle/THIRD-PARTY-NOTICES.md",
      "bundle/types/src/index.d.ts",
      "docs/configuration.md",
    ]) {
      expect(files, required).toContain(required);
    }
    expect(files.some((f) => f.startsWith("bundle/chunks/"))).toBe(true);
    // TypeScript sources never ship; declarations do, under bundle/types/ only.
    const isDeclaration = (f: string) => f.startsWith("bundle/types/") && f.endsWith(".d.ts");
    const forbidden = files.filter(
      (f) => /^(dist|src|grammar|rules|test|fixtures|bench|\.ci|\.husky|\.changeset|scripts|node_modules)\//.test(f) || /\.test\.[cm]?[jt]s$/.test(f) || (/\.ts$/.test(f) && !isDeclaration(f)),
    );
    expect(forbidden).toEqual([]);
  });

  it("keeps every README link working from the package page (relative links are resolved against the repository and ship in the package)", () => {
    const files = packedFiles();
    const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((l) => !/^(https?:|mailto:|#)/.test(l));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const path = link.replace(/#.*$/, "").replace(/^\.\//, "");
      expect(existsSync(join(repoRoot, path)), `${link} exists in the repository`).toBe(true);
      expect(files, `${link} ships in the package`).toContain(path);
    }
  });

  it("has an Apache-2.0 LICENSE matching package.json, and third-party notices for the bundled code", () => {
    expect(JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).license).toBe("Apache-2.0");
    const license = readFileSync(join(repoRoot, "LICENSE"), "utf8");
    expect(license).toContain("Apache License");
    expect(license).toContain("END OF TERMS AND CONDITIONS");
    const notices = readFileSync(join(repoRoot, "bundle", "THIRD-PARTY-NOTICES.md"), "utf8");
    for (const bundled of ["yaml@", "commander@", "chevrotain@", "re2js@", "vscode-languageserver@", "vscode-jsonrpc@"]) expect(notices, bundled).toContain(`## ${bundled}`);
    expect(notices).toContain("Permission is hereby granted"); // license texts, not just names
  });
});

describe("the packed tarball, installed into an empty folder with the registry unreachable", () => {
  let tmp: string;
  let project: string;
  let bin: string;

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), "fleetlint-pack-"));
    const packed = JSON.parse(must("npm", ["pack", "--json", "--pack-destination", tmp], repoRoot, { HUSKY: "0" }).stdout) as { filename: string }[];
    project = join(tmp, "consumer");
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), '{ "name": "consumer", "private": true }\n');
    must("npm", ["install", "--no-package-lock", join(tmp, packed[0].filename)], project, OFFLINE);
    bin = join(project, "node_modules", ".bin", "fleetlint");
    mkdirSync(join(project, "pipelines"));
    writeFileSync(join(project, "fleetlint.config.yaml"), "targets:\n  - root: pipelines\n    namespace: pack-test\n");
    writeFileSync(join(project, "pipelines", "good.yaml"), "enabled: true\nmatchers:\n  - team=a\n");
    writeFileSync(join(project, "pipelines", "good.alloy"), 'prometheus.exporter.self "default" { }\n');
    writeFileSync(join(project, "pipelines", "bad.yaml"), "enabled: true\nmatchers:\n  - team=b\n");
    writeFileSync(join(project, "pipelines", "bad.alloy"), 'prometheus.exporter.self "default" {}\n');
  }, 300_000);

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it("is a single package with a single bin", () => {
    expect(readdirSync(join(project, "node_modules")).filter((n) => !n.startsWith("."))).toEqual(["fleetlint"]);
    expect(readdirSync(join(project, "node_modules", ".bin"))).toEqual(["fleetlint"]);
  });

  it("runs check", () => {
    const result = run(bin, ["check", "--format", "json"], project, OFFLINE);
    expect(result.status, result.stderr).toBe(0);
    const results = JSON.parse(result.stdout) as { filePath: string; errorCount: number }[];
    expect(results.map((r) => r.filePath.slice(project.length + 1)).sort()).toEqual(["pipelines/bad.alloy", "pipelines/bad.yaml", "pipelines/good.alloy", "pipelines/good.yaml"]);
    const broken = run(bin, ["check", "--rule", "alloy-format:error", "pipelines/bad.alloy"], project, OFFLINE);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain("alloy-format");
  });

  it("runs fmt", () => {
    const result = run(bin, ["fmt", "-w", "pipelines/bad.alloy"], project, OFFLINE);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(project, "pipelines", "bad.alloy"), "utf8")).toBe('prometheus.exporter.self "default" { }\n');
  });

  it("runs the language server over stdio", async () => {
    const child = spawn(bin, ["lsp", "--stdio"], { cwd: project, stdio: ["pipe", "pipe", "pipe"] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    try {
      const init = (await connection.sendRequest("initialize", { processId: process.pid, rootUri: pathToFileURL(project).href, capabilities: {} })) as {
        capabilities: Record<string, unknown>;
        serverInfo?: { name: string; version?: string };
      };
      expect(init.capabilities.textDocumentSync).toBeDefined();
      await connection.sendRequest("shutdown");
      await connection.sendNotification("exit");
    } finally {
      connection.dispose();
      child.kill();
    }
  }, 60_000);

  it("exports the library API", () => {
    const result = run(process.execPath, ["--input-type=module", "-e", "const m = await import('fleetlint'); console.log(typeof m.lintProject, typeof m.loadConfig, m.RULE_IDS.length > 0)"], project);
    expect(result.stdout.trim()).toBe("function function true");
  });
});

describe("changesets", () => {
  it("releases this single package from the committed changesets, and the release script rebuilds the bundle", () => {
    expect(pkg.scripts["version-packages"]).toBe("changeset version && node scripts/stamp-version.mjs && node scripts/build.mjs");
    const changesets = readdirSync(join(repoRoot, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md");
    expect(changesets.length).toBeGreaterThan(0);
    // Run the real `changeset version` on a copy, so nothing here changes.
    const tmp = mkdtempSync(join(tmpdir(), "fleetlint-changesets-"));
    try {
      cpSync(join(repoRoot, ".changeset"), join(tmp, ".changeset"), { recursive: true });
      writeFileSync(join(tmp, "package.json"), readFileSync(join(repoRoot, "package.json")));
      gitInit(tmp);
      commitAll(tmp, "release candidate");
      const changeset = join(repoRoot, "node_modules", "@changesets", "cli", "bin.js");
      const result = run(process.execPath, [changeset, "version"], tmp);
      expect(result.status, result.output).toBe(0);
      const released = JSON.parse(readFileSync(join(tmp, "package.json"), "utf8")) as { version: string };
      expect(released.version).not.toBe(pkg.version);
      const changelog = readFileSync(join(tmp, "CHANGELOG.md"), "utf8");
      expect(changelog).toContain(`# ${pkg.name}`);
      expect(changelog).toContain(`## ${released.version}`);
      expect(changelog).toContain("First release of fleetlint");
      // The changesets were consumed.
      expect(readdirSync(join(tmp, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md")).toEqual([]);
      // `changeset tag` names a single package's release tag v<version>: the
      // `rev:` that `fleetlint init` writes and the ref the schema URLs use.
      commitAll(tmp, "release");
      const tagged = run(process.execPath, [changeset, "tag"], tmp);
      expect(tagged.status, tagged.output).toBe(0);
      expect(must("git", ["tag", "--list"], tmp).stdout.trim()).toBe(`v${released.version}`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
