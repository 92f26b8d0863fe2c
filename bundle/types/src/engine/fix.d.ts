/**
 * Applying fixes (ESLint's approach): per file, fixes sorted by position and
 * applied when they do not overlap one already taken; the caller re-lints and
 * repeats, at most MAX_FIX_PASSES times. Files are written with
 * src/core/write-atomic.ts.
 */
import type { Fix } from "../core/diagnostic.js";
export declare const MAX_FIX_PASSES = 10;
/** Applies the fixes that do not overlap an earlier one; returns the new text and how many applied. */
export declare function applyFixes(text: string, fixes: readonly Fix[]): {
    output: string;
    applied: number;
};
