/**
 * Go's `%q` (strconv.Quote) and `%#U` formatting, the one copy both grammars
 * use: Alloy's messages and printer, the matchers' canonical form. Both depend
 * on strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the
 * ASCII space. In Alloy source text, invalid input bytes (escaped as
 * U+DC80..U+DCFF by decodeSource) are quoted as `\xNN`, exactly as Go quotes a
 * bad byte; any other lone surrogate is an invalid rune, printed as U+FFFD's
 * escape.
 */
import { ESCAPED_BYTE_BASE, isEscapedByte } from "./alloy/source.js";

const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/** Go's strconv.IsPrint for one code point. */
export function goIsPrint(codePoint: number): boolean {
  if (codePoint < 0x80) return codePoint >= 0x20 && codePoint < 0x7f;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return false;
  return printable.test(String.fromCodePoint(codePoint));
}

function hex(value: number, width: number): string {
  return value.toString(16).padStart(width, "0");
}

export interface GoQuoteOptions {
  /**
   * Whether `text` came from decodeSource, so U+DC80..U+DCFF stand for invalid
   * bytes (default true). Strings from elsewhere (YAML) have no such bytes.
   */
  escapedBytes?: boolean;
}

/** Go's strconv.Quote of the bytes that `text` decodes from. */
export function goQuote(text: string, { escapedBytes = true }: GoQuoteOptions = {}): string {
  let out = '"';
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    i += width;
    if (escapedBytes && isEscapedByte(cp)) {
      out += `\\x${hex(cp - ESCAPED_BYTE_BASE, 2)}`;
      continue;
    }
    if (cp === 0x22 || cp === 0x5c) {
      out += "\\" + String.fromCharCode(cp);
      continue;
    }
    if (goIsPrint(cp)) {
      out += String.fromCodePoint(cp);
      continue;
    }
    out += escapeUnprintable(cp);
  }
  return out + '"';
}

function escapeUnprintable(cp: number): string {
  switch (cp) {
    case 0x07:
      return "\\a";
    case 0x08:
      return "\\b";
    case 0x0c:
      return "\\f";
    case 0x0a:
      return "\\n";
    case 0x0d:
      return "\\r";
    case 0x09:
      return "\\t";
    case 0x0b:
      return "\\v";
  }
  if (cp < 0x20 || cp === 0x7f) return `\\x${hex(cp, 2)}`;
  // A lone surrogate can only come from a string handed in directly; Go
  // would have seen it as an invalid rune and printed U+FFFD's escape.
  if (cp >= 0xd800 && cp <= 0xdfff) return "\\ufffd";
  if (cp < 0x10000) return `\\u${hex(cp, 4)}`;
  return `\\U${hex(cp, 8)}`;
}

/** Go's `%#U`: `U+0040 '@'` for printable runes, just `U+00A0` otherwise. */
export function goUnicode(codePoint: number): string {
  const code = "U+" + codePoint.toString(16).toUpperCase().padStart(4, "0");
  return goIsPrint(codePoint) ? `${code} '${String.fromCodePoint(codePoint)}'` : code;
}
