import { describe, expect, it } from "vitest";
import { goQuote, goUnquote, openMetricsEscape } from "../../../grammar/matchers/go-strings.js";

describe("goUnquote (strconv.Unquote + UTF-8 check)", () => {
  it.each([
    ['"plain"', "plain"],
    ['""', ""],
    ['"a\\nb\\tc"', "a\nb\tc"],
    ['"\\a\\b\\f\\r\\v"', "\x07\b\f\r\v"],
    ['"q\\"q"', 'q"q'],
    ['"back\\\\slash"', "back\\slash"],
    ['"\\x41\\101"', "AA"],
    ['"\\xf0\\x9f\\x99\\x82"', "🙂"],
    ['"\\u00e9\\U0001F642"', "é🙂"],
    ['"🙂 raw"', "🙂 raw"],
    ['"carriage\rreturn"', "carriage\rreturn"],
  ])("decodes %s", (literal, expected) => {
    expect(goUnquote(literal)).toBe(expected);
  });

  it.each([
    ['"\\q"', "unknown escape"],
    ['"\\\'"', "single quote escape in a double-quoted string"],
    ['"line\nbreak"', "raw newline"],
    ['"\\xf0\\x9f"', "bytes that are not UTF-8"],
    ['"\\ud800"', "surrogate \\u"],
    ['"\\U00110000"', "beyond U+10FFFF"],
    ['"\\400"', "octal above 255"],
    ['"\\x4"', "short hex"],
    ['"abc', "no closing quote"],
    ["abc", "no quotes"],
  ])("rejects %s (%s)", (literal) => {
    expect(goUnquote(literal)).toBeNull();
  });
});

describe("goQuote (strconv.Quote)", () => {
  it.each([
    ["plain", '"plain"'],
    ['say "hi"', '"say \\"hi\\""'],
    ["a\\b", '"a\\\\b"'],
    ["tab\tnl\n", '"tab\\tnl\\n"'],
    ["\x00\x1f\x7f", '"\\x00\\x1f\\x7f"'],
    ["é🙂", '"é🙂"'],
    ["\u00a0", '"\\u00a0"'],
    ["\u200b", '"\\u200b"'],
    ["\u{e0001}", '"\\U000e0001"'],
    ["a b", '"a b"'],
  ])("quotes %j as %s", (text, expected) => {
    expect(goQuote(text)).toBe(expected);
  });

  it("round-trips through goUnquote", () => {
    for (const text of ["", "x", "\u0085\u2028\t", "🙂\n\"'\\", "\u{10ffff}"]) expect(goUnquote(goQuote(text))).toBe(text);
  });
});

describe("openMetricsEscape", () => {
  it("escapes only backslash, newline and double quote", () => {
    expect(openMetricsEscape('a\\b\n"c"\t')).toBe('a\\\\b\\n\\"c\\"\t');
  });
});
