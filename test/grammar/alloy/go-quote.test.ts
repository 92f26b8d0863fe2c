import { describe, expect, test } from "vitest";
import { decodeSource, goIsPrint, goQuote, goUnicode } from "../../../grammar/alloy/index.js";

describe("goQuote (strconv.Quote)", () => {
  test.each([
    ["plain", '"plain"'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ["\u0007\b\f\n\r\t\v", '"\\a\\b\\f\\n\\r\\t\\v"'],
    ["\u0000\u001f\u007f", '"\\x00\\x1f\\x7f"'],
    ["\u00a0\u2028\u200b\ufeff", '"\\u00a0\\u2028\\u200b\\ufeff"'],
    ["é中😀\u0301", '"é中😀\u0301"'],
    ["\u{e0001}\u{10ffff}", '"\\U000e0001\\U0010ffff"'],
    ["`l`", '"`l`"'],
    ["<LABEL>", '"<LABEL>"'],
    [" ", '" "'],
  ])("%j", (text, quoted) => {
    expect(goQuote(text)).toBe(quoted);
  });

  test("invalid input bytes are quoted as \\x escapes", () => {
    expect(goQuote(decodeSource(Uint8Array.from([0x61, 0xff, 0xc3])))).toBe('"a\\xff\\xc3"');
  });
});

describe("goUnicode (%#U)", () => {
  test.each([
    [0x40, "U+0040 '@'"],
    [0x00, "U+0000"],
    [0xa0, "U+00A0"],
    [0x20, "U+0020 ' '"],
    [0x1f600, "U+1F600 '😀'"],
    [0xfffd, "U+FFFD '\ufffd'"],
    [0x0301, "U+0301 '\u0301'"],
    [0x10ffff, "U+10FFFF"],
  ])("%i", (codePoint, formatted) => {
    expect(goUnicode(codePoint)).toBe(formatted);
  });
});

describe("goIsPrint", () => {
  test("letters, marks, numbers, punctuation, symbols and ASCII space only", () => {
    expect([0x41, 0x20, 0x0301, 0x0663, 0x00b7, 0x20ac].every(goIsPrint)).toBe(true);
    expect([0x09, 0x7f, 0xa0, 0x2028, 0x200b, 0xad, 0xd800, 0xe000].some(goIsPrint)).toBe(false);
  });
});
