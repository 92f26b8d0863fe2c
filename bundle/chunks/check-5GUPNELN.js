import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  ERROR
} from "./chunk-YYNP75G5.js";
import "./chunk-5UJ3XWX7.js";
import {
  FleetlintError,
  UsageError
} from "./chunk-SZVLGFVG.js";
import {
  repeatable
} from "./chunk-IRIUP5YS.js";
import "./chunk-AJHW2U6T.js";
import "./chunk-HTDSFYMP.js";

// dist/src/cli/check.js
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
var SEVERITIES = /* @__PURE__ */ new Set(["off", "info", "warn", "error", "0", "1", "2"]);
var SEVERITY_NAMES = { "0": "off", "1": "warn", "2": "error" };
function parseRuleFlag(value, previous) {
  const at = value.lastIndexOf(":");
  const id = value.slice(0, at).trim();
  const severity = value.slice(at + 1).trim();
  if (at <= 0 || !SEVERITIES.has(severity)) {
    throw new UsageError(`invalid --rule '${value}': expected RULE:SEVERITY with severity off, info, warn or error`);
  }
  return { ...previous, [id]: SEVERITY_NAMES[severity] ?? severity };
}
function parseMaxWarnings(value) {
  const n = Number(value);
  if (!Number.isInteger(n))
    throw new UsageError(`invalid --max-warnings '${value}': expected an integer`);
  return n;
}
function register(program) {
  const outputs = [];
  program.command("check").description("lint pipeline definitions and their Alloy/OTel contents").argument("[paths...]", "files or folders to lint (default: every target root)").option("-f, --format <name>", "stylish | json | compact | sarif | github | junit (repeatable)", (value) => {
    outputs.push({ format: value });
    return value;
  }).option("-o, --output-file <path>", "write the preceding --format's report to a file (repeatable)", (value) => {
    const last = outputs.at(-1);
    if (last && last.file === void 0)
      last.file = value;
    else
      outputs.push({ file: value });
    return value;
  }).option("--fix", "apply automatic fixes and write the files").option("--fix-dry-run", "compute fixes without writing them").option("--max-warnings <n>", "exit 1 when there are more warnings than this", parseMaxWarnings).option("--quiet", "report errors only").option("--rule <id:severity>", "set a rule's severity (repeatable)", parseRuleFlag).option("--stdin", "lint the text on standard input (needs --stdin-filename)").option("--stdin-filename <path>", "where the standard input text lives, for config and project rules").option("--online", "also run the network rules against Fleet Management").option("--token-file <path>", "with --online: read the Fleet Management token from this file").option("--target <name>", "lint only this target (its name, else its namespace) and ask the server only about it (repeatable)", repeatable).option("--no-errors-on-unmatched", "do not fail when a path matches no lintable file").option("--print-config", "print the resolved configuration and exit").option("-c, --config <path>", "configuration file (default: searched from the working directory up)").option("--color", "force colours and code frames").option("--no-color", "plain one-line output without colours").action(async (paths, flags) => {
    process.exitCode = await check(paths, flags, outputs);
  });
}
function useColor(flag) {
  if (flag !== void 0)
    return flag;
  if (process.env.NO_COLOR !== void 0 && process.env.NO_COLOR !== "")
    return false;
  return process.stdout.isTTY === true;
}
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin)
    chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
async function createOnline(targets, flags) {
  let online;
  try {
    online = await import("./online-XKC7NEEF.js");
  } catch (error) {
    if (error.code === "ERR_MODULE_NOT_FOUND")
      throw new FleetlintError("internal", "online checks unavailable");
    throw error;
  }
  try {
    return online.createOnlineState({ targets }, { env: process.env, tokenFile: flags.tokenFile });
  } catch (error) {
    throw await asCliError(error);
  }
}
async function asCliError(error) {
  if (error instanceof FleetlintError)
    return error;
  try {
    const { toCliError } = await import("./fleet-session-BEQWKC34.js");
    return toCliError(error, void 0);
  } catch {
    return new FleetlintError("network", error instanceof Error ? error.message : String(error));
  }
}
function errorsOnly(results) {
  return results.map((r) => ({
    ...r,
    messages: r.messages.filter((m) => m.severity === ERROR),
    warningCount: 0,
    fixableWarningCount: 0,
    infoCount: 0
  }));
}
async function check(paths, flags, outputs) {
  const cwd = process.cwd();
  const { loadConfig, formatResolvedConfig } = await import("./config-NWYMU7HS.js");
  const { isFormatName, loadFormatter, formatContext, FORMAT_NAMES } = await import("./report-BJGVIXQG.js");
  const wanted = outputs.length > 0 ? outputs : [{}];
  for (const o of wanted) {
    if (o.format !== void 0 && !isFormatName(o.format)) {
      throw new UsageError(`unknown format '${o.format}': expected one of ${FORMAT_NAMES.join(", ")}`);
    }
  }
  if (flags.stdin && !flags.stdinFilename)
    throw new UsageError("--stdin needs --stdin-filename PATH");
  if (!flags.stdin && flags.stdinFilename)
    throw new UsageError("--stdin-filename is used only with --stdin");
  if (flags.stdin && paths.length > 0)
    throw new UsageError("--stdin lints standard input; do not also give paths");
  if (flags.stdin && flags.fix)
    throw new UsageError("--fix cannot write standard input; use --fix-dry-run with --stdin");
  const config = await loadConfig({ cwd, configPath: flags.config });
  if (flags.printConfig) {
    process.stdout.write(formatResolvedConfig(config));
    return 0;
  }
  let onlineTargets;
  let buffers;
  let lintPaths = paths;
  if (flags.target && flags.target.length > 0) {
    const { pickTargets } = await import("./targets-FOAZWZHY.js");
    let chosen;
    try {
      chosen = pickTargets(config.targets, flags.target, config.baseDir);
    } catch (error) {
      throw new UsageError(error.message);
    }
    if (paths.length === 0 && !flags.stdin)
      lintPaths = chosen.map((t) => t.root);
    onlineTargets = chosen;
  }
  if (flags.stdin) {
    const path = resolve(cwd, flags.stdinFilename);
    buffers = /* @__PURE__ */ new Map([[path, await readStdin()]]);
    lintPaths = [path];
  }
  const online = flags.online ? await createOnline(onlineTargets ?? config.targets, flags) : void 0;
  const { lintProject } = await import("./engine-5HKN7AMZ.js");
  let outcome;
  try {
    outcome = await lintProject({
      cwd,
      config,
      paths: lintPaths.length > 0 ? lintPaths : void 0,
      buffers,
      ruleOverrides: flags.rule ?? {},
      fix: flags.fix === true || flags.fixDryRun === true,
      fixDryRun: flags.fixDryRun === true,
      online
    });
  } catch (error) {
    throw online ? await asCliError(error) : error;
  }
  const unmatched = outcome.project.unmatchedPaths ?? [];
  if (flags.errorsOnUnmatched && unmatched.length > 0) {
    const shown2 = unmatched.map((p) => `'${p}'`).join(", ");
    throw new UsageError(`no lintable files (.yaml, .yml, .alloy in a target) match ${shown2}; pass --no-errors-on-unmatched to allow this`);
  }
  const all = outcome.results;
  const shown = flags.quiet ? errorsOnly(all) : all;
  for (const o of wanted) {
    const name = o.format ?? "stylish";
    if (!isFormatName(name))
      continue;
    const formatter = await loadFormatter(name);
    const text = formatter(shown, formatContext(outcome.rules, cwd, o.file === void 0 && useColor(flags.color), {
      workspace: process.env.GITHUB_WORKSPACE,
      stepSummary: process.env.GITHUB_STEP_SUMMARY
    }));
    if (o.file === void 0)
      process.stdout.write(text);
    else {
      const target = resolve(cwd, o.file);
      try {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, text);
      } catch (error) {
        throw new FleetlintError("usage", `cannot write ${o.file}: ${error.message}`);
      }
    }
  }
  const errors = all.reduce((n, r) => n + r.errorCount, 0);
  const warnings = all.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0)
    return 1;
  if (flags.maxWarnings !== void 0 && flags.maxWarnings >= 0 && warnings > flags.maxWarnings) {
    process.stderr.write(`fleetlint: too many warnings (${warnings}; maximum ${flags.maxWarnings})
`);
    return 1;
  }
  return 0;
}
export {
  register
};
