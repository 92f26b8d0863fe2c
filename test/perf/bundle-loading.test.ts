/**
 * The shipped bundle is code-split so a commit hook loads only what it needs
 * (issue 12), and self-contained. Runs bundle/fleetlint.js with a module
 * trace and reads which source modules the loaded files hold (esbuild marks
 * each with a `// <path>` comment): a staged `check` must load nothing from
 * outside bundle/, and neither the language server, the Fleet Management
 * client, ajv, the printer nor rules that are off. No timings here
 * (bench/hook.bench.mjs measures them).
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../integrations/helpers.js";

const BUNDLE = join(repoRoot, "bundle");
const EXAMPLE = join(repoRoot, "fixtures", "repos", "example");

const TRACE = `data:text/javascript,${encodeURIComponent(`
import module from "node:module";
const urls = [];
module.registerHooks({ load(url, context, next) { urls.push(url); return next(url, context); } });
process.on("exit", () => process.stderr.write("LOADED " + JSON.stringify(urls) + "\\n"));
`)}`;

/** The files a run of the bundled CLI loads, and the source modules bundled into them. */
function load(args: string[]): { files: string[]; modules: string[] } {
  const run = spawnSync(process.execPath, ["--import", TRACE, join(BUNDLE, "fleetlint.js"), ...args], { cwd: EXAMPLE, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  expect(run.status === 0 || run.status === 1, run.stderr).toBe(true);
  const line = run.stderr.split("\n").find((l) => l.startsWith("LOADED "));
  expect(line, run.stderr).toBeDefined();
  const urls = JSON.parse(line!.slice("LOADED ".length)) as string[];
  const files = urls.filter((u) => u.startsWith("file:")).map((u) => fileURLToPath(u));
  const modules = files.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/^\/\/ ((?:dist|node_modules)\/\S+)$/gm)].map((m) => m[1]));
  return { files, modules };
}

describe("the bundled CLI", () => {
  it("check on one staged file loads only bundle files, and only what linting needs", () => {
    const { files, modules } = load(["check", "pipelines/platform/node-metrics.alloy"]);
    for (const file of files) expect(file.startsWith(`${BUNDLE}/`), file).toBe(true);
    expect(modules).toContain("dist/src/engine/lint.js"); // the markers are read
    for (const unneeded of [
      "dist/src/lsp/",
      "dist/src/fleet/",
      "dist/src/cli/lsp.js",
      "dist/src/cli/sync.js",
      "node_modules/vscode-languageserver",
      "node_modules/ajv/",
      "node_modules/diff/",
      "dist/rules/alloy-format.js",
      "dist/grammar/alloy/printer.js",
      "dist/rules/remote-validate.js",
    ]) {
      expect(
        modules.filter((m) => m.startsWith(unneeded)),
        unneeded,
      ).toEqual([]);
    }
    // Far fewer source modules than the bundle holds.
    const all = readdirSync(join(BUNDLE, "chunks")).flatMap((f) => [...readFileSync(join(BUNDLE, "chunks", f), "utf8").matchAll(/^\/\/ ((?:dist|node_modules)\/\S+)$/gm)]);
    expect(modules.length).toBeLessThan(all.length / 2);
  });

  it("--version loads no command and not commander", () => {
    const { modules } = load(["--version"]);
    expect(modules).toContain("dist/src/core/version.js"); // the markers are read
    expect(modules.filter((m) => m.startsWith("node_modules/commander/") || m.startsWith("dist/src/cli/check.js"))).toEqual([]);
  });
});
