/**
 * Formatting files on disk, for the `fmt` command (and anything else that
 * wants `alloy fmt` behaviour on a path): read bytes, format, and tell
 * whether the file's bytes would change.
 */
import { readFile } from "node:fs/promises";
import type { SyntaxDiagnostic } from "../../grammar/alloy/ast.js";
import { formatSource } from "../../grammar/alloy/format.js";
import type { PrinterWarning } from "../../grammar/alloy/printer.js";
import { writeFileAtomic } from "../core/write-atomic.js";

export { collectAlloyFiles, MissingPathError } from "./files.js";
export { writeFileAtomic } from "../core/write-atomic.js";

export type FormatOutcome =
  | { status: "formatted" | "unchanged"; formatted: string; warnings: PrinterWarning[] }
  | { status: "invalid"; diagnostics: SyntaxDiagnostic[] };

/** Formats bytes and compares the result with them byte for byte (a BOM or CRLF counts as a change). */
export function formatBytes(bytes: Uint8Array): FormatOutcome {
  const result = formatSource(bytes);
  if (result.formatted === null) return { status: "invalid", diagnostics: result.diagnostics };
  const encoded = Buffer.from(result.formatted, "utf8");
  const same = encoded.length === bytes.length && encoded.equals(bytes);
  return { status: same ? "unchanged" : "formatted", formatted: result.formatted, warnings: result.warnings };
}

export async function formatPath(path: string): Promise<FormatOutcome> {
  return formatBytes(await readFile(path));
}

/** Rewrites a file when formatting changes it; an unchanged file is not touched (mtime kept). */
export async function formatPathInPlace(path: string): Promise<FormatOutcome> {
  const outcome = await formatPath(path);
  if (outcome.status === "formatted") await writeFileAtomic(path, outcome.formatted);
  return outcome;
}
