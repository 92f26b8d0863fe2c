import { describe, expect, it } from "vitest";
import rule from "../../rules/matcher-valid.js";
import { lintProject } from "../../src/engine/index.js";
import { tempRepo } from "../repo/temp-repo.js";
import { runRule } from "./rule-tester.js";

const PATH = "pipelines/p.yaml";

/** A definition whose matchers list is `lines` (already YAML scalars), starting on line 3. */
function definition(...lines: string[]): string {
  return `name: p\nmatchers:\n${lines.map((l) => `  - ${l}\n`).join("")}enabled: true\n`;
}

async function lint(...lines: string[]) {
  return runRule(rule, { pipelines: [{ path: PATH, yaml: definition(...lines) }] });
}

describe("matcher-valid", () => {
  it.each([
    "env=prod",
    "collector.os!=windows",
    "'namespace=~\"dev|staging\"'",
    "'team!~\"team-.*\"'",
    "collector.version=~v1.2.0|v1.3.0",
    "collector.ID=abc",
    "'{env=prod}'",
    "'\"quoted key\"=\"a b\"'",
    `k=${"v".repeat(150)}`,
  ])("accepts %s", async (line) => {
    expect(await lint(line)).toEqual([]);
  });

  it.each([
    // [scalar, messageId, data, line, column, endColumn]
    ["foo~bar", "invalid", { matcher: "foo~bar", reason: 'expected an operator (=, !=, =~, !~) after "foo", found the reserved character "~" (quote the text to use it)' }, 3, 8, 9],
    ["foo", "invalid", { matcher: "foo", reason: 'expected an operator (=, !=, =~, !~) after "foo", found the end of the input' }, 3, 7, 8],
    ["'env=a b'", "invalid", { matcher: "env=a b", reason: 'expected a comma or the end of the matcher, found "b"' }, 3, 12, 13],
    ["'a=b,c=d'", "invalid", { matcher: "a=b,c=d", reason: "expected exactly one matcher, found 2: write each one as its own list item" }, 3, 10, 13],
    ["'x=~\"(?=a)\"'", "invalid", { matcher: 'x=~"(?=a)"', reason: 'invalid RE2 regex "(?=a)": invalid or unsupported Perl syntax: `(?=`' }, 3, 9, 16],
    ["'x=~\"(a)\\\\1\"'", "invalid", { matcher: 'x=~"(a)\\\\1"', reason: 'invalid RE2 regex "(a)\\\\1": invalid escape sequence: `\\1`' }, 3, 9, 17],
    ["'x=~\"(a)\\1\"'", "invalid", { matcher: 'x=~"(a)\\1"', reason: 'invalid quoted value "(a)\\1": expected Go string escapes (\\n, \\t, \\", \\\\, \\xNN, \\uNNNN) that decode to valid UTF-8' }, 3, 9, 16],
    ["''", "invalid", { matcher: "", reason: "expected a matcher such as env=prod, found none" }, 3, 5, 7],
    ["collector.hostname=web-1", "reservedAttribute", { name: "collector.hostname" }, 3, 5, 23],
    ["collector.id=abc", "reservedAttributeCase", { name: "collector.id", suggestion: "collector.ID" }, 3, 5, 17],
    [`k=${"v".repeat(151)}`, "valueTooLong", { name: "k", length: 151, limit: 150 }, 3, 7, 158],
    [`${"k".repeat(101)}=v`, "nameTooLong", { name: `${"k".repeat(20)}...`, length: 101, limit: 100 }, 3, 5, 106],
  ])("reports %s", async (line, messageId, data, lineNo, column, endColumn) => {
    const reports = await lint(line as string);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ messageId, data, line: lineNo, column, endLine: lineNo, endColumn, file: PATH });
  });

  it.each([
    ["collector.id=abc", "  - collector.ID=abc"],
    ["'\"collector.id\"=abc'", "  - '\"collector.ID\"=abc'"],
  ])("suggests the reserved attribute's exact case for %s", async (line, fixed) => {
    const [report] = await lint(line);
    expect(report.suggestions).toEqual([{ desc: 'Change to "collector.ID"', text: "collector.ID" }]);
    const dir = tempRepo({ "p.yaml": definition(line), "p.alloy": 'prometheus.exporter.self "s" { }\n' });
    const [result] = (await lintProject({ cwd: dir, rules: [rule] })).results.filter((r) => r.messages.length > 0);
    const [s] = result.messages[0].suggestions!;
    const edited = result.source!.slice(0, s.fix.range[0]) + s.fix.text + result.source!.slice(s.fix.range[1]);
    expect(edited.split("\n")[2]).toBe(fixed);
  });

  it("reports a matcher over 200 characters on the whole entry", async () => {
    const long = `${"k".repeat(60)}=${"v".repeat(140)}`; // 201 characters, name and value within their limits
    const reports = await lint(long);
    expect(reports.map((r) => r.messageId)).toEqual(["tooLong"]);
    expect(reports[0]).toMatchObject({ data: { length: 201, limit: 200 }, line: 3, column: 5, endColumn: 5 + long.length });
  });

  it("points at the offending part on the right line among several matchers", async () => {
    const reports = await lint("env=prod", "'team!!=a'", "os=linux");
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ messageId: "invalid", line: 4, column: 10, endColumn: 11 });
  });

  it("checks the target's global matchers in the config file", async () => {
    const config = { path: "fleetlint.config.yaml", yaml: "targets:\n  - root: pipelines\n    globalMatchers: ['env=prod', 'collector.Os=linux']\n" };
    const reports = await runRule(rule, { pipelines: [{ path: PATH, yaml: definition("a=b") }], config });
    expect(reports).toEqual([
      expect.objectContaining({ messageId: "reservedAttributeCase", file: config.path, line: 3, column: 35, endColumn: 47 }),
    ]);
  });

  it("reports global matchers at the config's first line when their positions are unknown", async () => {
    const reports = await runRule(rule, { pipelines: [{ path: PATH, yaml: definition("a=b") }], globalMatchers: ["env prod"] });
    expect(reports).toEqual([
      expect.objectContaining({ messageId: "invalid", data: expect.objectContaining({ matcher: "env prod" }), file: "fleetlint.config.yaml", line: 1, column: 1 }),
    ]);
  });
});
