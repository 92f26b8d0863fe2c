/**
 * The Alloy scanner: a literal port of Go's syntax/scanner over a JS string.
 *
 * Go reads bytes and reports some errors while *reading a character* (NUL,
 * invalid UTF-8, a stray BOM), i.e. one character ahead of the token being
 * built. The order of diagnostics depends on that, so this port keeps Go's
 * cursor model exactly: `ch` is the current code point, `offset` its index
 * and `readOffset` the index after it. Offsets are UTF-16 indexes into the
 * decoded text (see source.ts); invalid input bytes are lone surrogates
 * U+DC80..U+DCFF and read as U+FFFD, width one, like Go's RuneError.
 */
import { goUnicode } from "../go-quote.js";
import { T, type TokenKind } from "./tokens.js";

const EOF_CH = -1;
const BOM = 0xfeff;
const RUNE_ERROR = 0xfffd;

const unicodeLetter = /^\p{L}$/u;
const unicodeDigit = /^\p{Nd}$/u;

/** ASCII stop sets for fast-forwarding: a 1 marks a character the slow path must see. NUL is always one (reading it is an error). */
function stopSet(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  table[0] = 1;
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

/** Everything except the given characters stops. */
function stopAllBut(chars: string): Uint8Array {
  const table = new Uint8Array(128).fill(1);
  for (const c of chars) table[c.charCodeAt(0)] = 0;
  return table;
}

const STOP_DOUBLE_QUOTED = stopSet('\n\\"');
const STOP_SINGLE_QUOTED = stopSet("\n\\'");
const STOP_RAW = stopSet("`");
const STOP_LINE_COMMENT = stopSet("\n\r");
const STOP_BLOCK_COMMENT = stopSet("*\r");
const STOP_WHITESPACE = stopAllBut(" \t\r");
const STOP_WHITESPACE_NL = stopAllBut(" \t\r\n");

export type ScanErrorHandler = (offset: number, message: string) => void;

export interface ScannerOptions {
  /** Return COMMENT tokens (the parser's mode) instead of skipping comments. */
  includeComments?: boolean;
  /** Go's internal test mode without automatic terminators. */
  insertTerminators?: boolean;
}

function isDecimal(ch: number): boolean {
  return ch >= 0x30 && ch <= 0x39;
}

/** Go's isLetter: ASCII letters, `_`, or a non-ASCII rune in category L. */
export function isLetter(ch: number): boolean {
  const l = ch | 0x20;
  if (l >= 0x61 && l <= 0x7a) return true;
  if (ch === 0x5f) return true;
  return ch >= 0x80 && unicodeLetter.test(String.fromCodePoint(ch));
}

/** Go's isDigit: ASCII digits or a non-ASCII rune in category Nd. */
export function isDigit(ch: number): boolean {
  if (isDecimal(ch)) return true;
  return ch >= 0x80 && unicodeDigit.test(String.fromCodePoint(ch));
}

function digitVal(ch: number): number {
  if (isDecimal(ch)) return ch - 0x30;
  const l = ch | 0x20;
  if (l >= 0x61 && l <= 0x66) return l - 0x61 + 10;
  return 16;
}

function keywordKind(lit: string): TokenKind {
  if (lit === "true" || lit === "false") return T.BOOL;
  if (lit === "null") return T.NULL;
  return T.IDENT;
}

/** Go's stripCR: drop CRs, except one just before the closing `*\/` of a block comment. */
function stripCR(lit: string, blockComment: boolean): string {
  let out = "";
  for (let j = 0; j < lit.length; j++) {
    const ch = lit.charCodeAt(j);
    if (ch !== 0x0d || (blockComment && out.length > 2 && out.charCodeAt(out.length - 1) === 0x2a && lit.charCodeAt(j + 1) === 0x2f)) {
      out += lit[j];
    }
  }
  return out;
}

export class Scanner {
  private readonly text: string;
  private readonly length: number;
  private readonly onError: ScanErrorHandler | null;
  private readonly includeComments: boolean;
  private readonly insertTerminators: boolean;

  private ch = EOF_CH;
  private offset = 0;
  private readOffset = 0;
  private insertTerm = false;

  /** Start offset of the token last returned by scan(). */
  tokenStart = 0;
  /** Offset just past the token last returned by scan(). */
  tokenEnd = 0;
  /** Go's literal for the token last returned by scan(): text for literals, keywords, ILLEGAL and COMMENT; "\n" for TERMINATOR; "" otherwise. */
  lit = "";

  constructor(text: string, onError: ScanErrorHandler | null, options: ScannerOptions = {}) {
    this.text = text;
    this.length = text.length;
    this.onError = onError;
    this.includeComments = options.includeComments ?? false;
    this.insertTerminators = options.insertTerminators ?? true;
    this.next();
    if (this.ch === BOM) this.next(); // a BOM is allowed as the very first character
  }

  private error(offset: number, message: string): void {
    if (this.onError) this.onError(offset, message);
  }

  /** The current character, read through a call so TypeScript does not narrow it across next(). */
  private current(): number {
    return this.ch;
  }

  private peek(): number {
    return this.readOffset < this.length ? this.text.charCodeAt(this.readOffset) : 0;
  }

  /** Reads the next character into `ch`, reporting what Go reports on reading it. */
  private next(): void {
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
    } else if (ch >= 0x80) {
      if (ch >= 0xd800 && ch <= 0xdfff) {
        const low = ch <= 0xdbff && this.readOffset + 1 < this.length ? this.text.charCodeAt(this.readOffset + 1) : 0;
        if (low >= 0xdc00 && low <= 0xdfff) {
          ch = 0x10000 + ((ch - 0xd800) << 10) + (low - 0xdc00);
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
  private fastForward(stop: Uint8Array, stopNonAscii = false): void {
    const text = this.text;
    const n = this.length;
    let i = this.readOffset;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 0x80 ? stop[c] !== 0 : stopNonAscii || (c >= 0xd800 && c <= 0xdfff) || c === BOM) break;
      i++;
    }
    this.readOffset = i;
    this.next();
  }

  /** Scans the next token and returns its kind; see tokenStart/tokenEnd/lit. */
  scan(): TokenKind {
    for (;;) {
      this.skipWhitespace();
      const pos = this.offset;
      this.tokenStart = pos;
      let insertTerm = false;
      let tok: TokenKind;
      let lit = "";
      const ch = this.ch;

      if (isLetter(ch)) {
        lit = this.scanIdentifier();
        tok = lit.length > 1 ? keywordKind(lit) : T.IDENT;
        insertTerm = true;
      } else if (isDecimal(ch) || (ch === 0x2e && isDecimal(this.peek()))) {
        insertTerm = true;
        tok = this.scanNumber();
        lit = this.text.slice(pos, this.offset);
      } else {
        this.next(); // make progress; ch is the first character, this.ch the second
        switch (ch) {
          case EOF_CH:
            if (this.insertTerm) {
              this.insertTerm = false;
              return this.finish(T.TERMINATOR, "\n", pos);
            }
            tok = T.EOF;
            break;
          case 0x0a: // only reachable while a terminator is due
            this.insertTerm = false;
            return this.finish(T.TERMINATOR, "\n", this.offset);
          case 0x27: // '
            this.error(pos, "illegal single-quoted string; use double quotes");
            insertTerm = true;
            tok = T.ILLEGAL;
            lit = this.scanString(0x27, true, false);
            break;
          case 0x22: // "
            insertTerm = true;
            tok = T.STRING;
            lit = this.scanString(0x22, true, false);
            break;
          case 0x60: // `
            insertTerm = true;
            tok = T.STRING;
            lit = this.scanString(0x60, false, true);
            break;
          case 0x7c: // |
            if (this.ch !== 0x7c) this.error(this.offset, "missing second | in ||");
            else this.next();
            tok = T.OR;
            break;
          case 0x26: // &
            if (this.ch !== 0x26) this.error(this.offset, "missing second & in &&");
            else this.next();
            tok = T.AND;
            break;
          case 0x21: // ! !=
            tok = this.switch2(T.NOT, T.NEQ);
            break;
          case 0x3d: // = ==
            tok = this.switch2(T.ASSIGN, T.EQ);
            break;
          case 0x3c: // < <=
            tok = this.switch2(T.LT, T.LTE);
            break;
          case 0x3e: // > >=
            tok = this.switch2(T.GT, T.GTE);
            break;
          case 0x2b:
            tok = T.ADD;
            break;
          case 0x2d:
            tok = T.SUB;
            break;
          case 0x2a:
            tok = T.MUL;
            break;
          case 0x2f: // / or a comment
            if (this.ch === 0x2f || this.ch === 0x2a) {
              // A terminator is due: insert it before the comment only if the
              // comment runs to the end of the line; otherwise after it.
              if (this.insertTerm && this.findLineEnd()) {
                this.ch = 0x2f;
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
          case 0x25:
            tok = T.MOD;
            break;
          case 0x5e:
            tok = T.POW;
            break;
          case 0x7b:
            tok = T.LCURLY;
            break;
          case 0x7d:
            insertTerm = true;
            tok = T.RCURLY;
            break;
          case 0x28:
            tok = T.LPAREN;
            break;
          case 0x29:
            insertTerm = true;
            tok = T.RPAREN;
            break;
          case 0x5b:
            tok = T.LBRACK;
            break;
          case 0x5d:
            insertTerm = true;
            tok = T.RBRACK;
            break;
          case 0x2c:
            tok = T.COMMA;
            break;
          case 0x2e: // fractions starting with '.' were handled above
            tok = T.DOT;
            break;
          default:
            // next() already reported a misplaced BOM; don't repeat it.
            if (ch !== BOM) this.error(pos, `illegal character ${goUnicode(ch)}`);
            insertTerm = this.insertTerm; // an illegal character keeps the state
            tok = T.ILLEGAL;
            lit = this.text.slice(pos, this.offset);
        }
      }
      if (this.insertTerminators) this.insertTerm = insertTerm;
      return this.finish(tok, lit, this.offset);
    }
  }

  private finish(tok: TokenKind, lit: string, end: number): TokenKind {
    this.lit = lit;
    this.tokenEnd = end;
    return tok;
  }

  private skipWhitespace(): void {
    const ch = this.ch;
    if (ch === 0x20 || ch === 0x09 || ch === 0x0d || (ch === 0x0a && !this.insertTerm)) {
      this.fastForward(this.insertTerm ? STOP_WHITESPACE : STOP_WHITESPACE_NL, true);
    }
  }

  private scanIdentifier(): string {
    const start = this.offset;
    // Fast path over ASCII identifier characters; anything else goes through next().
    const text = this.text;
    let i = this.readOffset;
    for (; i < this.length; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || (c >= 0x30 && c <= 0x39)) continue;
      break;
    }
    this.readOffset = i;
    this.next();
    while (isLetter(this.ch) || isDigit(this.ch)) this.next();
    return text.slice(start, this.offset);
  }

  private scanNumber(): TokenKind {
    let tok: TokenKind = T.NUMBER;
    const off = this.offset;
    if (this.ch !== 0x2e) this.digits();
    if (this.ch === 0x2e) {
      tok = T.FLOAT;
      this.next();
      this.digits();
    }
    if ((this.ch | 0x20) === 0x65) {
      tok = T.FLOAT;
      this.next();
      if (this.ch === 0x2b || this.ch === 0x2d) this.next();
      if (this.digits() === 0) this.error(off, "exponent has no digits");
    }
    return tok;
  }

  private digits(): number {
    let count = 0;
    while (isDecimal(this.ch)) {
      this.next();
      count++;
    }
    return count;
  }

  private scanString(until: number, escape: boolean, multiline: boolean): string {
    const off = this.offset - 1; // the opening quote was consumed already
    const stop = until === 0x60 ? STOP_RAW : until === 0x22 ? STOP_DOUBLE_QUOTED : STOP_SINGLE_QUOTED;
    for (;;) {
      const ch = this.ch;
      if ((!multiline && ch === 0x0a) || ch === EOF_CH) {
        this.error(off, "string literal not terminated");
        break;
      }
      if (ch !== until && !(escape && ch === 0x5c)) {
        this.fastForward(stop);
        continue;
      }
      this.next();
      if (ch === until) break;
      if (escape && ch === 0x5c) this.scanEscape();
    }
    return this.text.slice(off, this.offset);
  }

  /** Reads an escape sequence; on an error it stops at the offending character. */
  private scanEscape(): void {
    const off = this.offset;
    let n: number;
    let base: number;
    let max: number;
    switch (this.ch) {
      case 0x61: // a b f n r t v \ "
      case 0x62:
      case 0x66:
      case 0x6e:
      case 0x72:
      case 0x74:
      case 0x76:
      case 0x5c:
      case 0x22:
        this.next();
        return;
      case 0x30:
      case 0x31:
      case 0x32:
      case 0x33:
      case 0x34:
      case 0x35:
      case 0x36:
      case 0x37:
        n = 3;
        base = 8;
        max = 255;
        break;
      case 0x78: // x
        this.next();
        n = 2;
        base = 16;
        max = 255;
        break;
      case 0x75: // u
        this.next();
        n = 4;
        base = 16;
        max = 0x10ffff;
        break;
      case 0x55: // U
        this.next();
        n = 8;
        base = 16;
        max = 0x10ffff;
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
    if (x > max || (x >= 0xd800 && x < 0xe000)) this.error(off, "escape sequence is invalid Unicode code point");
  }

  private scanComment(): string {
    const off = this.offset - 1; // the first '/' was consumed already
    let numCR = 0;
    let blockComment = false;
    if (this.ch === 0x2f) {
      this.next(); // second '/'; the final newline is not part of the comment
      while (this.current() !== 0x0a && this.current() !== EOF_CH) {
        if (this.current() === 0x0d) {
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
        if (ch !== 0x2a && ch !== 0x0d) {
          this.fastForward(STOP_BLOCK_COMMENT);
          continue;
        }
        if (ch === 0x0d) numCR++;
        this.next();
        if (ch === 0x2a && this.ch === 0x2f) {
          this.next();
          terminated = true;
          break;
        }
      }
      if (!terminated) this.error(off, "block comment not terminated");
    }
    let lit = this.text.slice(off, this.offset);
    // A comment line ending in "\r\n" loses its final CR.
    if (numCR > 0 && lit.charCodeAt(lit.length - 1) === 0x0d) {
      lit = lit.slice(0, -1);
      numCR--;
    }
    if (numCR > 0) lit = stripCR(lit, blockComment);
    return lit;
  }

  /**
   * Whether the comment starting here (and any comments after it on the same
   * line) runs to the end of the line. Reads ahead, then restores the cursor
   * as Go's deferred reset does (re-reading the second character).
   */
  private findLineEnd(): boolean {
    const off = this.offset - 1;
    try {
      while (this.ch === 0x2f || this.ch === 0x2a) {
        if (this.ch === 0x2f) return true; // a //-comment always runs to the newline
        this.next();
        while (this.current() !== EOF_CH) {
          const ch = this.current();
          if (ch === 0x0a) return true;
          this.next();
          if (ch === 0x2a && this.current() === 0x2f) {
            this.next();
            break;
          }
        }
        this.skipWhitespace(); // insertTerm is set, so newlines are kept
        const after = this.current();
        if (after === EOF_CH || after === 0x0a) return true;
        if (after !== 0x2f) return false;
        this.next(); // the '/' that may start another comment
      }
      return false;
    } finally {
      this.ch = 0x2f;
      this.offset = off;
      this.readOffset = off + 1;
      this.next();
    }
  }

  private switch2(single: TokenKind, double: TokenKind): TokenKind {
    if (this.ch === 0x3d) {
      this.next();
      return double;
    }
    return single;
  }
}

/** Go's scanner.IsValidIdentifier: the whole text scans as one IDENT (keywords excluded). */
export function isValidIdentifier(text: string): boolean {
  const scanner = new Scanner(text, null);
  const tok = scanner.scan();
  return tok === T.IDENT && scanner.lit === text;
}
