/** Stylish code frames print the file's own text: escapes in it must be shown, not obeyed, and the caret must still line up. */
import { describe, expect, it } from "vitest";
import { fileResult } from "../../src/core/diagnostic.js";
import { neutralizeInPlace } from "../../src/core/neutralize.js";
import stylish from "../../src/report/stylish.js";

const context = { cwd: "/repo", color: true, rulesMeta: {} };
// eslint-disable-next-line no-control-regex -- removing the frame's own colours is the point
const uncolored = (text: string) => text.replace(/\u001b\[\d+m/g, "");

describe("code frames", () => {
  it("show control characters, ANSI escapes and bidi overrides as one visible character each", () => {
    expect(neutralizeInPlace("a\u001b[2Jb\u0007c\u007fd\u009be\u202ef\tg")).toBe("a\u241b[2Jb\u2407c\u2421d\ufffde\ufffdf\tg");
  });

  it("keep the caret under the range when the line holds an escape", () => {
    const source = 'name: "\u001b[31mred"\nenabled: true\n';
    const result = fileResult("/repo/a.yaml", [{ ruleId: "x", severity: 2, message: "bad name", line: 1, column: 7, endLine: 1, endColumn: 17 }], source);
    const out = stylish([result], context);
    const lines = uncolored(out).split("\n");
    const at = lines.findIndex((l) => l.includes("| name:"));
    expect(lines[at]).toBe('  1 | name: "\u241b[31mred"');
    expect(lines[at + 1]).toBe("    |       ^~~~~~~~~~");
    // The only escapes left are the frame's own colours.
    expect(uncolored(out)).not.toContain("\u001b");
  });
});

describe("JSON reports", () => {
  it("escape what JSON.stringify leaves raw (DEL, C1 controls, bidi marks) and keep the value", async () => {
    const { default: json } = await import("../../src/report/json.js");
    const message = "name \u009b31m \u007f \u202e end \u2028";
    const result = fileResult("/repo/a.yaml", [{ ruleId: "x", severity: 2, message, line: 1, column: 1, endLine: 1, endColumn: 2 }], "");
    const text = json([result], context);
    expect(text).not.toMatch(/[\u007f-\u009f\u202e\u2028]/);
    expect(text).toContain("name \\u009b31m \\u007f \\u202e end \\u2028");
    expect((JSON.parse(text) as { messages: { message: string }[] }[])[0].messages[0].message).toBe(message);
  });
});
