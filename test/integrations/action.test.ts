// Checks action.yml for the mistakes a composite action only shows at run time
// on GitHub: inputs or step outputs referenced but not declared, declared
// inputs nothing uses, run steps without a shell, scripts that do not parse,
// and `${{ }}` expanded inside a script (shell injection).
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.js";

const root = join(import.meta.dirname, "..", "..");

interface Step {
  id?: string;
  name: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  "working-directory"?: string;
}

interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(root, "action.yml"), "utf8")) as Action;
const steps = action.runs.steps;

/** Every `${{ … }}` expression in a value, and in a whole step. */
function expressions(text: string): string[] {
  return [...text.matchAll(/\$\{\{(.*?)\}\}/gs)].map((m) => m[1]);
}

function stepText(step: Step): string {
  return JSON.stringify({ ...step, run: undefined });
}

describe("action.yml", () => {
  it("is a composite action with a name and description", () => {
    expect(action.runs.using).toBe("composite");
    expect(action.name).toBe("fleetlint");
    expect(action.description.length).toBeGreaterThan(10);
  });

  it("uses the official sync action's input names where they mean the same", () => {
    for (const name of ["fm-url", "fm-username", "fm-token", "namespace", "global-matcher", "dry-run", "pipelines-root-path"]) {
      expect(action.inputs[name], name).toBeDefined();
    }
  });

  it("documents every input and gives optional ones a default", () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, name).toBeTruthy();
      if (!input.required) expect(input.default, name).not.toBeUndefined();
    }
  });

  it("references only declared inputs, and uses every input", () => {
    const used = new Set<string>();
    const all = [...steps.map(stepText), ...Object.values(action.outputs).map((o) => o.value)].join("\n");
    for (const expr of expressions(all)) for (const m of expr.matchAll(/inputs\.([\w-]+)/g)) used.add(m[1]);
    for (const name of used) expect(Object.keys(action.inputs), `inputs.${name}`).toContain(name);
    for (const name of Object.keys(action.inputs)) expect([...used], `input ${name} is never used`).toContain(name);
  });

  it("references only outputs that earlier steps write", () => {
    const ids = new Map<string, { index: number; outputs: Set<string> }>();
    steps.forEach((step, index) => {
      if (!step.id) return;
      const outputs = new Set([...(step.run ?? "").matchAll(/echo "([\w-]+)=.*>> "\$GITHUB_OUTPUT"/g)].map((m) => m[1]));
      ids.set(step.id, { index, outputs });
    });
    const check = (text: string, before: number, where: string) => {
      for (const expr of expressions(text)) {
        for (const m of expr.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
          const step = ids.get(m[1]);
          expect(step, `${where}: no step with id ${m[1]}`).toBeDefined();
          expect(step!.index, `${where}: step ${m[1]} runs later`).toBeLessThan(before);
          expect([...step!.outputs], `${where}: step ${m[1]} never writes ${m[2]}`).toContain(m[2]);
        }
      }
    };
    steps.forEach((step, index) => check(stepText(step), index, step.name));
    for (const [name, output] of Object.entries(action.outputs)) check(output.value, steps.length, `output ${name}`);
  });

  it("gives every run step a shell and keeps expressions out of scripts", () => {
    for (const step of steps.filter((s) => s.run)) {
      expect(step.shell, step.name).toBe("bash");
      expect(expressions(step.run!), `${step.name} expands \${{ }} inside its script`).toEqual([]);
    }
  });

  it("has scripts that bash can parse", () => {
    for (const step of steps.filter((s) => s.run)) {
      const result = spawnSync("bash", ["-n"], { input: step.run, encoding: "utf8" });
      expect(result.stderr, step.name).toBe("");
      expect(result.status, step.name).toBe(0);
    }
  });

  it("lints with annotations and SARIF, plans optionally, and syncs only on the default branch", () => {
    const lint = steps.find((s) => s.id === "lint")!;
    expect(lint.run).toContain("--format github");
    expect(lint.run).toContain("--format sarif --output-file");
    const plan = steps.find((s) => s.id === "plan")!;
    expect(plan.if).toContain("inputs.plan == 'true'");
    expect(plan.run).toContain("--format markdown");
    const sync = steps.find((s) => s.run?.includes("fleetlint sync"))!;
    expect(sync.if).toContain("github.event.repository.default_branch");
    expect(sync.if).toContain("inputs.sync == 'true'");
    expect(sync.run).toContain("--dry-run");
    // Credentials reach only the steps that talk to Fleet Management.
    for (const step of steps) {
      const hasToken = Object.values(step.env ?? {}).some((v) => v.includes("inputs.fm-token"));
      expect(hasToken, step.name).toBe(step === plan || step === sync);
    }
  });
});

/**
 * Runs one step's script the way the runner does (bash, the step's env, a
 * GITHUB_OUTPUT file), with `npm`, `fleetlint` and `gh` replaced by stubs
 * that record their arguments.
 */
describe("action.yml scripts", () => {
  let tmp: string;
  let stubs: string;
  let workspace: string;
  const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), "fleetlint-action-"));
    stubs = join(tmp, "stubs");
    workspace = join(tmp, "workspace");
    mkdirSync(join(workspace, "pipelines"), { recursive: true });
    mkdirSync(stubs);
    for (const tool of ["npm", "fleetlint", "gh"]) {
      writeFileSync(join(stubs, tool), `#!/bin/sh\necho "${tool} $*" >> "${join(tmp, "calls.log")}"\n`);
      chmodSync(join(stubs, tool), 0o755);
    }
  });

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  function runStep(id: string | ((s: Step) => boolean), env: Record<string, string>): { calls: string[]; outputs: Record<string, string> } {
    const step = steps.find((s) => (typeof id === "string" ? s.id === id : id(s)))!;
    const output = join(tmp, `output-${Math.random().toString(36).slice(2)}`);
    writeFileSync(output, "");
    writeFileSync(join(tmp, "calls.log"), "");
    const result = spawnSync("bash", ["-e", "-c", step.run!], {
      cwd: join(workspace, env.WORKING_DIRECTORY ?? "."),
      env: {
        PATH: `${stubs}:${dirname(process.execPath)}:/usr/bin:/bin`,
        GITHUB_OUTPUT: output,
        GITHUB_WORKSPACE: workspace,
        GITHUB_STEP_SUMMARY: join(tmp, "summary.md"),
        RUNNER_TEMP: tmp,
        ...env,
      },
      encoding: "utf8",
    });
    expect(result.status, `${step.name}: ${result.stderr}`).toBe(0);
    const outputs = Object.fromEntries(
      readFileSync(output, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
    );
    const calls = readFileSync(join(tmp, "calls.log"), "utf8").split("\n").filter(Boolean);
    return { calls, outputs };
  }

  it("installs the action's own version and, like the official action, syncs a root path without a config", async () => {
    const { calls, outputs } = runStep("install", {
      ACTION_PATH: root,
      FLEETLINT_VERSION: "",
      WORKING_DIRECTORY: ".",
      INPUT_CONFIG: "",
      INPUT_PIPELINES_ROOT_PATH: "pipelines",
      INPUT_NAMESPACE: "payments",
      INPUT_GLOBAL_MATCHER: "env=prod",
    });
    expect(calls).toEqual([`npm install --global --no-audit --no-fund fleetlint@${version}`, "fleetlint --version"]);
    const configPath = outputs.config;
    expect(configPath).toBe(join(tmp, "fleetlint-action", "fleetlint.config.json"));
    expect(JSON.parse(readFileSync(configPath, "utf8"))).toEqual({
      targets: [{ root: join(workspace, "pipelines"), namespace: "payments", globalMatchers: ["env=prod"] }],
    });
    // The written file is a configuration fleetlint accepts.
    const config = await loadConfig({ cwd: workspace, configPath });
    expect(config.targets[0]).toMatchObject({ root: join(workspace, "pipelines"), namespace: "payments", globalMatchers: ["env=prod"] });
  });

  it("uses a given config file and a pinned version as they are", () => {
    writeFileSync(join(workspace, "fleetlint.config.yaml"), "targets:\n  - root: pipelines\n");
    const { calls, outputs } = runStep("install", {
      ACTION_PATH: root,
      FLEETLINT_VERSION: "9.9.9",
      WORKING_DIRECTORY: ".",
      INPUT_CONFIG: "fleetlint.config.yaml",
      INPUT_PIPELINES_ROOT_PATH: "",
      INPUT_NAMESPACE: "",
      INPUT_GLOBAL_MATCHER: "",
    });
    expect(calls[0]).toBe("npm install --global --no-audit --no-fund fleetlint@9.9.9");
    expect(outputs.config).toBe(join(workspace, "fleetlint.config.yaml"));
  });

  it("lints once for both the SARIF file and the annotations", () => {
    const { calls, outputs } = runStep("lint", { CONFIG: "/cfg.json", MAX_WARNINGS: "0", SARIF_FILE: "out.sarif" });
    expect(calls).toEqual(["fleetlint check --config /cfg.json --max-warnings 0 --format sarif --output-file out.sarif --format github"]);
    expect(outputs["sarif-file"]).toBe("out.sarif");
    expect(runStep("lint", { CONFIG: "", MAX_WARNINGS: "-1", SARIF_FILE: "fleetlint.sarif" }).calls).toEqual([
      "fleetlint check --format sarif --output-file fleetlint.sarif --format github",
    ]);
  });

  it("plans to the job summary and syncs, dry-run when asked", () => {
    const plan = runStep("plan", { CONFIG: "", FLEET_MANAGEMENT_URL: "https://fm.example", FLEET_MANAGEMENT_USERNAME: "1", FLEET_MANAGEMENT_TOKEN: "" });
    expect(plan.calls).toEqual(["fleetlint plan --format markdown"]);
    expect(plan.outputs["plan-file"]).toBe(join(tmp, "fleetlint-plan.md"));
    const sync = (s: Step) => s.run?.includes("fleetlint sync") === true;
    expect(runStep(sync, { CONFIG: "/c.json", DRY_RUN: "true", FLEET_MANAGEMENT_TOKEN: "" }).calls).toEqual(["fleetlint sync --config /c.json --dry-run"]);
    expect(runStep(sync, { CONFIG: "", DRY_RUN: "false", FLEET_MANAGEMENT_TOKEN: "" }).calls).toEqual(["fleetlint sync"]);
  });
});
