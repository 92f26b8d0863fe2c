/**
 * Applying fixes (ESLint's approach): per file, fixes sorted by position and
 * applied when they do not overlap one already taken; the caller re-lints and
 * repeats, at most MAX_FIX_PASSES times. Files are written atomically.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
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

/**
 * Replaces a file's contents without a window where it is half written: a
 * temporary file in the same folder (so rename stays on one file system),
 * given the original's mode, then renamed over it.
 */
export function writeFileAtomic(path: string, text: string): void {
  const mode = statSync(path, { throwIfNoEntry: false })?.mode;
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    writeFileSync(temp, text, { flag: "wx" });
    if (mode !== undefined) chmodSync(temp, mode & 0o7777);
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing to clean up.
    }
    throw error;
  }
}
