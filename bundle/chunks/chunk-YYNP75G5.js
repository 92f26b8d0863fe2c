import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/src/core/diagnostic.js
var WARN = 1;
var ERROR = 2;
var INFO = 3;
function severityLevel(value) {
  if (value === "error" || value === 2)
    return ERROR;
  if (value === "warn" || value === 1)
    return WARN;
  if (value === "info")
    return INFO;
  return 0;
}
var RANK = { 0: 0, 3: 1, 1: 2, 2: 3 };
function severityRank(level) {
  return RANK[level];
}
function milderSeverity(a, b) {
  return severityRank(a) <= severityRank(b) ? a : b;
}
function severityLabel(severity) {
  return severity === ERROR ? "error" : severity === WARN ? "warning" : "info";
}
function fileResult(filePath, messages, source) {
  const sorted = [...messages].sort((a, b) => a.line - b.line || a.column - b.column);
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  let infoCount = 0;
  for (const m of sorted) {
    if (m.severity === ERROR) {
      errorCount++;
      if (m.fix)
        fixableErrorCount++;
    } else if (m.severity === WARN) {
      warningCount++;
      if (m.fix)
        fixableWarningCount++;
    } else {
      infoCount++;
    }
  }
  const result = { filePath, messages: sorted, errorCount, warningCount, fixableErrorCount, fixableWarningCount, infoCount };
  if (source !== void 0)
    result.source = source;
  return result;
}

export {
  WARN,
  ERROR,
  INFO,
  severityLevel,
  milderSeverity,
  severityLabel,
  fileResult
};
