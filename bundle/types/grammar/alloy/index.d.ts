/**
 * The Alloy grammar facade: everything outside grammar/ parses Alloy through
 * these functions and sees only our own types (ast.ts), never Chevrotain's.
 */
import type { Position, SyntaxDiagnostic } from "./ast.js";
import { type TokenKind } from "./tokens.js";
export type * from "./ast.js";
export { walk, statements, type Visitor } from "./walk.js";
export { decodeSource, encodeSource, byteColumn, byteOffset, goLineColumn, utf8ByteLength, isEscapedByte, } from "./source.js";
export { goQuote, goUnicode, goIsPrint } from "../go-quote.js";
export { isValidIdentifier } from "./scanner.js";
export { T as TokenKinds, type TokenKind } from "./tokens.js";
export { MAX_NESTING_DEPTH, NESTING_TOO_DEEP } from "./parser.js";
export { parseFile, parseFileRecovering, parseExpression, toText } from "./parse.js";
export { printFile, type PrinterWarning, type PrintResult, type PrintOptions } from "./printer.js";
export { formatSource, type FormatResult } from "./format.js";
export interface Token {
    kind: TokenKind;
    /** Go's Token.String(): `IDENT`, `TERMINATOR`, `==`, … */
    name: string;
    /** Go's literal: source text for literals, keywords, ILLEGAL and COMMENT (CRs stripped); "\n" for TERMINATOR; "" otherwise. */
    literal: string;
    start: Position;
    end: Position;
    /** Lexical errors reported while this token was scanned (Go reports some one character ahead). */
    diagnostics: SyntaxDiagnostic[];
}
export interface TokenizeOptions {
    /** Return COMMENT tokens (default true, the parser's mode). */
    includeComments?: boolean;
    /** Insert TERMINATOR tokens (default true; false is Go's internal test mode). */
    insertTerminators?: boolean;
}
export interface TokenizeResult {
    /** Every token up to and including EOF. */
    tokens: Token[];
    text: string;
}
/** The scanner's token stream, as Go's scanner produces it. */
export declare function tokenize(input: string | Uint8Array, options?: TokenizeOptions): TokenizeResult;
