/**
 * sync refuses to send a repository with lint errors (SPEC §2). This turns the
 * engine's results into the message that says so: one `file:line:column`
 * line per error, so a terminal or CI log links to each one.
 */
import { relative } from "node:path";
import type { FileResult } from "../core/diagnostic.js";

export function formatLintFailure(results: readonly FileResult[], cwd: string): string | undefined {
  const errors = results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => ({ file: r.filePath, m })));
  if (errors.length === 0) return undefined;
  const lines = errors.map(({ file, m }) => `${relative(cwd, file) || file}:${m.line}:${m.column}: error: ${m.message}${m.ruleId ? ` (${m.ruleId})` : ""}`);
  lines.push(`fleetlint: sync refused: ${errors.length} lint error${errors.length === 1 ? "" : "s"}; run \`fleetlint check\` and fix them first`);
  return `${lines.join("\n")}\n`;
}
