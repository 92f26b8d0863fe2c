/**
 * Maps offsets inside a decoded YAML scalar back to the file. A matcher or an
 * inline `contents` block is linted as decoded text, but its diagnostics must
 * point into the YAML file, past quotes, escapes, block indentation and line
 * folding. We re-decode the scalar from its source while recording where each
 * decoded character came from, and trust the result only when it equals what
 * the yaml library decoded; otherwise we fall back to line starts.
 */
import { Scalar } from "yaml";
import type { TextRange } from "../core/source.js";

export interface ScalarText {
  /** The decoded value (a non-string scalar keeps its source text). */
  text: string;
  /** The scalar as written: quotes, block header and body included. */
  range: TextRange;
  /** Offset in `text` (0..length) → offset in the file. */
  toFileOffset(textOffset: number): number;
  /** Whether every character maps exactly (false when the line-start fallback is used). */
  readonly exact: boolean;
}

/** Decoded characters and, for each, the file offset it came from (plus one past the end). */
interface Decoded {
  out: string;
  map: number[];
}

const isBlank = (c: string | undefined) => c === " " || c === "\t";

export function scalarText(source: string, node: Scalar): ScalarText {
  const [start, valueEnd] = node.range ?? [0, 0, 0];
  const range = { start, end: valueEnd };
  const value = typeof node.value === "string" ? node.value : typeof node.source === "string" ? node.source : source.slice(start, valueEnd);
  // Built on first use: most matchers and contents never need a position.
  let mapper: ((offset: number) => number) | undefined;
  let exact = false;
  const build = (): ((offset: number) => number) => {
    const decoded = decodeScalar(source, start, valueEnd, node.type, value);
    if (decoded && decoded.out === value) {
      const map = decoded.map;
      exact = true;
      return (offset) => map[Math.max(0, Math.min(offset, map.length - 1))];
    }
    return lineStartMapper(source, start, valueEnd, value, node.type);
  };
  return {
    text: value,
    range,
    get exact() {
      mapper ??= build();
      return exact;
    },
    toFileOffset(offset) {
      mapper ??= build();
      return mapper(offset);
    },
  };
}

function decodeScalar(source: string, start: number, end: number, type: Scalar["type"], value: string): Decoded | null {
  switch (type) {
    case Scalar.PLAIN:
      return decodeFlow(source, start, end, "plain");
    case Scalar.QUOTE_SINGLE:
      return decodeFlow(source, start + 1, end - 1, "single");
    case Scalar.QUOTE_DOUBLE:
      return decodeFlow(source, start + 1, end - 1, "double");
    case Scalar.BLOCK_LITERAL:
    case Scalar.BLOCK_FOLDED:
      return decodeBlock(source, start, end, type === Scalar.BLOCK_FOLDED, value);
    default:
      return null;
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "\t",
  "\t": "\t",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\u0085",
  _: "\u00a0",
  L: "\u2028",
  P: "\u2029",
};
const HEX_ESCAPES: Record<string, number> = { x: 2, u: 4, U: 8 };

/** Plain and quoted scalars: escapes, `''`, and line folding. */
function decodeFlow(source: string, from: number, to: number, style: "plain" | "single" | "double"): Decoded | null {
  const out: string[] = [];
  const map: number[] = [];
  // Characters before this index came from escapes and survive line-end trimming.
  let kept = 0;
  const push = (text: string, at: number) => {
    for (const ch of text.split("")) {
      out.push(ch);
      map.push(at);
    }
  };
  let i = from;
  while (i < to) {
    const c = source[i];
    if (c === "\r" || c === "\n") {
      // Fold: drop trailing blanks, then one break → space, n breaks → n-1 newlines.
      while (out.length > kept && isBlank(out[out.length - 1])) {
        out.pop();
        map.pop();
      }
      const breakAt = i;
      let breaks = 0;
      const emptyAt: number[] = [];
      while (i < to && (source[i] === "\r" || source[i] === "\n" || isBlank(source[i]))) {
        if (source[i] === "\n") {
          if (breaks > 0) emptyAt.push(i);
          breaks++;
        }
        i++;
      }
      if (breaks <= 1) push(" ", breakAt);
      else for (const at of emptyAt) push("\n", at);
      continue;
    }
    if (style === "single" && c === "'" && source[i + 1] === "'") {
      push("'", i);
      i += 2;
      kept = out.length;
      continue;
    }
    if (style === "double" && c === "\\") {
      const e = source[i + 1];
      if (e === "\r" || e === "\n") {
        // Escaped line break: the break and the next line's indentation vanish.
        i += e === "\r" && source[i + 2] === "\n" ? 3 : 2;
        while (i < to && isBlank(source[i])) i++;
        kept = out.length;
        continue;
      }
      if (e !== undefined && e in SIMPLE_ESCAPES) {
        push(SIMPLE_ESCAPES[e], i);
        i += 2;
      } else if (e !== undefined && e in HEX_ESCAPES) {
        const digits = source.slice(i + 2, i + 2 + HEX_ESCAPES[e]);
        if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== HEX_ESCAPES[e]) return null;
        push(String.fromCodePoint(parseInt(digits, 16)), i);
        i += 2 + digits.length;
      } else return null;
      kept = out.length;
      continue;
    }
    push(c, i);
    i++;
  }
  if (style === "plain") {
    while (out.length > kept && isBlank(out[out.length - 1])) {
      out.pop();
      map.pop();
    }
  }
  map.push(style === "plain" ? (map.length ? map[map.length - 1] + 1 : from) : to);
  return { out: out.join(""), map };
}

interface BlockLine {
  /** Offset of the first character after the indentation. */
  at: number;
  text: string;
  /** Offset of the line break ending the line (or the scalar end). */
  breakAt: number;
  empty: boolean;
  /** Starts with a blank after the indentation (folding keeps its breaks). */
  more: boolean;
}

/**
 * Block scalars (`|`, `>`, with chomping and indentation indicators). The
 * indentation is that of the first non-empty line; an explicit indicator is
 * relative to the parent, which we do not know here, so every smaller
 * indentation is tried and the one that reproduces the value wins.
 */
function decodeBlock(source: string, start: number, end: number, folded: boolean, value: string): Decoded | null {
  const headerEnd = source.indexOf("\n", start);
  if (headerEnd === -1 || headerEnd >= end) return { out: "", map: [end] };
  const header = source.slice(start, headerEnd).replace(/\s+#.*$/, "").trim();
  const chomp = header.includes("-") ? "strip" : header.includes("+") ? "keep" : "clip";
  const rawLines: { start: number; text: string; breakAt: number }[] = [];
  for (let at = headerEnd + 1; at < end; ) {
    let nl = source.indexOf("\n", at);
    if (nl === -1 || nl >= end) nl = end;
    const cr = nl > at && source[nl - 1] === "\r" ? nl - 1 : nl;
    rawLines.push({ start: at, text: source.slice(at, cr), breakAt: cr });
    at = nl + 1;
  }
  const firstContent = rawLines.find((l) => l.text.trim() !== "");
  const auto = firstContent ? firstContent.text.length - firstContent.text.trimStart().length : 0;
  for (let indent = auto; indent >= 0; indent--) {
    const decoded = decodeBlockLines(rawLines, indent, folded, chomp);
    if (decoded.out === value) return decoded;
  }
  return null;
}

function decodeBlockLines(
  rawLines: { start: number; text: string; breakAt: number }[],
  indent: number,
  folded: boolean,
  chomp: "strip" | "keep" | "clip",
): Decoded {
  const lines: BlockLine[] = rawLines.map((l) => {
    const empty = l.text.length <= indent && l.text.trim() === "";
    const text = empty ? "" : l.text.slice(indent);
    return { at: l.start + Math.min(indent, l.text.length), text, breakAt: l.breakAt, empty, more: isBlank(text[0]) };
  });
  const out: string[] = [];
  const map: number[] = [];
  const push = (text: string, at: number) => {
    for (let k = 0; k < text.length; k++) {
      out.push(text[k]);
      map.push(at + k);
    }
  };
  const pushBreak = (at: number) => {
    out.push("\n");
    map.push(at);
  };
  let previous: BlockLine | undefined;
  let empties: BlockLine[] = [];
  for (const line of lines) {
    if (line.empty) {
      empties.push(line);
      continue;
    }
    if (previous) {
      if (folded && !previous.more && !line.more) {
        if (empties.length === 0) {
          out.push(" ");
          map.push(previous.breakAt);
        } else for (const e of empties) pushBreak(e.breakAt);
      } else {
        pushBreak(previous.breakAt);
        for (const e of empties) pushBreak(e.breakAt);
      }
    } else for (const e of empties) pushBreak(e.breakAt);
    push(line.text, line.at);
    previous = line;
    empties = [];
  }
  if (previous && chomp !== "strip") {
    pushBreak(previous.breakAt);
    if (chomp === "keep") for (const e of empties) pushBreak(e.breakAt);
  } else if (!previous && chomp === "keep") for (const e of empties) pushBreak(e.breakAt);
  const last = lines.length ? lines[lines.length - 1].breakAt : 0;
  map.push(previous ? Math.min(previous.breakAt + (chomp === "strip" ? 0 : 1), last + 1) : last);
  return { out: out.join(""), map };
}

/**
 * Fallback when the decoding could not be reproduced: line k of the value maps
 * to the first character of the scalar's k-th line (after a block header).
 */
function lineStartMapper(source: string, start: number, end: number, value: string, type: Scalar["type"]) {
  const lineStarts: number[] = [];
  const block = type === Scalar.BLOCK_LITERAL || type === Scalar.BLOCK_FOLDED;
  let at = block ? source.indexOf("\n", start) + 1 || end : start;
  while (at < end) {
    let first = at;
    while (first < end && isBlank(source[first])) first++;
    lineStarts.push(first);
    const nl = source.indexOf("\n", at);
    if (nl === -1 || nl >= end) break;
    at = nl + 1;
  }
  if (lineStarts.length === 0) lineStarts.push(start);
  return (offset: number): number => {
    let line = 0;
    for (let i = 0; i < Math.min(offset, value.length); i++) if (value[i] === "\n") line++;
    return lineStarts[Math.min(line, lineStarts.length - 1)];
  };
}
