/**
 * `alloy fmt` in TypeScript: prints our Alloy AST and its comments so the
 * result is byte-identical to Alloy's Go printer (syntax/printer), quirks
 * included. Layout decisions come from SOURCE line numbers, so the output of
 * one pass matches one `alloy fmt` pass (which is not always idempotent).
 *
 * Data flows one way, as in Go:
 *   walker (this file) -> printer state (tokens, pending whitespace, comments)
 *   -> tabwriter (aligns `=` and trailing comments) -> trimmer (drops trailing
 *   blanks and the escape markers) -> text.
 *
 * The one deliberate difference: Go re-quotes a quoted object key with `%q`
 * applied to its undecoded text, so `"a\"b"` becomes `"a\\\"b"`, a different
 * key. We keep such a key's escapes (same key) and return a warning instead.
 */
import type { File, Position } from "./ast.js";
export interface PrinterWarning {
    message: string;
    start: Position;
    end: Position;
}
export interface PrintResult {
    /** The formatted text, ending in exactly one newline (as `alloy fmt` prints it). */
    text: string;
    warnings: PrinterWarning[];
}
export interface PrintOptions {
    /**
     * "keep" (default): a double-quoted object key with escapes keeps them, so
     * it stays the same key, and a warning is returned. "alloy": re-quote it
     * as `alloy fmt` does (changing the key), for parity checks.
     */
    escapedKeys?: "keep" | "alloy";
}
/**
 * Formats a parsed file. `text` is the source the AST positions refer to
 * (ParseResult.text). The result ends with the single newline `alloy fmt` adds.
 */
export declare function printFile(file: File, text: string, options?: PrintOptions): PrintResult;
