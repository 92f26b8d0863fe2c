import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  LineIndex,
  searchStarts
} from "./chunk-GEBKUC7T.js";
import {
  goQuote
} from "./chunk-LNV7EB7H.js";
import {
  utf8ByteLength
} from "./chunk-2MG4L5QS.js";

// dist/grammar/alloy/printer-positions.js
var ByteIndex = class {
  text;
  /** UTF-16 offset of each line start. */
  lineStarts;
  /** UTF-8 byte offset of each line start. */
  byteStarts;
  /** The whole text is ASCII: byte offsets equal UTF-16 offsets. */
  ascii;
  constructor(text) {
    this.text = text;
    this.lineStarts = new LineIndex(text).starts;
    this.ascii = !/[^\u0000-\u007f]/.test(text);
    if (this.ascii) {
      this.byteStarts = this.lineStarts;
    } else {
      const byteStarts = [0];
      for (let line = 1; line < this.lineStarts.length; line++) {
        const from = this.lineStarts[line - 1];
        byteStarts.push(byteStarts[line - 1] + utf8ByteLength(text, from, this.lineStarts[line]));
      }
      this.byteStarts = byteStarts;
    }
  }
  /** Go's byte offset of one of our positions. */
  offsetOf(position) {
    if (this.ascii)
      return position.offset;
    const line = position.line;
    return this.byteStarts[line - 1] + utf8ByteLength(this.text, this.lineStarts[line - 1], position.offset);
  }
  /** Go's `Pos.Add(n).Position().Line`: the line that holds a byte offset. */
  lineOfByte(offset) {
    return searchStarts(this.byteStarts, offset) + 1;
  }
};

// dist/grammar/alloy/printer-quote.js
function requoteEscaped(body) {
  let out = '"';
  let plainFrom = 0;
  for (let i = body.indexOf("\\"); i !== -1 && i + 1 < body.length; i = body.indexOf("\\", plainFrom)) {
    out += quoteInner(body.slice(plainFrom, i));
    out += body.slice(i, i + 2);
    plainFrom = i + 2;
  }
  return `${out}${quoteInner(body.slice(plainFrom))}"`;
}
function quoteInner(text) {
  return text === "" ? "" : goQuote(text).slice(1, -1);
}

// dist/grammar/alloy/tabwriter.js
var TabWriter = class {
  options;
  sink;
  cellText = "";
  /** Index in cellText up to which `cellWidth` has been counted. */
  counted = 0;
  cellWidth = 0;
  inEscape = false;
  lines = [[]];
  widths = [];
  tabs;
  /** Cell terminators, line breaks and the escape character. */
  special;
  constructor(options, sink) {
    this.options = options;
    this.sink = sink;
    this.tabs = "	".repeat(8);
    this.special = new RegExp(`[\\t\\v\\n\\f${escapeRegExp(options.escape)}]`, "g");
  }
  write(text) {
    const escape = this.options.escape;
    const special = this.special;
    let start = 0;
    let i = 0;
    while (i < text.length) {
      if (this.inEscape) {
        const close = text.indexOf(escape, i);
        if (close === -1)
          break;
        this.append(text.slice(start, close + 1));
        start = i = close + 1;
        this.endEscape();
        continue;
      }
      special.lastIndex = i;
      const found = special.exec(text);
      if (!found)
        break;
      i = found.index;
      const ch = text[i];
      if (ch === escape) {
        this.append(text.slice(start, i));
        this.updateWidth();
        start = i;
        this.inEscape = true;
        i++;
        continue;
      }
      this.append(text.slice(start, i));
      this.updateWidth();
      start = ++i;
      const cells = this.terminateCell(ch === "	");
      if (ch === "\n" || ch === "\f") {
        this.lines.push([]);
        if (ch === "\f" || cells === 1)
          this.flush();
      }
    }
    this.append(text.slice(start));
  }
  /** Formats and writes everything buffered; an open escape counts as closed. */
  flush() {
    if (this.cellText.length > 0) {
      if (this.inEscape)
        this.endEscape();
      this.terminateCell(false);
    }
    this.format(0, this.lines.length);
    this.cellText = "";
    this.counted = 0;
    this.cellWidth = 0;
    this.inEscape = false;
    this.lines = [[]];
    this.widths = [];
  }
  append(text) {
    this.cellText += text;
  }
  updateWidth() {
    this.cellWidth += codePointCount(this.cellText, this.counted, this.cellText.length);
    this.counted = this.cellText.length;
  }
  endEscape() {
    this.updateWidth();
    this.cellWidth -= 2;
    this.counted = this.cellText.length;
    this.inEscape = false;
  }
  terminateCell(htab) {
    const line = this.lines[this.lines.length - 1];
    line.push({ text: this.cellText, width: this.cellWidth, htab });
    this.cellText = "";
    this.counted = 0;
    this.cellWidth = 0;
    return line.length;
  }
  /**
   * Go's column-block algorithm. Go recurses once per column (the widths of
   * the columns to the left are on `widths`); a line can have tens of
   * thousands of cells, so the recursion is unrolled onto an explicit stack.
   * A frame at depth d formats column d over lines [line0, line1).
   */
  format(first, last) {
    const stack = [{ line0: first, line1: last, next: first, resume: first }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const column = this.widths.length;
      let descended = false;
      for (; frame.next < frame.line1; frame.next++) {
        const start = frame.next;
        if (column >= this.lines[start].length - 1)
          continue;
        this.writeLines(frame.line0, start);
        frame.line0 = start;
        let width = this.options.minWidth;
        let discardable = true;
        let end = start;
        for (; end < frame.line1; end++) {
          const line = this.lines[end];
          if (column >= line.length - 1)
            break;
          const cell = line[column];
          width = Math.max(width, cell.width + this.options.padding);
          if (cell.width > 0 || cell.htab)
            discardable = false;
        }
        if (discardable && this.options.discardEmptyColumns)
          width = 0;
        this.widths.push(width);
        frame.resume = end;
        frame.next = end + 1;
        stack.push({ line0: start, line1: end, next: start, resume: start });
        descended = true;
        break;
      }
      if (descended)
        continue;
      this.writeLines(frame.line0, frame.line1);
      stack.pop();
      if (stack.length > 0) {
        this.widths.pop();
        const parent = stack[stack.length - 1];
        parent.line0 = parent.resume;
      }
    }
  }
  writeLines(line0, line1) {
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i];
      let useTabs = this.options.tabIndent;
      for (let j = 0; j < line.length; j++) {
        const cell = line[j];
        if (cell.text.length === 0) {
          if (j < this.widths.length)
            this.writePadding(cell.width, this.widths[j], useTabs);
        } else {
          useTabs = false;
          this.sink(cell.text);
          if (j < this.widths.length)
            this.writePadding(cell.width, this.widths[j], false);
        }
      }
      if (i + 1 < this.lines.length)
        this.sink("\n");
    }
  }
  writePadding(textWidth, cellWidth, useTabs) {
    const { tabWidth, padChar } = this.options;
    if (padChar === "	" || useTabs) {
      if (tabWidth === 0)
        return;
      const rounded = Math.ceil(cellWidth / tabWidth) * tabWidth;
      const count = Math.ceil((rounded - textWidth) / tabWidth);
      if (count > 0)
        this.sink(count <= this.tabs.length ? this.tabs.slice(0, count) : "	".repeat(count));
      return;
    }
    if (cellWidth > textWidth)
      this.sink(padChar.repeat(cellWidth - textWidth));
  }
};
function codePointCount(text, from, to) {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 56320 || code > 57343 || i === from || !isHighSurrogate(text.charCodeAt(i - 1)))
      count++;
  }
  return count;
}
function isHighSurrogate(code) {
  return code >= 55296 && code <= 56319;
}
function escapeRegExp(ch) {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

// dist/grammar/alloy/printer.js
function printFile(file, text, options = {}) {
  const printer = new Printer(new ByteIndex(text), file.comments);
  const walker = new Walker(printer, text, options.escapedKeys ?? "keep");
  walker.statements(file.body);
  return { text: `${finish(printer.finishOutput())}
`, warnings: walker.warnings };
}
var ESCAPE = "\0";
function finish(raw) {
  const chunks = [];
  const writer = new TabWriter({ minWidth: 0, tabWidth: 8, padding: 1, padChar: " ", tabIndent: true, discardEmptyColumns: true, escape: ESCAPE }, (chunk) => chunks.push(chunk));
  writer.write(raw);
  writer.flush();
  return trim(chunks.join(""));
}
var Ws = {
  Ignore: 0,
  Blank: 1,
  VTab: 2,
  Newline: 3,
  Formfeed: 4,
  Indent: 5,
  Unindent: 6
};
var WS_TEXT = ["", " ", "\v", "\n", "\f", "", ""];
var WHITESPACE_CAPACITY = 16;
var MAX_NEWLINES = 2;
var Printer = class {
  bytes;
  comments;
  output = [];
  outputEmpty = true;
  indent = 0;
  lastTok = "WHITESPACE";
  whitespace = [];
  /** Estimated source position (byte offset, line) of the next thing written. */
  posOffset = 0;
  posLine = 1;
  /** Source line just after the last text written; 0 = nothing written yet (Go only reads its line). */
  lastLine = 0;
  /** Output column; only "at the start of a line" matters. */
  outColumn = 1;
  groupIndex = 0;
  group = [];
  /** Byte offset of the pending comment group, or -1 when none is left. */
  commentOffset = -1;
  constructor(bytes, comments) {
    this.bytes = bytes;
    this.comments = comments;
    this.nextComment();
  }
  // -- the walker's vocabulary ------------------------------------------------
  /** Queue whitespace for the next token. */
  ws(item) {
    if (item === Ws.Ignore)
      return;
    if (this.whitespace.length === WHITESPACE_CAPACITY)
      this.writeWhitespace(this.whitespace.length);
    this.whitespace.push(item);
    this.lastTok = "WHITESPACE";
  }
  /** Tell the printer where the next token really is in the source. */
  at(position) {
    this.posOffset = this.bytes.offsetOf(position);
    this.posLine = position.line;
  }
  /** An operator or delimiter. */
  token(text) {
    if (this.lastTok === "NUMBER" && text[0] === "." || this.lastTok === "/" && text[0] === "*") {
      this.whitespace = [Ws.Blank];
    }
    this.lastTok = text;
    this.emit(text);
  }
  ident(name) {
    this.lastTok = "IDENT";
    this.emit(name);
  }
  literal(value, kind) {
    this.lastTok = kind;
    this.emit(value);
  }
  /** Writes the comments left after the last token; never trailing whitespace. */
  finishOutput() {
    this.flush(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, "EOF");
    return this.output.join("");
  }
  // -- Go's Write tail, flush and comment placement ---------------------------
  /** The token goes where the printer believed it was before comments and whitespace were flushed. */
  emit(data) {
    const nextOffset = this.posOffset;
    const nextLine = this.posLine;
    this.flush(nextOffset, nextLine, this.lastTok);
    this.writeString(nextOffset, nextLine, data, false);
  }
  flush(nextOffset, nextLine, tok) {
    if (this.commentBefore(nextOffset))
      this.injectComments(nextOffset, nextLine, tok);
    else if (tok !== "EOF")
      this.writeWhitespace(this.whitespace.length);
  }
  commentBefore(nextOffset) {
    return this.commentOffset !== -1 && this.commentOffset <= nextOffset;
  }
  nextComment() {
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
  injectComments(nextOffset, nextLine, tok) {
    let lastComment;
    while (this.commentBefore(nextOffset)) {
      for (const comment of this.group) {
        this.writeCommentPrefix(nextLine, comment);
        this.writeString(this.bytes.offsetOf(comment.start), comment.start.line, comment.text, true);
        lastComment = comment;
      }
      this.nextComment();
    }
    if (lastComment)
      this.writeCommentSuffix(nextLine, tok, lastComment);
  }
  writeCommentPrefix(nextLine, comment) {
    if (this.outputEmpty)
      return;
    const line = comment.start.line;
    if (line === this.lastLine) {
      this.writeByte(line === nextLine ? " " : "	", 1);
      return;
    }
    let count = 0;
    for (let i = 0; i < this.whitespace.length; i++) {
      const item = this.whitespace[i];
      if (item === Ws.Indent || item === Ws.Unindent)
        continue;
      if (item !== Ws.Ignore)
        this.whitespace[i] = Ws.Ignore;
      count = i;
      break;
    }
    this.writeWhitespace(count);
    const newlines = this.lastLine > 0 ? line - this.lastLine : 0;
    if (newlines > 0)
      this.writeByte("\f", Math.min(newlines, MAX_NEWLINES));
  }
  writeCommentSuffix(nextLine, tok, lastComment) {
    if (tok === "EOF")
      return;
    const endOffset = this.bytes.offsetOf(lastComment.start) + utf8ByteLength(lastComment.text) - 1;
    if (lastComment.text[1] === "*" && nextLine === this.bytes.lineOfByte(endOffset))
      this.writeByte(" ", 1);
    const newlines = nextLine - this.lastLine;
    let droppedFormfeed = false;
    for (let i = 0; i < this.whitespace.length; i++) {
      const item = this.whitespace[i];
      if (item === Ws.Blank || item === Ws.VTab)
        this.whitespace[i] = Ws.Ignore;
      else if (item === Ws.Newline || item === Ws.Formfeed) {
        if (item === Ws.Formfeed)
          droppedFormfeed = true;
        this.whitespace[i] = Ws.Ignore;
      }
    }
    this.writeWhitespace(this.whitespace.length);
    if (newlines > 0)
      this.writeByte(droppedFormfeed ? "\f" : "\n", Math.min(newlines, MAX_NEWLINES));
  }
  // -- low-level writing ------------------------------------------------------
  writeString(offset, line, text, escaped) {
    if (this.outColumn === 1)
      this.writeIndent();
    this.posOffset = offset + (this.bytes.ascii ? text.length : utf8ByteLength(text));
    this.posLine = line;
    this.append(escaped ? ESCAPE + text + ESCAPE : text);
    let newlines = 0;
    let lastNewline = -1;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
      newlines++;
      lastNewline = i;
    }
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
  writeIndent() {
    if (this.indent > 0)
      this.append(INDENTS[this.indent] ?? "	".repeat(this.indent));
    this.posOffset += this.indent;
    this.outColumn += this.indent;
  }
  writeByte(ch, count) {
    if (this.outColumn === 1)
      this.writeIndent();
    this.append(count === 1 ? ch : ch.repeat(count));
    this.posOffset += count;
    if (ch === "\n" || ch === "\f") {
      this.posLine += count;
      this.outColumn = 1;
    } else {
      this.outColumn += count;
    }
  }
  writeWhitespace(count) {
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
          if (this.indent < 0)
            throw new Error("printer: negative indentation");
          break;
        default:
          this.writeByte(WS_TEXT[item], 1);
      }
    }
    if (count === pending.length)
      pending.length = 0;
    else
      pending.splice(0, count);
  }
  append(text) {
    this.output.push(text);
    if (text.length > 0)
      this.outputEmpty = false;
  }
};
var INDENTS = Array.from({ length: 16 }, (_, depth) => "	".repeat(depth));
var Walker = class {
  p;
  source;
  escapedKeys;
  warnings = [];
  constructor(p, source, escapedKeys) {
    this.p = p;
    this.source = source;
    this.escapedKeys = escapedKeys;
  }
  statements(body) {
    const p = this.p;
    for (let i = 0; i < body.length; i++) {
      const statement = body[i];
      if (i > 0) {
        if (statement.type === "Block")
          p.ws(Ws.Formfeed);
        else if (this.startLine(statement) - this.endLine(body[i - 1]) > 1)
          p.ws(Ws.Formfeed);
      }
      if (statement.type === "Block")
        this.block(statement);
      else {
        p.at(statement.name.start);
        p.ident(statement.name.name);
        p.ws(Ws.VTab);
        p.token("=");
        p.ws(Ws.Blank);
        this.expression(statement.value);
      }
      p.ws(this.lineSpan(statement) > 1 ? Ws.Formfeed : Ws.Newline);
    }
  }
  block(block) {
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
  expression(e) {
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
        p.token("(");
        this.expression(e.inner);
        p.token(")");
        return;
    }
  }
  array(e) {
    const p = this.p;
    p.at(e.lbrack);
    p.token("[");
    let prevLine = e.lbrack.line;
    e.elements.forEach((element, i) => {
      let newline = false;
      if (this.startLine(element) !== prevLine) {
        p.ws(Ws.Indent);
        p.ws(Ws.Formfeed);
        newline = true;
      } else if (i > 0) {
        p.ws(Ws.Blank);
      }
      prevLine = this.endLine(element);
      this.expression(element);
      if (i + 1 < e.elements.length)
        p.token(",");
      if (newline)
        p.ws(Ws.Unindent);
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
  object(e) {
    const p = this.p;
    p.at(e.lcurly);
    p.token("{");
    p.ws(Ws.Indent);
    let prevLine = e.lcurly.line;
    e.fields.forEach((field, i) => {
      if (field.nameStart.line !== prevLine) {
        p.ws(i > 0 && this.lineSpan(e.fields[i - 1].value) === 1 ? Ws.Newline : Ws.Formfeed);
      } else if (i > 0) {
        p.ws(Ws.Blank);
      }
      prevLine = this.keyEndLine(field);
      p.at(field.nameStart);
      if (field.quoted)
        p.literal(this.quoteKey(field), "STRING");
      else
        p.ident(field.name);
      p.ws(Ws.VTab);
      p.token("=");
      p.ws(Ws.Blank);
      this.expression(field.value);
      if (i + 1 < e.fields.length)
        p.token(",");
    });
    if (e.fields.length > 0 && prevLine !== e.rcurly.line) {
      p.token(",");
      p.ws(Ws.Formfeed);
    }
    p.ws(Ws.Unindent);
    p.at(e.rcurly);
    p.token("}");
  }
  call(e) {
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
      if (newline)
        p.ws(Ws.Unindent);
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
  quoteKey(field) {
    const doubleQuoted = this.source[field.nameStart.offset] === '"';
    if (this.escapedKeys === "alloy" || !doubleQuoted || !field.name.includes("\\"))
      return goQuote(field.name);
    const kept = requoteEscaped(field.name);
    this.warnings.push({
      message: `Kept object key ${kept} as written: alloy fmt would print ${goQuote(field.name)}, which is a different key`,
      start: field.nameStart,
      end: field.nameEnd
    });
    return kept;
  }
  // -- Go's StartPos/EndPos, as source line numbers ---------------------------
  startLine(node) {
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
  endLine(node) {
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
  keyEndLine(field) {
    return this.lastByteLine(field.nameStart, field.name);
  }
  lineSpan(node) {
    return this.endLine(node) - this.startLine(node) + 1;
  }
  lastByteLine(start, text) {
    if (!text.includes("\n"))
      return start.line;
    const bytes = this.p.bytes;
    return bytes.lineOfByte(bytes.offsetOf(start) + utf8ByteLength(text) - 1);
  }
};
function trim(text) {
  const parts = text.split(ESCAPE);
  for (let i = 0; i < parts.length; i += 2) {
    let part = parts[i].replace(TRAILING_BLANKS, "");
    if (i === parts.length - 1)
      part = part.replace(FINAL_BLANKS, "");
    parts[i] = part.replace(/\v/g, "	").replace(/\f/g, "\n");
  }
  return parts.join("");
}
var TRAILING_BLANKS = /[ \t\v]+(?=[\n\f])/g;
var FINAL_BLANKS = /[ \t\v]+$/;

export {
  printFile
};
