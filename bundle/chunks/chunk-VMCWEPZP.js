import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  LineIndex
} from "./chunk-GEBKUC7T.js";
import {
  goQuote,
  goUnicode
} from "./chunk-LNV7EB7H.js";
import {
  decodeSource
} from "./chunk-2MG4L5QS.js";

// dist/grammar/alloy/tokens.js
var T = {
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
  TERMINATOR: 33
};
var TOKEN_NAMES = [
  "ILLEGAL",
  "EOF",
  "COMMENT",
  "IDENT",
  "NUMBER",
  "FLOAT",
  "STRING",
  "BOOL",
  "NULL",
  "||",
  "&&",
  "!",
  "=",
  "==",
  "!=",
  "<",
  "<=",
  ">",
  ">=",
  "+",
  "-",
  "*",
  "/",
  "%",
  "^",
  "{",
  "}",
  "(",
  ")",
  "[",
  "]",
  ",",
  ".",
  "TERMINATOR"
];
var BINARY_PRECEDENCE = (() => {
  const prec = new Array(TOKEN_NAMES.length).fill(0);
  prec[T.OR] = 1;
  prec[T.AND] = 2;
  for (const k of [T.EQ, T.NEQ, T.LT, T.LTE, T.GT, T.GTE])
    prec[k] = 3;
  prec[T.ADD] = prec[T.SUB] = 4;
  prec[T.MUL] = prec[T.DIV] = prec[T.MOD] = 5;
  prec[T.POW] = 6;
  return prec;
})();

// dist/grammar/alloy/scanner.js
var EOF_CH = -1;
var BOM = 65279;
var RUNE_ERROR = 65533;
var unicodeLetter = new RegExp("^\\p{L}$", "u");
var unicodeDigit = new RegExp("^\\p{Nd}$", "u");
function stopSet(chars) {
  const table = new Uint8Array(128);
  table[0] = 1;
  for (const c of chars)
    table[c.charCodeAt(0)] = 1;
  return table;
}
function stopAllBut(chars) {
  const table = new Uint8Array(128).fill(1);
  for (const c of chars)
    table[c.charCodeAt(0)] = 0;
  return table;
}
var STOP_DOUBLE_QUOTED = stopSet('\n\\"');
var STOP_SINGLE_QUOTED = stopSet("\n\\'");
var STOP_RAW = stopSet("`");
var STOP_LINE_COMMENT = stopSet("\n\r");
var STOP_BLOCK_COMMENT = stopSet("*\r");
var STOP_WHITESPACE = stopAllBut(" 	\r");
var STOP_WHITESPACE_NL = stopAllBut(" 	\r\n");
function isDecimal(ch) {
  return ch >= 48 && ch <= 57;
}
function isLetter(ch) {
  const l = ch | 32;
  if (l >= 97 && l <= 122)
    return true;
  if (ch === 95)
    return true;
  return ch >= 128 && unicodeLetter.test(String.fromCodePoint(ch));
}
function isDigit(ch) {
  if (isDecimal(ch))
    return true;
  return ch >= 128 && unicodeDigit.test(String.fromCodePoint(ch));
}
function digitVal(ch) {
  if (isDecimal(ch))
    return ch - 48;
  const l = ch | 32;
  if (l >= 97 && l <= 102)
    return l - 97 + 10;
  return 16;
}
function keywordKind(lit) {
  if (lit === "true" || lit === "false")
    return T.BOOL;
  if (lit === "null")
    return T.NULL;
  return T.IDENT;
}
function stripCR(lit, blockComment) {
  let out = "";
  for (let j = 0; j < lit.length; j++) {
    const ch = lit.charCodeAt(j);
    if (ch !== 13 || blockComment && out.length > 2 && out.charCodeAt(out.length - 1) === 42 && lit.charCodeAt(j + 1) === 47) {
      out += lit[j];
    }
  }
  return out;
}
var Scanner = class {
  text;
  length;
  onError;
  includeComments;
  insertTerminators;
  ch = EOF_CH;
  offset = 0;
  readOffset = 0;
  insertTerm = false;
  /** Start offset of the token last returned by scan(). */
  tokenStart = 0;
  /** Offset just past the token last returned by scan(). */
  tokenEnd = 0;
  /** Go's literal for the token last returned by scan(): text for literals, keywords, ILLEGAL and COMMENT; "\n" for TERMINATOR; "" otherwise. */
  lit = "";
  constructor(text, onError, options = {}) {
    this.text = text;
    this.length = text.length;
    this.onError = onError;
    this.includeComments = options.includeComments ?? false;
    this.insertTerminators = options.insertTerminators ?? true;
    this.next();
    if (this.ch === BOM)
      this.next();
  }
  error(offset, message) {
    if (this.onError)
      this.onError(offset, message);
  }
  /** The current character, read through a call so TypeScript does not narrow it across next(). */
  current() {
    return this.ch;
  }
  peek() {
    return this.readOffset < this.length ? this.text.charCodeAt(this.readOffset) : 0;
  }
  /** Reads the next character into `ch`, reporting what Go reports on reading it. */
  next() {
    if (this.readOffset >= this.length) {
      this.offset = this.length;
      this.ch = EOF_CH;
      return;
    }
    this.offset = this.readOffset;
    let ch = this.text.charCodeAt(this.readOffset);
    let width = 1;
    if (ch === 0) {
      this.error(this.offset, "illegal character NUL");
    } else if (ch >= 128) {
      if (ch >= 55296 && ch <= 57343) {
        const low = ch <= 56319 && this.readOffset + 1 < this.length ? this.text.charCodeAt(this.readOffset + 1) : 0;
        if (low >= 56320 && low <= 57343) {
          ch = 65536 + (ch - 55296 << 10) + (low - 56320);
          width = 2;
        } else {
          this.error(this.offset, "illegal UTF-8 encoding");
          ch = RUNE_ERROR;
        }
      } else if (ch === BOM && this.offset > 0) {
        this.error(this.offset, "illegal byte order mark");
      }
    }
    this.readOffset += width;
    this.ch = ch;
  }
  /**
   * Equivalent to calling next() while the character at readOffset is one
   * that next() reads silently (not NUL, a surrogate or a BOM) and `stop`
   * does not flag: the bulk of strings, comments and indentation is skipped
   * with one charCodeAt per character. Leaves `ch` on the first other one.
   * `stopNonAscii` stops at every non-ASCII character too (for whitespace).
   */
  fastForward(stop, stopNonAscii = false) {
    const text = this.text;
    const n = this.length;
    let i = this.readOffset;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128 ? stop[c] !== 0 : stopNonAscii || c >= 55296 && c <= 57343 || c === BOM)
        break;
      i++;
    }
    this.readOffset = i;
    this.next();
  }
  /** Scans the next token and returns its kind; see tokenStart/tokenEnd/lit. */
  scan() {
    for (; ; ) {
      this.skipWhitespace();
      const pos = this.offset;
      this.tokenStart = pos;
      let insertTerm = false;
      let tok;
      let lit = "";
      const ch = this.ch;
      if (isLetter(ch)) {
        lit = this.scanIdentifier();
        tok = lit.length > 1 ? keywordKind(lit) : T.IDENT;
        insertTerm = true;
      } else if (isDecimal(ch) || ch === 46 && isDecimal(this.peek())) {
        insertTerm = true;
        tok = this.scanNumber();
        lit = this.text.slice(pos, this.offset);
      } else {
        this.next();
        switch (ch) {
          case EOF_CH:
            if (this.insertTerm) {
              this.insertTerm = false;
              return this.finish(T.TERMINATOR, "\n", pos);
            }
            tok = T.EOF;
            break;
          case 10:
            this.insertTerm = false;
            return this.finish(T.TERMINATOR, "\n", this.offset);
          case 39:
            this.error(pos, "illegal single-quoted string; use double quotes");
            insertTerm = true;
            tok = T.ILLEGAL;
            lit = this.scanString(39, true, false);
            break;
          case 34:
            insertTerm = true;
            tok = T.STRING;
            lit = this.scanString(34, true, false);
            break;
          case 96:
            insertTerm = true;
            tok = T.STRING;
            lit = this.scanString(96, false, true);
            break;
          case 124:
            if (this.ch !== 124)
              this.error(this.offset, "missing second | in ||");
            else
              this.next();
            tok = T.OR;
            break;
          case 38:
            if (this.ch !== 38)
              this.error(this.offset, "missing second & in &&");
            else
              this.next();
            tok = T.AND;
            break;
          case 33:
            tok = this.switch2(T.NOT, T.NEQ);
            break;
          case 61:
            tok = this.switch2(T.ASSIGN, T.EQ);
            break;
          case 60:
            tok = this.switch2(T.LT, T.LTE);
            break;
          case 62:
            tok = this.switch2(T.GT, T.GTE);
            break;
          case 43:
            tok = T.ADD;
            break;
          case 45:
            tok = T.SUB;
            break;
          case 42:
            tok = T.MUL;
            break;
          case 47:
            if (this.ch === 47 || this.ch === 42) {
              if (this.insertTerm && this.findLineEnd()) {
                this.ch = 47;
                this.offset = pos;
                this.readOffset = pos + 1;
                this.insertTerm = false;
                return this.finish(T.TERMINATOR, "\n", pos);
              }
              const comment = this.scanComment();
              if (!this.includeComments) {
                this.insertTerm = false;
                continue;
              }
              tok = T.COMMENT;
              lit = comment;
            } else {
              tok = T.DIV;
            }
            break;
          case 37:
            tok = T.MOD;
            break;
          case 94:
            tok = T.POW;
            break;
          case 123:
            tok = T.LCURLY;
            break;
          case 125:
            insertTerm = true;
            tok = T.RCURLY;
            break;
          case 40:
            tok = T.LPAREN;
            break;
          case 41:
            insertTerm = true;
            tok = T.RPAREN;
            break;
          case 91:
            tok = T.LBRACK;
            break;
          case 93:
            insertTerm = true;
            tok = T.RBRACK;
            break;
          case 44:
            tok = T.COMMA;
            break;
          case 46:
            tok = T.DOT;
            break;
          default:
            if (ch !== BOM)
              this.error(pos, `illegal character ${goUnicode(ch)}`);
            insertTerm = this.insertTerm;
            tok = T.ILLEGAL;
            lit = this.text.slice(pos, this.offset);
        }
      }
      if (this.insertTerminators)
        this.insertTerm = insertTerm;
      return this.finish(tok, lit, this.offset);
    }
  }
  finish(tok, lit, end) {
    this.lit = lit;
    this.tokenEnd = end;
    return tok;
  }
  skipWhitespace() {
    const ch = this.ch;
    if (ch === 32 || ch === 9 || ch === 13 || ch === 10 && !this.insertTerm) {
      this.fastForward(this.insertTerm ? STOP_WHITESPACE : STOP_WHITESPACE_NL, true);
    }
  }
  scanIdentifier() {
    const start = this.offset;
    const text = this.text;
    let i = this.readOffset;
    for (; i < this.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c >= 48 && c <= 57)
        continue;
      break;
    }
    this.readOffset = i;
    this.next();
    while (isLetter(this.ch) || isDigit(this.ch))
      this.next();
    return text.slice(start, this.offset);
  }
  scanNumber() {
    let tok = T.NUMBER;
    const off = this.offset;
    if (this.ch !== 46)
      this.digits();
    if (this.ch === 46) {
      tok = T.FLOAT;
      this.next();
      this.digits();
    }
    if ((this.ch | 32) === 101) {
      tok = T.FLOAT;
      this.next();
      if (this.ch === 43 || this.ch === 45)
        this.next();
      if (this.digits() === 0)
        this.error(off, "exponent has no digits");
    }
    return tok;
  }
  digits() {
    let count = 0;
    while (isDecimal(this.ch)) {
      this.next();
      count++;
    }
    return count;
  }
  scanString(until, escape, multiline) {
    const off = this.offset - 1;
    const stop = until === 96 ? STOP_RAW : until === 34 ? STOP_DOUBLE_QUOTED : STOP_SINGLE_QUOTED;
    for (; ; ) {
      const ch = this.ch;
      if (!multiline && ch === 10 || ch === EOF_CH) {
        this.error(off, "string literal not terminated");
        break;
      }
      if (ch !== until && !(escape && ch === 92)) {
        this.fastForward(stop);
        continue;
      }
      this.next();
      if (ch === until)
        break;
      if (escape && ch === 92)
        this.scanEscape();
    }
    return this.text.slice(off, this.offset);
  }
  /** Reads an escape sequence; on an error it stops at the offending character. */
  scanEscape() {
    const off = this.offset;
    let n;
    let base;
    let max;
    switch (this.ch) {
      case 97:
      // a b f n r t v \ "
      case 98:
      case 102:
      case 110:
      case 114:
      case 116:
      case 118:
      case 92:
      case 34:
        this.next();
        return;
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
        n = 3;
        base = 8;
        max = 255;
        break;
      case 120:
        this.next();
        n = 2;
        base = 16;
        max = 255;
        break;
      case 117:
        this.next();
        n = 4;
        base = 16;
        max = 1114111;
        break;
      case 85:
        this.next();
        n = 8;
        base = 16;
        max = 1114111;
        break;
      default:
        this.error(off, this.ch === EOF_CH ? "escape sequence not terminated" : "unknown escape sequence");
        return;
    }
    let x = 0;
    for (; n > 0; n--) {
      const d = digitVal(this.ch);
      if (d >= base) {
        this.error(off, this.current() === EOF_CH ? "escape sequence not terminated" : `illegal character ${goUnicode(this.current())} in escape sequence`);
        return;
      }
      x = x * base + d;
      this.next();
    }
    if (x > max || x >= 55296 && x < 57344)
      this.error(off, "escape sequence is invalid Unicode code point");
  }
  scanComment() {
    const off = this.offset - 1;
    let numCR = 0;
    let blockComment = false;
    if (this.ch === 47) {
      this.next();
      while (this.current() !== 10 && this.current() !== EOF_CH) {
        if (this.current() === 13) {
          numCR++;
          this.next();
        } else {
          this.fastForward(STOP_LINE_COMMENT);
        }
      }
    } else {
      blockComment = true;
      this.next();
      let terminated = false;
      while (this.ch !== EOF_CH) {
        const ch = this.ch;
        if (ch !== 42 && ch !== 13) {
          this.fastForward(STOP_BLOCK_COMMENT);
          continue;
        }
        if (ch === 13)
          numCR++;
        this.next();
        if (ch === 42 && this.ch === 47) {
          this.next();
          terminated = true;
          break;
        }
      }
      if (!terminated)
        this.error(off, "block comment not terminated");
    }
    let lit = this.text.slice(off, this.offset);
    if (numCR > 0 && lit.charCodeAt(lit.length - 1) === 13) {
      lit = lit.slice(0, -1);
      numCR--;
    }
    if (numCR > 0)
      lit = stripCR(lit, blockComment);
    return lit;
  }
  /**
   * Whether the comment starting here (and any comments after it on the same
   * line) runs to the end of the line. Reads ahead, then restores the cursor
   * as Go's deferred reset does (re-reading the second character).
   */
  findLineEnd() {
    const off = this.offset - 1;
    try {
      while (this.ch === 47 || this.ch === 42) {
        if (this.ch === 47)
          return true;
        this.next();
        while (this.current() !== EOF_CH) {
          const ch = this.current();
          if (ch === 10)
            return true;
          this.next();
          if (ch === 42 && this.current() === 47) {
            this.next();
            break;
          }
        }
        this.skipWhitespace();
        const after = this.current();
        if (after === EOF_CH || after === 10)
          return true;
        if (after !== 47)
          return false;
        this.next();
      }
      return false;
    } finally {
      this.ch = 47;
      this.offset = off;
      this.readOffset = off + 1;
      this.next();
    }
  }
  switch2(single, double) {
    if (this.ch === 61) {
      this.next();
      return double;
    }
    return single;
  }
};
function isValidIdentifier(text) {
  const scanner = new Scanner(text, null);
  const tok = scanner.scan();
  return tok === T.IDENT && scanner.lit === text;
}

// dist/grammar/alloy/parser.js
var MAX_NESTING_DEPTH = 500;
var NESTING_TOO_DEEP = `nesting too deep: more than ${MAX_NESTING_DEPTH} levels of blocks, brackets or operators`;
var BINARY_OPS = {
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
  [T.POW]: "^"
};
var LITERAL_KINDS = {
  [T.STRING]: "STRING",
  [T.NUMBER]: "NUMBER",
  [T.FLOAT]: "FLOAT",
  [T.BOOL]: "BOOL",
  [T.NULL]: "NULL"
};
var NestingTooDeep = class extends Error {
};
var Parser = class {
  text;
  scanner;
  lines;
  diagnostics = [];
  comments = [];
  tok = T.EOF;
  pos = 0;
  end = 0;
  lit = "";
  /** Line of the last error reported through addError (Go's lastError); 0 = none. */
  lastErrorLine = 0;
  depth = 0;
  /**
   * Height of the expression tree the last parse function returned. Operator
   * and postfix chains are parsed in loops but build trees as deep as they
   * are long, and every consumer that recurses over the tree needs a bound.
   */
  height = 0;
  constructor(text) {
    this.text = text;
    this.lines = new LineIndex(text);
    this.scanner = new Scanner(text, (offset, message) => this.addScanError(offset, message), { includeComments: true });
    this.next();
  }
  position(offset) {
    return this.lines.position(offset);
  }
  addScanError(offset, message) {
    this.diagnostics.push({ message, start: this.position(offset) });
  }
  /** Go's addErrorf: reported at the current token, dropped if on the same line as the previous one. */
  addError(message) {
    const start = this.position(this.pos);
    if (this.lastErrorLine === start.line)
      return;
    this.lastErrorLine = start.line;
    this.diagnostics.push({ message, start });
  }
  /** The current token kind, read through a call so TypeScript does not narrow it across next(). */
  current() {
    return this.tok;
  }
  next0() {
    const scanner = this.scanner;
    this.tok = scanner.scan();
    this.pos = scanner.tokenStart;
    this.end = scanner.tokenEnd;
    this.lit = scanner.lit;
  }
  /** Advances to the next non-comment token, collecting comment groups. */
  next() {
    this.next0();
    while (this.tok === T.COMMENT)
      this.consumeCommentGroup();
  }
  consumeCommentGroup() {
    const list = [];
    let endLine = this.position(this.pos).line;
    while (this.tok === T.COMMENT) {
      const start = this.position(this.pos);
      if (start.line > endLine + 1)
        break;
      endLine = start.line;
      const lit = this.lit;
      if (lit.charCodeAt(1) === 42) {
        for (let i = lit.indexOf("\n"); i !== -1; i = lit.indexOf("\n", i + 1))
          endLine++;
      }
      list.push({ text: lit, start, end: this.position(this.end) });
      this.next0();
    }
    this.comments.push(list);
  }
  /** Skips tokens up to (not including) `to`, or EOF. */
  advance(to) {
    while (this.tok !== T.EOF && this.tok !== to)
      this.next();
  }
  /** Go's advanceAny(statementEnd): up to a TERMINATOR, `)`, `}`, `]` or `,`. */
  advanceToStatementEnd() {
    for (; ; ) {
      const tok = this.tok;
      if (tok === T.EOF || tok === T.TERMINATOR || tok === T.RPAREN || tok === T.RCURLY || tok === T.RBRACK || tok === T.COMMA)
        return;
      this.next();
    }
  }
  /** Go's expect: consumes one token whatever it is; reports if it is not `t`. Returns the consumed token's offset. */
  expect(t) {
    const pos = this.pos;
    if (this.tok !== t)
      this.addError(`expected ${TOKEN_NAMES[t]}, got ${TOKEN_NAMES[this.tok]}`);
    this.next();
    return pos;
  }
  enter() {
    if (++this.depth > MAX_NESTING_DEPTH)
      this.tooDeep(this.position(this.pos));
  }
  tooDeep(at) {
    this.diagnostics.push({ message: NESTING_TOO_DEEP, start: at });
    throw new NestingTooDeep();
  }
  /** Turns a nesting overflow (ours or the engine's) into the diagnostic; rethrows anything else. */
  recoverFromDepth(error) {
    if (error instanceof NestingTooDeep)
      return;
    if (!(error instanceof RangeError && /call stack/i.test(error.message)))
      throw error;
    this.diagnostics.push({ message: NESTING_TOO_DEEP, start: this.position(this.pos) });
  }
  parseFile() {
    let body = [];
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
      end: this.position(this.text.length)
    };
  }
  /** Go's ParseExpression entry point: one expression, then a TERMINATOR is required. */
  parseExpressionEntry() {
    try {
      const expr = this.parseExpression();
      this.expect(T.TERMINATOR);
      return expr;
    } catch (error) {
      this.recoverFromDepth(error);
      return null;
    }
  }
  parseBody(until) {
    const body = [];
    while (this.tok !== until && this.tok !== T.EOF) {
      const stmt = this.parseStatement();
      if (stmt)
        body.push(stmt);
      if (this.tok === until)
        break;
      if (this.tok !== T.TERMINATOR) {
        this.addError(`expected TERMINATOR, got ${TOKEN_NAMES[this.tok]}`);
        this.consumeStatement();
      }
      this.next();
    }
    return body;
  }
  /** Skips the rest of a statement: up to a TERMINATOR outside any pair opened meanwhile. */
  consumeStatement() {
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
          if (curly <= 0 && brack <= 0 && paren <= 0)
            return;
      }
      this.next();
    }
  }
  parseStatement() {
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
  parseAttribute(name) {
    this.next();
    if (name.fragments.length !== 1) {
      const joined = name.fragments.join(".");
      this.diagnostics.push({
        message: 'attribute names may only consist of a single identifier with no "."',
        start: name.startPosition,
        end: this.position(Math.min(name.start + joined.length - 1, this.text.length))
      });
    } else if (name.labelPos >= 0) {
      this.diagnostics.push({
        message: "attribute names may not have labels",
        start: this.position(name.labelPos),
        end: this.position(Math.min(name.labelPos + name.label.length + 1, this.text.length))
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
        end: this.position(name.start + first.length)
      },
      value,
      start: name.startPosition,
      end: value.end
    };
  }
  parseBlock(name) {
    const nameEnd = this.position(name.fragmentsEnd);
    let label = null;
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
      end: this.position(Math.min(rcurlyOffset + 1, this.text.length))
    };
  }
  /** BlockName = IDENT { "." IDENT } [ STRING ] */
  parseBlockName() {
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
        if (lit.charCodeAt(0) !== 34) {
          this.addError(`expected block label to be a double quoted string, but got ${goQuote(lit)}`);
        }
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
  parseExpression() {
    this.enter();
    const expr = this.parseBinOp(1);
    this.depth--;
    if (this.height > MAX_NESTING_DEPTH)
      this.tooDeep(expr.start);
    return expr;
  }
  parseBinOp(inPrec) {
    let lhs = this.parsePowExpr();
    let height = this.height;
    for (; ; ) {
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
        end: rhs.end
      };
    }
  }
  /** PowExpr = UnaryExpr [ "^" PowExpr ]: right-associative. */
  parsePowExpr() {
    const lhs = this.parseUnaryExpr();
    if (this.tok !== T.POW)
      return lhs;
    const lhsHeight = this.height;
    const opPos = this.pos;
    this.next();
    this.enter();
    const rhs = this.parsePowExpr();
    this.depth--;
    this.height = 1 + Math.max(lhsHeight, this.height);
    return { type: "Binary", op: "^", opPos: this.position(opPos), left: lhs, right: rhs, start: lhs.start, end: rhs.end };
  }
  parseUnaryExpr() {
    if (this.tok === T.NOT || this.tok === T.SUB) {
      const op = this.tok === T.NOT ? "!" : "-";
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
    for (; ; ) {
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
            end: this.position(Math.min(rbrackOffset + 1, this.text.length))
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
            end: this.position(Math.min(rparenOffset + 1, this.text.length))
          };
          break;
        }
        case T.STRING:
        case T.LCURLY: {
          if (this.tok === T.STRING)
            this.next();
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
          if (rcurlyTok !== T.RCURLY) {
            this.consumeStatement();
            this.height = height;
            return primary;
          }
          this.diagnostics.push({
            message: "cannot use a block as an expression",
            start: primary.start,
            end: this.position(rcurlyOffset)
          });
          break;
        }
        default:
          this.height = height;
          return primary;
      }
    }
  }
  parsePrimaryExpr() {
    switch (this.tok) {
      case T.IDENT: {
        const start = this.position(this.pos);
        const node = { type: "Identifier", name: this.lit, start, end: this.position(this.end) };
        this.next();
        this.height = 1;
        return node;
      }
      case T.STRING:
      case T.NUMBER:
      case T.FLOAT:
      case T.BOOL:
      case T.NULL: {
        const node = {
          type: "Literal",
          kind: LITERAL_KINDS[this.tok],
          raw: this.lit,
          start: this.position(this.pos),
          end: this.position(this.end)
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
          end: this.position(Math.min(rparenOffset + 1, this.text.length))
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
          end: this.position(Math.min(rbrackOffset + 1, this.text.length))
        };
      }
      case T.LCURLY: {
        const lcurly = this.position(this.expect(T.LCURLY));
        const fields = this.current() !== T.RBRACK ? this.parseFieldList(T.RCURLY) : [];
        this.height = fields.length > 0 ? this.height + 2 : 1;
        const rcurlyOffset = this.expect(T.RCURLY);
        return {
          type: "Object",
          fields,
          lcurly,
          rcurly: this.position(rcurlyOffset),
          start: lcurly,
          end: this.position(Math.min(rcurlyOffset + 1, this.text.length))
        };
      }
    }
    this.addError(`expected expression, got ${TOKEN_NAMES[this.tok]}`);
    const at = this.position(this.pos);
    const substitute = { type: "Literal", kind: "NULL", raw: "null", start: at, end: at };
    this.advanceToStatementEnd();
    this.height = 1;
    return substitute;
  }
  parseExpressionList(until) {
    const exprs = [];
    let height = 0;
    while (this.tok !== until && this.tok !== T.EOF) {
      exprs.push(this.parseExpression());
      if (this.height > height)
        height = this.height;
      if (this.tok === until)
        break;
      if (this.tok !== T.COMMA)
        this.addError("missing ',' in expression list");
      this.next();
    }
    this.height = height;
    return exprs;
  }
  parseFieldList(until) {
    const fields = [];
    let height = 0;
    while (this.tok !== until && this.tok !== T.EOF) {
      fields.push(this.parseField());
      if (this.height > height)
        height = this.height;
      if (this.tok === until)
        break;
      if (this.tok !== T.COMMA)
        this.addError("missing ',' in field list");
      this.next();
    }
    this.height = height;
    return fields;
  }
  /** Field = ( STRING | IDENT ) "=" Expression */
  parseField() {
    const named = this.tok === T.STRING || this.tok === T.IDENT;
    if (!named) {
      this.addError(`expected field name (string or identifier), got ${TOKEN_NAMES[this.tok]}`);
      this.advance(T.ASSIGN);
    }
    const nameStart = this.position(this.pos);
    const nameEnd = named ? this.position(this.end) : nameStart;
    let name = named ? this.lit : "";
    let quoted = false;
    if (this.tok === T.STRING && name.length > 2) {
      name = name.slice(1, -1);
      quoted = true;
    }
    if (named)
      this.next();
    this.expect(T.ASSIGN);
    const value = this.parseExpression();
    return { name, quoted, nameStart, nameEnd, value, start: nameStart, end: value.end };
  }
};

// dist/grammar/alloy/parse.js
function toText(input) {
  return typeof input === "string" ? input : decodeSource(input);
}
function parseFile(input) {
  const text = toText(input);
  const parser = new Parser(text);
  const file = parser.parseFile();
  return { ast: parser.diagnostics.length === 0 ? file : null, diagnostics: parser.diagnostics, text };
}
function parseExpression(input) {
  const text = toText(input);
  const parser = new Parser(text);
  const expr = parser.parseExpressionEntry();
  return { ast: parser.diagnostics.length === 0 ? expr : null, diagnostics: parser.diagnostics, text };
}
function parseFileRecovering(input) {
  const text = toText(input);
  const parser = new Parser(text);
  const file = parser.parseFile();
  return { file, diagnostics: parser.diagnostics, text };
}

export {
  T,
  TOKEN_NAMES,
  Scanner,
  isValidIdentifier,
  MAX_NESTING_DEPTH,
  NESTING_TOO_DEEP,
  toText,
  parseFile,
  parseExpression,
  parseFileRecovering
};
