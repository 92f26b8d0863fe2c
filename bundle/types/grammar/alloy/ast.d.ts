/**
 * The Alloy syntax tree fleetlint works with. It mirrors Go's syntax/ast
 * (the corpus `.ast.json` shape) so parity can be checked node for node, and
 * adds start/end positions on every node. Callers never see Chevrotain types.
 *
 * Positions: `offset` is a UTF-16 index into the decoded source text; `line`
 * is 1-based; `column` is 1-based in UTF-16 code units. Go's byte columns are
 * derived with `byteColumn()` from ./source.ts when parity output needs them.
 * `end` positions are exclusive (the offset just past the node).
 */
/** The one position model (src/core/lines.ts): offset, 1-based line and UTF-16 column. */
export type { Position } from "../../src/core/lines.js";
import type { Position } from "../../src/core/lines.js";
export interface NodeBase {
    start: Position;
    end: Position;
}
export interface Comment extends NodeBase {
    /** Comment text as written (`// x` or `/* x *\/`) with CR characters removed as Go does. */
    text: string;
}
/** Adjacent comments, grouped as Go's parser groups them. */
export type CommentGroup = Comment[];
export interface File extends NodeBase {
    type: "File";
    body: Statement[];
    comments: CommentGroup[];
}
export type Statement = Attribute | Block;
export interface Attribute extends NodeBase {
    type: "Attribute";
    name: Identifier;
    value: Expression;
}
export interface BlockLabel extends NodeBase {
    /** Text between the quotes, escapes not decoded. */
    value: string;
}
export interface Block extends NodeBase {
    type: "Block";
    /** Dot-separated name fragments: `prometheus.scrape` → ["prometheus", "scrape"]. */
    name: string[];
    /** Span of the whole dotted name. */
    nameStart: Position;
    nameEnd: Position;
    /** null when no label was written; an explicit `""` is a label with value "". */
    label: BlockLabel | null;
    lcurly: Position;
    rcurly: Position;
    body: Statement[];
}
export type Expression = Literal | Identifier | ArrayExpr | ObjectExpr | AccessExpr | IndexExpr | CallExpr | UnaryExpr | BinaryExpr | ParenExpr;
export type LiteralKind = "NUMBER" | "FLOAT" | "STRING" | "BOOL" | "NULL";
export interface Literal extends NodeBase {
    type: "Literal";
    kind: LiteralKind;
    /** Exact source text, quotes and backticks included. */
    raw: string;
}
export interface Identifier extends NodeBase {
    type: "Identifier";
    name: string;
}
export interface ArrayExpr extends NodeBase {
    type: "Array";
    elements: Expression[];
    lbrack: Position;
    rbrack: Position;
}
export interface ObjectField extends NodeBase {
    /** Key text: identifier, or the text between quotes/backticks (escapes not decoded). */
    name: string;
    /** Go's `Quoted`: true for string keys except the empty key `""`, which Go keeps as the name `""`. */
    quoted: boolean;
    nameStart: Position;
    nameEnd: Position;
    value: Expression;
}
export interface ObjectExpr extends NodeBase {
    type: "Object";
    fields: ObjectField[];
    lcurly: Position;
    rcurly: Position;
}
export interface AccessExpr extends NodeBase {
    type: "Access";
    value: Expression;
    name: string;
    nameStart: Position;
}
export interface IndexExpr extends NodeBase {
    type: "Index";
    value: Expression;
    index: Expression;
    lbrack: Position;
    rbrack: Position;
}
export interface CallExpr extends NodeBase {
    type: "Call";
    value: Expression;
    args: Expression[];
    lparen: Position;
    rparen: Position;
}
export type UnaryOp = "!" | "-";
export interface UnaryExpr extends NodeBase {
    type: "Unary";
    op: UnaryOp;
    opPos: Position;
    value: Expression;
}
export type BinaryOp = "||" | "&&" | "==" | "!=" | "<" | "<=" | ">" | ">=" | "+" | "-" | "*" | "/" | "%" | "^";
export interface BinaryExpr extends NodeBase {
    type: "Binary";
    op: BinaryOp;
    opPos: Position;
    left: Expression;
    right: Expression;
}
export interface ParenExpr extends NodeBase {
    type: "Paren";
    inner: Expression;
    lparen: Position;
    rparen: Position;
}
export type Node = File | Statement | Expression;
/**
 * A syntax diagnostic, exactly as Go's parser/scanner reports it: the message
 * text is Go's, `start` is Go's position (converted to our Position), and
 * `end` is present for the three parser messages that carry one.
 */
export interface SyntaxDiagnostic {
    message: string;
    start: Position;
    end?: Position;
}
export interface ParseResult<T> {
    /** null whenever there is at least one diagnostic, as Go's ParseFile returns no AST. */
    ast: T | null;
    diagnostics: SyntaxDiagnostic[];
    /** The decoded text the positions refer to (invalid UTF-8 bytes escaped, see source.ts). */
    text: string;
}
