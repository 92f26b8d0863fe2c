/**
 * JUnit XML for CI systems that render test reports (GitLab, Jenkins,
 * Bitbucket): one testsuite per file, one failing testcase per problem, and a
 * single passing testcase for a clean file so it still counts as checked.
 * Warnings are failures of type "warning", as ESLint's junit formatter does.
 * An info is a passing testcase with the problem in its `system-out`: it is
 * shown with the report but never turns a CI test view red.
 */
import { INFO, severityLabel, type Diagnostic, type FileResult } from "../core/diagnostic.js";
import type { FormatContext } from "./index.js";
import { repoRelative } from "./sarif.js";

// eslint-disable-next-line no-control-regex -- matching the characters XML forbids is the point
const MAYBE_NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex -- as above
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\r": "&#13;", "\n": "&#10;", "\t": "&#9;" };

/**
 * Escapes text for XML content or a double-quoted attribute. Characters XML
 * 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF)
 * become U+FFFD so a stray byte in a message never breaks the report.
 */
export function escapeXml(text: string): string {
  // The cheap test first: the exact one (with lookarounds for surrogate pairs) is slow.
  const valid = MAYBE_NOT_XML.test(text) ? text.replace(NOT_XML, "\uFFFD") : text;
  return valid.replace(/[&<>"'\r\n\t]/g, (c) => ENTITIES[c]);
}

function testcase(path: string, message: Diagnostic, cwd: string): string {
  const rule = message.ruleId ?? "fleetlint";
  const where = message.line >= 1 ? `${message.line}:${message.column}` : "";
  const type = severityLabel(message.severity);
  const related = (message.related ?? []).map((r) => `\n${repoRelative(r.filePath, cwd)}:${r.line}:${r.column}: ${r.message}`).join("");
  const body = `${path}${where ? `:${where}` : ""}: ${type} ${message.message} (${rule})${related}`;
  const outcome =
    message.severity === INFO
      ? `      <system-out>${escapeXml(body)}</system-out>`
      : `      <failure type="${type}" message="${escapeXml(message.message)}">${escapeXml(body)}</failure>`;
  return [
    `    <testcase classname="${escapeXml(path)}" name="${escapeXml(`${rule}${where ? ` at ${where}` : ""}`)}" time="0">`,
    outcome,
    "    </testcase>",
  ].join("\n");
}

export default function format(results: FileResult[], context: FormatContext): string {
  let tests = 0;
  let failures = 0;
  const suites: string[] = [];
  for (const file of results) {
    const path = repoRelative(file.filePath, context.cwd);
    const count = Math.max(1, file.messages.length);
    const failed = file.messages.filter((m) => m.severity !== INFO).length;
    tests += count;
    failures += failed;
    const cases = file.messages.length
      ? file.messages.map((m) => testcase(path, m, context.cwd))
      : [`    <testcase classname="${escapeXml(path)}" name="fleetlint" time="0"/>`];
    suites.push(
      `  <testsuite name="${escapeXml(path)}" tests="${count}" failures="${failed}" errors="0" skipped="0" time="0">`,
      ...cases,
      "  </testsuite>",
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="fleetlint" tests="${tests}" failures="${failures}" errors="0" time="0">`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
}
