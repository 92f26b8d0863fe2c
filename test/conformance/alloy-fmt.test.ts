/**
 * `fleetlint fmt` against `alloy fmt`, end to end (our parser + our printer)
 * over the conformance corpus:
 * - every accepted input with a recorded output (`.fmt`, or `fmt=unchanged`
 *   meaning the output is the input's bytes) must come out byte-identical;
 * - printer/alloy-testdata: `.expect` compared with surrounding whitespace
 *   trimmed, as Alloy's TestPrinter does; `.error` inputs must fail to parse
 *   with a diagnostic containing the `.error` text;
 * - a second pass is stable exactly where Go's is (EXPECTED.tsv fmt_idempotent);
 * - the only allowed disagreements are the inputs listed under "alloy fmt"
 *   in docs/known-differences.md, and each of those must differ only in the
 *   re-quoted escaped keys (printing with Go's key quoting must match).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFile } from "../../grammar/alloy/index.js";
import { printFile } from "../../grammar/alloy/printer.js";
import { CORPUS_PRESENT, CORPUS_ROOT, fmtCases, knownFmtDifferences, type FmtCase } from "../grammar/alloy/printer-corpus.js";

if (!CORPUS_PRESENT) {
  console.warn(`\n*** Alloy corpus NOT FOUND at ${CORPUS_ROOT}: alloy fmt conformance SKIPPED (set ALLOY_CORPUS) ***\n`);
}

function formatBytes(input: Uint8Array, escapedKeys: "keep" | "alloy" = "keep"): string | null {
  const parsed = parseFile(input);
  if (!parsed.ast) return null;
  return printFile(parsed.ast, parsed.text, { escapedKeys }).text;
}

describe.skipIf(!CORPUS_PRESENT)("alloy fmt conformance", () => {
  const cases = CORPUS_PRESENT ? fmtCases() : [];
  const known = CORPUS_PRESENT ? knownFmtDifferences() : new Set<string>();
  const byFolder = new Map<string, FmtCase[]>();
  for (const c of cases) byFolder.set(c.folder, [...(byFolder.get(c.folder) ?? []), c]);

  for (const [folder, folderCases] of byFolder) {
    it(`${folder}: output is byte-identical to alloy fmt`, () => {
      const disagreements: string[] = [];
      const unexpected: string[] = [];
      for (const c of folderCases) {
        const output = formatBytes(c.input);
        if (output !== null && Buffer.from(output, "utf8").equals(c.expected)) continue;
        disagreements.push(c.path);
        if (!known.has(c.path)) unexpected.push(c.path);
      }
      console.log(`alloy fmt ${folder}: ${folderCases.length - disagreements.length} / ${folderCases.length} agree`);
      expect(unexpected, "inputs formatted differently from alloy fmt").toEqual([]);
    });
  }

  it("known differences: exactly the listed inputs keep an escaped key, and differ only there", () => {
    const warned: string[] = [];
    for (const c of cases) {
      const parsed = parseFile(c.input);
      if (!parsed.ast) continue;
      const kept = printFile(parsed.ast, parsed.text);
      if (kept.warnings.length === 0) continue;
      warned.push(c.path);
      // Printed with alloy fmt's key quoting instead, the output must be alloy fmt's exactly.
      const asAlloy = printFile(parsed.ast, parsed.text, { escapedKeys: "alloy" }).text;
      expect(Buffer.from(asAlloy).equals(c.expected), `${c.path}: differs in more than its keys`).toBe(true);
      expect(Buffer.from(kept.text).equals(c.expected), `${c.path}: keeping the key changed nothing`).toBe(false);
    }
    console.log(`alloy fmt known differences (escaped keys kept): ${warned.length} corpus input(s)`);
    expect(warned.sort(), "inputs listed under 'alloy fmt' in docs/known-differences.md").toEqual([...known].sort());
  });

  it("a second pass changes the output exactly where it changes alloy fmt's (non-idempotence reproduced)", () => {
    const mismatched: string[] = [];
    let nonIdempotent = 0;
    for (const c of cases) {
      const once = formatBytes(c.input);
      if (once === null) continue;
      const stable = formatBytes(Buffer.from(once)) === once;
      if (!c.idempotent) nonIdempotent++;
      if (stable !== c.idempotent) mismatched.push(c.path);
    }
    console.log(`alloy fmt idempotence: ${cases.length - mismatched.length} / ${cases.length} agree (${nonIdempotent} non-idempotent in Go)`);
    expect(nonIdempotent).toBeGreaterThan(0);
    expect(mismatched).toEqual([]);
  });

  const printerDir = join(CORPUS_ROOT, "printer/alloy-testdata");
  const printerInputs = existsSync(printerDir) ? readdirSync(printerDir).filter((f) => f.endsWith(".in")) : [];

  it("printer/alloy-testdata: .expect matches with surrounding whitespace trimmed (Alloy's TestPrinter)", () => {
    const withExpect = printerInputs.filter((f) => existsSync(join(printerDir, f.replace(/\.in$/, ".expect"))));
    let agreeing = 0;
    for (const name of withExpect) {
      const expected = readFileSync(join(printerDir, name.replace(/\.in$/, ".expect")), "utf8");
      const output = formatBytes(readFileSync(join(printerDir, name)));
      expect(output?.trim(), name).toBe(expected.trim());
      agreeing++;
    }
    console.log(`alloy fmt printer/alloy-testdata .expect: ${agreeing} / ${withExpect.length} agree`);
    expect(withExpect.length).toBeGreaterThan(0);
  });

  it("printer/alloy-testdata: .error inputs fail to parse with the expected message", () => {
    const withError = printerInputs.filter((f) => existsSync(join(printerDir, f.replace(/\.in$/, ".error"))));
    for (const name of withError) {
      const expected = readFileSync(join(printerDir, name.replace(/\.in$/, ".error")), "utf8").trim();
      const parsed = parseFile(readFileSync(join(printerDir, name)));
      expect(parsed.ast, name).toBeNull();
      expect(
        parsed.diagnostics.some((d) => d.message.includes(expected)),
        `${name}: ${parsed.diagnostics.map((d) => d.message).join("; ")}`,
      ).toBe(true);
    }
    expect(withError.length).toBeGreaterThan(0);
  });
});
