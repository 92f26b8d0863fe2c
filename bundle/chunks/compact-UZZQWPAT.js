import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  pluralize
} from "./chunk-E5YUU5EX.js";
import {
  ERROR,
  WARN
} from "./chunk-YYNP75G5.js";
import {
  neutralize
} from "./chunk-MUIKWUQD.js";
import "./chunk-HTDSFYMP.js";

// dist/src/report/compact.js
function format(results, _context) {
  let output = "";
  let total = 0;
  for (const result of results) {
    for (const m of result.messages) {
      total++;
      const severity = m.severity === ERROR ? "Error" : m.severity === WARN ? "Warning" : "Info";
      const rule = m.ruleId ? ` (${m.ruleId})` : "";
      output += `${neutralize(result.filePath)}: line ${m.line}, col ${m.column}, ${severity} - ${neutralize(m.message)}${rule}
`;
    }
  }
  if (total > 0)
    output += `
${pluralize(total, "problem")}
`;
  return output;
}
export {
  format as default
};
