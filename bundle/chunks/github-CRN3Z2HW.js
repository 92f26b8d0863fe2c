import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  repoRelative,
  reportRoot
} from "./chunk-NXSLOGHJ.js";
import {
  pluralize
} from "./chunk-E5YUU5EX.js";
import {
  ERROR,
  INFO,
  WARN,
  severityLabel
} from "./chunk-YYNP75G5.js";
import {
  neutralize,
  neutralizeBlock
} from "./chunk-MUIKWUQD.js";
import "./chunk-PWOCY44R.js";
import "./chunk-HTDSFYMP.js";

// dist/src/report/github.js
import { appendFileSync } from "node:fs";
var ANNOTATION_LIMIT = 10;
var SUMMARY_ROW_LIMIT = 500;
function escapeData(value) {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function problemsOf(results, root) {
  const problems = [];
  for (const file of results) {
    const path = repoRelative(file.filePath, root);
    for (const message of file.messages)
      problems.push({ path, message });
  }
  return problems;
}
var COMMAND = { [ERROR]: "error", [WARN]: "warning", [INFO]: "notice" };
function annotation({ path, message }, root) {
  const level = COMMAND[message.severity];
  const props = [`file=${escapeProperty(neutralize(path))}`];
  if (message.line >= 1) {
    props.push(`line=${message.line}`);
    const endLine = Math.max(message.line, message.endLine || message.line);
    props.push(`endLine=${endLine}`);
    if (endLine === message.line && message.column >= 1) {
      props.push(`col=${message.column}`);
      props.push(`endColumn=${Math.max(message.column, message.endColumn || message.column)}`);
    }
  }
  props.push(`title=${escapeProperty(message.ruleId ? `fleetlint (${message.ruleId})` : "fleetlint")}`);
  const related = (message.related ?? []).map((r) => `
${repoRelative(r.filePath, root)}:${r.line}:${r.column}: ${r.message}`);
  return `::${level} ${props.join(",")}::${escapeData(neutralizeBlock(message.message + related.join("")))}`;
}
function plainLine({ path, message }) {
  const shownPath = neutralize(path);
  const where = message.line >= 1 ? `${shownPath}:${message.line}:${message.column}` : shownPath;
  const severity = severityLabel(message.severity);
  const text = neutralizeBlock(message.message).replace(/\r?\n/g, "\n  | ");
  return `${where}: ${severity} ${text}${message.ruleId ? ` (${message.ruleId})` : ""}`;
}
function annotations(results, context) {
  const root = reportRoot(context.cwd, context.actions?.workspace);
  const problems = problemsOf(results, root);
  if (problems.length === 0)
    return "";
  const lines = [];
  const total = { [ERROR]: 0, [WARN]: 0, [INFO]: 0 };
  for (const problem of problems)
    total[problem.message.severity]++;
  const overflows = total[ERROR] > ANNOTATION_LIMIT || total[WARN] > ANNOTATION_LIMIT || total[INFO] > ANNOTATION_LIMIT;
  const limit = { [ERROR]: ANNOTATION_LIMIT, [WARN]: ANNOTATION_LIMIT, [INFO]: overflows ? ANNOTATION_LIMIT - 1 : ANNOTATION_LIMIT };
  const shown = { [ERROR]: 0, [WARN]: 0, [INFO]: 0 };
  for (const problem of problems) {
    const severity = problem.message.severity;
    if (shown[severity] < limit[severity]) {
      shown[severity]++;
      lines.push(annotation(problem, root));
    }
  }
  if (overflows) {
    const left = (severity, word) => total[severity] > shown[severity] ? pluralize(total[severity] - shown[severity], word) : "";
    const parts = [left(ERROR, "error"), left(WARN, "warning"), left(INFO, "info")].filter(Boolean);
    lines.push(`::notice title=fleetlint::${escapeData(`${joinAnd(parts)} not annotated: GitHub shows at most ${ANNOTATION_LIMIT} errors, ${ANNOTATION_LIMIT} warnings and ${ANNOTATION_LIMIT} notices per step. See the job summary or the fleetlint log.`)}`);
  }
  lines.push(`::group::fleetlint: ${pluralize(problems.length, "problem")}`);
  for (const problem of problems)
    lines.push(plainLine(problem));
  lines.push("::endgroup::");
  return `${lines.join("\n")}
`;
}
function joinAnd(parts) {
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
function cell(text) {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
function jobSummary(results, context) {
  const problems = problemsOf(results, reportRoot(context.cwd, context.actions?.workspace));
  const errors = problems.filter((p) => p.message.severity === ERROR).length;
  const warnings = problems.filter((p) => p.message.severity === WARN).length;
  const infos = problems.length - errors - warnings;
  const lines = ["### fleetlint", ""];
  if (problems.length === 0) {
    lines.push(`No problems in ${pluralize(results.length, "file")}.`, "");
    return lines.join("\n");
  }
  const withProblems = results.filter((r) => r.messages.length > 0).length;
  const counts = [pluralize(errors, "error"), pluralize(warnings, "warning"), ...infos > 0 ? [pluralize(infos, "info")] : []];
  lines.push(`**${counts.join(", ")}** in ${pluralize(withProblems, "file")} (${results.length} checked).`, "");
  lines.push("| File | Line | Severity | Rule | Message |", "| --- | --- | --- | --- | --- |");
  for (const { path, message } of problems.slice(0, SUMMARY_ROW_LIMIT)) {
    const url = message.ruleId ? context.rulesMeta[message.ruleId]?.docs.url : void 0;
    const rule = message.ruleId ? url ? `[${cell(message.ruleId)}](${url})` : cell(message.ruleId) : "";
    const where = message.line >= 1 ? `${message.line}:${message.column}` : "";
    lines.push(`| \`${cell(path)}\` | ${where} | ${severityLabel(message.severity)} | ${rule} | ${cell(message.message)} |`);
  }
  if (problems.length > SUMMARY_ROW_LIMIT)
    lines.push("", `${problems.length - SUMMARY_ROW_LIMIT} more problems are in the fleetlint log.`);
  lines.push("");
  return lines.join("\n");
}
function format(results, context) {
  const summaryFile = context.actions?.stepSummary;
  if (summaryFile)
    appendFileSync(summaryFile, `${jobSummary(results, context)}
`);
  return annotations(results, context);
}
export {
  ANNOTATION_LIMIT,
  SUMMARY_ROW_LIMIT,
  annotations,
  format as default,
  escapeData,
  escapeProperty,
  jobSummary
};
