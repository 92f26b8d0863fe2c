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
import type {
  ArrayExpr,
  Block,
  CallExpr,
  Comment,
  CommentGroup,
  Expression,
  File,
  ObjectExpr,
  ObjectField,
  Position,
  Statement,
} from "./ast.js";
import { ByteIndex } from "./printer-positions.js";
import { utf8ByteLength } from "./source.js";
import { goQuote } from "../go-quote.js";
import { requoteEscaped } from "./printer-quote.js";
import { TabWriter } from "./tabwriter.js";

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
export function printFile(file: File, text: string, options: PrintOptions = {}): PrintResult {
  const printer = new Printer(new ByteIndex(text), file.comments);
  const walker = new Walker(printer, text, options.escapedKeys ?? "keep");
  walker.statements(file.body);
  return { text: `${finish(printer.finishOutput())}\n`, warnings: walker.warnings };
}

/** Marks a run the tabwriter must not interpret (Go uses the byte 0xff). NUL never occurs in parsed text. */
const ESCAPE = "\u0000";

/** tabwriter.NewWriter(w, 0, 8, 1, ' ', DiscardEmptyColumns|TabIndent), then the trimmer. */
function finish(raw: string): string {
  const chunks: string[] = [];
  const writer = new TabWriter(
    { minWidth: 0, tabWidth: 8, padding: 1, padChar: " ", tabIndent: true, discardEmptyColumns: true, escape: ESCAPE },
    (chunk) => chunks.push(chunk),
  );
  writer.write(raw);
  writer.flush();
  return trim(chunks.join(""));
}

// ---------------------------------------------------------------------------
// Whitespace the walker asks for; held back until the next token is written.

const Ws = {
  Ignore: 0,
  Blank: 1,
  VTab: 2,
  Newline: 3,
  Formfeed: 4,
  Indent: 5,
  Unindent: 6,
} as const;
type Ws = (typeof Ws)[keyof typeof Ws];

/** The characters the whitespace kinds stand for (Ignore and the indent changes write nothing). */
const WS_TEXT = ["", " ", "\v", "\n", "\f", "", ""] as const;

/** Go's buffer is a fixed 16-entry slice that is force-flushed when full. */
const WHITESPACE_CAPACITY = 16;
const MAX_NEWLINES = 2;

/** What the printer remembers about the last thing written, for token-gluing and EOF checks. */
type LastToken = "WHITESPACE" | "IDENT" | "NUMBER" | "FLOAT" | "STRING" | "BOOL" | "NULL" | "EOF" | string;

/**
 * The printer proper (Go's `printer`): it writes tokens, decides where
 * comments go by comparing source offsets with its running estimate of the
 * current source position, and emits tabwriter control characters.
 */
class Printer {
  private readonly output: string[] = [];
  private outputEmpty = true;
  private indent = 0;
  private lastTok: LastToken = "WHITESPACE";
  private whitespace: Ws[] = [];
  /** Estimated source position (byte offset, line) of the next thing written. */
  private posOffset = 0;
  private posLine = 1;
  /** Source line just after the last text written; 0 = nothing written yet (Go only reads its line). */
  private lastLine = 0;
  /** Output column; only "at the start of a line" matters. */
  private outColumn = 1;

  private groupIndex = 0;
  private group: CommentGroup = [];
  /** Byte offset of the pending comment group, or -1 when none is left. */
  private commentOffset = -1;

  constructor(
    readonly bytes: ByteIndex,
    private readonly comments: CommentGroup[],
  ) {
    this.nextComment();
  }

  // -- the walker's vocabulary ------------------------------------------------

  /** Queue whitespace for the next token. */
  ws(item: Ws): void {
    if (item === Ws.Ignore) return;
    if (this.whitespace.length === WHITESPACE_CAPACITY) this.writeWhitespace(this.whitespace.length);
    this.whitespace.push(item);
    this.lastTok = "WHITESPACE";
  }

  /** Tell the printer where the next token really is in the source. */
  at(position: Position): void {
    this.posOffset = this.bytes.offsetOf(position);
    this.posLine = position.line;
  }

  /** An operator or delimiter. */
  token(text: string): void {
    // Keep `1 .x` and `/ *` apart so the output re-lexes to the same tokens.
    if ((this.lastTok === "NUMBER" && text[0] === ".") || (this.lastTok === "/" && text[0] === "*")) {
      this.whitespace = [Ws.Blank];
    }
    this.lastTok = text;
    this.emit(text);
  }

  ident(name: string): void {
    this.lastTok = "IDENT";
    this.emit(name);
  }

  literal(value: string, kind: LastToken): void {
    this.lastTok = kind;
    this.emit(value);
  }

  /** Writes the comments left after the last token; never trailing whitespace. */
  finishOutput(): string {
    this.flush(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, "EOF");
    return this.output.join("");
  }

  // -- Go's Write tail, flush and comment placement ---------------------------

  /** The token goes where the printer believed it was before comments and whitespace were flushed. */
  private emit(data: string): void {
    const nextOffset = this.posOffset;
    const nextLine = this.posLine;
    this.flush(nextOffset, nextLine, this.lastTok);
    this.writeString(nextOffset, nextLine, data, false);
  }

  private flush(nextOffset: number, nextLine: number, tok: LastToken): void {
    if (this.commentBefore(nextOffset)) this.injectComments(nextOffset, nextLine, tok);
    else if (tok !== "EOF") this.writeWhitespace(this.whitespace.length);
  }

  private commentBefore(nextOffset: number): boolean {
    return this.commentOffset !== -1 && this.commentOffset <= nextOffset;
  }

  private nextComment(): void {
    while (this.groupIndex < this.comments.length) {
      const group = this.comments[this.groupIndex++];
      if (group.length > 0) {
        this.group = group;
        this.commentOffset = this.bytes.offsetOf(group[0].start);
        return;
      }
    }
    this.commentOffset = -1;
  }

  private injectComments(nextOffset: number, nextLine: number, tok: LastToken): void {
    let lastComment: Comment | undefined;
    while (this.commentBefore(nextOffset)) {
      for (const comment of this.group) {
        this.writeCommentPrefix(nextLine, comment);
        this.writeString(this.bytes.offsetOf(comment.start), comment.start.line, comment.text, true);
        lastComment = comment;
      }
      this.nextComment();
    }
    if (lastComment) this.writeCommentSuffix(nextLine, tok, lastComment);
  }

  private writeCommentPrefix(nextLine: number, comment: Comment): void {
    if (this.outputEmpty) return; // nothing before the comment: no separator
    const line = comment.start.line;
    if (line === this.lastLine) {
      // A trailing comment starts a new tabwriter cell so trailing comments
      // align; a block comment followed by code on its line gets a space.
      this.writeByte(line === nextLine ? " " : "\t", 1);
      return;
    }
    // Write pending (in)dentation up to the first real whitespace, which is
    // dropped because the comment brings its own line breaks. If there is
    // none, nothing is written (Go's loop leaves its count at zero).
    let count = 0;
    for (let i = 0; i < this.whitespace.length; i++) {
      const item = this.whitespace[i];
      if (item === Ws.Indent || item === Ws.Unindent) continue;
      if (item !== Ws.Ignore) this.whitespace[i] = Ws.Ignore;
      count = i;
      break;
    }
    this.writeWhitespace(count);
    const newlines = this.lastLine > 0 ? line - this.lastLine : 0;
    if (newlines > 0) this.writeByte("\f", Math.min(newlines, MAX_NEWLINES));
  }

  private writeCommentSuffix(nextLine: number, tok: LastToken, lastComment: Comment): void {
    if (tok === "EOF") return; // no blank lines at the end of the file
    // Go's EndPos of a comment: start + byte length of its (CR-less) text - 1.
    const endOffset = this.bytes.offsetOf(lastComment.start) + utf8ByteLength(lastComment.text) - 1;
    if (lastComment.text[1] === "*" && nextLine === this.bytes.lineOfByte(endOffset)) this.writeByte(" ", 1);
    const newlines = nextLine - this.lastLine;
    let droppedFormfeed = false;
    for (let i = 0; i < this.whitespace.length; i++) {
      const item = this.whitespace[i];
      if (item === Ws.Blank || item === Ws.VTab) this.whitespace[i] = Ws.Ignore;
      else if (item === Ws.Newline || item === Ws.Formfeed) {
        if (item === Ws.Formfeed) droppedFormfeed = true;
        this.whitespace[i] = Ws.Ignore;
      }
    }
    this.writeWhitespace(this.whitespace.length);
    if (newlines > 0) this.writeByte(droppedFormfeed ? "\f" : "\n", Math.min(newlines, MAX_NEWLINES));
  }

  // -- low-level writing ------------------------------------------------------

  private writeString(offset: number, line: number, text: string, escaped: boolean): void {
    if (this.outColumn === 1) this.writeIndent();
    // An all-ASCII source prints only ASCII, so lengths are byte lengths.
    this.posOffset = offset + (this.bytes.ascii ? text.length : utf8ByteLength(text));
    this.posLine = line;
    this.append(escaped ? ESCAPE + text + ESCAPE : text);

    let newlines = 0;
    let lastNewline = -1;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
      newlines++;
      lastNewline = i;
    }
    // A form feed only occurs inside comments and raw strings; Go counts it as a line break here.
    for (let i = text.indexOf("\f"); i !== -1; i = text.indexOf("\f", i + 1)) {
      newlines++;
      lastNewline = Math.max(lastNewline, i);
    }
    if (newlines > 0) {
      this.posLine += newlines;
      this.outColumn = text.length - lastNewline;
    } else {
      this.outColumn += text.length;
    }
    this.lastLine = this.posLine;
  }

  private writeIndent(): void {
    if (this.indent > 0) this.append(INDENTS[this.indent] ?? "\t".repeat(this.indent));
    this.posOffset += this.indent;
    this.outColumn += this.indent;
  }

  private writeByte(ch: string, count: number): void {
    if (this.outColumn === 1) this.writeIndent();
    this.append(count === 1 ? ch : ch.repeat(count));
    this.posOffset += count;
    if (ch === "\n" || ch === "\f") {
      this.posLine += count;
      this.outColumn = 1;
    } else {
      this.outColumn += count;
    }
  }

  private writeWhitespace(count: number): void {
    const pending = this.whitespace;
    for (let i = 0; i < count; i++) {
      const item = pending[i];
      switch (item) {
        case Ws.Ignore:
          break;
        case Ws.Indent:
          this.indent++;
          break;
        case Ws.Unindent:
          this.indent--;
          if (this.indent < 0) throw new Error("printer: negative indentation");
          break;
        default:
          this.writeByte(WS_TEXT[item], 1);
      }
    }
    if (count === pending.length) pending.length = 0;
    else pending.splice(0, count);
  }

  private append(text: string): void {
    this.output.push(text);
    if (text.length > 0) this.outputEmpty = false;
  }
}

const INDENTS = Array.from({ length: 16 }, (_, depth) => "\t".repeat(depth));

// ---------------------------------------------------------------------------
// The walker (Go's walker.go): turns nodes into tokens and layout requests.

class Walker {
  readonly warnings: PrinterWarning[] = [];

  constructor(
    private readonly p: Printer,
    private readonly source: string,
    private readonly escapedKeys: "keep" | "alloy",
  ) {}

  statements(body: Statement[]): void {
    const p = this.p;
    for (let i = 0; i < body.length; i++) {
      const statement = body[i];
      if (i > 0) {
        // Blocks always get a blank line before them; other statements keep
        // one if the source had one.
        if (statement.type === "Block") p.ws(Ws.Formfeed);
        else if (this.startLine(statement) - this.endLine(body[i - 1]) > 1) p.ws(Ws.Formfeed);
      }
      if (statement.type === "Block") this.block(statement);
      else {
        p.at(statement.name.start);
        p.ident(statement.name.name);
        p.ws(Ws.VTab);
        p.token("=");
        p.ws(Ws.Blank);
        this.expression(statement.value);
      }
      // A statement spanning several source lines ends the alignment run.
      p.ws(this.lineSpan(statement) > 1 ? Ws.Formfeed : Ws.Newline);
    }
  }

  private block(block: Block): void {
    const p = this.p;
    p.at(block.nameStart);
    p.ident(block.name.join("."));
    if (block.label && block.label.value !== "") {
      p.ws(Ws.Blank);
      p.at(block.label.start);
      p.literal(goQuote(block.label.value), "STRING");
    }
    p.ws(Ws.Blank);
    p.at(block.lcurly);
    p.token("{");
    p.ws(Ws.Indent);
    if (block.body.length > 0) {
      p.ws(Ws.Formfeed);
      this.statements(block.body);
    } else {
      p.ws(Ws.Blank);
    }
    p.ws(Ws.Unindent);
    p.at(block.rcurly);
    p.token("}");
  }

  private expression(e: Expression): void {
    const p = this.p;
    switch (e.type) {
      case "Literal":
        p.at(e.start);
        p.literal(e.raw, e.kind);
        return;
      case "Array":
        return this.array(e);
      case "Object":
        return this.object(e);
      case "Identifier":
        p.at(e.start);
        p.ident(e.name);
        return;
      case "Access":
        this.expression(e.value);
        p.token(".");
        p.ident(e.name);
        return;
      case "Index":
        this.expression(e.value);
        p.at(e.lbrack);
        p.token("[");
        this.expression(e.index);
        p.at(e.rbrack);
        p.token("]");
        return;
      case "Call":
        return this.call(e);
      case "Unary":
        p.at(e.opPos);
        p.token(e.op);
        this.expression(e.value);
        return;
      case "Binary":
        this.expression(e.left);
        p.ws(Ws.Blank);
        p.at(e.opPos);
        p.token(e.op);
        p.ws(Ws.Blank);
        this.expression(e.right);
        return;
      case "Paren":
        // Go writes parentheses without their positions.
        p.token("(");
        this.expression(e.inner);
        p.token(")");
        return;
    }
  }

  private array(e: ArrayExpr): void {
    const p = this.p;
    p.at(e.lbrack);
    p.token("[");
    let prevLine = e.lbrack.line;
    e.elements.forEach((element, i) => {
      let newline = false;
      if (this.startLine(element) !== prevLine) {
        // Indent before the line break so comments before the element indent too.
        p.ws(Ws.Indent);
        p.ws(Ws.Formfeed);
        newline = true;
      } else if (i > 0) {
        p.ws(Ws.Blank);
      }
      prevLine = this.endLine(element);
      this.expression(element);
      if (i + 1 < e.elements.length) p.token(",");
      if (newline) p.ws(Ws.Unindent);
    });
    if (e.elements.length > 0 && prevLine !== e.rbrack.line) {
      p.token(",");
      p.ws(Ws.Indent);
      p.ws(Ws.Formfeed);
      p.ws(Ws.Unindent);
    }
    p.at(e.rbrack);
    p.token("]");
  }

  private object(e: ObjectExpr): void {
    const p = this.p;
    p.at(e.lcurly);
    p.token("{");
    p.ws(Ws.Indent);
    let prevLine = e.lcurly.line;
    e.fields.forEach((field, i) => {
      if (field.nameStart.line !== prevLine) {
        // Fields stay in one alignment run while the previous value fits on one line.
        p.ws(i > 0 && this.lineSpan(e.fields[i - 1].value) === 1 ? Ws.Newline : Ws.Formfeed);
      } else if (i > 0) {
        p.ws(Ws.Blank);
      }
      prevLine = this.keyEndLine(field);
      p.at(field.nameStart);
      if (field.quoted) p.literal(this.quoteKey(field), "STRING");
      else p.ident(field.name);
      p.ws(Ws.VTab);
      p.token("=");
      p.ws(Ws.Blank);
      this.expression(field.value);
      if (i + 1 < e.fields.length) p.token(",");
    });
    if (e.fields.length > 0 && prevLine !== e.rcurly.line) {
      p.token(",");
      p.ws(Ws.Formfeed);
    }
    p.ws(Ws.Unindent);
    p.at(e.rcurly);
    p.token("}");
  }

  private call(e: CallExpr): void {
    const p = this.p;
    this.expression(e.value);
    p.token("(");
    let prevLine = e.lparen.line;
    e.args.forEach((arg, i) => {
      let newline = false;
      if (this.startLine(arg) !== prevLine) {
        p.ws(Ws.Formfeed);
        p.ws(Ws.Indent);
        newline = true;
      }
      this.expression(arg);
      prevLine = this.endLine(arg);
      if (i + 1 < e.args.length) {
        p.token(",");
        p.ws(Ws.Blank);
      }
      if (newline) p.ws(Ws.Unindent);
    });
    if (prevLine !== e.rparen.line) {
      p.token(",");
      p.ws(Ws.Formfeed);
    }
    p.token(")");
  }

  /**
   * Go prints `%q` of the undecoded key text. For a double-quoted key with
   * escapes that changes the key, so we keep its escapes and warn.
   */
  private quoteKey(field: ObjectField): string {
    const doubleQuoted = this.source[field.nameStart.offset] === '"';
    if (this.escapedKeys === "alloy" || !doubleQuoted || !field.name.includes("\\")) return goQuote(field.name);
    const kept = requoteEscaped(field.name);
    this.warnings.push({
      message: `Kept object key ${kept} as written: alloy fmt would print ${goQuote(field.name)}, which is a different key`,
      start: field.nameStart,
      end: field.nameEnd,
    });
    return kept;
  }

  // -- Go's StartPos/EndPos, as source line numbers ---------------------------

  private startLine(node: Statement | Expression): number {
    switch (node.type) {
      case "Attribute":
        return node.name.start.line;
      case "Block":
        return node.nameStart.line;
      case "Access":
      case "Index":
      case "Call":
        return this.startLine(node.value);
      case "Binary":
        return this.startLine(node.left);
      case "Unary":
        return node.opPos.line;
      case "Array":
        return node.lbrack.line;
      case "Object":
        return node.lcurly.line;
      case "Paren":
        return node.lparen.line;
      case "Literal":
      case "Identifier":
        return node.start.line;
    }
  }

  /** Go's EndPos: the last byte of the node (start + byte length - 1 for names and literals). */
  private endLine(node: Statement | Expression): number {
    switch (node.type) {
      case "Attribute":
        return this.endLine(node.value);
      case "Block":
        return node.rcurly.line;
      case "Literal":
        return this.lastByteLine(node.start, node.raw);
      case "Identifier":
        return this.lastByteLine(node.start, node.name);
      case "Access":
        return this.lastByteLine(node.nameStart, node.name);
      case "Index":
        return node.rbrack.line;
      case "Call":
        return node.rparen.line;
      case "Unary":
        return this.endLine(node.value);
      case "Binary":
        return this.endLine(node.right);
      case "Array":
        return node.rbrack.line;
      case "Object":
        return node.rcurly.line;
      case "Paren":
        return node.rparen.line;
    }
  }

  /** Go measures a quoted key from its opening quote over the unquoted name. */
  private keyEndLine(field: ObjectField): number {
    return this.lastByteLine(field.nameStart, field.name);
  }

  private lineSpan(node: Statement | Expression): number {
    return this.endLine(node) - this.startLine(node) + 1;
  }

  private lastByteLine(start: Position, text: string): number {
    // Fast path: text without a line break ends on its start line.
    if (!text.includes("\n")) return start.line;
    const bytes = this.p.bytes;
    return bytes.lineOfByte(bytes.offsetOf(start) + utf8ByteLength(text) - 1);
  }
}

// ---------------------------------------------------------------------------

/**
 * Go's printer trimmer: drops spaces and tabs before a line break and at the
 * end, turns '\f' into '\n' and '\v' into '\t', and passes escaped runs
 * (comments) through untouched, without their escape markers. Go runs it as
 * a state machine over the tabwriter's writes; the result does not depend on
 * how the text is split, so it is done here on the whole text at once.
 */
function trim(text: string): string {
  const parts = text.split(ESCAPE);
  // Even parts are plain text, odd parts escaped runs (kept verbatim).
  for (let i = 0; i < parts.length; i += 2) {
    let part = parts[i].replace(TRAILING_BLANKS, "");
    if (i === parts.length - 1) part = part.replace(FINAL_BLANKS, "");
    parts[i] = part.replace(/\v/g, "\t").replace(/\f/g, "\n");
  }
  return parts.join("");
}

const TRAILING_BLANKS = /[ \t\v]+(?=[\n\f])/g;
const FINAL_BLANKS = /[ \t\v]+$/;
