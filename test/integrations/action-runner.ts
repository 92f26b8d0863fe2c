/**
 * Runs a composite action.yml the way a GitHub runner does, for tests: each
 * step's `if` and `${{ }}` expressions evaluated against inputs, step outputs
 * and the `github` context; `run` steps executed with bash and a fresh
 * GITHUB_OUTPUT file each, GITHUB_STEP_SUMMARY shared, the step's env and
 * working directory; `uses` steps recorded (with their evaluated `with`)
 * instead of run, since they come from other repositories.
 *
 * The expression language covered is what action.yml uses: context paths
 * (inputs.x, steps.id.outputs.x, github.a.b), 'strings', ==, !=, &&, ||, !,
 * parentheses and the status functions always() and success().
 */
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";

export interface ActionStep {
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

export interface ActionDefinition {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

export function readAction(dir: string): ActionDefinition {
  return parse(readFileSync(join(dir, "action.yml"), "utf8")) as ActionDefinition;
}

type Value = string | boolean | number | null | Record<string, unknown>;
type Context = Record<string, unknown>;

/** Evaluates one expression (the text between `${{` and `}}`). */
export function evaluate(expression: string, context: Context, status: { success: boolean }): Value {
  const tokens = [...expression.matchAll(/\s*('(?:[^']|'')*'|==|!=|&&|\|\||!|\(|\)|,|[A-Za-z_][\w.-]*|\d+)/gy)].map((m) => m[1]);
  if (tokens.join("").replace(/\s/g, "") !== expression.replace(/\s/g, "")) throw new Error(`cannot read expression: ${expression}`);
  let at = 0;
  const peek = () => tokens[at];
  const next = () => tokens[at++];
  const truthy = (v: Value) => v !== "" && v !== false && v !== null && v !== 0 && v !== undefined;
  const lookup = (path: string): Value => {
    let value: unknown = context;
    for (const key of path.split(".")) value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
    return value === undefined ? "" : (value as Value);
  };
  const primary = (): Value => {
    const token = next();
    if (token === "(") {
      const value = or();
      if (next() !== ")") throw new Error(`missing ) in ${expression}`);
      return value;
    }
    if (token === "!") return !truthy(primary());
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
    if (/^\d+$/.test(token)) return Number(token);
    if (token === "true" || token === "false") return token === "true";
    if (peek() === "(") {
      next();
      if (next() !== ")") throw new Error(`only functions without arguments are supported: ${expression}`);
      if (token === "always") return true;
      if (token === "success") return status.success;
      if (token === "failure") return !status.success;
      throw new Error(`unsupported function ${token}()`);
    }
    return lookup(token);
  };
  const comparison = (): Value => {
    let left = primary();
    while (peek() === "==" || peek() === "!=") {
      const op = next();
      const right = primary();
      const equal = String(left).toLowerCase() === String(right).toLowerCase();
      left = op === "==" ? equal : !equal;
    }
    return left;
  };
  const and = (): Value => {
    let left = comparison();
    while (peek() === "&&") {
      next();
      const right = comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  function or(): Value {
    let left = and();
    while (peek() === "||") {
      next();
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  }
  const value = or();
  if (at !== tokens.length) throw new Error(`unexpected ${peek()} in ${expression}`);
  return value;
}

/** Replaces every `${{ … }}` in a value with its result, as the runner does. */
export function interpolate(text: string, context: Context, status: { success: boolean }): string {
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_, expression: string) => {
    const value = evaluate(expression, context, status);
    return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
  });
}

/** The runner's GITHUB_OUTPUT format: `name=value` lines and `name<<DELIMITER` blocks. */
export function readOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([\w-]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      if (end < 0) throw new Error(`output ${heredoc[1]}: no closing ${heredoc[2]}`);
      outputs[heredoc[1]] = lines.slice(i + 1, end).join("\n");
      i = end;
    } else if (lines[i].includes("=")) {
      outputs[lines[i].slice(0, lines[i].indexOf("="))] = lines[i].slice(lines[i].indexOf("=") + 1);
    }
  }
  return outputs;
}

export interface RunnerSetup {
  /** The checked-out action (what `uses: owner/repo@ref` fetches). */
  actionPath: string;
  workspace: string;
  temp: string;
  inputs: Record<string, string>;
  event: { name: string; payload: Record<string, unknown> };
  repository: string;
  /** The runner process's own environment (PATH and friends). */
  env: NodeJS.ProcessEnv;
}

export interface StepRecord {
  name: string;
  ran: boolean;
  uses?: string;
  with?: Record<string, string>;
  status?: number;
  outputs: Record<string, string>;
}

export interface ActionRun {
  steps: StepRecord[];
  outputs: Record<string, string>;
  stdout: string;
  stderr: string;
  summary: string;
  success: boolean;
}

function runBash(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    // GitHub's `shell: bash`: bash --noprofile --norc -eo pipefail {0}
    const child = spawn("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script], { cwd, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolvePromise({ status: code ?? 1, stdout, stderr }));
  });
}

export async function runAction(setup: RunnerSetup): Promise<ActionRun> {
  const action = readAction(setup.actionPath);
  const eventPath = join(setup.temp, "event.json");
  writeFileSync(eventPath, JSON.stringify(setup.event.payload));
  const summaryPath = join(setup.temp, "step-summary.md");
  writeFileSync(summaryPath, "");
  const github = {
    action_path: setup.actionPath,
    workspace: setup.workspace,
    event_name: setup.event.name,
    event: setup.event.payload,
    repository: setup.repository,
    token: "ghs_runner_token",
  };
  const status = { success: true };
  const inputs: Record<string, string> = {};
  const base: Context = { github, inputs, steps: {} };
  for (const [name, input] of Object.entries(action.inputs)) {
    if (name in setup.inputs) inputs[name] = setup.inputs[name];
    else if (input.required) throw new Error(`input ${name} is required`);
    else inputs[name] = interpolate(input.default ?? "", base, status);
  }
  for (const name of Object.keys(setup.inputs)) if (!(name in action.inputs)) throw new Error(`action.yml has no input ${name}`);

  const steps: StepRecord[] = [];
  const stepsContext: Record<string, { outputs: Record<string, string> }> = {};
  const context: Context = { github, inputs, steps: stepsContext };
  let stdout = "";
  let stderr = "";
  for (const [index, step] of action.runs.steps.entries()) {
    const condition = step.if ?? "success()";
    const hasStatus = /\b(always|success|failure|cancelled)\(\)/.test(condition);
    const text = condition.replace(/^\s*\$\{\{(.*)\}\}\s*$/s, "$1");
    const run = (hasStatus || status.success) && evaluate(text, context, status);
    const record: StepRecord = { name: step.name, ran: Boolean(run), uses: step.uses, outputs: {} };
    steps.push(record);
    if (step.id) stepsContext[step.id] = { outputs: record.outputs };
    if (!run) continue;
    if (step.uses) {
      record.with = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(String(v), context, status)]));
      continue;
    }
    const outputPath = join(setup.temp, `output-${index}`);
    writeFileSync(outputPath, "");
    const env: NodeJS.ProcessEnv = {
      ...setup.env,
      GITHUB_ACTIONS: "true",
      CI: "true",
      GITHUB_ACTION_PATH: setup.actionPath,
      GITHUB_WORKSPACE: setup.workspace,
      GITHUB_EVENT_NAME: setup.event.name,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: setup.repository,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      RUNNER_TEMP: setup.temp,
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, interpolate(String(v), context, status)])),
    };
    const cwd = resolve(setup.workspace, interpolate(step["working-directory"] ?? ".", context, status));
    const result = await runBash(step.run!, cwd, env);
    stdout += result.stdout;
    stderr += result.stderr;
    record.status = result.status;
    Object.assign(record.outputs, readOutputFile(readFileSync(outputPath, "utf8")));
    if (result.status !== 0) status.success = false;
  }
  const outputs = Object.fromEntries(Object.entries(action.outputs).map(([name, output]) => [name, interpolate(output.value, context, status)]));
  return { steps, outputs, stdout, stderr, summary: readFileSync(summaryPath, "utf8"), success: status.success };
}
