/**
 * The default format. On a colour terminal: problems grouped by file, each
 * with a code frame (the source line, a caret and tildes under the range),
 * related locations, a help line and the rule's docs link. Without colour
 * (not a TTY, NO_COLOR, --no-color): one line per problem,
 *   path:line:col: severity message [rule-id]
 * which editors and CI problem matchers read. Both end with ESLint's summary.
 */
import pc from "picocolors";
import { ERROR, INFO, severityLabel, WARN, type Diagnostic, type FileResult } from "../core/diagnostic.js";
import { neutralize, neutralizeInPlace } from "../core/neutralize.js";
import { formatProblemLine } from "../core/problem-line.js";
import { displayPath, infoCount, pluralize, type FormatContext } from "./index.js";

type Colors = ReturnType<typeof pc.createColors>;

/** Errors red, warnings yellow, infos cyan (the colours of the summary line too). */
function paintFor(severity: Diagnostic["severity"], c: Colors): (text: string) => string {
  return severity === ERROR ? c.red : severity === WARN ? c.yellow : c.cyan;
}

function lineOf(source: string | undefined, line: number): string | undefined {
  if (source === undefined) return undefined;
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = source.indexOf("\n", start);
    if (next === -1) return undefined;
    start = next + 1;
  }
  const end = source.indexOf("\n", start);
  return source.slice(start, end === -1 ? undefined : end).replace(/\r$/, "");
}

/** Spaces under the line up to a column, keeping tabs so the caret lines up. */
function padTo(text: string, column: number): string {
  return text.slice(0, Math.max(0, column - 1)).replace(/[^\t]/g, " ");
}

function underline(m: Diagnostic, text: string): string {
  const lastColumn = text.length + 1;
  const start = Math.min(m.column, lastColumn);
  const end = m.endLine === m.line ? Math.min(m.endColumn, lastColumn) : lastColumn;
  const width = Math.max(1, end - start);
  return padTo(text, start) + "^" + "~".repeat(width - 1);
}

function frame(m: Diagnostic, result: FileResult, context: FormatContext, c: Colors, gutter: number): string[] {
  const lines: string[] = [];
  const bar = c.dim("|");
  const pad = " ".repeat(gutter);
  lines.push(`  ${pad}${c.blue("-->")} ${displayPath(result.filePath, context.cwd)}:${m.line}:${m.column}`);
  // The file's own text: escapes in it are shown, not obeyed.
  const raw = lineOf(result.source, m.line);
  const text = raw === undefined ? undefined : neutralizeInPlace(raw);
  if (text !== undefined && (result.source ?? "") !== "") {
    const mark = paintFor(m.severity, c);
    lines.push(`  ${c.dim(String(m.line).padStart(gutter))} ${bar} ${text}`);
    lines.push(`  ${pad} ${bar} ${mark(underline(m, text))}`);
  }
  for (const r of m.related ?? []) {
    lines.push(`  ${pad} ${c.dim("=")} ${c.bold("related")}: ${displayPath(r.filePath, context.cwd)}:${r.line}:${r.column}: ${neutralize(r.message)}`);
  }
  if (m.help) lines.push(`  ${pad} ${c.dim("=")} ${c.bold("help")}: ${m.help}`);
  for (const s of m.suggestions ?? []) lines.push(`  ${pad} ${c.dim("=")} ${c.bold("suggestion")}: ${s.desc}`);
  const url = m.ruleId ? context.rulesMeta[m.ruleId]?.docs.url : undefined;
  if (url) lines.push(`  ${pad} ${c.dim("=")} ${c.bold("docs")}: ${c.dim(url)}`);
  return lines;
}

function pretty(results: FileResult[], context: FormatContext, c: Colors): string[] {
  const out: string[] = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    out.push(c.underline(displayPath(result.filePath, context.cwd)));
    const gutter = Math.max(...result.messages.map((m) => String(m.line).length));
    for (const m of result.messages) {
      const severity = paintFor(m.severity, c)(severityLabel(m.severity));
      const rule = m.ruleId ? `  ${c.dim(m.ruleId)}` : "";
      out.push(`  ${severity}  ${neutralize(m.message)}${rule}`);
      out.push(...frame(m, result, context, c, gutter));
      out.push("");
    }
  }
  return out;
}

function plain(results: FileResult[], context: FormatContext): string[] {
  const out: string[] = [];
  for (const result of results) {
    const path = displayPath(result.filePath, context.cwd);
    for (const m of result.messages) {
      out.push(formatProblemLine({ path, line: m.line, column: m.column, severity: severityLabel(m.severity), message: neutralize(m.message), ruleId: m.ruleId }));
    }
  }
  return out;
}

function summary(results: FileResult[], c: Colors): string[] {
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  let infos = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    fixableErrors += r.fixableErrorCount;
    fixableWarnings += r.fixableWarningCount;
    infos += infoCount(r);
  }
  const total = errors + warnings + infos;
  if (total === 0) return [];
  const paint = paintFor(errors > 0 ? ERROR : warnings > 0 ? WARN : INFO, c);
  // Infos are named only when there are some, so ESLint's line is unchanged otherwise.
  const counts = [pluralize(errors, "error"), pluralize(warnings, "warning"), ...(infos > 0 ? [pluralize(infos, "info")] : [])];
  const mark = errors + warnings > 0 ? "\u2716" : "\u2139";
  const lines = [paint(c.bold(`${mark} ${pluralize(total, "problem")} (${counts.join(", ")})`))];
  if (fixableErrors + fixableWarnings > 0) {
    lines.push(
      paint(
        c.bold(
          `  ${pluralize(fixableErrors, "error")} and ${pluralize(fixableWarnings, "warning")} potentially fixable with the \`--fix\` option.`,
        ),
      ),
    );
  }
  return lines;
}

export default function format(results: FileResult[], context: FormatContext): string {
  const c = pc.createColors(context.color);
  const body = context.color ? pretty(results, context, c) : plain(results, context);
  const tail = summary(results, c);
  if (tail.length === 0) return "";
  if (!context.color) return `${[...body, "", ...tail].join("\n")}\n`;
  return `${[...body, ...tail].join("\n")}\n`;
}
