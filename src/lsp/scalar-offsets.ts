/**
 * Offsets both ways between a YAML scalar's decoded text and the file.
 * src/config/yaml-scalar.ts maps decoded text to the file (diagnostics need
 * only that way); the editor also needs the way back, from a cursor in the
 * YAML to a place in the decoded text. The way back is the same map read
 * backwards, so the two directions cannot disagree, and it exists only when
 * that map is exact: a position that has no exact counterpart gets none.
 */
import type { ScalarText } from "../config/yaml-scalar.js";
import type { TextRange } from "../core/source.js";

/** Where a file offset falls relative to the decoded text. */
export type ScalarPlace =
  /** At this offset of the decoded text. */
  | { kind: "text"; offset: number }
  /** Among the decoded characters' sources, but at none (inside an escape, in block indentation). */
  | { kind: "between" }
  /** Before or after the decoded text (a block header, a quote, another key). */
  | { kind: "outside" };

export interface ScalarOffsets {
  toText(fileOffset: number): ScalarPlace;
  /** Where a text offset starts in the file. */
  toFile(textOffset: number): number;
  /** A text range in the file; an end just past a line break lands at the start of the next line, as it does in the text. */
  toFileRange(range: TextRange): TextRange;
}

const NO_TEXT_OFFSET = -1;

/** Both directions for a scalar of `fileText`, or undefined when its forward map is not exact. */
export function scalarOffsets(fileText: string, scalar: ScalarText): ScalarOffsets | undefined {
  if (!scalar.exact) return undefined;
  const length = scalar.text.length;
  const forward = new Int32Array(length + 1);
  for (let i = 0; i <= length; i++) forward[i] = scalar.toFileOffset(i);
  // The end of the text is a cursor place only when it is not at the start of
  // a line: after a block scalar's final line break comes the next YAML key.
  const endAt = forward[length];
  const endIsPlace = endAt === 0 || !isLineBreak(fileText[endAt - 1]);
  const last = endIsPlace ? length : length - 1;
  let first = Infinity;
  let past = -Infinity;
  for (let i = 0; i <= last; i++) {
    first = Math.min(first, forward[i]);
    past = Math.max(past, forward[i]);
  }
  const backward = new Int32Array(Math.max(0, past - first + 1)).fill(NO_TEXT_OFFSET);
  for (let i = 0; i <= last; i++) {
    // Characters from one escape (a surrogate pair) share a source: the first one is where the cursor is.
    if (backward[forward[i] - first] === NO_TEXT_OFFSET) backward[forward[i] - first] = i;
  }

  const toFile = (textOffset: number) => forward[Math.max(0, Math.min(textOffset, length))];
  return {
    toText(fileOffset) {
      if (fileOffset < first || fileOffset > past) return { kind: "outside" };
      const offset = backward[fileOffset - first];
      return offset === NO_TEXT_OFFSET ? { kind: "between" } : { kind: "text", offset };
    },
    toFile,
    toFileRange(range) {
      const start = toFile(range.start);
      if (range.end <= range.start) return { start, end: start };
      return { start, end: Math.max(start, endOf(fileText, scalar.text, forward, range.end)) };
    },
  };
}

function isLineBreak(c: string | undefined): boolean {
  return c === "\n" || c === "\r";
}

/**
 * The file offset a range ending at `textEnd` ends at. After a line break of
 * the text that is a real one in the file, the end is the start of the next
 * file line (before its indentation), where the text's own line starts too.
 */
function endOf(fileText: string, text: string, forward: Int32Array, textEnd: number): number {
  const end = Math.min(textEnd, text.length);
  const lastChar = forward[end - 1];
  if (text[end - 1] === "\n" && isLineBreak(fileText[lastChar])) {
    const nl = fileText.indexOf("\n", lastChar);
    return nl === -1 ? fileText.length : nl + 1;
  }
  return forward[end];
}
