/**
 * Alloy parser conformance: every input of the corpus's EXPECTED.tsv must get
 * Go's verdict, Go's diagnostics (same order, messages, line:byte-column),
 * Go's AST digest, and, where a `.tokens` file exists, Go's token stream.
 * Inputs listed in docs/known-differences.md (Parser section) are tolerated.
 * `validator/` rows are semantic checks, not the parser's, and are skipped.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { parseExpression, parseFile, tokenize } from "../../grammar/alloy/index.js";
import type { SyntaxDiagnostic } from "../../grammar/alloy/index.js";
import { byteColumn } from "../../grammar/alloy/source.js";
import { astDigest, goJsonText } from "../grammar/alloy/ast-json.js";
import { corpusDir, readExpectation, readExpected, readInput, topFolder, type ExpectedRow } from "./corpus.js";

const here = dirname(fileURLToPath(import.meta.url));

/** Corpus paths the parser section of docs/known-differences.md tolerates. */
function knownDifferences(): Set<string> {
  const text = readFileSync(join(here, "../../docs/known-differences.md"), "utf8");
  const section = text.split(/^## /m).find((s) => s.startsWith("Parser and scanner")) ?? "";
  const listed = new Set<string>();
  for (const match of section.matchAll(/^- `([^`]+)` \(/gm)) listed.add(match[1]);
  return listed;
}

function renderDiagnostics(diagnostics: SyntaxDiagnostic[], text: string): string[] {
  return diagnostics.map((d) => `${d.start.line}:${byteColumn(text, d.start)}: ${d.message}`);
}

interface Tally {
  rows: number;
  verdict: number;
  diagnostics: number;
  diagnosticsChecked: number;
  ast: number;
  astChecked: number;
  tokens: number;
  tokensChecked: number;
}

const tallies = new Map<string, Tally>();
function tally(folder: string): Tally {
  let t = tallies.get(folder);
  if (!t) {
    t = { rows: 0, verdict: 0, diagnostics: 0, diagnosticsChecked: 0, ast: 0, astChecked: 0, tokens: 0, tokensChecked: 0 };
    tallies.set(folder, t);
  }
  return t;
}

function tokenLines(input: Uint8Array): string[] {
  const { tokens, text } = tokenize(input);
  const lines: string[] = [];
  for (const token of tokens) {
    for (const d of token.diagnostics) lines.push(`ERROR\t${d.start.line}:${byteColumn(text, d.start)}: ${d.message}`);
    lines.push(`${token.start.line}:${byteColumn(text, token.start)}\t${token.name}\t${JSON.stringify(goJsonText(token.literal))}`);
  }
  return lines;
}

/** Parses the Go-written `.tokens` lines, decoding the JSON literal so escapes compare by value. */
function normaliseTokenLines(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => {
      if (line.startsWith("ERROR\t")) return line;
      const [pos, kind, literal] = line.split("\t");
      return `${pos}\t${kind}\t${JSON.stringify(JSON.parse(literal) as string)}`;
    });
}

const dir = corpusDir();

if (!dir) {
  describe("Alloy corpus conformance", () => {
    test.skip("SKIPPED: Alloy corpus not found (set ALLOY_CORPUS or place it at ../shared/alloy-corpus)", () => {});
  });
  console.warn("\n!!! Alloy corpus not found: parser conformance NOT checked (set ALLOY_CORPUS) !!!\n");
} else {
  const known = knownDifferences();
  const rows = readExpected().filter((row) => topFolder(row.path) !== "validator");
  const byFolder = new Map<string, ExpectedRow[]>();
  for (const row of rows) {
    const list = byFolder.get(topFolder(row.path)) ?? [];
    list.push(row);
    byFolder.set(topFolder(row.path), list);
  }

  for (const [folder, folderRows] of byFolder) {
    describe(`alloy-corpus/${folder}`, () => {
      test.each(folderRows.map((row) => [row.path, row] as const))("%s", (_path, row) => {
        const t = tally(folder);
        t.rows++;
        const input = readInput(row.path);
        const result = row.path.endsWith(".expr") ? parseExpression(input) : parseFile(input);
        const ours = renderDiagnostics(result.diagnostics, result.text);
        const problems: string[] = [];

        const verdict = ours.length === 0 ? "ok" : "error";
        if (verdict === row.status) t.verdict++;
        else problems.push(`verdict: expected ${row.status}, got ${verdict}`);

        const err = readExpectation(row.path, "err");
        if (row.status === "error" && err !== null) {
          t.diagnosticsChecked++;
          const expected = err.split("\n").filter((line) => line !== "");
          if (JSON.stringify(expected) === JSON.stringify(ours)) t.diagnostics++;
          else problems.push(`diagnostics:\n  expected ${JSON.stringify(expected)}\n  got      ${JSON.stringify(ours)}`);
        }

        if (row.status === "ok" && row.astSha256) {
          t.astChecked++;
          const digest = result.ast ? astDigest(result.ast, result.text) : "(no AST)";
          if (digest === row.astSha256) t.ast++;
          else problems.push(`AST digest: expected ${row.astSha256}, got ${digest}`);
        }

        const tokens = readExpectation(row.path, "tokens");
        if (tokens !== null) {
          t.tokensChecked++;
          const expected = normaliseTokenLines(tokens);
          const got = tokenLines(input);
          if (JSON.stringify(expected) === JSON.stringify(got)) t.tokens++;
          else problems.push(`tokens:\n  expected ${JSON.stringify(expected)}\n  got      ${JSON.stringify(got)}`);
        }

        if (known.has(row.path)) return; // tolerated, with its reason in docs/known-differences.md
        expect(problems, row.path).toEqual([]);
      });
    });
  }

  afterAll(() => {
    const lines = ["Alloy parser conformance (agreeing / checked):"];
    for (const [folder, t] of [...tallies].sort()) {
      lines.push(
        `  ${folder.padEnd(16)} verdict ${t.verdict}/${t.rows}  diagnostics ${t.diagnostics}/${t.diagnosticsChecked}  ` +
          `AST ${t.ast}/${t.astChecked}  tokens ${t.tokens}/${t.tokensChecked}`,
      );
    }
    console.log(lines.join("\n"));
  });
}
