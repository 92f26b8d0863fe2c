/**
 * Go string semantics the matcher grammar depends on: `strconv.Unquote` for
 * double-quoted names and values, `strconv.Quote` and Alertmanager's
 * OpenMetrics escaping for the canonical form, and UTF-8 lengths for byte
 * offsets. Go strings are bytes; ours are UTF-16, so both directions go
 * through code points and an explicit UTF-8 check.
 */

import { goQuote as quoteAny } from "../go-quote.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });
const encoder = new TextEncoder();

/** Number of bytes a code point takes in UTF-8 (lone surrogates count as U+FFFD, 3 bytes). */
export function utf8Width(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

function hexValue(char: string | undefined): number {
  if (char === undefined) return -1;
  const code = char.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  return -1;
}

const SIMPLE_ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, "\\": 92, '"': 34 };

function hasLoneSurrogate(text: string): boolean {
  return /\p{Surrogate}/u.test(text);
}

/**
 * Go's `strconv.Unquote` for a double-quoted literal, followed by
 * Alertmanager's check that the result is valid UTF-8. Returns null where
 * either rejects it (an unknown escape, a raw newline, `\'`, a surrogate
 * `\u`, or `\x`/octal bytes that do not form UTF-8).
 */
export function goUnquote(literal: string): string | null {
  if (literal.length < 2 || literal[0] !== '"' || literal[literal.length - 1] !== '"') return null;
  const body = literal.slice(1, -1);
  if (hasLoneSurrogate(body)) return null;
  // Without escapes the text is the value, once a raw newline or quote is ruled out.
  if (!body.includes("\\")) return body.includes("\n") || body.includes('"') ? null : body;
  const bytes: number[] = [];
  const pushCodePoint = (cp: number) => {
    if (cp < 0x80) bytes.push(cp);
    else for (const b of encoder.encode(String.fromCodePoint(cp))) bytes.push(b);
  };
  let i = 0;
  while (i < body.length) {
    const char = body[i];
    if (char === "\n" || char === '"') return null;
    if (char !== "\\") {
      const cp = body.codePointAt(i) as number;
      pushCodePoint(cp);
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const kind = body[i + 1];
    if (kind === undefined) return null;
    i += 2;
    if (kind in SIMPLE_ESCAPES) {
      bytes.push(SIMPLE_ESCAPES[kind]);
    } else if (kind === "x" || kind === "u" || kind === "U") {
      const digits = kind === "x" ? 2 : kind === "u" ? 4 : 8;
      let value = 0;
      for (let j = 0; j < digits; j++) {
        const digit = hexValue(body[i + j]);
        if (digit < 0) return null;
        value = value * 16 + digit;
      }
      i += digits;
      // \x is one raw byte (possibly not UTF-8); \u and \U must name a valid rune.
      if (kind === "x") bytes.push(value);
      else if (value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return null;
      else pushCodePoint(value);
    } else if (kind >= "0" && kind <= "7") {
      let value = kind.charCodeAt(0) - 48;
      for (let j = 0; j < 2; j++) {
        const digit = (body.charCodeAt(i + j) || 0) - 48;
        if (digit < 0 || digit > 7) return null;
        value = value * 8 + digit;
      }
      i += 2;
      if (value > 255) return null;
      bytes.push(value);
    } else {
      return null;
    }
  }
  try {
    return utf8.decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
}

/** Go's `strconv.Quote` of a matcher string (from YAML: no escaped source bytes). */
export function goQuote(text: string): string {
  return quoteAny(text, { escapedBytes: false });
}

/** Alertmanager's `openMetricsEscape`: only backslash, newline and double quote are escaped. */
export function openMetricsEscape(text: string): string {
  return text.replace(/[\\\n"]/g, (c) => (c === "\n" ? "\\n" : `\\${c}`));
}

/** The runes Alertmanager's lexer reserves: they end an unquoted name or value. */
export const RESERVED_PUNCTUATION = "{}!=~,\\\"'`";

/** Go's `unicode.IsSpace` is exactly the Unicode White_Space property. */
const SPACE = /\p{White_Space}/u;

export function isReservedRune(char: string): boolean {
  return SPACE.test(char) || RESERVED_PUNCTUATION.includes(char);
}
