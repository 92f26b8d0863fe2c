// Checks action.yml for the mistakes a composite action only shows at run time
// on GitHub: inputs or step outputs referenced but not declared, declared
// inputs nothing uses, run steps without a shell, scripts that do not parse,
// and `${{ }}` expanded inside a script (shell injection).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

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
