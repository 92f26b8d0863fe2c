import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  parseGoDuration
} from "./chunks/chunk-3DFNO3NJ.js";
import "./chunks/chunk-HTDSFYMP.js";

// dist/src/action/main.js
import { existsSync as existsSync2 } from "node:fs";
import { fileURLToPath } from "node:url";

// dist/src/action/run.js
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync as readFileSync2, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve as resolve2 } from "node:path";

// dist/src/action/inputs.js
import { isAbsolute, resolve } from "node:path";
var MODES = ["sync", "pr", "lint", "auto"];
var InputError = class extends Error {
};
function timeoutMs(text) {
  const trimmed = text.trim();
  if (trimmed.length === 0)
    throw new InputError("timeout: empty; give a duration like 30s, 2m or 1m30s");
  const parsed = parseGoDuration(trimmed);
  if ("error" in parsed)
    throw new InputError(`timeout: '${text}' is not a duration like 30s, 2m or 1m30s (${parsed.error})`);
  if (parsed.ns < 0n)
    throw new InputError(`timeout: '${text}' is negative; give a duration like 30s, 2m or 1m30s`);
  return Number(parsed.ns) / 1e6;
}
function flag(env, name) {
  return (env[`INPUT_${name.replace(/-/g, "_").toUpperCase()}`] ?? "").trim();
}
function boolean(env, name) {
  const value = flag(env, name).toLowerCase();
  if (value === "" || value === "false")
    return false;
  if (value === "true")
    return true;
  throw new InputError(`${name}: expected true or false, got '${value}'`);
}
function reports(text) {
  return text.split(/[\n,]/).map((s) => s.trim()).filter(Boolean).map((pair) => {
    const colon = pair.indexOf(":");
    if (colon <= 0 || colon === pair.length - 1)
      throw new InputError(`reports: '${pair}' is not format:file (for example junit:fleetlint.junit.xml)`);
    return { format: pair.slice(0, colon).trim(), file: pair.slice(colon + 1).trim() };
  });
}
function readInputs(env) {
  const mode = flag(env, "mode") || "sync";
  if (!MODES.includes(mode))
    throw new InputError(`mode: expected one of ${MODES.join(", ")}, got '${mode}'`);
  const maxWarnings = Number(flag(env, "max-warnings") || "-1");
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1)
    throw new InputError(`max-warnings: expected a whole number or -1, got '${flag(env, "max-warnings")}'`);
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const workingDirectory = resolve(workspace, flag(env, "working-directory") || ".");
  const rootPath = flag(env, "pipelines-root-path");
  return {
    mode,
    workingDirectory,
    config: flag(env, "config"),
    // As the official action: the root path is relative to the workspace.
    pipelinesRootPath: rootPath === "" ? "" : isAbsolute(rootPath) ? rootPath : resolve(workspace, rootPath),
    namespace: flag(env, "namespace"),
    globalMatcher: flag(env, "global-matcher"),
    fmUrl: flag(env, "fm-url"),
    fmUsername: flag(env, "fm-username"),
    fmToken: flag(env, "fm-token"),
    timeoutMs: timeoutMs(flag(env, "timeout") || "1m"),
    verbose: boolean(env, "verbose"),
    dryRun: boolean(env, "dry-run"),
    maxWarnings,
    sarifFile: flag(env, "sarif-file") || "fleetlint.sarif",
    logFormat: flag(env, "format") || "github",
    reports: reports(flag(env, "reports"))
  };
}

// dist/src/action/runner.js
import { appendFileSync, readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
function escape(message) {
  return message.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function githubRunner(env, write = (t) => process.stdout.write(t)) {
  return {
    setOutput(name, value) {
      if (!env.GITHUB_OUTPUT)
        return;
      const delimiter = `fleetlint_${randomUUID()}`;
      appendFileSync(env.GITHUB_OUTPUT, `${name}<<${delimiter}
${String(value)}
${delimiter}
`);
    },
    summary(markdown) {
      if (env.GITHUB_STEP_SUMMARY)
        appendFileSync(env.GITHUB_STEP_SUMMARY, `${markdown.replace(/\n*$/, "")}

`);
    },
    notice: (message) => write(`::notice title=fleetlint::${escape(message)}
`),
    warning: (message) => write(`::warning title=fleetlint::${escape(message)}
`),
    error: (message) => write(`::error title=fleetlint::${escape(message)}
`),
    mask: (secret) => {
      for (const line of secret.split(/\r?\n/))
        if (line.trim())
          write(`::add-mask::${line}
`);
    },
    log: (line) => write(`${line}
`)
  };
}
function isForkPullRequest(env) {
  if (!/^pull_request/.test(env.GITHUB_EVENT_NAME ?? "") || !env.GITHUB_EVENT_PATH)
    return false;
  let event;
  try {
    event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
  } catch {
    return false;
  }
  const head = event.pull_request?.head?.repo?.full_name;
  const base = event.pull_request?.base?.repo?.full_name ?? env.GITHUB_REPOSITORY;
  return head === void 0 || head !== base;
}
function isPullRequest(env) {
  return /^pull_request/.test(env.GITHUB_EVENT_NAME ?? "");
}

// dist/src/action/run.js
function fleetlint({ cli: cli2, inputs, runner }, args, timeoutMs2) {
  if (inputs.verbose)
    runner.log(`[command]fleetlint ${args.join(" ")}`);
  const env = { ...process.env };
  if (inputs.fmUrl)
    env.FLEET_MANAGEMENT_URL = inputs.fmUrl;
  if (inputs.fmUsername)
    env.FLEET_MANAGEMENT_USERNAME = inputs.fmUsername;
  if (inputs.fmToken)
    env.FLEET_MANAGEMENT_TOKEN = inputs.fmToken;
  const result = spawnSync(process.execPath, [cli2, ...args], {
    cwd: inputs.workingDirectory,
    env,
    stdio: "inherit",
    ...timeoutMs2 === void 0 ? {} : { timeout: Math.max(1, timeoutMs2), killSignal: "SIGTERM" }
  });
  const timedOut = result.error?.code === "ETIMEDOUT";
  return { status: result.status ?? 2, timedOut };
}
function configFor(inputs, mode, scratch) {
  if (inputs.config)
    return resolve2(inputs.workingDirectory, inputs.config);
  if (!inputs.pipelinesRootPath && !inputs.namespace && !inputs.globalMatcher)
    return void 0;
  if (!inputs.pipelinesRootPath)
    throw new InputError("pipelines root path must be provided (the pipelines-root-path input)");
  if (!inputs.namespace && mode !== "lint")
    throw new InputError("namespace must be provided (the namespace input)");
  const target = { root: inputs.pipelinesRootPath };
  if (inputs.namespace)
    target.namespace = inputs.namespace;
  if (inputs.globalMatcher)
    target.globalMatchers = [inputs.globalMatcher];
  const file = join(scratch, "fleetlint.config.json");
  writeFileSync(file, `${JSON.stringify({ targets: [target] }, null, 2)}
`);
  return file;
}
function countProblems(jsonFile) {
  const results = JSON.parse(readFileSync2(jsonFile, "utf8"));
  return {
    errors: results.reduce((n, r) => n + r.errorCount, 0),
    warnings: results.reduce((n, r) => n + r.warningCount, 0)
  };
}
function countPlan(jsonFile) {
  const plan = JSON.parse(readFileSync2(jsonFile, "utf8"));
  const sum = (key) => plan.targets.reduce((n, t) => n + t[key].length, 0);
  return { creates: sum("create"), updates: sum("update"), deletes: sum("delete"), takeovers: sum("takeover") };
}
function describeTimeout(inputs) {
  return `timed out after ${inputs.timeoutMs / 1e3}s (the timeout input)`;
}
function runAction(cli2, env, runner = githubRunner(env)) {
  let inputs;
  try {
    inputs = readInputs(env);
  } catch (error) {
    if (error instanceof InputError) {
      runner.error(error.message);
      return 1;
    }
    throw error;
  }
  if (inputs.fmToken)
    runner.mask(inputs.fmToken);
  const mode = inputs.mode === "auto" ? isPullRequest(env) ? "pr" : "sync" : inputs.mode;
  const scratch = join(env.RUNNER_TEMP || tmpdir(), `fleetlint-action-${process.pid}`);
  mkdirSync(scratch, { recursive: true });
  let config;
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
  const context = { cli: cli2, inputs, runner };
  const sarifFile = resolve2(inputs.workingDirectory, inputs.sarifFile);
  const lintJson = join(scratch, "lint.json");
  const lintArgs = ["check", ...withConfig, "--format", "sarif", "--output-file", sarifFile, "--format", "json", "--output-file", lintJson];
  for (const report of inputs.reports)
    lintArgs.push("--format", report.format, "--output-file", resolve2(inputs.workingDirectory, report.file));
  if (inputs.maxWarnings >= 0)
    lintArgs.push("--max-warnings", String(inputs.maxWarnings));
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
  if (mode === "lint")
    return lintFailed ? 1 : 0;
  if (!inputs.fmToken && isForkPullRequest(env)) {
    runner.notice(`Skipped the Fleet Management ${mode === "sync" ? "plan and sync" : "plan"}: this pull request comes from a fork, and GitHub gives fork runs no secrets.`);
    return lintFailed ? 1 : 0;
  }
  const missing = [
    ["fm-url", inputs.fmUrl || env.FLEET_MANAGEMENT_URL],
    ["fm-username", inputs.fmUsername || env.FLEET_MANAGEMENT_USERNAME],
    ["fm-token", inputs.fmToken || env.FLEET_MANAGEMENT_TOKEN]
  ].filter(([, value]) => !value).map(([name]) => name);
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
    ["markdown", planMarkdown]
  ]) {
    const plan = fleetlint(context, ["plan", ...withConfig, ...verbose, "--format", format, "--output-file", file], deadline - Date.now());
    if (plan.timedOut || plan.status !== 0) {
      runner.error(plan.timedOut ? `fleetlint plan ${describeTimeout(inputs)}` : "fleetlint plan failed; see the message above");
      return 1;
    }
  }
  const planCounts = countPlan(planJson);
  for (const [name, value] of Object.entries(planCounts))
    runner.setOutput(name, value);
  runner.setOutput("plan-file", planMarkdown);
  runner.setOutput("plan-json-file", planJson);
  runner.summary(readFileSync2(planMarkdown, "utf8"));
  if (mode === "pr")
    return lintFailed ? 1 : 0;
  if (lintFailed) {
    runner.error(`Not syncing: the lint found ${counts.errors} error(s)${inputs.maxWarnings >= 0 ? ` or more than ${inputs.maxWarnings} warning(s)` : ""}.`);
    return 1;
  }
  const sync = fleetlint(context, ["sync", ...withConfig, ...verbose, ...inputs.dryRun ? ["--dry-run"] : []], deadline - Date.now());
  if (sync.timedOut) {
    runner.error(`fleetlint sync ${describeTimeout(inputs)}`);
    return 1;
  }
  return sync.status === 0 ? 0 : 1;
}

// dist/src/action/main.js
var bundled = fileURLToPath(new URL("./fleetlint.js", import.meta.url));
var cli = existsSync2(bundled) ? bundled : fileURLToPath(new URL("../cli/main.js", import.meta.url));
process.exitCode = runAction(cli, process.env);
