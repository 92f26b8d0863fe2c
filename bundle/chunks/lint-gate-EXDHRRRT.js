import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import "./chunk-HTDSFYMP.js";

// dist/src/fleet/lint-gate.js
import { relative } from "node:path";
function lintGate(results, cwd) {
  const lines = [];
  let errorCount = 0;
  let warningCount = 0;
  for (const result of results) {
    const file = relative(cwd, result.filePath) || result.filePath;
    for (const m of result.messages) {
      if (m.severity === 2)
        errorCount++;
      else
        warningCount++;
      lines.push(`${file}:${m.line}:${m.column}: ${m.severity === 2 ? "error" : "warning"}: ${m.message}${m.ruleId ? ` (${m.ruleId})` : ""}`);
    }
  }
  if (errorCount > 0) {
    lines.push(`fleetlint: sync refused: ${plural(errorCount, "lint error")}${warningCount ? ` and ${plural(warningCount, "warning")}` : ""}; fix the errors first (\`fleetlint check\`)`);
  } else if (warningCount > 0) {
    lines.push(`fleetlint: ${plural(warningCount, "lint warning")}; syncing anyway`);
  }
  return { text: lines.length ? `${lines.join("\n")}
` : "", errorCount };
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
export {
  lintGate
};
