// The GitHub Action. First action.yml on its own (the mistakes a composite
// action only shows at run time on GitHub: undeclared inputs or outputs,
// `${{ }}` inside scripts, unpinned third-party actions, an npm install);
// then its steps run the way a runner runs them (./action-runner.ts) from a
// snapshot of this repository with no node_modules, with the npm registry
// unreachable, against the Fleet Management emulator.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/fleet/emulator/index.js";
import { timeoutMs } from "../../src/action/inputs.js";
import { readAction, runAction, type ActionRun } from "./action-runner.js";
import { repoRoot, snapshotWorkingTree } from "./helpers.js";

const action = readAction(repoRoot);
const steps = action.runs.steps;

/** The inputs of grafana/fleet-management-sync-action (action.yaml at its main branch) and their defaults. */
const OFFICIAL_INPUTS: Record<string, string | undefined> = {
  "pipelines-root-path": undefined,
  "fm-url": undefined,
  "fm-username": undefined,
  "fm-token": undefined,
  timeout: "1m",
  verbose: "false",
  "dry-run": "false",
  namespace: undefined,
  "global-matcher": "",
};

function expressions(text: string): string[] {
  return [...text.matchAll(/\$\{\{(.*?)\}\}/gs)].map((m) => m[1]);
}

describe("action.yml", () => {
  it("is a composite action that runs the committed bundle, never npm", () => {
    expect(action.runs.using).toBe("composite");
    const text = readFileSync(join(repoRoot, "action.yml"), "utf8");
    expect(text).not.toMatch(/\bnpm\s+(install|i|ci|exec)\b|\bnpx\b/);
    const main = steps.find((s) => s.id === "fleetlint")!;
    expect(main.run).toBe('node "$ACTION_PATH/bundle/action.js"');
    expect(existsSync(join(repoRoot, "bundle", "action.js"))).toBe(true);
  });

  it("accepts every input of the official sync action, with its defaults", () => {
    for (const [name, official] of Object.entries(OFFICIAL_INPUTS)) {
      expect(action.inputs[name], name).toBeDefined();
      if (official !== undefined) expect(action.inputs[name].default, name).toBe(official);
    }
  });

  it("documents every input and gives optional ones a default", () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, name).toBeTruthy();
      if (!input.required) expect(input.default, name).not.toBeUndefined();
    }
  });

  it("hands every input to the bundle or a step, and references only declared ones", () => {
    const used = new Set<string>();
    const all = [...steps.map((s) => JSON.stringify({ ...s, run: undefined })), ...Object.values(action.outputs).map((o) => o.value)].join("\n");
    for (const expr of expressions(all)) for (const m of expr.matchAll(/inputs\.([\w-]+)/g)) used.add(m[1]);
    for (const name of used) expect(Object.keys(action.inputs), `inputs.${name}`).toContain(name);
    for (const name of Object.keys(action.inputs)) expect([...used], `input ${name} is never used`).toContain(name);
  });

  it("declares the outputs the bundle writes", () => {
    const written = new Set([...readFileSync(join(repoRoot, "src", "action", "run.ts"), "utf8").matchAll(/setOutput\("([\w-]+)"/g)].map((m) => m[1]));
    for (const name of ["creates", "updates", "deletes", "takeovers"]) written.add(name); // written in a loop over the plan counts
    for (const [name, output] of Object.entries(action.outputs)) {
      const m = /steps\.fleetlint\.outputs\.([\w-]+)/.exec(output.value);
      expect(m, name).not.toBeNull();
      expect([...written], `output ${name}`).toContain(m![1]);
    }
    for (const name of ["sarif-file", "plan-file", "errors", "warnings", "creates", "updates", "deletes"]) expect(action.outputs[name], name).toBeDefined();
  });

  it("gives every run step bash, keeps expressions out of scripts, and scripts parse", () => {
    for (const step of steps.filter((s) => s.run)) {
      expect(step.shell, step.name).toBe("bash");
      expect(expressions(step.run!), `${step.name} expands \${{ }} inside its script`).toEqual([]);
      const result = spawnSync("bash", ["-n"], { input: step.run, encoding: "utf8" });
      expect(result.status, `${step.name}: ${result.stderr}`).toBe(0);
    }
  });

  it("pins third-party actions by commit SHA, on their current majors (Node 24 runtimes)", () => {
    const text = readFileSync(join(repoRoot, "action.yml"), "utf8");
    const uses = [...text.matchAll(/uses:\s*(\S+)@(\S+)(?:\s*#\s*(\S+))?/g)].map((m) => ({ name: m[1], ref: m[2], tag: m[3] }));
    expect(uses.map((u) => u.name).sort()).toEqual(["actions/setup-node", "github/codeql-action/upload-sarif"]);
    for (const use of uses) {
      expect(use.ref, use.name).toMatch(/^[0-9a-f]{40}$/);
      expect(use.tag, `${use.name} names its tag in a comment`).toMatch(/^v\d+\.\d+\.\d+$/);
    }
    expect(uses.find((u) => u.name === "actions/setup-node")!.tag).toMatch(/^v7\./);
    expect(uses.find((u) => u.name === "github/codeql-action/upload-sarif")!.tag).toMatch(/^v4\./);
  });

  it("reads the timeout as the official action does (Go durations)", () => {
    expect(timeoutMs("1m")).toBe(60_000);
    expect(timeoutMs("30s")).toBe(30_000);
    expect(timeoutMs("1m30s")).toBe(90_000);
    expect(timeoutMs("1.5h")).toBe(5_400_000);
    expect(timeoutMs("250ms")).toBe(250);
    expect(() => timeoutMs("soon")).toThrow(/timeout: 'soon' is not a duration/);
    expect(() => timeoutMs("10")).toThrow(/not a duration/);
    // Go's parser, not a lookalike: a sign, U+03BC and fractions as Go reads them.
    expect(timeoutMs("+1μs")).toBe(0.001);
    expect(() => timeoutMs("-1s")).toThrow(/timeout: '-1s' is negative/);
    expect(() => timeoutMs("10")).toThrow(/\(time: missing unit in duration "10"\)/);
  });
});

describe("action.yml run as a runner would, offline", () => {
  let tmp: string;
  let actionPath: string;
  let pathDir: string;
  let emulator: RunningEmulator | undefined;
  const GOOD = 'prometheus.exporter.self "default" { }\n';

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), "fleetlint-action-run-"));
    // The checkout `uses: fleetlint/fleetlint@<tag>` gives: tracked files only.
    actionPath = join(tmp, "action");
    snapshotWorkingTree(actionPath);
    expect(existsSync(join(actionPath, "node_modules"))).toBe(false);
    // PATH: this Node, and an `npm` that records any call and fails.
    pathDir = join(tmp, "bin");
    mkdirSync(pathDir);
    symlinkSync(process.execPath, join(pathDir, "node"));
    for (const tool of ["npm", "npx"]) {
      writeFileSync(join(pathDir, tool), `#!/bin/sh\necho "${tool} $*" >> "${join(tmp, "npm-calls.log")}"\nexit 1\n`);
      chmodSync(join(pathDir, tool), 0o755);
    }
  }, 120_000);

  afterEach(async () => {
    await emulator?.close();
    emulator = undefined;
  });

  afterAll(() => {
    const npmCalled = tmp !== undefined && existsSync(join(tmp, "npm-calls.log"));
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    expect(npmCalled, "the action called npm").toBe(false);
  });

  /** A workspace with pipelines/ (no fleetlint config, as for the official action). */
  function workspace(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmp, "workspace-"));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, ".."), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }

  async function run(ws: string, inputs: Record<string, string>, event: { name: string; payload: Record<string, unknown> } = { name: "push", payload: {} }): Promise<ActionRun> {
    const temp = mkdtempSync(join(tmp, "runner-temp-"));
    return runAction({
      actionPath,
      workspace: ws,
      temp,
      inputs,
      event,
      repository: "acme/pipelines",
      env: {
        PATH: `${pathDir}:/usr/bin:/bin`,
        HOME: tmp,
        // The registry is unreachable: any install attempt fails.
        npm_config_registry: "http://127.0.0.1:9",
        npm_config_offline: "true",
      },
    });
  }

  const official = (em: RunningEmulator, extra: Record<string, string> = {}) => ({
    "pipelines-root-path": "pipelines",
    "fm-url": em.url,
    "fm-username": em.username,
    "fm-token": em.token,
    namespace: "acme-pipelines",
    "global-matcher": "env=prod",
    ...extra,
  });

  it("swapped in for the official action (its inputs only): lints, plans, syncs with its namespace and global matcher", async () => {
    emulator = await startEmulator();
    const ws = workspace({ "pipelines/node.yaml": "enabled: true\nmatchers:\n  - team=infra\n", "pipelines/node.alloy": GOOD, "pipelines/sub/logs.yml": "name: logs\nenabled: true\nmatchers:\n  - team=infra\n", "pipelines/sub/logs.alloy": GOOD });
    const result = await run(ws, official(emulator));
    expect(result.success, result.stdout + result.stderr).toBe(true);
    expect(result.steps.find((s) => s.uses?.startsWith("actions/setup-node"))!.ran).toBe(false); // Node 24 is on PATH
    const server = Object.fromEntries(emulator.store.all().map((p) => [p.name, p]));
    expect(Object.keys(server).sort()).toEqual(["logs", "node"]);
    expect(server.node).toMatchObject({ source: { type: "SOURCE_TYPE_GIT", namespace: "acme-pipelines" } });
    expect(server.node.matchers).toEqual(expect.arrayContaining(["team=infra", "env=prod"]));
    expect(result.outputs).toMatchObject({ errors: "0", warnings: "0", creates: "2", updates: "0", deletes: "0" });
    expect(readFileSync(result.outputs["plan-file"], "utf8")).toContain("node");
    expect(JSON.parse(readFileSync(result.outputs["plan-json-file"], "utf8")).targets[0].create.sort()).toEqual(["logs", "node"]);
    expect(JSON.parse(readFileSync(result.outputs["sarif-file"], "utf8")).version).toBe("2.1.0");
    expect(result.summary).toContain("logs");
    expect(result.stdout).toContain(`::add-mask::${emulator.token}`);
    expect(result.steps.find((s) => s.uses?.includes("upload-sarif"))!.ran).toBe(false); // upload-sarif defaults to false
  }, 120_000);

  it("dry-run plans and sends nothing; deletions in the namespace show in the counts", async () => {
    emulator = await startEmulator();
    const ws = workspace({ "pipelines/a.yaml": "enabled: true\nmatchers:\n  - team=a\n", "pipelines/a.alloy": GOOD, "pipelines/b.yaml": "enabled: true\nmatchers:\n  - team=b\n", "pipelines/b.alloy": GOOD });
    expect((await run(ws, official(emulator))).success).toBe(true);
    rmSync(join(ws, "pipelines", "b.yaml"));
    rmSync(join(ws, "pipelines", "b.alloy"));
    writeFileSync(join(ws, "pipelines", "c.yaml"), "enabled: true\nmatchers:\n  - team=c\n");
    writeFileSync(join(ws, "pipelines", "c.alloy"), GOOD);
    const before = emulator.store.all().map((p) => p.name).sort();
    const result = await run(ws, official(emulator, { "dry-run": "true" }));
    expect(result.success, result.stdout + result.stderr).toBe(true);
    expect(result.outputs).toMatchObject({ creates: "1", updates: "0", deletes: "1" });
    expect(emulator.store.all().map((p) => p.name).sort()).toEqual(before);
  }, 120_000);

  it("a lint error stops the sync, still writes SARIF, annotations and counts, and uploads SARIF when asked", async () => {
    emulator = await startEmulator();
    const ws = workspace({ "pipelines/bad.yaml": "enabled: true\nmatchers:\n  - team=a\n", "pipelines/bad.alloy": 'prometheus.exporter.self "default" {\n' });
    const result = await run(ws, official(emulator, { "upload-sarif": "true" }));
    expect(result.success).toBe(false);
    expect(result.outputs.errors).toBe("1");
    expect(result.stdout).toMatch(/::error file=.*bad\.alloy,line=2/);
    expect(result.stdout).toContain("Not syncing: the lint found 1 error(s)");
    expect(emulator.store.all()).toEqual([]);
    const upload = result.steps.find((s) => s.uses?.includes("upload-sarif"))!;
    expect(upload.ran).toBe(true);
    expect(upload.with).toEqual({ sarif_file: join(ws, "fleetlint.sarif"), category: "fleetlint" });
    const sarif = JSON.parse(readFileSync(join(ws, "fleetlint.sarif"), "utf8")) as { runs: { results: { ruleId: string; level: string }[] }[] };
    expect(sarif.runs[0].results.filter((r) => r.level === "error").map((r) => r.ruleId)).toEqual(["alloy-syntax"]);
  }, 120_000);

  it("mode lint: never touches Fleet Management and writes the extra reports", async () => {
    const ws = workspace({ "fleetlint.config.yaml": "targets:\n  - root: pipelines\n    namespace: x\n", "pipelines/a.yaml": "enabled: true\nmatchers:\n  - team=a\n", "pipelines/a.alloy": GOOD });
    const result = await run(ws, { mode: "lint", reports: "junit:out/fleetlint.junit.xml, json:out/fleetlint.json", format: "compact" });
    expect(result.success, result.stdout + result.stderr).toBe(true);
    expect(readFileSync(join(ws, "out", "fleetlint.junit.xml"), "utf8")).toContain("<testsuites");
    expect(JSON.parse(readFileSync(join(ws, "out", "fleetlint.json"), "utf8"))).toBeInstanceOf(Array);
    expect(result.outputs).toMatchObject({ errors: "0", warnings: "0", creates: "", "plan-file": "" });
  }, 120_000);

  it("a pull request from a fork without secrets: lint runs, the online steps are skipped with a notice", async () => {
    const ws = workspace({ "pipelines/a.yaml": "enabled: true\nmatchers:\n  - team=a\n", "pipelines/a.alloy": GOOD });
    const event = { name: "pull_request", payload: { pull_request: { number: 7, head: { repo: { full_name: "someone/pipelines" } }, base: { repo: { full_name: "acme/pipelines" } } } } };
    const result = await run(ws, { "pipelines-root-path": "pipelines", namespace: "acme", "fm-url": "https://fleet.example", "fm-username": "1", "fm-token": "", comment: "true" }, event);
    expect(result.success, result.stdout + result.stderr).toBe(true);
    expect(result.stdout).toMatch(/::notice title=fleetlint::Skipped the Fleet Management plan and sync: this pull request comes from a fork/);
    expect(result.outputs.errors).toBe("0");
    expect(result.steps.find((s) => s.name.startsWith("Comment"))!.ran).toBe(false);
  }, 120_000);

  it("mode auto on a pull request: plans into the summary and comments, sends nothing", async () => {
    emulator = await startEmulator();
    const ws = workspace({ "pipelines/a.yaml": "enabled: true\nmatchers:\n  - team=a\n", "pipelines/a.alloy": GOOD });
    // gh is the runner's; record what the comment step asks of it.
    writeFileSync(join(pathDir, "gh"), `#!/bin/sh\necho "gh $*" >> "${join(tmp, "gh.log")}"\n`);
    chmodSync(join(pathDir, "gh"), 0o755);
    const event = { name: "pull_request", payload: { pull_request: { number: 7, head: { repo: { full_name: "acme/pipelines" } }, base: { repo: { full_name: "acme/pipelines" } } } } };
    const result = await run(ws, official(emulator, { mode: "auto", comment: "true" }), event);
    rmSync(join(pathDir, "gh"));
    expect(result.success, result.stdout + result.stderr).toBe(true);
    expect(emulator.store.all()).toEqual([]);
    expect(result.outputs.creates).toBe("1");
    expect(result.summary).toContain("create");
    expect(readFileSync(join(tmp, "gh.log"), "utf8")).toContain(`gh pr comment 7 --repo acme/pipelines --body-file ${result.outputs["plan-file"]}`);
  }, 120_000);

  it("sync without credentials fails with the official action's reason; bad inputs fail with one line", async () => {
    const ws = workspace({ "pipelines/a.yaml": "enabled: true\nmatchers:\n  - team=a\n", "pipelines/a.alloy": GOOD });
    const noToken = await run(ws, { "pipelines-root-path": "pipelines", namespace: "acme" });
    expect(noToken.success).toBe(false);
    expect(noToken.stdout).toContain("::error title=fleetlint::fm-url, fm-username, fm-token must be provided to sync");
    const noNamespace = await run(ws, { "pipelines-root-path": "pipelines" });
    expect(noNamespace.stdout).toContain("namespace must be provided");
    const badTimeout = await run(ws, { "pipelines-root-path": "pipelines", namespace: "acme", timeout: "soon" });
    expect(badTimeout.stdout).toContain("::error title=fleetlint::timeout: 'soon' is not a duration like 30s, 2m or 1m30s");
    expect(badTimeout.stderr).not.toMatch(/^\s+at /m);
  }, 120_000);

  it("stops the Fleet Management steps at the timeout", async () => {
    emulator = await startEmulator({ latencyMs: 5_000 });
    const ws = workspace({ "pipelines/a.yaml": "enabled: true\nmatchers:\n  - team=a\n", "pipelines/a.alloy": GOOD });
    const started = Date.now();
    const result = await run(ws, official(emulator, { timeout: "1s" }));
    expect(result.success).toBe(false);
    expect(result.stdout).toContain("fleetlint plan timed out after 1s (the timeout input)");
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 120_000);
});
