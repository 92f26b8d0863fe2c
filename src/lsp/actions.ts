/**
 * Code actions beyond a rule's own fixes: "did you mean" replacements for
 * misspelt names, and "disable <rule> for this line" (the suppression comment
 * of SPEC §3, as ESLint's server offers it). Offsets are UTF-16 indexes into
 * the document text.
 */
import { distance } from "fastest-levenshtein";
import type { TextRange } from "../core/source.js";

export interface TextChange {
  range: TextRange;
  text: string;
}

const DID_YOU_MEAN = /did you mean ["'`]([^"'`]+)["'`]\?/i;
const NAME = /[A-Za-z_][\w.-]*/g;

/**
 * The replacement a "did you mean" message proposes: the name closest to the
 * suggestion inside the diagnostic's range becomes the suggestion.
 */
export function didYouMean(text: string, range: TextRange, message: string): { suggestion: string; change: TextChange } | undefined {
  const suggestion = DID_YOU_MEAN.exec(message)?.[1];
  if (!suggestion || range.end <= range.start) return undefined;
  // A block's range spans its body: the name is on its first line.
  const covered = text.slice(range.start, range.end).split("\n")[0];
  let best: { start: number; end: number; cost: number } | undefined;
  for (const match of covered.matchAll(NAME)) {
    const cost = distance(match[0].toLowerCase(), suggestion.toLowerCase());
    if (!best || cost < best.cost) best = { start: range.start + match.index, end: range.start + match.index + match[0].length, cost };
  }
  if (!best || text.slice(best.start, best.end) === suggestion) return undefined;
  if (best.cost > Math.max(2, Math.floor(suggestion.length / 3))) return undefined;
  return { suggestion, change: { range: { start: best.start, end: best.end }, text: suggestion } };
}

/**
 * A `fleetlint-disable-next-line` comment above the line at `offset`, with the
 * line's indentation; an existing directive right above gains the rule.
 */
export function disableForLine(text: string, offset: number, ruleId: string, commentMarker: "//" | "#"): TextChange {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  if (lineStart > 0) {
    const previousStart = text.lastIndexOf("\n", lineStart - 2) + 1;
    const previous = text.slice(previousStart, lineStart - 1).replace(/\r$/, "");
    const directive = /^([ \t]*)(\/\/|#)[ \t]*fleetlint-disable-next-line[ \t]+([^\n]*?)(?=[ \t]+--[ \t]|$)/.exec(previous);
    if (directive && directive[3].trim() !== "") {
      const rules = directive[3].split(",").map((r) => r.trim());
      if (rules.includes(ruleId)) return { range: { start: lineStart, end: lineStart }, text: "" };
      const at = previousStart + directive[0].length;
      return { range: { start: at, end: at }, text: `, ${ruleId}` };
    }
  }
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  return { range: { start: lineStart, end: lineStart }, text: `${indent}${commentMarker} fleetlint-disable-next-line ${ruleId}${eol}` };
}
