/**
 * Range formatting: the top-level blocks and attributes the range touches are
 * replaced by their `alloy fmt` form; the rest of the file is left as
 * written. The whole file is printed once and its statements are paired with
 * the original's in order (formatting never adds or removes a statement).
 */
import { parseFile, printFile } from "../../grammar/alloy/index.js";
import type { TextRange } from "../core/source.js";

export interface RangeEdit {
  range: TextRange;
  text: string;
}

export function formatRange(text: string, range: TextRange): RangeEdit[] {
  const parsed = parseFile(text);
  // A file with syntax errors is left alone: the diagnostics say why.
  if (!parsed.ast) return [];
  const printed = printFile(parsed.ast, parsed.text).text;
  if (printed === text) return [];
  const original = parsed.ast.body;
  // The printed text is parsed for its statements' offsets (the printer does not report them).
  const formatted = parseFile(printed).ast?.body ?? [];
  if (original.length !== formatted.length) return [];
  const touched = original.flatMap((s, i) => (s.start.offset <= range.end && range.start <= s.end.offset ? [i] : []));
  if (touched.length === 0) return [];
  const first = touched[0];
  const last = touched[touched.length - 1];
  // From the start of the first statement's line when only indentation precedes it.
  let start = original[first].start.offset;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (/^[ \t]*$/.test(text.slice(lineStart, start))) start = lineStart;
  const replacement = printed.slice(formatted[first].start.offset, formatted[last].end.offset);
  const end = original[last].end.offset;
  if (text.slice(start, end) === replacement) return [];
  return [{ range: { start, end }, text: replacement }];
}
