/**
 * The Alloy token vocabulary. Kinds are small integers (the scanner and
 * parser compare them millions of times a second); each kind also has a
 * name, Go's `Token.String()` spelling, the text every "expected X, got Y"
 * message uses. The scanner and parser are hand-written (see
 * docs/alloy-grammar.md), so Alloy needs no Chevrotain: only the matcher
 * grammar loads it.
 */

export const T = {
  ILLEGAL: 0,
  EOF: 1,
  COMMENT: 2,
  IDENT: 3,
  NUMBER: 4,
  FLOAT: 5,
  STRING: 6,
  BOOL: 7,
  NULL: 8,
  OR: 9,
  AND: 10,
  NOT: 11,
  ASSIGN: 12,
  EQ: 13,
  NEQ: 14,
  LT: 15,
  LTE: 16,
  GT: 17,
  GTE: 18,
  ADD: 19,
  SUB: 20,
  MUL: 21,
  DIV: 22,
  MOD: 23,
  POW: 24,
  LCURLY: 25,
  RCURLY: 26,
  LPAREN: 27,
  RPAREN: 28,
  LBRACK: 29,
  RBRACK: 30,
  COMMA: 31,
  DOT: 32,
  TERMINATOR: 33,
} as const;

export type TokenKind = (typeof T)[keyof typeof T];

/** Go's `Token.String()` for every kind, indexed by kind: the names every "expected X, got Y" message uses. */
export const TOKEN_NAMES: readonly string[] = [
  "ILLEGAL", "EOF", "COMMENT", "IDENT", "NUMBER", "FLOAT", "STRING", "BOOL", "NULL",
  "||", "&&", "!", "=", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "%", "^",
  "{", "}", "(", ")", "[", "]", ",", ".", "TERMINATOR",
];

export function tokenName(kind: TokenKind): string {
  return TOKEN_NAMES[kind];
}

/** Go's BinaryPrecedence: 0 for tokens that are not binary operators. */
export const BINARY_PRECEDENCE: readonly number[] = (() => {
  const prec = new Array<number>(TOKEN_NAMES.length).fill(0);
  prec[T.OR] = 1;
  prec[T.AND] = 2;
  for (const k of [T.EQ, T.NEQ, T.LT, T.LTE, T.GT, T.GTE]) prec[k] = 3;
  prec[T.ADD] = prec[T.SUB] = 4;
  prec[T.MUL] = prec[T.DIV] = prec[T.MOD] = 5;
  prec[T.POW] = 6;
  return prec;
})();
