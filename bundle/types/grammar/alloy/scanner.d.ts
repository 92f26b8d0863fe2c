import { type TokenKind } from "./tokens.js";
export type ScanErrorHandler = (offset: number, message: string) => void;
export interface ScannerOptions {
    /** Return COMMENT tokens (the parser's mode) instead of skipping comments. */
    includeComments?: boolean;
    /** Go's internal test mode without automatic terminators. */
    insertTerminators?: boolean;
}
/** Go's isLetter: ASCII letters, `_`, or a non-ASCII rune in category L. */
export declare function isLetter(ch: number): boolean;
/** Go's isDigit: ASCII digits or a non-ASCII rune in category Nd. */
export declare function isDigit(ch: number): boolean;
export declare class Scanner {
    private readonly text;
    private readonly length;
    private readonly onError;
    private readonly includeComments;
    private readonly insertTerminators;
    private ch;
    private offset;
    private readOffset;
    private insertTerm;
    /** Start offset of the token last returned by scan(). */
    tokenStart: number;
    /** Offset just past the token last returned by scan(). */
    tokenEnd: number;
    /** Go's literal for the token last returned by scan(): text for literals, keywords, ILLEGAL and COMMENT; "\n" for TERMINATOR; "" otherwise. */
    lit: string;
    constructor(text: string, onError: ScanErrorHandler | null, options?: ScannerOptions);
    private error;
    /** The current character, read through a call so TypeScript does not narrow it across next(). */
    private current;
    private peek;
    /** Reads the next character into `ch`, reporting what Go reports on reading it. */
    private next;
    /**
     * Equivalent to calling next() while the character at readOffset is one
     * that next() reads silently (not NUL, a surrogate or a BOM) and `stop`
     * does not flag: the bulk of strings, comments and indentation is skipped
     * with one charCodeAt per character. Leaves `ch` on the first other one.
     * `stopNonAscii` stops at every non-ASCII character too (for whitespace).
     */
    private fastForward;
    /** Scans the next token and returns its kind; see tokenStart/tokenEnd/lit. */
    scan(): TokenKind;
    private finish;
    private skipWhitespace;
    private scanIdentifier;
    private scanNumber;
    private digits;
    private scanString;
    /** Reads an escape sequence; on an error it stops at the offending character. */
    private scanEscape;
    private scanComment;
    /**
     * Whether the comment starting here (and any comments after it on the same
     * line) runs to the end of the line. Reads ahead, then restores the cursor
     * as Go's deferred reset does (re-reading the second character).
     */
    private findLineEnd;
    private switch2;
}
/** Go's scanner.IsValidIdentifier: the whole text scans as one IDENT (keywords excluded). */
export declare function isValidIdentifier(text: string): boolean;
