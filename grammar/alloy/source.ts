/**
 * Decoding Alloy source bytes into a JS string without losing what Go sees.
 *
 * Go's scanner works on raw bytes: an invalid UTF-8 byte is one column wide
 * and reported as `illegal UTF-8 encoding`. A plain TextDecoder would turn it
 * into U+FFFD, indistinguishable from a real U+FFFD written in the file, and
 * would shift byte columns. So each invalid byte b becomes the lone surrogate
 * U+DC00+b (Python's "surrogateescape"); valid UTF-8 never decodes to a lone
 * surrogate, so the mapping is reversible and the scanner can recognise it.
 */
import type { Position } from "./ast.js";

const strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** First code unit of an escaped invalid byte (only 0x80..0xFF can be invalid). */
export const ESCAPED_BYTE_BASE = 0xdc00;

/** Is this UTF-16 code unit an invalid input byte escaped by decodeSource? */
export function isEscapedByte(unit: number): boolean {
  return unit >= 0xdc80 && unit <= 0xdcff;
}

/**
 * Decodes bytes as UTF-8 the way Go's `utf8.DecodeRune` reads them: every
 * byte that does not start a valid, shortest-form, non-surrogate sequence is
 * one invalid byte, escaped as U+DC00+b. A leading BOM is kept (Go skips it
 * but still counts its three bytes in columns).
 */
export function decodeSource(bytes: Uint8Array): string {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return decodeEscaping(bytes);
  }
}

function decodeEscaping(bytes: Uint8Array): string {
  const units: number[] = [];
  let out = "";
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b0 = bytes[i];
    let cp = -1;
    let width = 1;
    if (b0 < 0x80) {
      cp = b0;
    } else if (b0 >= 0xc2 && b0 <= 0xdf) {
      if (i + 1 < n && isCont(bytes[i + 1])) {
        cp = ((b0 & 0x1f) << 6) | (bytes[i + 1] & 0x3f);
        width = 2;
      }
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      const lo = b0 === 0xe0 ? 0xa0 : 0x80;
      const hi = b0 === 0xed ? 0x9f : 0xbf;
      if (i + 2 < n && bytes[i + 1] >= lo && bytes[i + 1] <= hi && isCont(bytes[i + 2])) {
        cp = ((b0 & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f);
        width = 3;
      }
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      const lo = b0 === 0xf0 ? 0x90 : 0x80;
      const hi = b0 === 0xf4 ? 0x8f : 0xbf;
      if (i + 3 < n && bytes[i + 1] >= lo && bytes[i + 1] <= hi && isCont(bytes[i + 2]) && isCont(bytes[i + 3])) {
        cp = ((b0 & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) | (bytes[i + 3] & 0x3f);
        width = 4;
      }
    }
    if (cp < 0) {
      units.push(ESCAPED_BYTE_BASE + b0);
    } else if (cp >= 0x10000) {
      const v = cp - 0x10000;
      units.push(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
    } else {
      units.push(cp);
    }
    i += width;
    if (units.length >= 8192) {
      out += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  return out + String.fromCharCode(...units);
}

function isCont(b: number): boolean {
  return (b & 0xc0) === 0x80;
}

/** Re-encodes decoded text to the original bytes (escaped bytes restored). */
export function encodeSource(text: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      const cp = 0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(++i) - 0xdc00);
      bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    } else if (isEscapedByte(c)) bytes.push(c - ESCAPED_BYTE_BASE);
    else bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return Uint8Array.from(bytes);
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Number of bytes Go counts for text[from, to): escaped invalid bytes are one
 * byte, surrogate pairs four, other code units by their UTF-8 length. A lone
 * surrogate that is not an escaped byte (only possible in a string handed in
 * directly) counts as the three bytes of its WTF-8 form.
 */
export function utf8ByteLength(text: string, from = 0, to = text.length): number {
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else if (isEscapedByte(c)) bytes += 1;
    else bytes += 3;
  }
  return bytes;
}

/**
 * Go's 1-based byte column for a position in `text`: bytes from the start of
 * the position's line up to it, plus one.
 */
export function byteColumn(text: string, position: Position): number {
  const lineStart = position.offset - (position.column - 1);
  return utf8ByteLength(text, lineStart, position.offset) + 1;
}

/** Go's byte offset of a UTF-16 offset. */
export function byteOffset(text: string, offset: number): number {
  return utf8ByteLength(text, 0, offset);
}

/** Go's `line:col` rendering of a position (byte column), as in `.err` files. */
export function goLineColumn(text: string, position: Position): string {
  return `${position.line}:${byteColumn(text, position)}`;
}
