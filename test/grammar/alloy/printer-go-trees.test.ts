/**
 * The printer alone, fed Go's own syntax trees (the corpus `.ast.json`
 * files, converted to our AST): its output must equal `alloy fmt`'s for
 * every input that has a tree and a recorded output. This checks the printer
 * independently of our parser; the end-to-end check is
 * test/conformance/alloy-fmt.test.ts.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { printFile } from "../../../grammar/alloy/printer.js";
import { fileFromAstJson } from "./printer-ast-json.js";
import { expectationPath } from "../../conformance/corpus.js";
import { CORPUS_PRESENT, CORPUS_ROOT, decode, fmtCases } from "./printer-corpus.js";

if (!CORPUS_PRESENT) {
  console.warn(`\n*** Alloy corpus NOT FOUND at ${CORPUS_ROOT}: printer-vs-Go-trees checks SKIPPED (set ALLOY_CORPUS) ***\n`);
}

describe.skipIf(!CORPUS_PRESENT)("printer on Go's syntax trees", () => {
  it("prints every corpus tree exactly as alloy fmt does", () => {
    const failures: string[] = [];
    let compared = 0;
    for (const c of fmtCases()) {
      const astPath = join(CORPUS_ROOT, expectationPath(c.path, "ast.json"));
      if (!existsSync(astPath)) continue; // large real-world files have no tree in the corpus
      const text = decode(c.input);
      const file = fileFromAstJson(JSON.parse(readFileSync(astPath, "utf8")), text);
      // Go's trees carry Go's key quoting, so compare with Go's behaviour here.
      const printed = printFile(file, text, { escapedKeys: "alloy" }).text;
      compared++;
      if (printed !== decode(c.expected)) failures.push(c.path);
    }
    console.log(`printer on Go trees: ${compared - failures.length} / ${compared} agree`);
    expect(compared).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
  });
});
