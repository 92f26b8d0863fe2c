/**
 * The one-line form of a problem, shared by every command that prints one
 * (check without colour, sync's lint gate and refusals, plan, fmt):
 *
 *   path:line:col: severity message [rule]
 *
 * Editors, CI problem matchers and `grep` read it; the LSP shows the same
 * `message` text beside its own severity and code fields.
 */
import type { SeverityLabel } from "./diagnostic.js";

export interface ProblemLine {
  /** As shown to the user (usually relative to the working directory). */
  path: string;
  line: number;
  column: number;
  severity: SeverityLabel;
  message: string;
  ruleId?: string | null;
}

export function formatProblemLine(problem: ProblemLine): string {
  const rule = problem.ruleId ? ` [${problem.ruleId}]` : "";
  return `${problem.path}:${problem.line}:${problem.column}: ${problem.severity} ${problem.message}${rule}`;
}
