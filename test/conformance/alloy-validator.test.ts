/**
 * Parity with `alloy validate`: the validator cases of the corpus
 * (`validator/**.txtar` + `.diags`, Alloy's own internal/validator testdata)
 * run through our parser and semantic analysis in root context, as `alloy
 * validate` sees a file; component bodies are checked against the schema
 * catalog (data/alloy-component-schemas). Every expected diagnostic we can reproduce from one file
 * must come out at the same line:column with the
 * same message; anything else we report is a false positive and fails too.
 * The expected diagnostics we cannot reproduce are listed below with why.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { parseFile } from "../../grammar/alloy/index.js";
import { analyzeAlloy } from "../../src/alloy-semantics/index.js";
import type { StabilityLevel } from "../../src/config/types.js";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CORPUS_ROOT = process.env.ALLOY_CORPUS ?? resolve(REPO_ROOT, "../shared/alloy-corpus");
const VALIDATOR = join(CORPUS_ROOT, "validator");

/** Expected diagnostics we do not reproduce, by case, "file:line:col", and why. */
/** Expected diagnostics we do not reproduce, by case, "file:line:col", and why (none at the pinned commit). */
const NOT_APPLICABLE: Record<string, Record<string, string>> = {};

interface Expected {
  file: string;
  line: number;
  column: number;
  severity: "Error" | "Warning";
  message: string;
}

function parseTxtar(text: string): Map<string, string> {
  const files = new Map<string, string>();
  const marker = /^-- (.+?) --$/gm;
  const heads = [...text.matchAll(marker)];
  heads.forEach((m, i) => {
    const start = m.index + m[0].length + 1;
    const end = i + 1 < heads.length ? heads[i + 1].index : text.length;
    files.set(m[1], text.slice(start, end));
  });
  return files;
}

function parseDiags(text: string): Expected[] {
  const out: Expected[] = [];
  for (const m of text.matchAll(/^(Error|Warning): ([^:\n]+):(\d+):(\d+): (.*)$/gm)) {
    // Alloy names the file in "already declared at FILE:L:C"; ours is relative to the contents.
    const message = m[5].replace(/ already declared at [^:\s]+:(\d+:\d+)$/, " already declared at $1");
    out.push({ file: m[2], line: Number(m[3]), column: Number(m[4]), severity: m[1] as Expected["severity"], message });
  }
  return out;
}

const key = (d: { file: string; line: number; column: number; message: string }) => `${d.file}:${d.line}:${d.column}: ${d.message}`;

const cases = existsSync(VALIDATOR)
  ? ["default", "ga"].flatMap((dir) =>
      readdirSync(join(VALIDATOR, dir))
        .filter((f) => f.endsWith(".txtar"))
        .sort()
        .map((f) => `${dir}/${f.slice(0, -".txtar".length)}`),
    )
  : [];

if (cases.length === 0) {
  console.warn(`\n*** Alloy corpus NOT FOUND at ${VALIDATOR}: alloy validate parity SKIPPED (set ALLOY_CORPUS) ***\n`);
}

describe.skipIf(cases.length === 0)("alloy validate parity (corpus validator/)", () => {
  let reproduced = 0;
  let applicable = 0;
  const skipped: string[] = [];

  test.each(cases)("%s", (name) => {
    const files = parseTxtar(readFileSync(join(VALIDATOR, `${name}.txtar`), "utf8"));
    const diagsPath = join(VALIDATOR, `${name}.diags`);
    const expected = existsSync(diagsPath) ? parseDiags(readFileSync(diagsPath, "utf8")) : [];
    const excluded = NOT_APPLICABLE[name] ?? {};
    const minStability: StabilityLevel = name.startsWith("ga/") ? "generally-available" : "experimental";

    const wanted = expected.filter((d) => {
      const reason = excluded["*"] ?? excluded[`${d.file}:${d.line}:${d.column}`];
      if (reason) skipped.push(`${name} ${d.file}:${d.line}:${d.column} ${d.message} — ${reason}`);
      return !reason;
    });

    const actual: string[] = [];
    for (const [file, text] of files) {
      const { ast, diagnostics } = parseFile(text);
      // Syntax errors: alloy-syntax reports the parser's diagnostics, and Alloy stops at them.
      for (const d of diagnostics) actual.push(key({ file, line: d.start.line, column: d.start.column, message: d.message }));
      if (!ast) continue;
      for (const f of analyzeAlloy(ast, { context: "root", minStability })) {
        actual.push(key({ file, ...positionOf(text, f.range.start), message: f.message }));
      }
    }
    const wantedKeys = wanted.map(key);
    applicable += wantedKeys.length;
    reproduced += wantedKeys.filter((k) => actual.includes(k)).length;
    expect([...actual].sort()).toEqual([...wantedKeys].sort());
    // Where nothing was left out, Alloy's order is kept too (single files; mixed/ has one diagnostic per file).
    if (wanted.length === expected.length) expect(actual).toEqual(wantedKeys);
  });

  test("summary", () => {
    console.log(`alloy validate parity: ${reproduced}/${applicable} applicable diagnostics reproduced; ${skipped.length} not applicable:`);
    for (const s of skipped) console.log(`  - ${s}`);
    expect(reproduced).toBe(applicable);
  });
});

function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
