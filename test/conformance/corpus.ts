/**
 * Read-only access to the Alloy conformance corpus (shared/alloy-corpus),
 * which lives beside the repository and is never copied into it. Shared by
 * the parser and printer conformance tests.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface ExpectedRow {
  /** Input path relative to the corpus root. */
  path: string;
  status: "ok" | "error";
  /** Number of `.err` lines (0 for accepted inputs). */
  nErrors: number;
  /** First `.err` line, "" for accepted inputs. */
  firstError: string;
  /** `unchanged` / `changed` / `-`. */
  fmt: string;
  /** `yes` / `no` / `-`. */
  fmtIdempotent: string;
  /** sha256 of the canonical AST JSON; "" for rejected inputs. */
  astSha256: string;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The corpus folder (`$ALLOY_CORPUS`, else `../shared/alloy-corpus` from the repository root), or null when absent. */
export function corpusDir(): string | null {
  const candidate = process.env.ALLOY_CORPUS ?? join(repoRoot, "../shared/alloy-corpus");
  return existsSync(join(candidate, "EXPECTED.tsv")) ? candidate : null;
}

function requireCorpus(): string {
  const dir = corpusDir();
  if (!dir) throw new Error("Alloy corpus not found: set ALLOY_CORPUS or place it at ../shared/alloy-corpus");
  return dir;
}

/** Every row of EXPECTED.tsv, in file order. */
export function readExpected(): ExpectedRow[] {
  const text = readFileSync(join(requireCorpus(), "EXPECTED.tsv"), "utf8");
  const rows: ExpectedRow[] = [];
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#") || line.startsWith("path\t")) continue;
    const [path, status, nErrors, firstError, fmt, fmtIdempotent, astSha256] = line.split("\t");
    rows.push({
      path,
      status: status === "ok" ? "ok" : "error",
      nErrors: nErrors ? Number(nErrors) : 0,
      firstError: firstError ?? "",
      fmt: fmt ?? "-",
      fmtIdempotent: fmtIdempotent ?? "-",
      astSha256: astSha256 ?? "",
    });
  }
  return rows;
}

/** The raw bytes of a corpus file (inputs must be read as bytes: odd encodings are the point). */
export function readInput(path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(requireCorpus(), path)));
}

/**
 * Path of an expectation file beside an input: the stem is the input path
 * minus `.alloy` / `.river` / `.in`; `.expr` inputs keep their extension.
 */
export function expectationPath(inputPath: string, extension: string): string {
  const stem = inputPath.endsWith(".expr") ? inputPath : inputPath.replace(/\.(alloy|river|in)$/, "");
  return `${stem}.${extension}`;
}

/** An expectation file as UTF-8 text, or null when it does not exist. */
export function readExpectation(inputPath: string, extension: string): string | null {
  const file = join(requireCorpus(), expectationPath(inputPath, extension));
  return existsSync(file) ? readFileSync(file, "utf8") : null;
}

/** Top-level folder of a corpus path (`real-world`, `docs-snippets`, …). */
export function topFolder(path: string): string {
  return path.split("/")[0];
}
