/**
 * What the pre-commit case leaves undone (issue 5): with a hook's file list,
 * the contents of pipelines that are not linted are read only when a rule
 * asks for them, rules that cannot run are never imported, and doing less
 * changes nothing a rule sees. No timings here (bench/check.bench.mjs).
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { lintProject } from "../../src/engine/index.js";
import { loadContents, loadProject } from "../../src/repo/index.js";
import type { Pipeline, Project } from "../../src/repo/types.js";
import { RULE_DEFAULTS, RULE_IDS, loadRule } from "../../rules/index.js";
import { FIXTURES } from "../e2e/check-helpers.js";

const EXAMPLE = join(FIXTURES, "example");
const SEMANTICS = join(FIXTURES, "semantics-fleet");

/** Records, by pipeline name, which deferred pipelines have their contents or Alloy touched. */
function watchDeferred(project: Project): { deferred: string[]; touched: Set<string> } {
  const deferred: string[] = [];
  const touched = new Set<string>();
  for (const pipeline of project.pipelines) {
    const pending = pipeline.deferred;
    if (!pending) continue;
    deferred.push(pipeline.name);
    const load = pending.load;
    pending.load = () => {
      touched.add(pipeline.name);
      load();
    };
  }
  return { deferred, touched };
}

async function load(cwd: string, paths?: string[]): Promise<Project> {
  const config = await loadConfig({ cwd });
  return loadProject(config, { cwd, ...(paths ? { paths } : {}) });
}

describe("contents of pipelines that are not linted", () => {
  it("are not read by the loader or by the rules when nothing needs them", async () => {
    const staged = "pipelines/platform/node-metrics.alloy";
    const project = await load(EXAMPLE, [staged]);
    const alloyRead = [...project.files.keys()].filter((p) => p.endsWith(".alloy"));
    expect(alloyRead).toEqual([join(EXAMPLE, staged)]);

    const { deferred, touched } = watchDeferred(project);
    // Every other pipeline whose contents live in a file of their own (inline contents are in the YAML, already read).
    const fromFiles = (await load(EXAMPLE)).pipelines
      .filter((p) => p.contents && p.contents.origin !== "inline" && p.contents.file.path !== join(EXAMPLE, staged))
      .map((p) => p.name);
    expect(fromFiles.length).toBeGreaterThan(1);
    expect(deferred.sort()).toEqual(fromFiles.sort());
    const config = await loadConfig({ cwd: EXAMPLE });
    await lintProject({ cwd: EXAMPLE, config, project, paths: [staged] });
    expect([...touched]).toEqual([]);
  });

  it("are read when a rule asks: pipeline-exports reads the exporting pipeline only", async () => {
    const staged = "pipelines/app-metrics.alloy";
    const project = await load(SEMANTICS, [staged]);
    const { deferred, touched } = watchDeferred(project);
    expect(deferred).toContain("discovery");
    const config = await loadConfig({ cwd: SEMANTICS });
    const outcome = await lintProject({ cwd: SEMANTICS, config, project, paths: [staged] });
    expect([...touched]).toEqual(["discovery"]);
    expect(outcome.results.map((r) => r.filePath)).toEqual([join(SEMANTICS, staged)]);
  });

  it("read on demand, are what a full load reads", async () => {
    for (const [cwd, staged] of [
      [EXAMPLE, "pipelines/platform/node-metrics.alloy"],
      [SEMANTICS, "pipelines/app-metrics.yaml"],
    ] as const) {
      const partial = await load(cwd, [staged]);
      const full = await load(cwd);
      const view = (p: Pipeline) => {
        const contents = loadContents(p);
        return {
          name: p.name,
          origin: contents?.origin,
          path: contents?.file.path,
          text: contents?.text,
          alloy: p.alloy ? p.alloy.parse().diagnostics : undefined,
          owner: p.alloy?.pipeline === p,
        };
      };
      expect(partial.pipelines.map(view)).toEqual(full.pipelines.map(view));
    }
  });

  it("a full check (no file list) reads every pipeline as before", async () => {
    const project = await load(EXAMPLE);
    expect(watchDeferred(project).deferred).toEqual([]);
  });
});

describe("the rule table", () => {
  it("states each rule's default severity and category as its module does", async () => {
    expect(Object.keys(RULE_DEFAULTS).sort()).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS) {
      const { meta } = await loadRule(id);
      expect({ id, severity: meta.defaultSeverity, category: meta.category }).toEqual({ id, ...RULE_DEFAULTS[id] });
    }
  });

  it("lets the engine skip rules that cannot run, and load them when turned on", async () => {
    const config = await loadConfig({ cwd: EXAMPLE });
    const offline = await lintProject({ cwd: EXAMPLE, config, paths: ["pipelines/platform/node-metrics.alloy"] });
    expect(offline.rules.has("alloy-format")).toBe(false); // off by default
    expect(offline.rules.has("remote-validate")).toBe(false); // network, and not online
    expect(offline.rules.has("alloy-syntax")).toBe(true);

    const formatOn = await lintProject({
      cwd: EXAMPLE,
      config,
      paths: ["pipelines/platform/node-metrics.alloy"],
      ruleOverrides: { "alloy-format": "error" },
    });
    expect(formatOn.rules.has("alloy-format")).toBe(true);
  });
});
