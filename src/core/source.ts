/**
 * A file's text with lazy line/column lookups (positions as in ./lines.ts).
 */
import { LineIndex, type LineColumn } from "./lines.js";

export type { LineColumn, TextRange } from "./lines.js";

export class SourceText {
  private index: LineIndex | undefined;

  constructor(
    /** Absolute path of the file, or a pseudo path for stdin/in-memory buffers. */
    readonly path: string,
    readonly text: string,
  ) {}

  private lines(): LineIndex {
    return (this.index ??= new LineIndex(this.text));
  }

  private starts(): readonly number[] {
    return this.lines().starts;
  }

  get lineCount(): number {
    return this.lines().lineCount;
  }

  /** 1-based line and UTF-16 column of an offset (clamped into the text). */
  positionAt(offset: number): LineColumn {
    const { line, column } = this.lines().position(Math.max(0, Math.min(offset, this.text.length)));
    return { line, column };
  }

  /** Offset of a 1-based line and UTF-16 column (clamped). */
  offsetAt(line: number, column: number): number {
    const starts = this.starts();
    const l = Math.max(1, Math.min(line, starts.length));
    return Math.min(starts[l - 1] + Math.max(0, column - 1), this.text.length);
  }

  /** The text of a 1-based line without its line break. */
  lineText(line: number): string {
    const starts = this.starts();
    if (line < 1 || line > starts.length) return "";
    const start = starts[line - 1];
    const next = line < starts.length ? starts[line] - 1 : this.text.length;
    const end = next > start && this.text.charCodeAt(next - 1) === 13 ? next - 1 : next;
    return this.text.slice(start, end);
  }

  /** Start offset of a 1-based line. */
  lineStart(line: number): number {
    return this.lines().lineStart(line);
  }
}
