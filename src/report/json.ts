/**
 * ESLint's JSON shape (SPEC §2.1), exactly: only the documented keys, in
 * ESLint's order; `related`, `fix` and `suggestions` only when present. Two
 * additions after ESLint's keys: `infoCount` and, for `.alloy` files, `alloyMode`.
 */
import type { Diagnostic, FileResult } from "../core/diagnostic.js";
import { infoCount, type FormatContext } from "./index.js";
import { stringifyJson } from "../core/neutralize.js";

function message(m: Diagnostic): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: m.ruleId,
    severity: m.severity,
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
  };
  if (m.related && m.related.length > 0) {
    out.related = m.related.map((r) => ({ filePath: r.filePath, line: r.line, column: r.column, message: r.message }));
  }
  if (m.fix) out.fix = { range: m.fix.range, text: m.fix.text };
  if (m.suggestions && m.suggestions.length > 0) {
    out.suggestions = m.suggestions.map((s) => ({ desc: s.desc, fix: { range: s.fix.range, text: s.fix.text } }));
  }
  return out;
}

export default function format(results: FileResult[], _context: FormatContext): string {
  return stringifyJson(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages.map(message),
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
      // Not ESLint's: problems at severity info (severity 3), in neither count above.
      infoCount: infoCount(r),
      // Not ESLint's: how an `.alloy` file was analysed (docs/check.md).
      ...(r.alloyMode ? { alloyMode: r.alloyMode } : {}),
    })),
  );
}
