import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/src/core/lines.js
function searchStarts(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset)
      lo = mid;
    else
      hi = mid - 1;
  }
  return lo;
}
var LineIndex = class {
  text;
  /** UTF-16 offset of each line start (the first is 0). */
  starts;
  cursor = 0;
  constructor(text) {
    this.text = text;
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
      starts.push(i + 1);
    this.starts = starts;
  }
  get lineCount() {
    return this.starts.length;
  }
  /** The position of an offset (not clamped: offsets past the text count on the last line). */
  position(offset) {
    const starts = this.starts;
    let line = this.cursor;
    if (starts[line] > offset || line + 1 < starts.length && starts[line + 1] <= offset) {
      if (line + 2 < starts.length && starts[line + 1] <= offset && starts[line + 2] > offset)
        line++;
      else
        line = searchStarts(starts, offset);
      this.cursor = line;
    }
    return { offset, line: line + 1, column: offset - starts[line] + 1 };
  }
  /** Start offset of a 1-based line (clamped to the text's lines). */
  lineStart(line) {
    const starts = this.starts;
    return starts[Math.max(1, Math.min(line, starts.length)) - 1];
  }
};

export {
  searchStarts,
  LineIndex
};
