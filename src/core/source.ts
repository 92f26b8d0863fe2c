/**
 * A file's text with lazy line/column lookups. Offsets are UTF-16 indexes into
 * `text`; lines and columns are 1-based, columns in UTF-16 code units (what
 * ESLint's JSON output and LSP use). Go's byte columns are derived on demand.
 */
export interface LineColumn {
  line: number;
  column: number;
}

/** A half-open range of UTF-16 offsets, `end` exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

export class SourceText {
  private lineStarts: number[] | undefined;

  constructor(
    /** Absolute path of the file, or a pseudo path for stdin/in-memory buffers. */
    readonly path: string,
    readonly text: string,
  ) {}

  private starts(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const text = this.text;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
    return starts;
  }

  get lineCount(): number {
    return this.starts().length;
  }

  /** 1-based line and UTF-16 column of an offset (clamped into the text). */
  positionAt(offset: number): LineColumn {
    const starts = this.starts();
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - starts[lo] + 1 };
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
    const starts = this.starts();
    return starts[Math.max(1, Math.min(line, starts.length)) - 1];
  }
}
