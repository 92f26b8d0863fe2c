/**
 * `fleetlint check [paths…]`: lint definitions and contents (SPEC §2). Parses
 * flags, calls lintProject, prints each requested format. Exit codes are
 * ESLint's: 0 clean (warnings allowed unless --max-warnings), 1 errors or too
 * many warnings, 2 usage/config/internal failure (thrown as FleetlintError).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Command } from "commander";
import { ERROR, type FileResult, type SeverityName } from "../core/diagnostic.js";
import type { ResolvedConfig } from "../config/types.js";
import type { OnlineState } from "../engine/types.js";
import { FleetlintError, UsageError } from "./errors.js";
import { repeatable } from "./options.js";

interface CheckFlags {
  fix?: boolean;
  fixDryRun?: boolean;
  maxWarnings?: number;
  quiet?: boolean;
  /** Absent until the first --rule (no default, so --help does not print `(default: {})`). */
  rule?: Record<string, SeverityName>;
  stdin?: boolean;
  stdinFilename?: string;
  online?: boolean;
  tokenFile?: string;
  errorsOnUnmatched: boolean;
  printConfig?: boolean;
  config?: string;
  color?: boolean;
  target?: string[];
}

/** One report to write: a format and where (stdout when no file). */
interface Output {
  format?: string;
  file?: string;
}

const SEVERITIES = new Set(["off", "info", "warn", "error", "0", "1", "2"]);
const SEVERITY_NAMES: Record<string, SeverityName> = { "0": "off", "1": "warn", "2": "error" };

/** `--rule id:severity`, repeatable. */
function parseRuleFlag(value: string, previous: Record<string, SeverityName> | undefined): Record<string, SeverityName> {
  const at = value.lastIndexOf(":");
  const id = value.slice(0, at).trim();
  const severity = value.slice(at + 1).trim();
  if (at <= 0 || !SEVERITIES.has(severity)) {
    throw new UsageError(`invalid --rule '${value}': expected RULE:SEVERITY with severity off, info, warn or error`);
  }
  return { ...previous, [id]: SEVERITY_NAMES[severity] ?? (severity as SeverityName) };
}

function parseMaxWarnings(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new UsageError(`invalid --max-warnings '${value}': expected an integer`);
  return n;
}

export function register(program: Command): void {
  // --format and --output-file pair up in the order written: each file goes with the format before it.
  const outputs: Output[] = [];
  program
    .command("check")
    .description("lint pipeline definitions and their Alloy/OTel contents")
    .argument("[paths...]", "files or folders to lint (default: every target root)")
    .option("-f, --format <name>", "stylish | json | compact | sarif | github | junit (repeatable)", (value: string) => {
      outputs.push({ format: value });
      return value;
    })
    .option("-o, --output-file <path>", "write the preceding --format's report to a file (repeatable)", (value: string) => {
      const last = outputs.at(-1);
      if (last && last.file === undefined) last.file = value;
      else outputs.push({ file: value });
      return value;
    })
    .option("--fix", "apply automatic fixes and write the files")
    .option("--fix-dry-run", "compute fixes without writing them")
    .option("--max-warnings <n>", "exit 1 when there are more warnings than this", parseMaxWarnings)
    .option("--quiet", "report errors only")
    .option("--rule <id:severity>", "set a rule's severity (repeatable)", parseRuleFlag)
    .option("--stdin", "lint the text on standard input (needs --stdin-filename)")
    .option("--stdin-filename <path>", "where the standard input text lives, for config and project rules")
    .option("--online", "also run the network rules against Fleet Management")
    .option("--token-file <path>", "with --online: read the Fleet Management token from this file")
    .option("--target <name>", "lint only this target (its name, else its namespace) and ask the server only about it (repeatable)", repeatable)
    .option("--no-errors-on-unmatched", "do not fail when a path matches no lintable file")
    .option("--print-config", "print the resolved configuration and exit")
    .option("-c, --config <path>", "configuration file (default: searched from the working directory up)")
    .option("--color", "force colours and code frames")
    .option("--no-color", "plain one-line output without colours")
    .action(async (paths: string[], flags: CheckFlags) => {
      process.exitCode = await check(paths, flags, outputs);
    });
}

function useColor(flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "") return false;
  return process.stdout.isTTY === true;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function createOnline(targets: ResolvedConfig["targets"], flags: CheckFlags): Promise<OnlineState> {
  let online: typeof import("../fleet/online.js");
  try {
    online = await import("../fleet/online.js");
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_MODULE_NOT_FOUND") throw new FleetlintError("internal", "online checks unavailable");
    throw error;
  }
  try {
    return online.createOnlineState({ targets }, { env: process.env, tokenFile: flags.tokenFile });
  } catch (error) {
    throw await asCliError(error);
  }
}

/** Network and credential failures become one-line exit-2 errors (secrets already scrubbed by src/fleet). */
async function asCliError(error: unknown): Promise<unknown> {
  if (error instanceof FleetlintError) return error;
  try {
    const { toCliError } = await import("./fleet-session.js");
    return toCliError(error, undefined);
  } catch {
    return new FleetlintError("network", error instanceof Error ? error.message : String(error));
  }
}

/** Errors only, counts adjusted, order kept. */
function errorsOnly(results: FileResult[]): FileResult[] {
  return results.map((r) => ({
    ...r,
    messages: r.messages.filter((m) => m.severity === ERROR),
    warningCount: 0,
    fixableWarningCount: 0,
    infoCount: 0,
  }));
}

async function check(paths: string[], flags: CheckFlags, outputs: Output[]): Promise<number> {
  const cwd = process.cwd();
  const { loadConfig, formatResolvedConfig } = await import("../config/index.js");
  const { isFormatName, loadFormatter, formatContext, FORMAT_NAMES } = await import("../report/index.js");

  const wanted = outputs.length > 0 ? outputs : [{}];
  for (const o of wanted) {
    if (o.format !== undefined && !isFormatName(o.format)) {
      throw new UsageError(`unknown format '${o.format}': expected one of ${FORMAT_NAMES.join(", ")}`);
    }
  }
  if (flags.stdin && !flags.stdinFilename) throw new UsageError("--stdin needs --stdin-filename PATH");
  if (!flags.stdin && flags.stdinFilename) throw new UsageError("--stdin-filename is used only with --stdin");
  if (flags.stdin && paths.length > 0) throw new UsageError("--stdin lints standard input; do not also give paths");
  // As ESLint: there is no file to write a fix for standard input into.
  if (flags.stdin && flags.fix) throw new UsageError("--fix cannot write standard input; use --fix-dry-run with --stdin");

  const config = await loadConfig({ cwd, configPath: flags.config });
  if (flags.printConfig) {
    process.stdout.write(formatResolvedConfig(config));
    return 0;
  }

  let onlineTargets: ResolvedConfig["targets"] | undefined;
  let buffers: Map<string, string> | undefined;
  let lintPaths = paths;
  if (flags.target && flags.target.length > 0) {
    // --target narrows the files (unless paths are given) and the stacks --online asks.
    const { pickTargets } = await import("../fleet/targets.js");
    let chosen: typeof config.targets;
    try {
      chosen = pickTargets(config.targets, flags.target, config.baseDir);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (paths.length === 0 && !flags.stdin) lintPaths = chosen.map((t) => t.root);
    onlineTargets = chosen;
  }
  if (flags.stdin) {
    const path = resolve(cwd, flags.stdinFilename!);
    buffers = new Map([[path, await readStdin()]]);
    lintPaths = [path];
  }
  const online = flags.online ? await createOnline(onlineTargets ?? config.targets, flags) : undefined;

  const { lintProject } = await import("../engine/index.js");
  let outcome: Awaited<ReturnType<typeof lintProject>>;
  try {
    outcome = await lintProject({
      cwd,
      config,
      paths: lintPaths.length > 0 ? lintPaths : undefined,
      buffers,
      ruleOverrides: flags.rule ?? {},
      fix: flags.fix === true || flags.fixDryRun === true,
      fixDryRun: flags.fixDryRun === true,
      online,
    });
  } catch (error) {
    throw online ? await asCliError(error) : error;
  }

  const unmatched = outcome.project.unmatchedPaths ?? [];
  if (flags.errorsOnUnmatched && unmatched.length > 0) {
    const shown = unmatched.map((p) => `'${p}'`).join(", ");
    throw new UsageError(`no lintable files (.yaml, .yml, .alloy in a target) match ${shown}; pass --no-errors-on-unmatched to allow this`);
  }

  const all = outcome.results;
  const shown = flags.quiet ? errorsOnly(all) : all;
  for (const o of wanted) {
    const name = o.format ?? "stylish";
    if (!isFormatName(name)) continue; // checked above
    const formatter = await loadFormatter(name);
    const text = formatter(shown, formatContext(outcome.rules, cwd, o.file === undefined && useColor(flags.color), {
      workspace: process.env.GITHUB_WORKSPACE,
      stepSummary: process.env.GITHUB_STEP_SUMMARY,
    }));
    if (o.file === undefined) process.stdout.write(text);
    else {
      const target = resolve(cwd, o.file);
      try {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, text);
      } catch (error) {
        throw new FleetlintError("usage", `cannot write ${o.file}: ${(error as Error).message}`);
      }
    }
  }

  const errors = all.reduce((n, r) => n + r.errorCount, 0);
  const warnings = all.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (flags.maxWarnings !== undefined && flags.maxWarnings >= 0 && warnings > flags.maxWarnings) {
    process.stderr.write(`fleetlint: too many warnings (${warnings}; maximum ${flags.maxWarnings})\n`);
    return 1;
  }
  return 0;
}
