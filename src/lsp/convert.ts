/**
 * Pure translations between fleetlint's shapes and the LSP's: 1-based
 * line/column (UTF-16, as ESLint's JSON) to 0-based positions (UTF-16, the
 * LSP default encoding), severities, rule ids as diagnostic codes with their
 * docs link.
 */
import { pathToFileURL } from "node:url";
import type { CodeAction, Diagnostic as LspDiagnostic, Position, TextEdit } from "vscode-languageserver";
import { ERROR, INFO, WARN, type Diagnostic, type FileResult, type Severity } from "../core/diagnostic.js";
import type { RuleMeta } from "../engine/types.js";

/** LSP DiagnosticSeverity values (kept local so this module loads no vscode-languageserver runtime). */
const LSP_ERROR = 1;
const LSP_WARNING = 2;
const LSP_INFORMATION = 3;
const LSP_SEVERITY: Record<Severity, 1 | 2 | 3> = { [ERROR]: LSP_ERROR, [WARN]: LSP_WARNING, [INFO]: LSP_INFORMATION };

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
    severity: LSP_SEVERITY[message.severity],
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
    severity: LSP_ERROR,
    source: "fleetlint",
    message: `fleetlint could not lint this file: ${message}`,
  };
}

/** A fix kept on an LSP diagnostic: UTF-16 offsets into the text of one document version. */
interface FixData {
  title: string;
  range: [number, number];
  text: string;
  preferred: boolean;
}

/** What `data` holds on our diagnostics: the fixes, valid for one document version. */
export interface DiagnosticData {
  version: number;
  fixes: FixData[];
  /** For an `.alloy` file, how it was analysed (pipeline contents, local config or module). */
  alloyMode?: FileResult["alloyMode"];
}

/**
 * Attaches the message's fix and suggestions to the diagnostic, so a code
 * action request can offer them without linting again, and the file's Alloy
 * mode, so a client can show why a block is or is not allowed.
 */
export function attachFixes(diagnostic: LspDiagnostic, message: Diagnostic, version: number, alloyMode?: FileResult["alloyMode"]): LspDiagnostic {
  const fixes: FixData[] = [];
  const rule = message.ruleId ?? "fleetlint";
  if (message.fix) fixes.push({ title: `Fix this ${rule} problem`, range: message.fix.range, text: message.fix.text, preferred: true });
  // A lone suggestion (a misspelt name's one replacement) is what the editor's auto fix should pick.
  const lone = !message.fix && message.suggestions?.length === 1;
  for (const s of message.suggestions ?? []) fixes.push({ title: s.desc, range: s.fix.range, text: s.fix.text, preferred: lone });
  if (fixes.length > 0 || alloyMode) diagnostic.data = { version, fixes, ...(alloyMode ? { alloyMode } : {}) } satisfies DiagnosticData;
  return diagnostic;
}

function isDiagnosticData(data: unknown): data is DiagnosticData {
  return typeof data === "object" && data !== null && typeof (data as DiagnosticData).version === "number" && Array.isArray((data as DiagnosticData).fixes);
}

/**
 * Quick fixes for the diagnostics a client asks about, for the document
 * version they were computed on (older offsets would land in the wrong place).
 */
export function codeActions(
  uri: string,
  version: number,
  diagnostics: readonly LspDiagnostic[],
  positionAt: (offset: number) => Position,
): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== "fleetlint" || !isDiagnosticData(diagnostic.data) || diagnostic.data.version !== version) continue;
    for (const fix of diagnostic.data.fixes) {
      const edit: TextEdit = { range: { start: positionAt(fix.range[0]), end: positionAt(fix.range[1]) }, newText: fix.text };
      actions.push({ title: fix.title, kind: "quickfix", diagnostics: [diagnostic], isPreferred: fix.preferred, edit: { changes: { [uri]: [edit] } } });
    }
  }
  return actions;
}
