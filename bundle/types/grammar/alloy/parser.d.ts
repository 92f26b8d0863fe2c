/**
 * The Alloy parser: a literal port of Go's syntax/parser recursive descent,
 * including its error recovery (expect always consumes, same-line
 * de-duplication, skip-ahead), so diagnostics match Go's one for one.
 * See docs/alloy-grammar.md for why this is hand-driven rather than a
 * Chevrotain grammar.
 */
import type { CommentGroup, Expression, File, SyntaxDiagnostic } from "./ast.js";
/**
 * Go's parser has no depth limit (its stack grows to a gigabyte); ours would
 * overflow the JS stack far earlier (about 1,100 nested brackets with cold
 * code on Node's default stack), and so would every consumer recursing over
 * the tree. So more than this many levels, of parser recursion (blocks,
 * brackets, unary and `^` operators) or of expression tree height (operator
 * and postfix chains), stops the parse with one diagnostic. The deepest
 * accepted corpus input is 15 levels. If the caller's stack is already deep
 * and overflows first, the RangeError becomes the same diagnostic.
 */
export declare const MAX_NESTING_DEPTH = 500;
export declare const NESTING_TOO_DEEP = "nesting too deep: more than 500 levels of blocks, brackets or operators";
export declare class Parser {
    private readonly text;
    private readonly scanner;
    private readonly lines;
    readonly diagnostics: SyntaxDiagnostic[];
    readonly comments: CommentGroup[];
    private tok;
    private pos;
    private end;
    private lit;
    /** Line of the last error reported through addError (Go's lastError); 0 = none. */
    private lastErrorLine;
    private depth;
    /**
     * Height of the expression tree the last parse function returned. Operator
     * and postfix chains are parsed in loops but build trees as deep as they
     * are long, and every consumer that recurses over the tree needs a bound.
     */
    private height;
    constructor(text: string);
    private position;
    private addScanError;
    /** Go's addErrorf: reported at the current token, dropped if on the same line as the previous one. */
    private addError;
    /** The current token kind, read through a call so TypeScript does not narrow it across next(). */
    private current;
    private next0;
    /** Advances to the next non-comment token, collecting comment groups. */
    private next;
    private consumeCommentGroup;
    /** Skips tokens up to (not including) `to`, or EOF. */
    private advance;
    /** Go's advanceAny(statementEnd): up to a TERMINATOR, `)`, `}`, `]` or `,`. */
    private advanceToStatementEnd;
    /** Go's expect: consumes one token whatever it is; reports if it is not `t`. Returns the consumed token's offset. */
    private expect;
    private enter;
    private tooDeep;
    /** Turns a nesting overflow (ours or the engine's) into the diagnostic; rethrows anything else. */
    private recoverFromDepth;
    parseFile(): File;
    /** Go's ParseExpression entry point: one expression, then a TERMINATOR is required. */
    parseExpressionEntry(): Expression | null;
    private parseBody;
    /** Skips the rest of a statement: up to a TERMINATOR outside any pair opened meanwhile. */
    private consumeStatement;
    private parseStatement;
    private parseAttribute;
    private parseBlock;
    /** BlockName = IDENT { "." IDENT } [ STRING ] */
    private parseBlockName;
    private parseExpression;
    private parseBinOp;
    /** PowExpr = UnaryExpr [ "^" PowExpr ]: right-associative. */
    private parsePowExpr;
    private parseUnaryExpr;
    private parsePrimaryExpr;
    private parseExpressionList;
    private parseFieldList;
    /** Field = ( STRING | IDENT ) "=" Expression */
    private parseField;
}
