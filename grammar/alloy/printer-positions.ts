/**
 * Go-style positions for the printer. Alloy's printer reasons in byte offsets
 * (it advances its idea of "where we are in the source" by the byte length of
 * what it writes, and derives end positions as start + byte length - 1), so
 * the port converts our UTF-16 positions to UTF-8 byte offsets and back to
 * line numbers exactly as Go's `token.File` would.
 */
import { LineIndex, searchStarts } from "../../src/core/lines.js";
import type { Position } from "./ast.js";
import { utf8ByteLength } from "./source.js";

export class ByteIndex {
  /** UTF-16 offset of each line start. */
  private readonly lineStarts: readonly number[];
  /** UTF-8 byte offset of each line start. */
  private readonly byteStarts: readonly number[];
  /** The whole text is ASCII: byte offsets equal UTF-16 offsets. */
  readonly ascii: boolean;

  constructor(private readonly text: string) {
    this.lineStarts = new LineIndex(text).starts;
    // eslint-disable-next-line no-control-regex
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
  offsetOf(position: Position): number {
    if (this.ascii) return position.offset;
    const line = position.line;
    return this.byteStarts[line - 1] + utf8ByteLength(this.text, this.lineStarts[line - 1], position.offset);
  }

  /** Go's `Pos.Add(n).Position().Line`: the line that holds a byte offset. */
  lineOfByte(offset: number): number {
    return searchStarts(this.byteStarts, offset) + 1;
  }
}
