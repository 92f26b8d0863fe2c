/**
 * The Alloy parser: a literal port of Go's syntax/parser recursive descent,
 * including its error recovery (expect always consumes, same-line
 * de-duplication, skip-ahead), so diagnostics match Go's one for one.
 * See docs/alloy-grammar.md for why this is hand-driven rather than a
 * Chevrotain grammar.
 */
import type {
  Attribute,
  Block,
  BlockLabel,
  Comment,
  CommentGroup,
  Expression,
  File,
  Literal,
  LiteralKind,
  ObjectField,
  Position,
  Statement,
  SyntaxDiagnostic,
  UnaryOp,
  BinaryOp,
} from "./ast.js";
import { goQuote } from "../go-quote.js";
import { Scanner, isValidIdentifier } from "./scanner.js";
import { LineIndex } from "../../src/core/lines.js";
import { BINARY_PRECEDENCE, T, TOKEN_NAMES, type TokenKind } from "./tokens.js";

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
export const MAX_NESTING_DEPTH = 500;

export const NESTING_TOO_DEEP = `nesting too deep: more than ${MAX_NESTING_DEPTH} levels of blocks, brackets or operators`;

const BINARY_OPS: Record<number, BinaryOp> = {
  [T.OR]: "||",
  [T.AND]: "&&",
  [T.EQ]: "==",
  [T.NEQ]: "!=",
  [T.LT]: "<",
  [T.LTE]: "<=",
  [T.GT]: ">",
  [T.GTE]: ">=",
  [T.ADD]: "+",
  [T.SUB]: "-",
  [T.MUL]: "*",
  [T.DIV]: "/",
  [T.MOD]: "%",
  [T.POW]: "^",
};

const LITERAL_KINDS: Record<number, LiteralKind> = {
  [T.STRING]: "STRING",
  [T.NUMBER]: "NUMBER",
  [T.FLOAT]: "FLOAT",
  [T.BOOL]: "BOOL",
  [T.NULL]: "NULL",
};

interface BlockName {
  fragments: string[];
  label: string;
  start: number;
  /** Position of `start`, shared by the nodes that begin there. */
  startPosition: Position;
  /** Offset of the label token, or -1 when none was read. */
  labelPos: number;
  labelEnd: number;
  /** Offset just past the last name fragment. */
  fragmentsEnd: number;
}

/** Thrown to unwind once the nesting limit is hit; caught in the entry points. */
class NestingTooDeep extends Error {}

export class Parser {
  private readonly text: string;
  private readonly scanner: Scanner;
  private readonly lines: LineIndex;
  readonly diagnostics: SyntaxDiagnostic[] = [];
  readonly comments: CommentGroup[] = [];

  private tok: TokenKind = T.EOF;
  private pos = 0;
  private end = 0;
  private lit = "";

  /** Line of the last error reported through addError (Go's lastError); 0 = none. */
  private lastErrorLine = 0;
  private depth = 0;
  /**
   * Height of the expression tree the last parse function returned. Operator
   * and postfix chains are parsed in loops but build trees as deep as they
   * are long, and every consumer that recurses over the tree needs a bound.
   */
  private height = 0;

  constructor(text: string) {
    this.text = text;
    this.lines = new LineIndex(text);
    this.scanner = new Scanner(text, (offset, message) => this.addScanError(offset, message), { includeComments: true });
    this.next();
  }

  private position(offset: number): Position {
    return this.lines.position(offset);
  }

  private addScanError(offset: number, message: string): void {
    this.diagnostics.push({ message, start: this.position(offset) });
  }

  /** Go's addErrorf: reported at the current token, dropped if on the same line as the previous one. */
  private addError(message: string): void {
    const start = this.position(this.pos);
    if (this.lastErrorLine === start.line) return;
    this.lastErrorLine = start.line;
    this.diagnostics.push({ message, start });
  }

  /** The current token kind, read through a call so TypeScript does not narrow it across next(). */
  private current(): TokenKind {
    return this.tok;
  }

  private next0(): void {
    const scanner = this.scanner;
    this.tok = scanner.scan();
    this.pos = scanner.tokenStart;
    this.end = scanner.tokenEnd;
    this.lit = scanner.lit;
  }

  /** Advances to the next non-comment token, collecting comment groups. */
  private next(): void {
    this.next0();
    while (this.tok === T.COMMENT) this.consumeCommentGroup();
  }

  private consumeCommentGroup(): void {
    const list: Comment[] = [];
    let endLine = this.position(this.pos).line;
    while (this.tok === T.COMMENT) {
      const start = this.position(this.pos);
      if (start.line > endLine + 1) break;
      endLine = start.line;
      const lit = this.lit;
      if (lit.charCodeAt(1) === 0x2a) {
        // A block comment may end on a later line than it starts.
        for (let i = lit.indexOf("\n"); i !== -1; i = lit.indexOf("\n", i + 1)) endLine++;
      }
      list.push({ text: lit, start, end: this.position(this.end) });
      this.next0();
    }
    this.comments.push(list);
  }

  /** Skips tokens up to (not including) `to`, or EOF. */
  private advance(to: TokenKind): void {
    while (this.tok !== T.EOF && this.tok !== to) this.next();
  }

  /** Go's advanceAny(statementEnd): up to a TERMINATOR, `)`, `}`, `]` or `,`. */
  private advanceToStatementEnd(): void {
    for (;;) {
      const tok = this.tok;
      if (tok === T.EOF || tok === T.TERMINATOR || tok === T.RPAREN || tok === T.RCURLY || tok === T.RBRACK || tok === T.COMMA) return;
      this.next();
    }
  }

  /** Go's expect: consumes one token whatever it is; reports if it is not `t`. Returns the consumed token's offset. */
  private expect(t: TokenKind): number {
    const pos = this.pos;
    if (this.tok !== t) this.addError(`expected ${TOKEN_NAMES[t]}, got ${TOKEN_NAMES[this.tok]}`);
    this.next();
    return pos;
  }

  private enter(): void {
    if (++this.depth > MAX_NESTING_DEPTH) this.tooDeep(this.position(this.pos));
  }

  private tooDeep(at: Position): never {
    this.diagnostics.push({ message: NESTING_TOO_DEEP, start: at });
    throw new NestingTooDeep();
  }

  /** Turns a nesting overflow (ours or the engine's) into the diagnostic; rethrows anything else. */
  private recoverFromDepth(error: unknown): void {
    if (error instanceof NestingTooDeep) return; // already reported
    if (!(error instanceof RangeError && /call stack/i.test(error.message))) throw error;
    this.diagnostics.push({ message: NESTING_TOO_DEEP, start: this.position(this.pos) });
  }

  parseFile(): File {
    let body: Statement[] = [];
    try {
      body = this.parseBody(T.EOF);
    } catch (error) {
      this.recoverFromDepth(error);
    }
    return {
      type: "File",
      body,
      comments: this.comments,
      start: this.position(0),
      end: this.position(this.text.length),
    };
  }

  /** Go's ParseExpression entry point: one expression, then a TERMINATOR is required. */
  parseExpressionEntry(): Expression | null {
    try {
      const expr = this.parseExpression();
      this.expect(T.TERMINATOR);
      return expr;
    } catch (error) {
      this.recoverFromDepth(error);
      return null;
    }
  }

  private parseBody(until: TokenKind): Statement[] {
    const body: Statement[] = [];
    while (this.tok !== until && this.tok !== T.EOF) {
      const stmt = this.parseStatement();
      if (stmt) body.push(stmt);
      if (this.tok === until) break;
      if (this.tok !== T.TERMINATOR) {
        this.addError(`expected TERMINATOR, got ${TOKEN_NAMES[this.tok]}`);
        this.consumeStatement();
      }
      this.next();
    }
    return body;
  }

  /** Skips the rest of a statement: up to a TERMINATOR outside any pair opened meanwhile. */
  private consumeStatement(): void {
    let curly = 0;
    let brack = 0;
    let paren = 0;
    while (this.tok !== T.EOF) {
      switch (this.tok) {
        case T.LCURLY:
          curly++;
          break;
        case T.RCURLY:
          curly--;
          break;
        case T.LBRACK:
          brack++;
          break;
        case T.RBRACK:
          brack--;
          break;
        case T.LPAREN:
          paren++;
          break;
        case T.RPAREN:
          paren--;
          break;
        case T.TERMINATOR:
          if (curly <= 0 && brack <= 0 && paren <= 0) return;
      }
      this.next();
    }
  }

  private parseStatement(): Statement | null {
    const name = this.parseBlockName();
    if (!name) {
      this.advance(T.IDENT);
      return null;
    }
    switch (this.tok) {
      case T.ASSIGN:
        return this.parseAttribute(name);
      case T.LCURLY:
        return this.parseBlock(name);
      default:
        if (name.fragments.length === 1 && name.label === "") {
          this.addError(`expected attribute assignment or block body, got ${TOKEN_NAMES[this.tok]}`);
        } else {
          this.addError(`expected block body, got ${TOKEN_NAMES[this.tok]}`);
        }
        this.advance(T.IDENT);
        return null;
    }
  }

  private parseAttribute(name: BlockName): Attribute {
    this.next(); // "="
    if (name.fragments.length !== 1) {
      const joined = name.fragments.join(".");
      this.diagnostics.push({
        message: 'attribute names may only consist of a single identifier with no "."',
        start: name.startPosition,
        end: this.position(Math.min(name.start + joined.length - 1, this.text.length)),
      });
    } else if (name.labelPos >= 0) {
      this.diagnostics.push({
        message: "attribute names may not have labels",
        start: this.position(name.labelPos),
        end: this.position(Math.min(name.labelPos + name.label.length + 1, this.text.length)),
      });
    }
    const first = name.fragments[0];
    const value = this.parseExpression();
    return {
      type: "Attribute",
      name: {
        type: "Identifier",
        name: first,
        start: name.startPosition,
        end: this.position(name.start + first.length),
      },
      value,
      start: name.startPosition,
      end: value.end,
    };
  }

  private parseBlock(name: BlockName): Block {
    const nameEnd = this.position(name.fragmentsEnd);
    let label: BlockLabel | null = null;
    if (name.labelPos >= 0) {
      label = { value: name.label, start: this.position(name.labelPos), end: this.position(name.labelEnd) };
    }
    const lcurly = this.position(this.expect(T.LCURLY));
    this.enter();
    const body = this.parseBody(T.RCURLY);
    this.depth--;
    const rcurlyOffset = this.expect(T.RCURLY);
    return {
      type: "Block",
      name: name.fragments,
      nameStart: name.startPosition,
      nameEnd,
      label,
      lcurly,
      rcurly: this.position(rcurlyOffset),
      body,
      start: name.startPosition,
      end: this.position(Math.min(rcurlyOffset + 1, this.text.length)),
    };
  }

  /** BlockName = IDENT { "." IDENT } [ STRING ] */
  private parseBlockName(): BlockName | null {
    if (this.tok !== T.IDENT) {
      this.addError(`expected identifier, got ${TOKEN_NAMES[this.tok]}`);
      return null;
    }
    const fragments = [this.lit];
    const start = this.pos;
    const startPosition = this.position(start);
    let fragmentsEnd = this.end;
    this.next();
    while (this.current() === T.DOT) {
      this.next();
      if (this.tok !== T.IDENT) {
        // Keep going with a malformed name to parse as much as possible.
        this.addError(`expected identifier, got ${TOKEN_NAMES[this.tok]}`);
      }
      fragments.push(this.lit);
      fragmentsEnd = this.end;
      this.next();
    }
    let label = "";
    let labelPos = -1;
    let labelEnd = -1;
    if (this.current() !== T.ASSIGN && this.current() !== T.LCURLY) {
      if (this.current() === T.STRING) {
        const lit = this.lit;
        if (lit.charCodeAt(0) !== 0x22) {
          this.addError(`expected block label to be a double quoted string, but got ${goQuote(lit)}`);
        }
        // A non-empty label must be an identifier, judged on its raw text.
        if (lit.length > 2) {
          label = lit.slice(1, -1);
          if (!isValidIdentifier(label)) {
            this.addError(`expected block label to be a valid identifier, but got ${goQuote(label)}`);
          }
        }
        labelPos = this.pos;
        labelEnd = this.end;
      } else {
        this.addError(`expected block label, got ${TOKEN_NAMES[this.tok]}`);
      }
      this.next();
    }
    return { fragments, label, start, startPosition, labelPos, labelEnd, fragmentsEnd };
  }

  private parseExpression(): Expression {
    this.enter();
    const expr = this.parseBinOp(1);
    this.depth--;
    if (this.height > MAX_NESTING_DEPTH) this.tooDeep(expr.start);
    return expr;
  }

  private parseBinOp(inPrec: number): Expression {
    let lhs = this.parsePowExpr();
    let height = this.height;
    for (;;) {
      const tok = this.tok;
      const prec = BINARY_PRECEDENCE[tok];
      if (prec < inPrec) {
        this.height = height;
        return lhs;
      }
      const opPos = this.pos;
      this.next();
      const rhs = this.parseBinOp(prec + 1);
      height = 1 + Math.max(height, this.height);
      lhs = {
        type: "Binary",
        op: BINARY_OPS[tok],
        opPos: this.position(opPos),
        left: lhs,
        right: rhs,
        start: lhs.start,
        end: rhs.end,
      };
    }
  }

  /** PowExpr = UnaryExpr [ "^" PowExpr ]: right-associative. */
  private parsePowExpr(): Expression {
    const lhs = this.parseUnaryExpr();
    if (this.tok !== T.POW) return lhs;
    const lhsHeight = this.height;
    const opPos = this.pos;
    this.next();
    this.enter();
    const rhs = this.parsePowExpr();
    this.depth--;
    this.height = 1 + Math.max(lhsHeight, this.height);
    return { type: "Binary", op: "^", opPos: this.position(opPos), left: lhs, right: rhs, start: lhs.start, end: rhs.end };
  }

  private parseUnaryExpr(): Expression {
    if (this.tok === T.NOT || this.tok === T.SUB) {
      const op: UnaryOp = this.tok === T.NOT ? "!" : "-";
      const opPos = this.position(this.pos);
      this.next();
      this.enter();
      const value = this.parseUnaryExpr();
      this.depth--;
      this.height++;
      return { type: "Unary", op, opPos, value, start: opPos, end: value.end };
    }

    let primary = this.parsePrimaryExpr();
    let height = this.height;
    for (;;) {
      switch (this.tok) {
        case T.DOT: {
          this.next();
          const nameEnd = this.end;
          const name = this.lit;
          const nameStart = this.position(this.expect(T.IDENT));
          primary = { type: "Access", value: primary, name, nameStart, start: primary.start, end: this.position(nameEnd) };
          height++;
          break;
        }
        case T.LBRACK: {
          const lbrack = this.position(this.expect(T.LBRACK));
          const index = this.parseExpression();
          height = 1 + Math.max(height, this.height);
          const rbrackOffset = this.expect(T.RBRACK);
          primary = {
            type: "Index",
            value: primary,
            index,
            lbrack,
            rbrack: this.position(rbrackOffset),
            start: primary.start,
            end: this.position(Math.min(rbrackOffset + 1, this.text.length)),
          };
          break;
        }
        case T.LPAREN: {
          const lparen = this.position(this.expect(T.LPAREN));
          const args = this.current() !== T.RPAREN ? this.parseExpressionList(T.RPAREN) : [];
          height = 1 + Math.max(height, args.length > 0 ? this.height : 0);
          const rparenOffset = this.expect(T.RPAREN);
          primary = {
            type: "Call",
            value: primary,
            args,
            lparen,
            rparen: this.position(rparenOffset),
            start: primary.start,
            end: this.position(Math.min(rparenOffset + 1, this.text.length)),
          };
          break;
        }
        case T.STRING:
        case T.LCURLY: {
          // Probably a block written as a value: parse it as one to say so,
          // or give up on the rest of the statement if it is not a block.
          if (this.tok === T.STRING) this.next();
          const lcurlyTok = this.tok;
          this.expect(T.LCURLY);
          if (lcurlyTok !== T.LCURLY) {
            this.consumeStatement();
            this.height = height;
            return primary;
          }
          this.enter();
          this.parseBody(T.RCURLY);
          this.depth--;
          const rcurlyTok = this.tok;
          const rcurlyOffset = this.expect(T.RCURLY);
          if (rcurlyTok !== (T.RCURLY as TokenKind)) {
            this.consumeStatement();
            this.height = height;
            return primary;
          }
          this.diagnostics.push({
            message: "cannot use a block as an expression",
            start: primary.start,
            end: this.position(rcurlyOffset),
          });
          break;
        }
        default:
          this.height = height;
            return primary;
      }
    }
  }

  private parsePrimaryExpr(): Expression {
    switch (this.tok) {
      case T.IDENT: {
        const start = this.position(this.pos);
        const node: Expression = { type: "Identifier", name: this.lit, start, end: this.position(this.end) };
        this.next();
        this.height = 1;
        return node;
      }
      case T.STRING:
      case T.NUMBER:
      case T.FLOAT:
      case T.BOOL:
      case T.NULL: {
        const node: Literal = {
          type: "Literal",
          kind: LITERAL_KINDS[this.tok],
          raw: this.lit,
          start: this.position(this.pos),
          end: this.position(this.end),
        };
        this.next();
        this.height = 1;
        return node;
      }
      case T.LPAREN: {
        const lparen = this.position(this.expect(T.LPAREN));
        const inner = this.parseExpression();
        this.height++;
        const rparenOffset = this.expect(T.RPAREN);
        return {
          type: "Paren",
          inner,
          lparen,
          rparen: this.position(rparenOffset),
          start: lparen,
          end: this.position(Math.min(rparenOffset + 1, this.text.length)),
        };
      }
      case T.LBRACK: {
        const lbrack = this.position(this.expect(T.LBRACK));
        const elements = this.current() !== T.RBRACK ? this.parseExpressionList(T.RBRACK) : [];
        this.height = elements.length > 0 ? this.height + 1 : 1;
        const rbrackOffset = this.expect(T.RBRACK);
        return {
          type: "Array",
          elements,
          lbrack,
          rbrack: this.position(rbrackOffset),
          start: lbrack,
          end: this.position(Math.min(rbrackOffset + 1, this.text.length)),
        };
      }
      case T.LCURLY: {
        const lcurly = this.position(this.expect(T.LCURLY));
        // Go compares with `]` here (a slip for `}`), which decides whether `{]` reads fields.
        const fields = this.current() !== T.RBRACK ? this.parseFieldList(T.RCURLY) : [];
        this.height = fields.length > 0 ? this.height + 2 : 1; // object, field, value
        const rcurlyOffset = this.expect(T.RCURLY);
        return {
          type: "Object",
          fields,
          lcurly,
          rcurly: this.position(rcurlyOffset),
          start: lcurly,
          end: this.position(Math.min(rcurlyOffset + 1, this.text.length)),
        };
      }
    }
    this.addError(`expected expression, got ${TOKEN_NAMES[this.tok]}`);
    const at = this.position(this.pos);
    const substitute: Literal = { type: "Literal", kind: "NULL", raw: "null", start: at, end: at };
    this.advanceToStatementEnd();
    this.height = 1;
    return substitute;
  }

  private parseExpressionList(until: TokenKind): Expression[] {
    const exprs: Expression[] = [];
    let height = 0;
    while (this.tok !== until && this.tok !== T.EOF) {
      exprs.push(this.parseExpression());
      if (this.height > height) height = this.height;
      if (this.tok === until) break;
      if (this.tok !== T.COMMA) this.addError("missing ',' in expression list");
      this.next();
    }
    this.height = height; // the tallest element
    return exprs;
  }

  private parseFieldList(until: TokenKind): ObjectField[] {
    const fields: ObjectField[] = [];
    let height = 0;
    while (this.tok !== until && this.tok !== T.EOF) {
      fields.push(this.parseField());
      if (this.height > height) height = this.height;
      if (this.tok === until) break;
      if (this.tok !== T.COMMA) this.addError("missing ',' in field list");
      this.next();
    }
    this.height = height; // the tallest field value
    return fields;
  }

  /** Field = ( STRING | IDENT ) "=" Expression */
  private parseField(): ObjectField {
    const named = this.tok === T.STRING || this.tok === T.IDENT;
    if (!named) {
      this.addError(`expected field name (string or identifier), got ${TOKEN_NAMES[this.tok]}`);
      this.advance(T.ASSIGN);
    }
    // Without a name (after an error) the field sits where skipping stopped.
    const nameStart = this.position(this.pos);
    const nameEnd = named ? this.position(this.end) : nameStart;
    let name = named ? this.lit : "";
    let quoted = false;
    // Go unwraps quotes only when len > 2, so `""` stays the name `""`.
    if (this.tok === T.STRING && name.length > 2) {
      name = name.slice(1, -1);
      quoted = true;
    }
    if (named) this.next();
    this.expect(T.ASSIGN);
    const value = this.parseExpression();
    return { name, quoted, nameStart, nameEnd, value, start: nameStart, end: value.end };
  }
}
