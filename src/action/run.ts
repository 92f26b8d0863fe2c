/**
 * The GitHub Action (action.yml runs `node bundle/action.js`, main.ts): lint, then,
 * by `mode`, plan and sync, each as a run of the fleetlint CLI beside this
 * file. `sync` (the default) does what grafana/fleet-management-sync-action
 * does, with the lint gate and sync's guards in front; `pr` lints and posts
 * the plan to the job summary without sending anything; `lint` never talks
 * to Fleet Management; `auto` is `pr` on pull requests and `sync` otherwise.
 *
 * Writes the job summary, the SARIF file, the plan files and the counts as
 * step outputs. On a pull request from a fork without the token (GitHub
 * gives forks no secrets) the online steps are skipped with a notice.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { InputError, readInputs, type ActionInputs } from "./inputs.js";
import { githubRunner, isForkPullRequest, isPullRequest, type Runner } from "./runner.js";

interface Run {
  status: number;
  timedOut: boolean;
}

interface Context {
  cli: string;
  inputs: ActionInputs;
  runner: Runner;
}

function fleetlint({ cli, inputs, runner }: Context, args: string[], timeoutMs?: number): Run {
  if (inputs.verbose) runner.log(`[command]fleetlint ${args.join(" ")}`);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (inputs.fmUrl) env.FLEET_MANAGEMENT_URL = inputs.fmUrl;
  if (inputs.fmUsername) env.FLEET_MANAGEMENT_USERNAME = inputs.fmUsername;
  if (inputs.fmToken) env.FLEET_MANAGEMENT_TOKEN = inputs.fmToken;
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: inputs.workingDirectory,
    env,
    stdio: "inherit",
    ...(timeoutMs === undefined ? {} : { timeout: Math.max(1, timeoutMs), killSignal: "SIGTERM" as const }),
  });
  const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === "ETIMEDOUT";
  return { status: result.status ?? 2, timedOut };
}

/**
 * The configuration to pass with --config: the `config` input, or, like the
 * official action, one target built from pipelines-root-path, namespace and
 * global-matcher; undefined to let fleetlint find fleetlint.config.yaml.
 */
function configFor(inputs: ActionInputs, mode: "sync" | "pr" | "lint", scratch: string): string | undefined {
  if (inputs.config) return resolve(inputs.workingDirectory, inputs.config);
  if (!inputs.pipelinesRootPath && !inputs.namespace && !inputs.globalMatcher) return undefined;
  // The official action's own checks, in its words.
  if (!inputs.pipelinesRootPath) throw new InputError("pipelines root path must be provided (the pipelines-root-path input)");
  if (!inputs.namespace && mode !== "lint") throw new InputError("namespace must be provided (the namespace input)");
  const target: Record<string, unknown> = { root: inputs.pipelinesRootPath };
  if (inputs.namespace) target.namespace = inputs.namespace;
  if (inputs.globalMatcher) target.globalMatchers = [inputs.globalMatcher];
  const file = join(scratch, "fleetlint.config.json");
  writeFileSync(file, `${JSON.stringify({ targets: [target] }, null, 2)}\n`);
  return file;
}

interface LintCounts {
  errors: number;
  warnings: number;
}

function countProblems(jsonFile: string): LintCounts {
  const results = JSON.parse(readFileSync(jsonFile, "utf8")) as { errorCount: number; warningCount: number }[];
  return {
    errors: results.reduce((n, r) => n + r.errorCount, 0),
    warnings: results.reduce((n, r) => n + r.warningCount, 0),
  };
}

interface PlanJson {
  targets: { create: unknown[]; update: unknown[]; delete: unknown[]; takeover: unknown[] }[];
}

function countPlan(jsonFile: string): { creates: number; updates: number; deletes: number; takeovers: number } {
  const plan = JSON.parse(readFileSync(jsonFile, "utf8")) as PlanJson;
  const sum = (key: "create" | "update" | "delete" | "takeover") => plan.targets.reduce((n, t) => n + t[key].length, 0);
  return { creates: sum("create"), updates: sum("update"), deletes: sum("delete"), takeovers: sum("takeover") };
}

function describeTimeout(inputs: ActionInputs): string {
  return `timed out after ${inputs.timeoutMs / 1000}s (the timeout input)`;
}

/** Runs the action; `cli` is the fleetlint CLI to run. Returns the exit code. */
export function runAction(cli: string, env: NodeJS.ProcessEnv, runner: Runner = githubRunner(env)): number {
  let inputs: ActionInputs;
  try {
    inputs = readInputs(env);
  } catch (error) {
    if (error instanceof InputError) {
      runner.error(error.message);
      return 1;
    }
    throw error;
  }
  if (inputs.fmToken) runner.mask(inputs.fmToken);
  const mode = inputs.mode === "auto" ? (isPullRequest(env) ? "pr" : "sync") : inputs.mode;
  const scratch = join(env.RUNNER_TEMP || tmpdir(), `fleetlint-action-${process.pid}`);
  mkdirSync(scratch, { recursive: true });

  let config: string | undefined;
  try {
    config = configFor(inputs, mode, scratch);
  } catch (error) {
    if (error instanceof InputError) {
      runner.error(error.message);
      return 1;
    }
    throw error;
  }
  const withConfig = config ? ["--config", config] : [];
  const context: Context = { cli, inputs, runner };

  // --- lint: one run, every report
  const sarifFile = resolve(inputs.workingDirectory, inputs.sarifFile);
  const lintJson = join(scratch, "lint.json");
  const lintArgs = ["check", ...withConfig, "--format", "sarif", "--output-file", sarifFile, "--format", "json", "--output-file", lintJson];
  for (const report of inputs.reports) lintArgs.push("--format", report.format, "--output-file", resolve(inputs.workingDirectory, report.file));
  if (inputs.maxWarnings >= 0) lintArgs.push("--max-warnings", String(inputs.maxWarnings));
  lintArgs.push("--format", inputs.logFormat);
  const lint = fleetlint(context, lintArgs);
  if (lint.status === 2 || !existsSync(lintJson)) {
    runner.error("fleetlint check could not run; see the message above");
    return 1;
  }
  const counts = countProblems(lintJson);
  runner.setOutput("sarif-file", sarifFile);
  runner.setOutput("errors", counts.errors);
  runner.setOutput("warnings", counts.warnings);
  const lintFailed = lint.status !== 0;
  if (mode === "lint") return lintFailed ? 1 : 0;

  // --- online steps
  if (!inputs.fmToken && isForkPullRequest(env)) {
    runner.notice(`Skipped the Fleet Management ${mode === "sync" ? "plan and sync" : "plan"}: this pull request comes from a fork, and GitHub gives fork runs no secrets.`);
    return lintFailed ? 1 : 0;
  }
  const missing = [
    ["fm-url", inputs.fmUrl || env.FLEET_MANAGEMENT_URL],
    ["fm-username", inputs.fmUsername || env.FLEET_MANAGEMENT_USERNAME],
    ["fm-token", inputs.fmToken || env.FLEET_MANAGEMENT_TOKEN],
  ]
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length) {
    if (mode === "pr") {
      runner.notice(`Skipped the Fleet Management plan: ${missing.join(", ")} not given.`);
      return lintFailed ? 1 : 0;
    }
    runner.error(`${missing.join(", ")} must be provided to sync (or set mode: lint or mode: pr)`);
    return 1;
  }

  const deadline = Date.now() + inputs.timeoutMs;
  const verbose = inputs.verbose ? ["--verbose"] : [];
  const planMarkdown = join(scratch, "plan.md");
  const planJson = join(scratch, "plan.json");
  for (const [format, file] of [
    ["json", planJson],
    ["markdown", planMarkdown],
  ]) {
    const plan = fleetlint(context, ["plan", ...withConfig, ...verbose, "--format", format, "--output-file", file], deadline - Date.now());
    if (plan.timedOut || plan.status !== 0) {
      runner.error(plan.timedOut ? `fleetlint plan ${describeTimeout(inputs)}` : "fleetlint plan failed; see the message above");
      return 1;
    }
  }
  const planCounts = countPlan(planJson);
  for (const [name, value] of Object.entries(planCounts)) runner.setOutput(name, value);
  runner.setOutput("plan-file", planMarkdown);
  runner.setOutput("plan-json-file", planJson);
  runner.summary(readFileSync(planMarkdown, "utf8"));
  if (mode === "pr") return lintFailed ? 1 : 0;

  if (lintFailed) {
    runner.error(`Not syncing: the lint found ${counts.errors} error(s)${inputs.maxWarnings >= 0 ? ` or more than ${inputs.maxWarnings} warning(s)` : ""}.`);
    return 1;
  }
  const sync = fleetlint(context, ["sync", ...withConfig, ...verbose, ...(inputs.dryRun ? ["--dry-run"] : [])], deadline - Date.now());
  if (sync.timedOut) {
    runner.error(`fleetlint sync ${describeTimeout(inputs)}`);
    return 1;
  }
  return sync.status === 0 ? 0 : 1;
}

