/**
 * The Alloy token vocabulary. Kinds are small integers (the scanner and
 * parser compare them millions of times a second); each kind also has a
 * name, Go's `Token.String()` spelling, the text every "expected X, got Y"
 * message uses. The scanner and parser are hand-written (see
 * docs/alloy-grammar.md), so Alloy needs no Chevrotain: only the matcher
 * grammar loads it.
 */
export declare const T: {
    readonly ILLEGAL: 0;
    readonly EOF: 1;
    readonly COMMENT: 2;
    readonly IDENT: 3;
    readonly NUMBER: 4;
    readonly FLOAT: 5;
    readonly STRING: 6;
    readonly BOOL: 7;
    readonly NULL: 8;
    readonly OR: 9;
    readonly AND: 10;
    readonly NOT: 11;
    readonly ASSIGN: 12;
    readonly EQ: 13;
    readonly NEQ: 14;
    readonly LT: 15;
    readonly LTE: 16;
    readonly GT: 17;
    readonly GTE: 18;
    readonly ADD: 19;
    readonly SUB: 20;
    readonly MUL: 21;
    readonly DIV: 22;
    readonly MOD: 23;
    readonly POW: 24;
    readonly LCURLY: 25;
    readonly RCURLY: 26;
    readonly LPAREN: 27;
    readonly RPAREN: 28;
    readonly LBRACK: 29;
    readonly RBRACK: 30;
    readonly COMMA: 31;
    readonly DOT: 32;
    readonly TERMINATOR: 33;
};
export type TokenKind = (typeof T)[keyof typeof T];
/** Go's `Token.String()` for every kind, indexed by kind: the names every "expected X, got Y" message uses. */
export declare const TOKEN_NAMES: readonly string[];
export declare function tokenName(kind: TokenKind): string;
/** Go's BinaryPrecedence: 0 for tokens that are not binary operators. */
export declare const BINARY_PRECEDENCE: readonly number[];
