/**
 * Parse and print in one call: what `alloy fmt` does to a file's bytes.
 * A file with syntax errors is not formatted (Go's ParseFile returns no tree
 * then); its diagnostics are returned instead.
 */
import type { SyntaxDiagnostic } from "./ast.js";
import { type PrinterWarning } from "./printer.js";
export interface FormatResult {
    /** The formatted text (ending in one newline), or null when the input does not parse. */
    formatted: string | null;
    diagnostics: SyntaxDiagnostic[];
    warnings: PrinterWarning[];
    /** The decoded input the diagnostic and warning positions refer to. */
    text: string;
}
export declare function formatSource(input: string | Uint8Array): FormatResult;
