/**
 * sync runs the fast rules first and refuses to send a repository with lint
 * errors (SPEC §2). This turns the engine's results into what sync prints:
 * one `path:line:col: severity message [rule]` line per problem (so a terminal or CI log links to
 * each), warnings and infos included since they still matter for what is
 * sent (an omitted `enabled` syncs the pipeline disabled).
 */
import { relative } from "node:path";
import { ERROR, WARN, severityLabel, type FileResult } from "../core/diagnostic.js";
import { neutralize } from "../core/neutralize.js";
import { formatProblemLine } from "../core/problem-line.js";
import { pluralize as plural } from "../report/index.js";

export interface LintGate {
  /** Lines to print (empty when there is nothing to say). */
  text: string;
  errorCount: number;
}

export function lintGate(results: readonly FileResult[], cwd: string): LintGate {
  const lines: string[] = [];
  let errorCount = 0;
  let warningCount = 0;
  for (const result of results) {
    // A file name is foreign text too: it may hold escapes or line breaks.
    const file = neutralize(relative(cwd, result.filePath) || result.filePath);
    for (const m of result.messages) {
      if (m.severity === ERROR) errorCount++;
      else if (m.severity === WARN) warningCount++;
      lines.push(formatProblemLine({ path: file, line: m.line, column: m.column, severity: severityLabel(m.severity), message: neutralize(m.message), ruleId: m.ruleId }));
    }
  }
  if (errorCount > 0) {
    lines.push(`fleetlint: sync refused: ${plural(errorCount, "lint error")}${warningCount ? ` and ${plural(warningCount, "warning")}` : ""}; fix the errors first (\`fleetlint check\`)`);
  } else if (warningCount > 0) {
    lines.push(`fleetlint: ${plural(warningCount, "lint warning")}; syncing anyway`);
  }
  return { text: lines.length ? `${lines.join("\n")}\n` : "", errorCount };
}

