/**
 * A port of Go's `text/tabwriter` (the elastic-tabstop filter `alloy fmt`
 * pipes its output through), restricted to what the printer uses: left
 * alignment, a padding character, TabIndent and DiscardEmptyColumns. Go
 * works on bytes; here text is a JS string and a cell's width is its number
 * of code points, which is what Go's `utf8.RuneCount` gives for valid UTF-8.
 *
 * Cells end at '\t' (hard) or '\v' (soft) tabs; lines end at '\n' or '\f',
 * and '\f' also ends every column (a flush). Text between two `escape`
 * characters is one opaque run: its tabs and line breaks are not
 * interpreted, its width excludes the two escape characters, and the escape
 * characters are passed through to the output (Go's default without
 * StripEscape); the printer's trimmer removes them afterwards.
 */

export interface TabWriterOptions {
  minWidth: number;
  tabWidth: number;
  padding: number;
  padChar: string;
  /** Pad leading empty cells (indentation) with tabs whatever padChar is. */
  tabIndent: boolean;
  /** Columns made only of empty soft-tab cells take no room. */
  discardEmptyColumns: boolean;
  /** The character that brackets escaped runs (Go uses the byte 0xff). */
  escape: string;
}

interface Cell {
  text: string;
  /** Width in code points, escape characters excluded. */
  width: number;
  /** Terminated by a hard tab ('\t'). */
  htab: boolean;
}

interface FormatFrame {
  line0: number;
  line1: number;
  /** Next line to examine. */
  next: number;
  /** Where this frame's unprinted lines start once the child block is done. */
  resume: number;
}

export class TabWriter {
  private cellText = "";
  /** Index in cellText up to which `cellWidth` has been counted. */
  private counted = 0;
  private cellWidth = 0;
  private inEscape = false;
  private lines: Cell[][] = [[]];
  private widths: number[] = [];
  private readonly tabs: string;
  /** Cell terminators, line breaks and the escape character. */
  private readonly special: RegExp;

  constructor(
    private readonly options: TabWriterOptions,
    /** Receives the output in the same pieces Go writes them (cells, padding, newlines). */
    private readonly sink: (chunk: string) => void,
  ) {
    this.tabs = "\t".repeat(8);
    this.special = new RegExp(`[\\t\\v\\n\\f${escapeRegExp(options.escape)}]`, "g");
  }

  write(text: string): void {
    const escape = this.options.escape;
    const special = this.special;
    let start = 0;
    let i = 0;
    while (i < text.length) {
      if (this.inEscape) {
        const close = text.indexOf(escape, i);
        if (close === -1) break;
        this.append(text.slice(start, close + 1));
        start = i = close + 1;
        this.endEscape();
        continue;
      }
      // Jump to the next character that means something to the writer.
      special.lastIndex = i;
      const found = special.exec(text);
      if (!found) break;
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
      const cells = this.terminateCell(ch === "\t");
      if (ch === "\n" || ch === "\f") {
        this.lines.push([]);
        // A line with a single cell cannot influence later alignment, so
        // it is safe to flush there too (Go does the same).
        if (ch === "\f" || cells === 1) this.flush();
      }
    }
    this.append(text.slice(start));
  }

  /** Formats and writes everything buffered; an open escape counts as closed. */
  flush(): void {
    if (this.cellText.length > 0) {
      if (this.inEscape) this.endEscape();
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

  private append(text: string): void {
    this.cellText += text;
  }

  private updateWidth(): void {
    this.cellWidth += codePointCount(this.cellText, this.counted, this.cellText.length);
    this.counted = this.cellText.length;
  }

  private endEscape(): void {
    this.updateWidth();
    this.cellWidth -= 2; // the two escape characters take no room
    this.counted = this.cellText.length;
    this.inEscape = false;
  }

  private terminateCell(htab: boolean): number {
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
  private format(first: number, last: number): void {
    const stack: FormatFrame[] = [{ line0: first, line1: last, next: first, resume: first }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const column = this.widths.length;
      let descended = false;
      for (; frame.next < frame.line1; frame.next++) {
        const start = frame.next;
        if (column >= this.lines[start].length - 1) continue;
        // `start` has a cell in this column: it begins a column block.
        this.writeLines(frame.line0, start);
        frame.line0 = start;
        let width = this.options.minWidth;
        let discardable = true;
        let end = start;
        for (; end < frame.line1; end++) {
          const line = this.lines[end];
          if (column >= line.length - 1) break;
          const cell = line[column];
          width = Math.max(width, cell.width + this.options.padding);
          if (cell.width > 0 || cell.htab) discardable = false;
        }
        if (discardable && this.options.discardEmptyColumns) width = 0;
        // Format the columns to the right within the block, then go on after
        // it; Go's loop increment skips `end`, which has no cell here.
        this.widths.push(width);
        frame.resume = end;
        frame.next = end + 1;
        stack.push({ line0: start, line1: end, next: start, resume: start });
        descended = true;
        break;
      }
      if (descended) continue;
      this.writeLines(frame.line0, frame.line1);
      stack.pop();
      if (stack.length > 0) {
        this.widths.pop();
        const parent = stack[stack.length - 1];
        parent.line0 = parent.resume;
      }
    }
  }

  private writeLines(line0: number, line1: number): void {
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i];
      let useTabs = this.options.tabIndent;
      for (let j = 0; j < line.length; j++) {
        const cell = line[j];
        if (cell.text.length === 0) {
          if (j < this.widths.length) this.writePadding(cell.width, this.widths[j], useTabs);
        } else {
          useTabs = false;
          this.sink(cell.text);
          if (j < this.widths.length) this.writePadding(cell.width, this.widths[j], false);
        }
      }
      // The last buffered line has no line break of its own yet.
      if (i + 1 < this.lines.length) this.sink("\n");
    }
  }

  private writePadding(textWidth: number, cellWidth: number, useTabs: boolean): void {
    const { tabWidth, padChar } = this.options;
    if (padChar === "\t" || useTabs) {
      if (tabWidth === 0) return;
      const rounded = Math.ceil(cellWidth / tabWidth) * tabWidth;
      const count = Math.ceil((rounded - textWidth) / tabWidth);
      if (count > 0) this.sink(count <= this.tabs.length ? this.tabs.slice(0, count) : "\t".repeat(count));
      return;
    }
    if (cellWidth > textWidth) this.sink(padChar.repeat(cellWidth - textWidth));
  }
}

function codePointCount(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // A low surrogate completes a pair counted at its high surrogate.
    if (code < 0xdc00 || code > 0xdfff || i === from || !isHighSurrogate(text.charCodeAt(i - 1))) count++;
  }
  return count;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function escapeRegExp(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
