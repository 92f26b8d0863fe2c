/**
 * GitHub Actions workflow commands. GitHub shows at most 10 error, 10
 * warning and 10 notice annotations per step and silently drops the rest, so
 * we emit the first ten of each (infos are notices), then one notice saying
 * how many were left out; the full list goes in a collapsed log group and,
 * when `$GITHUB_STEP_SUMMARY` is set, in a Markdown table on the job's
 * summary page.
 */
import { appendFileSync } from "node:fs";
import { ERROR, INFO, severityLabel, WARN, type Diagnostic, type FileResult, type Severity } from "../core/diagnostic.js";
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

const COMMAND: Record<Severity, "error" | "warning" | "notice"> = { [ERROR]: "error", [WARN]: "warning", [INFO]: "notice" };

function annotation({ path, message }: Problem, root: string): string {
  const level = COMMAND[message.severity];
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
  const severity = severityLabel(message.severity);
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
  const total: Record<Severity, number> = { [ERROR]: 0, [WARN]: 0, [INFO]: 0 };
  for (const problem of problems) total[problem.message.severity]++;
  const overflows = total[ERROR] > ANNOTATION_LIMIT || total[WARN] > ANNOTATION_LIMIT || total[INFO] > ANNOTATION_LIMIT;
  // The overflow message is a notice too: it takes one of the ten notice slots.
  const limit: Record<Severity, number> = { [ERROR]: ANNOTATION_LIMIT, [WARN]: ANNOTATION_LIMIT, [INFO]: overflows ? ANNOTATION_LIMIT - 1 : ANNOTATION_LIMIT };
  const shown: Record<Severity, number> = { [ERROR]: 0, [WARN]: 0, [INFO]: 0 };
  for (const problem of problems) {
    const severity = problem.message.severity;
    if (shown[severity] < limit[severity]) {
      shown[severity]++;
      lines.push(annotation(problem, root));
    }
  }
  if (overflows) {
    const left = (severity: Severity, word: string): string => (total[severity] > shown[severity] ? plural(total[severity] - shown[severity], word) : "");
    const parts = [left(ERROR, "error"), left(WARN, "warning"), left(INFO, "info")].filter(Boolean);
    lines.push(
      `::notice title=fleetlint::${escapeData(
        `${joinAnd(parts)} not annotated: GitHub shows at most ${ANNOTATION_LIMIT} errors, ${ANNOTATION_LIMIT} warnings and ${ANNOTATION_LIMIT} notices per step. See the job summary or the fleetlint log.`,
      )}`,
    );
  }
  lines.push(`::group::fleetlint: ${plural(problems.length, "problem")}`);
  for (const problem of problems) lines.push(plainLine(problem));
  lines.push("::endgroup::");
  return `${lines.join("\n")}\n`;
}

function joinAnd(parts: string[]): string {
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}

/** The Markdown job summary: totals and one table row per problem (capped). */
export function jobSummary(results: FileResult[], context: FormatContext): string {
  const problems = problemsOf(results, reportRoot(context.cwd, context.actions?.workspace));
  const errors = problems.filter((p) => p.message.severity === ERROR).length;
  const warnings = problems.filter((p) => p.message.severity === WARN).length;
  const infos = problems.length - errors - warnings;
  const lines = ["### fleetlint", ""];
  if (problems.length === 0) {
    lines.push(`No problems in ${plural(results.length, "file")}.`, "");
    return lines.join("\n");
  }
  const withProblems = results.filter((r) => r.messages.length > 0).length;
  const counts = [plural(errors, "error"), plural(warnings, "warning"), ...(infos > 0 ? [plural(infos, "info")] : [])];
  lines.push(`**${counts.join(", ")}** in ${plural(withProblems, "file")} (${results.length} checked).`, "");
  lines.push("| File | Line | Severity | Rule | Message |", "| --- | --- | --- | --- | --- |");
  for (const { path, message } of problems.slice(0, SUMMARY_ROW_LIMIT)) {
    const url = message.ruleId ? context.rulesMeta[message.ruleId]?.docs.url : undefined;
    const rule = message.ruleId ? (url ? `[${cell(message.ruleId)}](${url})` : cell(message.ruleId)) : "";
    const where = message.line >= 1 ? `${message.line}:${message.column}` : "";
    lines.push(`| \`${cell(path)}\` | ${where} | ${severityLabel(message.severity)} | ${rule} | ${cell(message.message)} |`);
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
