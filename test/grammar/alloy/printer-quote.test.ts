import { describe, expect, it } from "vitest";
import { goQuote } from "../../../grammar/go-quote.js";
import { requoteEscaped } from "../../../grammar/alloy/printer-quote.js";

describe("goQuote (Go %q) as the printer uses it", () => {
  it.each([
    ["plain", '"plain"'],
    ['a"b', '"a\\"b"'],
    ["a\\b", '"a\\\\b"'],
    ["tab\there", '"tab\\there"'],
    ["nl\ncr\r", '"nl\\ncr\\r"'],
    ["\u0007\u0008\u000b\u000c", '"\\a\\b\\v\\f"'],
    ["\u0001\u007f", '"\\x01\\x7f"'],
    ["métrica", '"métrica"'],
    ["\u00a0", '"\\u00a0"'],
    ["\u0085", '"\\u0085"'],
    ["\u200b", '"\\u200b"'],
    ["😀", '"😀"'],
    ["\u{e0001}", '"\\U000e0001"'],
  ])("%j", (input, expected) => {
    expect(goQuote(input)).toBe(expected);
  });
});

describe("requoteEscaped", () => {
  it("keeps existing escapes so the key decodes to the same value", () => {
    expect(requoteEscaped('a\\"b')).toBe('"a\\"b"');
    expect(requoteEscaped("x\\\\y\\u00e9\\n")).toBe('"x\\\\y\\u00e9\\n"');
  });

  it("quotes the rest as %q does", () => {
    expect(requoteEscaped("a\tb\\n")).toBe('"a\\tb\\n"');
  });
});
