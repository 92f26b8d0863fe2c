import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  formatProblemLine
} from "./chunk-5V27NH3C.js";
import "./chunk-5UJ3XWX7.js";
import {
  UsageError
} from "./chunk-SZVLGFVG.js";
import "./chunk-HTDSFYMP.js";

// dist/src/cli/fmt.js
import { relative, isAbsolute } from "node:path";
var STDIN = "-";
var STDIN_NAME = "<stdin>";
function register(program) {
  program.command("fmt").alias("format").description("Format .alloy files exactly like `alloy fmt`").argument("[paths...]", "files or folders (folders are searched for .alloy files); - reads stdin").option("-w, --write", "rewrite files in place (atomic; unchanged files are not touched)").option("-t, --check", "list files that are not formatted and exit 1 if there are any").action(async (paths, options) => {
    process.exitCode = await runFmt(paths, options);
  });
}
async function runFmt(paths, options) {
  if (options.write && options.check)
    throw new UsageError("--write and --check cannot be used together");
  if (paths.includes(STDIN)) {
    if (paths.length > 1)
      throw new UsageError("- (stdin) cannot be combined with other paths");
    if (options.write)
      throw new UsageError("--write needs files, not stdin");
    return formatStdin(options);
  }
  if (paths.length === 0) {
    if (!options.write && !options.check)
      throw new UsageError("fmt needs a file, a folder or - (stdin)");
    paths = ["."];
  }
  const { collectAlloyFiles, MissingPathError, formatPath, formatPathInPlace } = await import("./fmt-5WDC4V2U.js");
  let files;
  try {
    files = await collectAlloyFiles(paths);
  } catch (error) {
    if (error instanceof MissingPathError)
      throw new UsageError(error.message);
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
        process.stdout.write(`${name}
`);
        exitCode = 1;
      }
    } else if (!options.write) {
      process.stdout.write(outcome.formatted);
    }
  }
  return exitCode;
}
async function formatStdin(options) {
  const { formatBytes } = await import("./fmt-5WDC4V2U.js");
  const chunks = [];
  for await (const chunk of process.stdin)
    chunks.push(chunk);
  const outcome = formatBytes(Buffer.concat(chunks));
  if (outcome.status === "invalid") {
    printDiagnostics(STDIN_NAME, outcome.diagnostics);
    return 1;
  }
  printWarnings(STDIN_NAME, outcome.warnings);
  if (options.check) {
    if (outcome.status === "unchanged")
      return 0;
    process.stdout.write(`${STDIN_NAME}
`);
    return 1;
  }
  process.stdout.write(outcome.formatted);
  return 0;
}
function printDiagnostics(name, diagnostics) {
  for (const d of diagnostics) {
    process.stderr.write(`${formatProblemLine({ path: name, line: d.start.line, column: d.start.column, severity: "error", message: d.message, ruleId: "alloy-syntax" })}
`);
  }
}
function printWarnings(name, warnings) {
  for (const w of warnings) {
    process.stderr.write(`${formatProblemLine({ path: name, line: w.start.line, column: w.start.column, severity: "warning", message: w.message })}
`);
  }
}
function displayPath(file) {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : file;
}
export {
  register,
  runFmt
};
