/**
 * Test helper: the parts of the Alloy conformance corpus the formatter is
 * checked against (inputs with a `.fmt`, `fmt=unchanged` rows), read through
 * the shared corpus reader, plus the list of inputs where fleetlint differs
 * from `alloy fmt` on purpose, read from docs/known-differences.md.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { corpusDir, expectationPath, readExpected, readInput, topFolder } from "../../conformance/corpus.js";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const CORPUS_ROOT = corpusDir() ?? process.env.ALLOY_CORPUS ?? resolve(REPO_ROOT, "../shared/alloy-corpus");
export const CORPUS_PRESENT = corpusDir() !== null;

export interface FmtCase {
  /** Path relative to the corpus root, as in EXPECTED.tsv. */
  path: string;
  /** Top-level corpus folder, for per-folder counts. */
  folder: string;
  input: Uint8Array;
  /** Exact `alloy fmt` stdout. */
  expected: Buffer;
  /** Whether a second `alloy fmt` pass leaves Go's output unchanged. */
  idempotent: boolean;
}

/** Every accepted input whose `alloy fmt` output the corpus records (a `.fmt`, or unchanged). */
export function fmtCases(): FmtCase[] {
  const cases: FmtCase[] = [];
  for (const row of readExpected()) {
    if (row.status !== "ok" || (row.fmt !== "changed" && row.fmt !== "unchanged")) continue;
    const input = readInput(row.path);
    const fmtPath = expectationPath(row.path, "fmt");
    let expected: Buffer;
    if (row.fmt === "unchanged") expected = Buffer.from(input);
    else if (existsSync(join(CORPUS_ROOT, fmtPath))) expected = Buffer.from(readInput(fmtPath));
    else continue; // "changed" without a recorded output (single-token scanner inputs)
    cases.push({ path: row.path, folder: topFolder(row.path), input, expected, idempotent: row.fmtIdempotent !== "no" });
  }
  return cases;
}

/** Decodes input bytes as Go sees them: UTF-8, a leading BOM kept as U+FEFF. */
export function decode(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

/**
 * Corpus inputs listed under "## alloy fmt" in docs/known-differences.md:
 * every backquoted corpus path in that section's list items.
 */
export function knownFmtDifferences(): Set<string> {
  const path = join(REPO_ROOT, "docs/known-differences.md");
  if (!existsSync(path)) return new Set();
  const listed = new Set<string>();
  let inSection = false;
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (/^## /.test(line)) inSection = /^## alloy fmt\b/i.test(line);
    else if (inSection && /^\s*[-*] /.test(line)) {
      for (const match of line.matchAll(/`([^`]+\.(?:alloy|river|in))`/g)) listed.add(match[1]);
    }
  }
  return listed;
}
