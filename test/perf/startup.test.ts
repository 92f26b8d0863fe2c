/**
 * What the pre-commit case loads and parses (issue 5). No timings here (those
 * are in bench/startup.bench.mjs): these tests pin the behaviour the speed
 * depends on, so a change that quietly pulls the LSP into `check`, brings back
 * Chevrotain's per-file build, or parses every pipeline fails a test.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { lintProject } from "../../src/engine/index.js";
import { loadProject } from "../../src/repo/index.js";
import type { AlloyDocument } from "../../src/repo/types.js";
import { BIN, FIXTURES, ensureBuilt } from "../e2e/check-helpers.js";

const EXAMPLE = join(FIXTURES, "example");
const STAGED = "pipelines/platform/node-metrics.alloy";

// Preloaded into the CLI: prints the URL of every module Node loads, at exit.
const TRACE = `data:text/javascript,${encodeURIComponent(`
import module from "node:module";
const urls = [];
module.registerHooks({ load(url, context, next) { urls.push(url); return next(url, context); } });
process.on("exit", () => process.stderr.write("LOADED " + JSON.stringify(urls) + "\\n"));
`)}`;

/** The modules a CLI run loads (file URLs and `node:` builtins). */
function loadedModules(args: string[]): string[] {
  const run = spawnSync(process.execPath, ["--import", TRACE, BIN, ...args], { cwd: EXAMPLE, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  expect(run.status === 0 || run.status === 1, run.stderr).toBe(true);
  const line = run.stderr.split("\n").find((l) => l.startsWith("LOADED "));
  expect(line, run.stderr).toBeDefined();
  return JSON.parse(line!.slice("LOADED ".length)) as string[];
}

const loads = (modules: string[], fragment: string) => modules.some((url) => url.includes(fragment));

describe("modules loaded by the CLI", () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it("check on one staged file loads only what linting needs", () => {
    const modules = loadedModules(["check", STAGED]);
    expect(loads(modules, "/dist/src/engine/lint.js")).toBe(true); // the trace works
    for (const unneeded of [
      "/dist/src/lsp/",
      "/dist/src/fleet/",
      "/dist/src/cli/lsp.js",
      "/dist/src/cli/sync.js",
      "/node_modules/vscode-languageserver",
      "/node_modules/ajv/", // validators are precompiled
      "/node_modules/diff/",
      "/node_modules/picomatch/", // the example config has no ignore globs and no overrides
      "/dist/rules/alloy-format.js", // off by default
      "/dist/grammar/alloy/printer.js", // only alloy-format and fmt print
      "/dist/rules/remote-validate.js", // a network rule, and the run is offline
    ]) {
      expect(loads(modules, unneeded), unneeded).toBe(false);
    }
  });

  it("Chevrotain comes from its single-file build, not its ~50 per-file modules", () => {
    const modules = loadedModules(["check", STAGED]);
    expect(loads(modules, "/node_modules/chevrotain/lib/chevrotain.mjs")).toBe(true);
    expect(loads(modules, "/node_modules/chevrotain/lib/src/")).toBe(false);
    expect(loads(modules, "/node_modules/@chevrotain/")).toBe(false);
  });

  it("--version loads neither commander nor any command", () => {
    const run = spawnSync(process.execPath, ["--import", TRACE, BIN, "--version"], { cwd: EXAMPLE, encoding: "utf8" });
    expect(run.status).toBe(0);
    const modules = JSON.parse(run.stderr.split("\n").find((l) => l.startsWith("LOADED "))!.slice(7)) as string[];
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
    expect(loads(modules, "/node_modules/commander/")).toBe(false);
    expect(loads(modules, "/dist/src/cli/check.js")).toBe(false);
  });
});

describe("what the pre-commit case parses", () => {
  it("parses the Alloy of the linted pipeline only", async () => {
    const config = await loadConfig({ cwd: EXAMPLE });
    const paths = [STAGED];
    const project = await loadProject(config, { cwd: EXAMPLE, paths });
    const parsed = new Set<string>();
    const documents: AlloyDocument[] = [...project.pipelines.flatMap((p) => (p.alloy ? [p.alloy] : [])), ...project.alloyFiles];
    for (const doc of documents) {
      const parse = doc.parse.bind(doc);
      doc.parse = () => {
        parsed.add(doc.contents.file.path);
        return parse();
      };
    }
    expect(documents.length).toBeGreaterThan(1);

    await lintProject({ cwd: EXAMPLE, config, project, paths });

    // No pipeline of the example reads argument.pipeline_exports, so nothing else needs parsing.
    expect([...parsed]).toEqual([join(EXAMPLE, STAGED)]);
  });
});
