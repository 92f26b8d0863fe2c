import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  LineIndex
} from "./chunk-GEBKUC7T.js";

// dist/src/core/source.js
var SourceText = class {
  path;
  text;
  index;
  constructor(path, text) {
    this.path = path;
    this.text = text;
  }
  lines() {
    return this.index ??= new LineIndex(this.text);
  }
  starts() {
    return this.lines().starts;
  }
  get lineCount() {
    return this.lines().lineCount;
  }
  /** 1-based line and UTF-16 column of an offset (clamped into the text). */
  positionAt(offset) {
    const { line, column } = this.lines().position(Math.max(0, Math.min(offset, this.text.length)));
    return { line, column };
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
    return this.lines().lineStart(line);
  }
};

export {
  SourceText
};
