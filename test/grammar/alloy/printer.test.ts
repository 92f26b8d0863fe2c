/**
 * The printer's layout rules, one behaviour per case (reference/alloy-syntax.md
 * §4): each input is parsed with our parser and printed; the expected text is
 * what `alloy fmt` prints for it.
 */
import { describe, expect, it } from "vitest";
import { MAX_NESTING_DEPTH, parseFile } from "../../../grammar/alloy/index.js";
import { printFile } from "../../../grammar/alloy/printer.js";
import { formatSource } from "../../../grammar/alloy/format.js";

function fmt(source: string | Uint8Array): string {
  const parsed = parseFile(source);
  expect(parsed.diagnostics).toEqual([]);
  return printFile(parsed.ast!, parsed.text).text;
}

describe("printer layout", () => {
  it.each([
    ["empty file", "", "\n"],
    ["only whitespace", "  \n\n\t\n", "\n"],
    ["tab indentation, original indentation ignored", "   a {\n  b = 1\n }\n", "a {\n\tb = 1\n}\n"],
    ["aligns = in a run of single-line attributes", "a = 1\nlonger = 2\nbb = 3\n", "a      = 1\nlonger = 2\nbb     = 3\n"],
    ["a blank line ends the alignment run", "a = 1\n\n\nlonger = 2\n", "a = 1\n\nlonger = 2\n"],
    [
      "a multi-line attribute ends the run after its first line",
      "a = 1\nbbb = [\n1,\n]\nc = 2\ndddd = 3\n",
      "a   = 1\nbbb = [\n\t1,\n]\nc    = 2\ndddd = 3\n",
    ],
    ["empty block", 'a "x" {}\n', 'a "x" { }\n'],
    ["empty block spanning lines", "a {\n\n}\n", "a { }\n"],
    ["one-line block is expanded", "logging { level = \"debug\" }\n", 'logging {\n\tlevel = "debug"\n}\n'],
    ["blank line before every block but the first", "a {}\nb {}\nc = 1\nd {}\n", "a { }\n\nb { }\nc = 1\n\nd { }\n"],
    ["no blank line after a block ending in a trailing comment", "a {} // x\nb {}\n", "a { } // x\nb { }\n"],
    ["empty label is dropped", 'a "" {}\n', "a { }\n"],
    ["spaces around binary operators, none after unary", "a = 1+2*-  3\nb = - - 1\nc = !x\n", "a = 1 + 2 * -3\nb = --1\nc = !x\n"],
    ["binary expressions are joined onto one line", "a = 1 +\n  2\n", "a = 1 + 2\n"],
    ["a space keeps NUMBER and . apart", "a = 1 .b\nb = (1).b\nc = [1][0]\n", "a = 1 .b\nb = (1).b\nc = [1][0]\n"],
    ["inline lists", "a = [ 1,2 , 3 ]\nb = {x=1,y=2}\nc = f( 1,2 )\n", "a = [1, 2, 3]\nb = {x = 1, y = 2}\nc = f(1, 2)\n"],
    ["closer on its own line: trailing comma", "a = [1,\n2,\n]\n", "a = [1,\n\t2,\n]\n"],
    ["closer on the last element's line: no trailing comma", "a = [1,\n2]\n", "a = [1,\n\t2]\n"],
    ["elements on one source line stay together", "a = [\n1, 2,\n3,\n]\n", "a = [\n\t1, 2,\n\t3,\n]\n"],
    ["empty multi-line array collapses", "a = [\n\n]\n", "a = []\n"],
    [
      "multi-line object aligns its fields",
      "a = {\nx = 1,\nlonger = 2,\n}\n",
      "a = {\n\tx      = 1,\n\tlonger = 2,\n}\n",
    ],
    ["odd but faithful: b aligned under {a", "o = {a = 1,\nb = 2, c = 3}\n", "o = {a = 1,\n\tb    = 2, c = 3}\n"],
    ["multi-line call arguments", "a = f(1,\n2,\n)\n", "a = f(1,\n\t2,\n)\n"],
    ["literals are verbatim", "a = 007\nb = 1.\nc = \"\\x41\"\nd = `r\n  aw`\n", "a = 007\nb = 1.\nc = \"\\x41\"\nd = `r\n  aw`\n"],
    ["backtick key becomes double-quoted", "a = {`k` = 1}\n", 'a = {"k" = 1}\n'],
    ["trailing comments align", "a = 1 // one\nlonger = 2 // two\n", "a      = 1 // one\nlonger = 2 // two\n"],
    ["own-line comment indented like what follows", "a {\n// c\n    b = 1\n}\n", "a {\n\t// c\n\tb = 1\n}\n"],
    ["comment between tokens", "a = /* x */ 1\n", "a = /* x */ 1\n"],
    ["comments at the end of the file", "a = 1\n\n\n// end\n", "a = 1\n\n// end\n"],
    ["comment keeps its own trailing spaces", "// note   \na = 1\n", "// note   \na = 1\n"],
  ])("%s", (_name, input, expected) => {
    expect(fmt(input)).toBe(expected);
  });

  it("removes a BOM and CR characters", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("a {\r\n\tb = 1\r\n}\r\n")]);
    expect(fmt(bytes)).toBe("a {\n\tb = 1\n}\n");
  });

  it("re-quotes labels with Go %q", () => {
    expect(fmt('a "métrica" {}\n')).toBe('a "métrica" { }\n');
  });

  it("reproduces alloy fmt's trailing comma in an empty call split over lines", () => {
    // Go checks the closing paren's line without checking for arguments.
    expect(fmt("a = f(\n)\n")).toBe("a = f(,\n)\n");
  });

  it("reproduces non-idempotence: a collapsed array joins an alignment run only on the second pass", () => {
    const once = fmt("a = [\n]\nlonger = 1\n");
    expect(once).toBe("a = []\nlonger = 1\n");
    expect(fmt(once)).toBe("a      = []\nlonger = 1\n");
  });
});

describe("large inputs", () => {
  it("aligns a line with tens of thousands of cells without deep recursion", () => {
    const fields = Array.from({ length: 30000 }, (_, i) => `k${i}=${i}`);
    const out = fmt(`a = {${fields.join(",")}}\n`);
    expect(out.startsWith("a = {k0 = 0, k1 = 1, ")).toBe(true);
    expect(out.endsWith("k29999 = 29999}\n")).toBe(true);
  });

  it("prints the deepest nesting the parser accepts", () => {
    const depth = MAX_NESTING_DEPTH - 1;
    expect(fmt(`a = ${"[".repeat(depth)}${"]".repeat(depth)}\n`)).toBe(`a = ${"[".repeat(depth)}${"]".repeat(depth)}\n`);
    expect(fmt(`${"b {\n".repeat(depth)}${"}\n".repeat(depth)}`).split("\n")).toHaveLength(2 * depth);
  });
});

describe("escaped object keys (the one deliberate difference)", () => {
  it("keeps a double-quoted key's escapes and warns", () => {
    const parsed = parseFile('a = {"x\\"y" = 1}\n');
    const result = printFile(parsed.ast!, parsed.text);
    expect(result.text).toBe('a = {"x\\"y" = 1}\n');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0].start).toMatchObject({ line: 1, column: 6 });
    expect(result.warnings[0].message).toContain('"x\\\\\\"y"');
  });

  it("prints what alloy fmt prints when asked to", () => {
    const parsed = parseFile('a = {"x\\"y" = 1}\n');
    expect(printFile(parsed.ast!, parsed.text, { escapedKeys: "alloy" })).toEqual({
      text: 'a = {"x\\\\\\"y" = 1}\n',
      warnings: [],
    });
  });

  it("does not warn for keys %q leaves meaning-preserving", () => {
    const parsed = parseFile('a = {"plain" = 1, `raw\\key` = 2}\n');
    const result = printFile(parsed.ast!, parsed.text);
    expect(result).toEqual({ text: 'a = {"plain" = 1, "raw\\\\key" = 2}\n', warnings: [] });
  });
});

describe("formatSource", () => {
  it("formats valid input", () => {
    expect(formatSource("a=1")).toMatchObject({ formatted: "a = 1\n", diagnostics: [], warnings: [] });
  });

  it("returns diagnostics and no text for invalid input", () => {
    const result = formatSource("a = \n");
    expect(result.formatted).toBeNull();
    expect(result.diagnostics[0].message).toBe("expected expression, got EOF");
  });
});
