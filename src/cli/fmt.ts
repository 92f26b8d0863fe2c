/**
 * `fleetlint fmt [paths…]`: format Alloy files exactly like `alloy fmt`.
 *
 *   fmt FILE…          print the formatted text to stdout
 *   fmt -              read stdin, print to stdout
 *   fmt -w PATH…       rewrite changed files in place (atomically)
 *   fmt -t PATH…       list the files that are not formatted, exit 1 if any
 *
 * Folders are searched for `.alloy` files. A file that does not parse is
 * left alone: its diagnostics go to stderr as `path:line:col: error message [alloy-syntax]` and
 * the exit code is 1, but the other files are still processed.
 */
import { relative, isAbsolute } from "node:path";
import type { Command } from "commander";
import type { SyntaxDiagnostic } from "../../grammar/alloy/ast.js";
import type { PrinterWarning } from "../../grammar/alloy/printer.js";
import { formatProblemLine } from "../core/problem-line.js";
import { UsageError } from "./errors.js";

interface FmtOptions {
  write?: boolean;
  check?: boolean;
}

const STDIN = "-";
const STDIN_NAME = "<stdin>";

export function register(program: Command): void {
  program
    .command("fmt")
    .alias("format")
    .description("Format .alloy files exactly like `alloy fmt`")
    .argument("[paths...]", "files or folders (folders are searched for .alloy files); - reads stdin")
    .option("-w, --write", "rewrite files in place (atomic; unchanged files are not touched)")
    .option("-t, --check", "list files that are not formatted and exit 1 if there are any")
    .action(async (paths: string[], options: FmtOptions) => {
      process.exitCode = await runFmt(paths, options);
    });
}

export async function runFmt(paths: string[], options: FmtOptions): Promise<number> {
  if (options.write && options.check) throw new UsageError("--write and --check cannot be used together");
  if (paths.includes(STDIN)) {
    if (paths.length > 1) throw new UsageError("- (stdin) cannot be combined with other paths");
    if (options.write) throw new UsageError("--write needs files, not stdin");
    return formatStdin(options);
  }
  if (paths.length === 0) {
    if (!options.write && !options.check) throw new UsageError("fmt needs a file, a folder or - (stdin)");
    paths = ["."];
  }

  const { collectAlloyFiles, MissingPathError, formatPath, formatPathInPlace } = await import("../fmt/index.js");
  let files: string[];
  try {
    files = await collectAlloyFiles(paths);
  } catch (error) {
    if (error instanceof MissingPathError) throw new UsageError(error.message);
    throw error;
  }

  let exitCode = 0;
  for (const file of files) {
    const name = displayPath(file);
    let outcome;
    try {
      outcome = options.write ? await formatPathInPlace(file) : await formatPath(file);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new UsageError(`Cannot format ${name}: ${reason}`);
    }
    if (outcome.status === "invalid") {
      printDiagnostics(name, outcome.diagnostics);
      exitCode = 1;
      continue;
    }
    printWarnings(name, outcome.warnings);
    if (options.check) {
      if (outcome.status === "formatted") {
        process.stdout.write(`${name}\n`);
        exitCode = 1;
      }
    } else if (!options.write) {
      process.stdout.write(outcome.formatted);
    }
  }
  return exitCode;
}

async function formatStdin(options: FmtOptions): Promise<number> {
  const { formatBytes } = await import("../fmt/index.js");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const outcome = formatBytes(Buffer.concat(chunks));
  if (outcome.status === "invalid") {
    printDiagnostics(STDIN_NAME, outcome.diagnostics);
    return 1;
  }
  printWarnings(STDIN_NAME, outcome.warnings);
  if (options.check) {
    if (outcome.status === "unchanged") return 0;
    process.stdout.write(`${STDIN_NAME}\n`);
    return 1;
  }
  process.stdout.write(outcome.formatted);
  return 0;
}

function printDiagnostics(name: string, diagnostics: SyntaxDiagnostic[]): void {
  for (const d of diagnostics) {
    process.stderr.write(`${formatProblemLine({ path: name, line: d.start.line, column: d.start.column, severity: "error", message: d.message, ruleId: "alloy-syntax" })}\n`);
  }
}

function printWarnings(name: string, warnings: PrinterWarning[]): void {
  for (const w of warnings) {
    process.stderr.write(`${formatProblemLine({ path: name, line: w.start.line, column: w.start.column, severity: "warning", message: w.message })}\n`);
  }
}

/** Paths below the working directory are shown relative to it, others as absolute paths. */
function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : file;
}
