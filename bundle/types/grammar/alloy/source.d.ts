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
/** First code unit of an escaped invalid byte (only 0x80..0xFF can be invalid). */
export declare const ESCAPED_BYTE_BASE = 56320;
/** Is this UTF-16 code unit an invalid input byte escaped by decodeSource? */
export declare function isEscapedByte(unit: number): boolean;
/**
 * Decodes bytes as UTF-8 the way Go's `utf8.DecodeRune` reads them: every
 * byte that does not start a valid, shortest-form, non-surrogate sequence is
 * one invalid byte, escaped as U+DC00+b. A leading BOM is kept (Go skips it
 * but still counts its three bytes in columns).
 */
export declare function decodeSource(bytes: Uint8Array): string;
/** Re-encodes decoded text to the original bytes (escaped bytes restored). */
export declare function encodeSource(text: string): Uint8Array;
/**
 * Number of bytes Go counts for text[from, to): escaped invalid bytes are one
 * byte, surrogate pairs four, other code units by their UTF-8 length. A lone
 * surrogate that is not an escaped byte (only possible in a string handed in
 * directly) counts as the three bytes of its WTF-8 form.
 */
export declare function utf8ByteLength(text: string, from?: number, to?: number): number;
/**
 * Go's 1-based byte column for a position in `text`: bytes from the start of
 * the position's line up to it, plus one.
 */
export declare function byteColumn(text: string, position: Position): number;
/** Go's byte offset of a UTF-16 offset. */
export declare function byteOffset(text: string, offset: number): number;
/** Go's `line:col` rendering of a position (byte column), as in `.err` files. */
export declare function goLineColumn(text: string, position: Position): string;
