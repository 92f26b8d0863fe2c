import { describe, expect, test } from "vitest";
import { isValidIdentifier } from "../../../grammar/alloy/index.js";
import { T, TOKEN_NAMES } from "../../../grammar/alloy/tokens.js";
import { tokenPositions, tokens } from "./helpers.js";

describe("lexemes", () => {
  test.each([
    ["foo _x a١٢ bar９８ True NULL", ["IDENT foo", "IDENT _x", "IDENT a١٢", "IDENT bar９８", "IDENT True", "IDENT NULL"]],
    ["\u{10080}x 𝔘𝔫𝔦", ["IDENT \u{10080}x", "IDENT 𝔘𝔫𝔦"]],
    ["true false null", ["BOOL true", "BOOL false", "NULL null"]],
    ["007 1. .5 1e5 1.5E-3", ["NUMBER 007", "FLOAT 1.", "FLOAT .5", "FLOAT 1e5", "FLOAT 1.5E-3"]],
    ["1.2.3", ["FLOAT 1.2", "FLOAT .3"]],
    ["a.0", ["IDENT a", "FLOAT .0"]],
    ["1..2", ["FLOAT 1.", "FLOAT .2"]],
    ["..", [".", "."]],
    ["0x1F 1_000", ["NUMBER 0", "IDENT x1F", "NUMBER 1", "IDENT _000"]],
    ["=== !== <= >= && || ! ^ %", ["==", "=", "!=", "=", "<=", ">=", "&&", "||", "!", "^", "%"]],
    ['"a\\n\\x41\\u00e9\\U0001F600\\101" `raw\nline`', ['STRING "a\\n\\x41\\u00e9\\U0001F600\\101"', "STRING `raw\nline`"]],
    ["/* a /* b */ c */", ["COMMENT /* a /* b */", "IDENT c", "*", "/"]],
  ])("%j", (source, expected) => {
    const got = tokens(source, { insertTerminators: false });
    expect(got.slice(0, -1)).toEqual(expected);
    expect(got.at(-1)).toBe("EOF");
  });

  test("exponent without digits is a FLOAT with an error at the number start", () => {
    expect(tokens("x 10E+", { insertTerminators: false })).toEqual(["IDENT x", "ERROR 1:3: exponent has no digits", "FLOAT 10E+", "EOF"]);
  });

  test("a lone | or & is reported at the next character and still scans as || / &&", () => {
    expect(tokens("a | b & c", { insertTerminators: false })).toEqual([
      "IDENT a",
      "ERROR 1:4: missing second | in ||",
      "||",
      "IDENT b",
      "ERROR 1:8: missing second & in &&",
      "&&",
      "IDENT c",
      "EOF",
    ]);
  });
});

describe("strings and escapes", () => {
  test.each([
    ['"\\\'"', ["ERROR 1:3: unknown escape sequence"]],
    ['"\\400"', ["ERROR 1:3: escape sequence is invalid Unicode code point"]],
    ['"\\uD800"', ["ERROR 1:3: escape sequence is invalid Unicode code point"]],
    ['"\\U00110000"', ["ERROR 1:3: escape sequence is invalid Unicode code point"]],
    ['"\\x4"', ['ERROR 1:3: illegal character U+0022 \'"\' in escape sequence']],
    ['"\\', ["ERROR 1:3: escape sequence not terminated", "ERROR 1:1: string literal not terminated"]],
    ['"\\q \\z"', ["ERROR 1:3: unknown escape sequence", "ERROR 1:6: unknown escape sequence"]],
    ['"abc\nx', ["ERROR 1:1: string literal not terminated"]],
    ["`abc", ["ERROR 1:1: string literal not terminated"]],
  ])("%j", (source, errors) => {
    expect(tokens(source).filter((t) => t.startsWith("ERROR"))).toEqual(errors);
  });

  test("an unterminated string's literal stops before the newline", () => {
    expect(tokens('"abc\nx')).toEqual(["ERROR 1:1: string literal not terminated", 'STRING "abc', "TERMINATOR", "IDENT x", "TERMINATOR", "EOF"]);
  });

  test("a single-quoted string is an ILLEGAL token that still ends a statement", () => {
    expect(tokens("'a'\n")).toEqual(["ERROR 1:1: illegal single-quoted string; use double quotes", "ILLEGAL 'a'", "TERMINATOR", "EOF"]);
  });
});

describe("comments", () => {
  test("CRs are stripped from comment text, except one between * and /", () => {
    expect(tokens("// a\r\n/* b\r\nc\r*/ /* *\r/ \r*/", { insertTerminators: false })).toEqual([
      "COMMENT // a",
      "COMMENT /* b\nc*/",
      "COMMENT /* *\r/ */",
      "EOF",
    ]);
  });

  test("an unterminated block comment is reported at its start", () => {
    expect(tokens("a /* x")).toEqual(["IDENT a", "TERMINATOR", "ERROR 1:3: block comment not terminated", "COMMENT /* x", "EOF"]);
  });

  test("# is not a comment", () => {
    expect(tokens("# x", { insertTerminators: false })[0]).toBe("ERROR 1:1: illegal character U+0023 '#'");
  });
});

describe("terminator insertion", () => {
  test("after operands, at the newline", () => {
    expect(tokenPositions("a = 1\nb = [\n2,\n]\n")).toEqual([
      "1:1 IDENT",
      "1:3 =",
      "1:5 NUMBER",
      "1:6 TERMINATOR",
      "2:1 IDENT",
      "2:3 =",
      "2:5 [",
      "3:1 NUMBER",
      "3:2 ,",
      "4:1 ]",
      "4:2 TERMINATOR",
      "5:1 EOF",
    ]);
  });

  test("at EOF, then EOF at the same position", () => {
    expect(tokenPositions("a")).toEqual(["1:1 IDENT", "1:2 TERMINATOR", "1:2 EOF"]);
  });

  test("before a comment that runs to the end of the line, positioned at the comment", () => {
    expect(tokenPositions("a // c\nb /* x */ /* y\n*/")).toEqual([
      "1:1 IDENT",
      "1:3 TERMINATOR",
      "1:3 COMMENT",
      "2:1 IDENT",
      "2:3 TERMINATOR",
      "2:3 COMMENT",
      "2:11 COMMENT",
      "3:3 EOF",
    ]);
  });

  test("not before a comment followed by code on the same line", () => {
    expect(tokens("a /* c */ + b")).toEqual(["IDENT a", "COMMENT /* c */", "+", "IDENT b", "TERMINATOR", "EOF"]);
  });

  test("a lone CR is whitespace, not a line break", () => {
    expect(tokens("a\rb")).toEqual(["IDENT a", "IDENT b", "TERMINATOR", "EOF"]);
  });

  test("an illegal character keeps the previous state", () => {
    expect(tokens("a @\n= $\n")).toEqual([
      "IDENT a",
      "ERROR 1:3: illegal character U+0040 '@'",
      "ILLEGAL @",
      "TERMINATOR",
      "=",
      "ERROR 2:3: illegal character U+0024 '$'",
      "ILLEGAL $",
      "EOF",
    ]);
  });

  test("newlines after operators and openers are plain whitespace", () => {
    expect(tokens("a = (\n1 +\n2)").filter((t) => t === "TERMINATOR")).toHaveLength(1);
  });
});

describe("odd bytes", () => {
  test("a leading BOM is skipped but counted in byte columns", () => {
    expect(tokenPositions("\ufeffa")).toEqual(["1:4 IDENT", "1:5 TERMINATOR", "1:5 EOF"]);
  });

  test("a BOM elsewhere gives only the byte-order-mark error", () => {
    expect(tokens("a \ufeff")).toEqual(["IDENT a", "ERROR 1:3: illegal byte order mark", "ILLEGAL \ufeff", "TERMINATOR", "EOF"]);
  });

  test("NUL gives two errors at the same position", () => {
    expect(tokens("\u0000")).toEqual(["ERROR 1:1: illegal character NUL", "ERROR 1:1: illegal character U+0000", "ILLEGAL \u0000", "EOF"]);
  });

  test("invalid UTF-8 is reported per byte, then as U+FFFD", () => {
    const got = tokens(Uint8Array.from([0x61, 0x20, 0xff, 0x62]));
    expect(got.filter((t) => t.startsWith("ERROR"))).toEqual([
      "ERROR 1:3: illegal UTF-8 encoding",
      "ERROR 1:3: illegal character U+FFFD '\ufffd'",
    ]);
  });

  test("non-letter Unicode is illegal, with Go's %#U", () => {
    expect(tokens("\u00a0 é\u0301 a·b ٣x", { insertTerminators: false }).filter((t) => t.startsWith("ERROR"))).toEqual([
      "ERROR 1:1: illegal character U+00A0",
      "ERROR 1:6: illegal character U+0301 '\u0301'",
      "ERROR 1:10: illegal character U+00B7 '·'",
      "ERROR 1:14: illegal character U+0663 '٣'",
    ]);
  });
});

describe("isValidIdentifier", () => {
  test.each([
    ["abc", true],
    ["métrica", true],
    ["_1", true],
    ["x", true],
    ["", false],
    ["true", false],
    ["null", false],
    ["with space", false],
    ["b.c", false],
    ["my-label", false],
    ["1abc", false],
    ["x\\ty", false],
    ["\ufeffabc", false],
  ])("%j → %s", (text, valid) => {
    expect(isValidIdentifier(text)).toBe(valid);
  });
});

test("every token kind has Go's name, shared with its Chevrotain token type", () => {
  const operators: Record<string, string> = {
    OR: "||", AND: "&&", NOT: "!", ASSIGN: "=", EQ: "==", NEQ: "!=", LT: "<", LTE: "<=", GT: ">", GTE: ">=",
    ADD: "+", SUB: "-", MUL: "*", DIV: "/", MOD: "%", POW: "^",
    LCURLY: "{", RCURLY: "}", LPAREN: "(", RPAREN: ")", LBRACK: "[", RBRACK: "]", COMMA: ",", DOT: ".",
  };
  for (const [key, kind] of Object.entries(T)) {
    expect(TOKEN_NAMES[kind]).toBe(operators[key] ?? key);
  }
  expect(TOKEN_NAMES).toHaveLength(Object.keys(T).length);
});
