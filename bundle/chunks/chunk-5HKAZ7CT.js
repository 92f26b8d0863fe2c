import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/src/core/source.js
var SourceText = class {
  path;
  text;
  lineStarts;
  constructor(path, text) {
    this.path = path;
    this.text = text;
  }
  starts() {
    if (this.lineStarts)
      return this.lineStarts;
    const starts = [0];
    const text = this.text;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
      starts.push(i + 1);
    this.lineStarts = starts;
    return starts;
  }
  get lineCount() {
    return this.starts().length;
  }
  /** 1-based line and UTF-16 column of an offset (clamped into the text). */
  positionAt(offset) {
    const starts = this.starts();
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= at)
        lo = mid;
      else
        hi = mid - 1;
    }
    return { line: lo + 1, column: at - starts[lo] + 1 };
  }
  /** Offset of a 1-based line and UTF-16 column (clamped). */
  offsetAt(line, column) {
    const starts = this.starts();
    const l = Math.max(1, Math.min(line, starts.length));
    return Math.min(starts[l - 1] + Math.max(0, column - 1), this.text.length);
  }
  /** The text of a 1-based line without its line break. */
  lineText(line) {
    const starts = this.starts();
    if (line < 1 || line > starts.length)
      return "";
    const start = starts[line - 1];
    const next = line < starts.length ? starts[line] - 1 : this.text.length;
    const end = next > start && this.text.charCodeAt(next - 1) === 13 ? next - 1 : next;
    return this.text.slice(start, end);
  }
  /** Start offset of a 1-based line. */
  lineStart(line) {
    const starts = this.starts();
    return starts[Math.max(1, Math.min(line, starts.length)) - 1];
  }
};

export {
  SourceText
};
