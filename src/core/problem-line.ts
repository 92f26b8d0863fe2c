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

export type ProblemSeverity = SeverityLabel;

export interface ProblemLine {
  /** As shown to the user (usually relative to the working directory). */
  path: string;
  line: number;
  column: number;
  severity: ProblemSeverity;
  message: string;
  ruleId?: string | null;
}

export function formatProblemLine(problem: ProblemLine): string {
  const rule = problem.ruleId ? ` [${problem.ruleId}]` : "";
  return `${problem.path}:${problem.line}:${problem.column}: ${problem.severity} ${problem.message}${rule}`;
}

/** A message as one line: a multi-line message would break `path:line:col` parsers. */
export function oneLine(message: string): string {
  return message.replace(/\s*\r?\n\s*/g, " ");
}
