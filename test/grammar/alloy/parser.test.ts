import { describe, expect, test } from "vitest";
import { parseExpression, parseFile, type Block, type Expression } from "../../../grammar/alloy/index.js";
import { expressionErrors, fileErrors } from "./helpers.js";

describe("valid files", () => {
  test.each([
    "",
    "// only a comment\n",
    "a = 1",
    "a { b = 1 }",
    'a "" {}',
    "a {\n\n}\n",
    'prometheus.scrape "default" {\n  targets = [{"__address__" = "localhost:9090"}]\n  forward_to = [prometheus.remote_write.default.receiver]\n}\n',
    "a = 1 +\n2",
    "a =\nb",
    "x = [\n  1,\n  2,\n]\n",
    "x = f(\n  1,\n)\n",
    'x = { "a" = 1, `b` = 2, c = 3, "" = 4 }',
    'x = "s".len + [1,2][0] + {a=1}.a + f(1)(2) + 1(2)',
    "x = !!y && --1 || -2 ^ 2 ^ 3",
    "a = 1\r\nb = 2\r\n",
  ])("%j", (source) => {
    expect(fileErrors(source)).toEqual([]);
    expect(parseFile(source).ast).not.toBeNull();
  });
});

describe("AST shape", () => {
  test("blocks keep name fragments, the raw label and brace positions", () => {
    const ast = parseFile('a.b "l\\x" {\n  c = 1\n}').ast;
    // The label is not a valid identifier, so there is no AST; parse a valid one instead.
    expect(ast).toBeNull();
    const file = parseFile('a.b "lbl" {\n  c = 1\n}').ast!;
    const block = file.body[0] as Block;
    expect(block.name).toEqual(["a", "b"]);
    expect(block.label?.value).toBe("lbl");
    expect(block.label?.start).toEqual({ offset: 4, line: 1, column: 5 });
    expect(block.lcurly).toEqual({ offset: 10, line: 1, column: 11 });
    expect(block.rcurly).toEqual({ offset: 20, line: 3, column: 1 });
    expect(block.end.offset).toBe(21);
    expect(block.body[0]).toMatchObject({ type: "Attribute", name: { name: "c" }, value: { type: "Literal", kind: "NUMBER", raw: "1" } });
  });

  test("an explicit empty label is kept with a position", () => {
    const block = parseFile('a "" {}').ast!.body[0] as Block;
    expect(block.label).toMatchObject({ value: "", start: { offset: 2 } });
  });

  test("precedence and associativity follow Go", () => {
    const shape = (e: Expression): string => {
      switch (e.type) {
        case "Binary":
          return `(${shape(e.left)} ${e.op} ${shape(e.right)})`;
        case "Unary":
          return `${e.op}${shape(e.value)}`;
        case "Identifier":
          return e.name;
        case "Literal":
          return e.raw;
        default:
          return e.type;
      }
    };
    const expr = (source: string): string => shape(parseExpression(source).ast!);
    expect(expr("1 + 2 * 3 - 4")).toBe("((1 + (2 * 3)) - 4)");
    expect(expr("2 ^ 3 ^ 2")).toBe("(2 ^ (3 ^ 2))");
    expect(expr("-2 ^ 2")).toBe("(-2 ^ 2)");
    expect(expr("a || b && c == d")).toBe("(a || (b && (c == d)))");
    expect(expr("1 < 2 < 3")).toBe("((1 < 2) < 3)");
  });

  test("object keys: quotes removed, escapes kept, the empty key stays as written", () => {
    const obj = parseExpression('{ a = 1, "b\\"c" = 2, `d` = 3, "" = 4 }').ast!;
    expect(obj.type === "Object" && obj.fields.map((f) => [f.name, f.quoted])).toEqual([
      ["a", false],
      ['b\\"c', true],
      ["d", true],
      ['""', false],
    ]);
  });

  test("comments are grouped like Go's parser groups them", () => {
    const file = parseFile("// a\n// b\n\n// c\nx = 1 /* d */\n").ast!;
    expect(file.comments.map((g) => g.map((c) => c.text))).toEqual([["// a", "// b"], ["// c"], ["/* d */"]]);
  });

  test("parentheses are kept", () => {
    expect(parseExpression("(1)").ast?.type).toBe("Paren");
  });
});

describe("diagnostics and recovery (Go's messages and byte positions)", () => {
  test.each([
    ["a = 1\n+ 2", ["2:1: expected identifier, got +"]],
    ["a = (1\n+ 2)", ["1:7: expected ), got TERMINATOR", "2:4: expected TERMINATOR, got )"]],
    ["a = x[0\n]", ["1:8: expected ], got TERMINATOR", "2:1: expected TERMINATOR, got ]"]],
    ["a = [1, 2\n]", ["1:10: missing ',' in expression list"]],
    ["a { b = 1 c = 2 }", ["1:11: expected TERMINATOR, got IDENT"]],
    ["a {} b {}", ["1:6: expected TERMINATOR, got IDENT"]],
    ["a = 1, b = 2", ["1:6: expected TERMINATOR, got ,"]],
    ["a = { b = 1 c = 2 }", ["1:13: missing ',' in field list"]],
    ['a "l"\n{\n}', ["1:6: expected block body, got TERMINATOR"]],
    ["a\n", ["1:2: expected block label, got TERMINATOR", "2:1: expected attribute assignment or block body, got EOF"]],
    // The second error, at NUMBER on the same line, is de-duplicated away.
    ["a + 1", ["1:3: expected block label, got +"]],
    ['a "x" "y" {}', ["1:7: expected block body, got STRING"]],
    ["a.1 {}", ["1:2: expected block label, got FLOAT"]],
    ["a. {}", ["1:4: expected identifier, got {"]],
    ['a "with space" {}', ['1:3: expected block label to be a valid identifier, but got "with space"']],
    ['a "true" {}', ['1:3: expected block label to be a valid identifier, but got "true"']],
    ["a `l` {}", ['1:3: expected block label to be a double quoted string, but got "`l`"']],
    ['a "x\\ty" {}', ['1:3: expected block label to be a valid identifier, but got "x\\\\ty"']],
    ["a.b = 1", ['1:1: attribute names may only consist of a single identifier with no "."']],
    ['a "x" = 1', ["1:3: attribute names may not have labels"]],
    ['x = foo "bar"', ["1:14: expected {, got TERMINATOR"]],
    ["x = {} {}", ["1:5: cannot use a block as an expression"]],
    ["x = {]", ["1:6: expected }, got ]"]],
    ["a =", ["1:4: expected expression, got EOF"]],
    ["x = +1", ["1:5: expected expression, got +"]],
    ["x = ()", ["1:6: expected expression, got )"]],
    ["x = [,1]", ["1:6: expected expression, got ,"]],
    ["x = f(x = 1)", ["1:9: missing ',' in expression list"]],
    ["x = { true = 1 }", ["1:7: expected field name (string or identifier), got BOOL"]],
    ["x = { b.c = 1 }", ["1:8: expected =, got ."]],
    ['x = {"a": 1}', ["1:9: illegal character U+003A ':'", "1:9: expected =, got ILLEGAL"]],
    ["x = a.true", ["1:7: expected IDENT, got BOOL"]],
    ["}\nb = 2", ["1:1: expected identifier, got }", "2:1: expected TERMINATOR, got IDENT"]],
    ["a = 1;", ["1:6: illegal character U+003B ';'", "1:6: expected TERMINATOR, got ILLEGAL"]],
    ["a = 1 @ 2 @", ["1:7: illegal character U+0040 '@'", "1:7: expected TERMINATOR, got ILLEGAL", "1:11: illegal character U+0040 '@'"]],
    ["x = \"é\" + @", ["1:12: illegal character U+0040 '@'", "1:12: expected expression, got ILLEGAL"]],
  ])("%j", (source, expected) => {
    expect(fileErrors(source)).toEqual(expected);
    expect(parseFile(source).ast).toBeNull();
  });

  test("end positions of the three messages that have one", () => {
    const dotted = parseFile("abc.de = 1").diagnostics[0];
    expect(dotted.end).toMatchObject({ offset: 5, line: 1, column: 6 });
    const labelled = parseFile('a "xy" = 1').diagnostics[0];
    expect(labelled.end).toMatchObject({ offset: 5 });
    const block = parseFile("x = y {\n}").diagnostics[0];
    expect(block.start).toMatchObject({ offset: 4 });
    expect(block.end).toMatchObject({ line: 2, column: 1 });
  });

  test("errors on one line are de-duplicated, earliest first", () => {
    expect(fileErrors("a = [1 2 3 4]\nb = (\nc = 1")).toEqual(["1:8: missing ',' in expression list", "3:3: expected ), got ="]);
  });

  test("an error after a skipped line is still reported", () => {
    expect(fileErrors("a = +1\nb = +1\n")).toEqual(["1:5: expected expression, got +", "2:5: expected expression, got +"]);
  });

  test("without an operand before the newline, skipping runs on to the next line", () => {
    expect(fileErrors("a = +\nb = +\n")).toEqual(["1:5: expected expression, got +"]);
  });
});

describe("parseExpression", () => {
  test("requires the whole input to be one expression", () => {
    expect(expressionErrors("1 + 2")).toEqual([]);
    expect(expressionErrors("1 2")).toEqual(["1:3: expected TERMINATOR, got NUMBER"]);
    // `expected TERMINATOR, got EOF` follows on the same line and is de-duplicated.
    expect(expressionErrors("")).toEqual(["1:1: expected expression, got EOF"]);
  });

  test("accepts a trailing newline", () => {
    expect(parseExpression("[1, 2]\n").ast?.type).toBe("Array");
  });
});

describe("input forms", () => {
  test("bytes are decoded; a BOM is kept in the text and counted in columns", () => {
    const bytes = new TextEncoder().encode("\ufeffa = @");
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes.subarray(3)]);
    const result = parseFile(withBom);
    expect(result.text.charCodeAt(0)).toBe(0xfeff);
    expect(fileErrors(withBom)).toEqual(["1:8: illegal character U+0040 '@'", "1:8: expected expression, got ILLEGAL"]);
  });

  test("non-ASCII columns are counted in bytes for Go, UTF-16 units in our positions", () => {
    const result = parseFile('x = "héllo😀" @');
    expect(result.diagnostics[0].start.column).toBe(15);
    expect(fileErrors('x = "héllo😀" @')[0]).toBe("1:18: illegal character U+0040 '@'");
  });
});
