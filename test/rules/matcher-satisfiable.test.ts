import { describe, expect, it } from "vitest";
import rule from "../../rules/matcher-satisfiable.js";
import { runRule } from "./rule-tester.js";

const PATH = "pipelines/p.yaml";
const CONFIG = "fleetlint.config.yaml";

function definition(...lines: string[]): string {
  return `name: p\nmatchers:\n${lines.map((l) => `  - ${l}\n`).join("")}enabled: true\n`;
}

async function lint(...lines: string[]) {
  return runRule(rule, { pipelines: [{ path: PATH, yaml: definition(...lines) }] });
}

function withGlobals(globals: string, ...lines: string[]) {
  const config = { path: CONFIG, yaml: `targets:\n  - root: pipelines\n    globalMatchers: [${globals}]\n` };
  return runRule(rule, { pipelines: [{ path: PATH, yaml: definition(...lines) }], config });
}

describe("matcher-satisfiable", () => {
  it.each<string[]>([
    ["env=prod"],
    ["env=prod", "team=a"],
    ["env=~prod|dev", "env!=dev"],
    ["env!=a", "env!=b"],
    ["'env=\"\"'"],
    ["'env=~\"a*\"'", "env!=a"],
    ["'os=~\"(?i)linux\"'", "os!=linux"],
    ["collector.os=~.+", "collector.os!=windows"],
  ])("accepts %j", async (...lines) => {
    expect(await lint(...lines)).toEqual([]);
  });

  it.each([
    // [matchers, messageId, data, line, column, endColumn, related line]
    [["env=a", "env=b"], "conflict", { matcher: "env=b", other: "'env=a'", name: "env" }, 4, 5, 10, 3],
    [["x=a", "x!=a"], "conflict", { matcher: "x!=a", other: "'x=a'", name: "x" }, 4, 5, 9, 3],
    [["x=a", "'x=~\"b.*\"'"], "conflict", { matcher: 'x=~"b.*"', other: "'x=a'", name: "x" }, 4, 5, 15, 3],
    [["env=~prod|dev", "team=a", "env!~prod|dev|test"], "conflict", { matcher: "env!~prod|dev|test", other: "'env=~prod|dev'", name: "env" }, 5, 5, 23, 3],
    [["'x=~\"[^\\\\s\\\\S]\"'"], "neverMatches", { matcher: 'x=~"[^\\\\s\\\\S]"', name: "x" }, 3, 5, 21, undefined],
    [["x!~.*"], "neverMatches", { matcher: "x!~.*", name: "x" }, 3, 5, 10, undefined],
    [["env=prod", "'env=\"prod\"'"], "duplicate", { matcher: 'env="prod"', other: "'env=prod'" }, 4, 5, 17, 3],
  ])("reports %j", async (lines, messageId, data, line, column, endColumn, relatedLine) => {
    const reports = await lint(...(lines as string[]));
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ messageId, data, line, column, endLine: line, endColumn, file: PATH });
    if (relatedLine) expect(reports[0].relatedLocations).toEqual([expect.objectContaining({ file: PATH, line: relatedLine, column: 5 })]);
  });

  it("names the earlier matcher that clashes, not just the first of the attribute", async () => {
    const reports = await lint("env!=x", "env=~a|b", "env=c");
    expect(reports).toEqual([expect.objectContaining({ messageId: "conflict", data: { matcher: "env=c", other: "'env=~a|b'", name: "env" }, line: 5 })]);
  });

  it("treats a missing attribute as the empty value", async () => {
    expect(await lint("'team=\"\"'", "team!~.+")).toEqual([]);
    expect(await lint("'team=\"\"'", "team=~.+")).toEqual([expect.objectContaining({ messageId: "conflict" })]);
  });

  it("reports a pipeline without matchers at its matchers key, or the start of the file", async () => {
    const keyed = await runRule(rule, { pipelines: [{ path: PATH, yaml: "name: p\nmatchers: []\nenabled: true\n" }] });
    expect(keyed).toEqual([expect.objectContaining({ messageId: "noMatchers", data: { name: "p" }, line: 2, column: 1, endColumn: 9 })]);
    const keyless = await runRule(rule, { pipelines: [{ path: PATH, yaml: "name: p\nenabled: true\n" }] });
    expect(keyless).toEqual([expect.objectContaining({ messageId: "noMatchers", line: 1, column: 1, endColumn: 8 })]);
  });

  it("counts global matchers as matchers of every pipeline", async () => {
    const config = { path: CONFIG, yaml: "targets:\n  - root: pipelines\n    globalMatchers: ['env=prod']\n" };
    const reports = await runRule(rule, { pipelines: [{ path: PATH, yaml: "name: p\nenabled: true\n" }], config });
    expect(reports).toEqual([]);
  });

  it("reports a pipeline matcher that contradicts a global one, with the config as related location", async () => {
    const reports = await withGlobals("'env=prod'", "env=dev");
    expect(reports).toEqual([
      expect.objectContaining({
        messageId: "conflict",
        data: { matcher: "env=dev", other: "'env=prod' (a global matcher of the target)", name: "env" },
        file: PATH,
        line: 3,
        relatedLocations: [expect.objectContaining({ file: CONFIG, line: 3, column: 22 })],
      }),
    ]);
  });

  it("reports a pipeline matcher that repeats a global one", async () => {
    const reports = await withGlobals("'env=prod'", "'env=\"prod\"'");
    expect(reports).toEqual([expect.objectContaining({ messageId: "duplicate", data: { matcher: 'env="prod"', other: "'env=prod' (a global matcher of the target)" }, file: PATH })]);
  });

  it("reports global matchers that contradict each other once, at the config file", async () => {
    const reports = await runRule(rule, {
      pipelines: [
        { path: PATH, yaml: definition("a=b") },
        { path: "pipelines/q.yaml", yaml: definition("c=d") },
      ],
      config: { path: CONFIG, yaml: "targets:\n  - root: pipelines\n    globalMatchers: ['env=prod', 'env=dev']\n" },
    });
    expect(reports).toEqual([expect.objectContaining({ messageId: "conflict", file: CONFIG, line: 3, column: 34, endColumn: 43 })]);
  });

  it("leaves invalid matchers to matcher-valid", async () => {
    expect(await lint("env~prod", "env=a")).toEqual([]);
  });
});
