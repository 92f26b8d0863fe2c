import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/src/core/problem-line.js
function formatProblemLine(problem) {
  const rule = problem.ruleId ? ` [${problem.ruleId}]` : "";
  return `${problem.path}:${problem.line}:${problem.column}: ${problem.severity} ${problem.message}${rule}`;
}

export {
  formatProblemLine
};
