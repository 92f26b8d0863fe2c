/**
 * Code actions beyond a rule's own fixes and suggestions (a misspelt name's
 * rename comes from the rule, see src/engine/suggest.ts): "disable <rule> for
 * this line", the suppression comment of SPEC §3, as ESLint's server offers
 * it. Offsets are UTF-16 indexes into the document text.
 */
import type { TextRange } from "../core/source.js";

export interface TextChange {
  range: TextRange;
  text: string;
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
