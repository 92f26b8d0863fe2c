import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  repoRelative
} from "./chunk-NXSLOGHJ.js";
import {
  INFO,
  severityLabel
} from "./chunk-YYNP75G5.js";
import "./chunk-MUIKWUQD.js";
import "./chunk-PWOCY44R.js";
import "./chunk-HTDSFYMP.js";

// dist/src/report/junit.js
var MAYBE_NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
var NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\r": "&#13;", "\n": "&#10;", "	": "&#9;" };
function escapeXml(text) {
  const valid = MAYBE_NOT_XML.test(text) ? text.replace(NOT_XML, "\uFFFD") : text;
  return valid.replace(/[&<>"'\r\n\t]/g, (c) => ENTITIES[c]);
}
function testcase(path, message, cwd) {
  const rule = message.ruleId ?? "fleetlint";
  const where = message.line >= 1 ? `${message.line}:${message.column}` : "";
  const type = severityLabel(message.severity);
  const related = (message.related ?? []).map((r) => `
${repoRelative(r.filePath, cwd)}:${r.line}:${r.column}: ${r.message}`).join("");
  const body = `${path}${where ? `:${where}` : ""}: ${type} ${message.message} (${rule})${related}`;
  const outcome = message.severity === INFO ? `      <system-out>${escapeXml(body)}</system-out>` : `      <failure type="${type}" message="${escapeXml(message.message)}">${escapeXml(body)}</failure>`;
  return [
    `    <testcase classname="${escapeXml(path)}" name="${escapeXml(`${rule}${where ? ` at ${where}` : ""}`)}" time="0">`,
    outcome,
    "    </testcase>"
  ].join("\n");
}
function format(results, context) {
  let tests = 0;
  let failures = 0;
  const suites = [];
  for (const file of results) {
    const path = repoRelative(file.filePath, context.cwd);
    const count = Math.max(1, file.messages.length);
    const failed = file.messages.filter((m) => m.severity !== INFO).length;
    tests += count;
    failures += failed;
    const cases = file.messages.length ? file.messages.map((m) => testcase(path, m, context.cwd)) : [`    <testcase classname="${escapeXml(path)}" name="fleetlint" time="0"/>`];
    suites.push(`  <testsuite name="${escapeXml(path)}" tests="${count}" failures="${failed}" errors="0" skipped="0" time="0">`, ...cases, "  </testsuite>");
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="fleetlint" tests="${tests}" failures="${failures}" errors="0" time="0">`,
    ...suites,
    "</testsuites>",
    ""
  ].join("\n");
}
export {
  format as default,
  escapeXml
};
