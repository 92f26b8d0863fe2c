/**
 * GitHub Actions workflow commands. GitHub shows at most 10 error and 10
 * warning annotations per step and silently drops the rest, so we emit the
 * first ten of each, then one notice saying how many were left out; the full
 * list goes in a collapsed log group and, when `$GITHUB_STEP_SUMMARY` is set,
 * in a Markdown table on the job's summary page.
 */
import { appendFileSync } from "node:fs";
import type { Diagnostic, FileResult } from "../core/diagnostic.js";
import { neutralize, neutralizeBlock } from "../core/neutralize.js";
import { pluralize as plural, type FormatContext } from "./index.js";
import { repoRelative, reportRoot } from "./sarif.js";

/** GitHub's per-step cap for each annotation level. */
export const ANNOTATION_LIMIT = 10;
/** Rows in the job summary; GitHub caps a summary at 1 MiB. */
export const SUMMARY_ROW_LIMIT = 500;

/** Escapes a command's message (toolkit `escapeData`). */
export function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a command property value (toolkit `escapeProperty`). */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

interface Problem {
  path: string;
  message: Diagnostic;
}

function problemsOf(results: FileResult[], root: string): Problem[] {
  const problems: Problem[] = [];
  for (const file of results) {
    const path = repoRelative(file.filePath, root);
    for (const message of file.messages) problems.push({ path, message });
  }
  return problems;
}

function annotation({ path, message }: Problem, root: string): string {
  const level = message.severity === 2 ? "error" : "warning";
  const props = [`file=${escapeProperty(neutralize(path))}`];
  if (message.line >= 1) {
    props.push(`line=${message.line}`);
    const endLine = Math.max(message.line, message.endLine || message.line);
    props.push(`endLine=${endLine}`);
    // Columns only mean something to GitHub on a single-line range.
    if (endLine === message.line && message.column >= 1) {
      props.push(`col=${message.column}`);
      props.push(`endColumn=${Math.max(message.column, message.endColumn || message.column)}`);
    }
  }
  props.push(`title=${escapeProperty(message.ruleId ? `fleetlint (${message.ruleId})` : "fleetlint")}`);
  const related = (message.related ?? []).map((r) => `\n${repoRelative(r.filePath, root)}:${r.line}:${r.column}: ${r.message}`);
  // Messages quote file text and server replies: control characters and ANSI escapes are shown, not obeyed.
  return `::${level} ${props.join(",")}::${escapeData(neutralizeBlock(message.message + related.join("")))}`;
}

function plainLine({ path, message }: Problem): string {
  const shownPath = neutralize(path);
  const where = message.line >= 1 ? `${shownPath}:${message.line}:${message.column}` : shownPath;
  const severity = message.severity === 2 ? "error" : "warning";
  // Continuation lines get a "|" prefix: the runner trims a line before
  // looking for `::`, so a message could otherwise smuggle in a workflow command.
  const text = neutralizeBlock(message.message).replace(/\r?\n/g, "\n  | ");
  return `${where}: ${severity} ${text}${message.ruleId ? ` (${message.ruleId})` : ""}`;
}

/** The workflow-command text: capped annotations, an overflow notice, the full log in a group. */
export function annotations(results: FileResult[], context: FormatContext): string {
  const root = reportRoot(context.cwd, context.actions?.workspace);
  const problems = problemsOf(results, root);
  if (problems.length === 0) return "";
  const lines: string[] = [];
  const shown = { 1: 0, 2: 0 };
  const dropped = { 1: 0, 2: 0 };
  for (const problem of problems) {
    const severity = problem.message.severity;
    if (shown[severity] < ANNOTATION_LIMIT) {
      shown[severity]++;
      lines.push(annotation(problem, root));
    } else {
      dropped[severity]++;
    }
  }
  if (dropped[2] + dropped[1] > 0) {
    const parts = [dropped[2] ? plural(dropped[2], "error") : "", dropped[1] ? plural(dropped[1], "warning") : ""].filter(Boolean);
    lines.push(
      `::notice title=fleetlint::${escapeData(
        `${parts.join(" and ")} not annotated: GitHub shows at most ${ANNOTATION_LIMIT} errors and ${ANNOTATION_LIMIT} warnings per step. See the job summary or the fleetlint log.`,
      )}`,
    );
  }
  lines.push(`::group::fleetlint: ${plural(problems.length, "problem")}`);
  for (const problem of problems) lines.push(plainLine(problem));
  lines.push("::endgroup::");
  return `${lines.join("\n")}\n`;
}

function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}

/** The Markdown job summary: totals and one table row per problem (capped). */
export function jobSummary(results: FileResult[], context: FormatContext): string {
  const problems = problemsOf(results, reportRoot(context.cwd, context.actions?.workspace));
  const errors = problems.filter((p) => p.message.severity === 2).length;
  const warnings = problems.length - errors;
  const lines = ["### fleetlint", ""];
  if (problems.length === 0) {
    lines.push(`No problems in ${plural(results.length, "file")}.`, "");
    return lines.join("\n");
  }
  const withProblems = results.filter((r) => r.messages.length > 0).length;
  lines.push(`**${plural(errors, "error")}, ${plural(warnings, "warning")}** in ${plural(withProblems, "file")} (${results.length} checked).`, "");
  lines.push("| File | Line | Severity | Rule | Message |", "| --- | --- | --- | --- | --- |");
  for (const { path, message } of problems.slice(0, SUMMARY_ROW_LIMIT)) {
    const url = message.ruleId ? context.rulesMeta[message.ruleId]?.docs.url : undefined;
    const rule = message.ruleId ? (url ? `[${cell(message.ruleId)}](${url})` : cell(message.ruleId)) : "";
    const where = message.line >= 1 ? `${message.line}:${message.column}` : "";
    lines.push(`| \`${cell(path)}\` | ${where} | ${message.severity === 2 ? "error" : "warning"} | ${rule} | ${cell(message.message)} |`);
  }
  if (problems.length > SUMMARY_ROW_LIMIT) lines.push("", `${problems.length - SUMMARY_ROW_LIMIT} more problems are in the fleetlint log.`);
  lines.push("");
  return lines.join("\n");
}

export default function format(results: FileResult[], context: FormatContext): string {
  const summaryFile = context.actions?.stepSummary;
  if (summaryFile) appendFileSync(summaryFile, `${jobSummary(results, context)}\n`);
  return annotations(results, context);
}
