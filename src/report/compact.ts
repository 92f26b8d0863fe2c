/**
 * One line per problem, ESLint's `compact` form:
 *   /abs/path.yaml: line 3, col 7, Error - message (rule-id)
 * followed by a blank line and the problem count.
 */
import { ERROR, WARN, type FileResult } from "../core/diagnostic.js";
import { neutralize } from "../core/neutralize.js";
import { pluralize, type FormatContext } from "./index.js";

export default function format(results: FileResult[], _context: FormatContext): string {
  let output = "";
  let total = 0;
  for (const result of results) {
    for (const m of result.messages) {
      total++;
      const severity = m.severity === ERROR ? "Error" : m.severity === WARN ? "Warning" : "Info";
      const rule = m.ruleId ? ` (${m.ruleId})` : "";
      output += `${neutralize(result.filePath)}: line ${m.line}, col ${m.column}, ${severity} - ${neutralize(m.message)}${rule}\n`;
    }
  }
  if (total > 0) output += `\n${pluralize(total, "problem")}\n`;
  return output;
}
