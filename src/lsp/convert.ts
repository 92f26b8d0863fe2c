/**
 * Pure translations between fleetlint's shapes and the LSP's: 1-based
 * line/column (UTF-16, as ESLint's JSON) to 0-based positions (UTF-16, the
 * LSP default encoding), severities, rule ids as diagnostic codes with their
 * docs link.
 */
import { pathToFileURL } from "node:url";
import type { Diagnostic as LspDiagnostic, Position } from "vscode-languageserver";
import type { Diagnostic } from "../core/diagnostic.js";
import type { RuleMeta } from "../engine/types.js";

/** LSP DiagnosticSeverity values (kept local so this module loads no runtime). */
const ERROR = 1;
const WARNING = 2;

/** Files the editor integration lints: Alloy contents and YAML definitions. */
export function isLintablePath(path: string): boolean {
  return /\.(alloy|ya?ml)$/i.test(path);
}

/** Files the server formats: Alloy only (YAML definitions are left to the YAML extension). */
export function isFormattablePath(path: string): boolean {
  return /\.alloy$/i.test(path);
}

function position(line: number, column: number): Position {
  // A file-level diagnostic (line 0) points at the start of the file.
  return { line: Math.max(0, line - 1), character: Math.max(0, column - 1) };
}

export function toLspDiagnostic(message: Diagnostic, rules: ReadonlyMap<string, Pick<RuleMeta, "docs">>): LspDiagnostic {
  const start = position(message.line, message.column);
  let end = position(message.endLine || message.line, message.endColumn || message.column);
  if (end.line < start.line || (end.line === start.line && end.character < start.character)) end = start;
  const diagnostic: LspDiagnostic = {
    range: { start, end },
    severity: message.severity === 2 ? ERROR : WARNING,
    source: "fleetlint",
    message: message.message,
  };
  if (message.ruleId) {
    diagnostic.code = message.ruleId;
    const href = rules.get(message.ruleId)?.docs.url;
    if (href) diagnostic.codeDescription = { href };
  }
  if (message.related?.length) {
    diagnostic.relatedInformation = message.related.map((r) => {
      const at = position(r.line, r.column);
      return { location: { uri: pathToFileURL(r.filePath).href, range: { start: at, end: at } }, message: r.message };
    });
  }
  return diagnostic;
}

/** A diagnostic for a failure that stopped linting (bad config, internal error), at the top of the file. */
export function failureDiagnostic(message: string): LspDiagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: ERROR,
    source: "fleetlint",
    message: `fleetlint could not lint this file: ${message}`,
  };
}
