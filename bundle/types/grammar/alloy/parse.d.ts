/**
 * The two parser entry points of Go's syntax/parser: a whole file and a lone
 * expression. Bytes are decoded so invalid UTF-8 keeps Go's behaviour.
 */
import type { Expression, File, ParseResult, SyntaxDiagnostic } from "./ast.js";
export declare function toText(input: string | Uint8Array): string;
/** Parses a whole Alloy file, as Go's parser.ParseFile does (no AST when there is any diagnostic). */
export declare function parseFile(input: string | Uint8Array): ParseResult<File>;
/** Parses one expression, as Go's parser.ParseExpression does (the whole input must be consumed). */
export declare function parseExpression(input: string | Uint8Array): ParseResult<Expression>;
/**
 * Parses a whole file and keeps the tree Go's error recovery built even when
 * there are diagnostics: an editor needs the outline, hover and completion of
 * a file that is half typed. Everything else should use `parseFile`.
 */
export declare function parseFileRecovering(input: string | Uint8Array): {
    file: File;
    diagnostics: SyntaxDiagnostic[];
    text: string;
};
