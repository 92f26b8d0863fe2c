/**
 * The one position model and the one line index. Offsets are UTF-16 indexes
 * into a text; lines and columns are 1-based, columns in UTF-16 code units
 * (what ESLint's JSON output and LSP use). The Alloy grammar, the engine, the
 * formatters and the rules all use these; Go's byte columns are derived on
 * demand by the grammar.
 */

export interface LineColumn {
  line: number;
  column: number;
}

/** A point in a text: its offset and the line/column it falls on. */
export interface Position extends LineColumn {
  offset: number;
}

/** A half-open range of UTF-16 offsets, `end` exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** 0-based index of the last entry of sorted `starts` that is <= offset. */
export function searchStarts(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Line starts of one text. Lookups are usually made in increasing order (a
 * parser, a sorted report list), so a moving cursor answers most of them
 * without a search.
 */
export class LineIndex {
  /** UTF-16 offset of each line start (the first is 0). */
  readonly starts: readonly number[];
  private cursor = 0;

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The position of an offset (not clamped: offsets past the text count on the last line). */
  position(offset: number): Position {
    const starts = this.starts;
    let line = this.cursor;
    if (starts[line] > offset || (line + 1 < starts.length && starts[line + 1] <= offset)) {
      // Try the next line before falling back to a binary search.
      if (line + 2 < starts.length && starts[line + 1] <= offset && starts[line + 2] > offset) line++;
      else line = searchStarts(starts, offset);
      this.cursor = line;
    }
    return { offset, line: line + 1, column: offset - starts[line] + 1 };
  }

  /** Start offset of a 1-based line (clamped to the text's lines). */
  lineStart(line: number): number {
    const starts = this.starts;
    return starts[Math.max(1, Math.min(line, starts.length)) - 1];
  }
}
