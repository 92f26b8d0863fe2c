/**
 * Applying fixes (ESLint's approach): per file, fixes sorted by position and
 * applied when they do not overlap one already taken; the caller re-lints and
 * repeats, at most MAX_FIX_PASSES times. Files are written with
 * src/core/write-atomic.ts.
 */
import type { Fix } from "../core/diagnostic.js";

export const MAX_FIX_PASSES = 10;

/** Applies the fixes that do not overlap an earlier one; returns the new text and how many applied. */
export function applyFixes(text: string, fixes: readonly Fix[]): { output: string; applied: number } {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = "";
  let cursor = 0;
  let applied = 0;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start < cursor) continue;
    output += text.slice(cursor, start) + fix.text;
    cursor = end;
    applied++;
  }
  return { output: output + text.slice(cursor), applied };
}
