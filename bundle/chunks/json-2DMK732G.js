import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  infoCount
} from "./chunk-E5YUU5EX.js";
import "./chunk-YYNP75G5.js";
import {
  stringifyJson
} from "./chunk-MUIKWUQD.js";
import "./chunk-HTDSFYMP.js";

// dist/src/report/json.js
function message(m) {
  const out = {
    ruleId: m.ruleId,
    severity: m.severity,
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn
  };
  if (m.related && m.related.length > 0) {
    out.related = m.related.map((r) => ({ filePath: r.filePath, line: r.line, column: r.column, message: r.message }));
  }
  if (m.fix)
    out.fix = { range: m.fix.range, text: m.fix.text };
  if (m.suggestions && m.suggestions.length > 0) {
    out.suggestions = m.suggestions.map((s) => ({ desc: s.desc, fix: { range: s.fix.range, text: s.fix.text } }));
  }
  return out;
}
function format(results, _context) {
  return stringifyJson(results.map((r) => ({
    filePath: r.filePath,
    messages: r.messages.map(message),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    fixableErrorCount: r.fixableErrorCount,
    fixableWarningCount: r.fixableWarningCount,
    // Not ESLint's: problems at severity info (severity 3), in neither count above.
    infoCount: infoCount(r),
    // Not ESLint's: how an `.alloy` file was analysed (docs/check.md).
    ...r.alloyMode ? { alloyMode: r.alloyMode } : {}
  })));
}
export {
  format as default
};
