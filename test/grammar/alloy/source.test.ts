import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { byteColumn, decodeSource, encodeSource, utf8ByteLength } from "../../../grammar/alloy/index.js";

describe("decodeSource", () => {
  test("valid UTF-8 decodes normally and keeps a BOM", () => {
    expect(decodeSource(new TextEncoder().encode("héllo"))).toBe("héllo");
    expect(decodeSource(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toBe("\ufeffa");
  });

  test("each invalid byte becomes U+DC00+byte, as Go reads one byte per bad sequence", () => {
    // overlong, surrogate encoding, truncated sequence, stray continuation, > U+10FFFF
    const bytes = Uint8Array.from([0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xe2, 0x82, 0x41, 0x80, 0xf4, 0x90, 0x80, 0x80]);
    expect([...decodeSource(bytes)].map((c) => c.charCodeAt(0).toString(16))).toEqual(
      ["dcc0", "dcaf", "dced", "dca0", "dc80", "dce2", "dc82", "41", "dc80", "dcf4", "dc90", "dc80", "dc80"],
    );
  });

  test("an astral character whose low surrogate looks like an escaped byte stays one character", () => {
    const bytes = new TextEncoder().encode("a\u{10080}b");
    const text = decodeSource(bytes);
    expect(text).toBe("a\u{10080}b");
    expect(utf8ByteLength(text)).toBe(6);
    expect(encodeSource(text)).toEqual(bytes);
  });

  test("encodeSource restores the original bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(encodeSource(decodeSource(bytes))).toEqual(bytes);
      }),
    );
  });

  test("utf8ByteLength counts the original bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(utf8ByteLength(decodeSource(bytes))).toBe(bytes.length);
      }),
    );
  });
});

describe("byteColumn", () => {
  test("counts bytes from the start of the line", () => {
    const text = "ab\né😀x";
    expect(byteColumn(text, { offset: 6, line: 2, column: 4 })).toBe(7);
    expect(byteColumn(text, { offset: 1, line: 1, column: 2 })).toBe(2);
  });
});
