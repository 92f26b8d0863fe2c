// Semantic analysis benchmark (against dist/, npm run build first): the pass
// behind alloy-references, alloy-unknown-component, alloy-module-constraints
// and alloy-deprecated, over the corpus's real-world files (already parsed:
// the engine shares one AST per document), plus the one-time catalog load.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { middle, realWorldFiles, repoRoot as repo, timeRounds } from "./lib.mjs";

const files = realWorldFiles("alloy-semantics");

const { parseFile } = await import(join(repo, "dist/grammar/alloy/index.js"));
const loadStart = performance.now();
// The modules the alloy-* rules load (not the index, which also reaches the matcher grammar).
const { analyzeAlloy, FLEET_INJECTED_ARGUMENTS } = await import(join(repo, "dist/src/alloy-semantics/analyze.js"));
const { componentCatalog } = await import(join(repo, "dist/src/alloy-semantics/catalog.js"));
componentCatalog();
console.log(`module + catalog load ${(performance.now() - loadStart).toFixed(1)} ms`);

const inputs = files.map((path) => readFileSync(path));
const totalBytes = inputs.reduce((sum, bytes) => sum + bytes.length, 0);
const asts = inputs.map((bytes) => parseFile(bytes).ast).filter(Boolean);

function run() {
  let findings = 0;
  // A fresh stability level per round defeats the per-AST cache: this measures the analysis itself.
  for (const ast of asts) {
    findings += analyzeAlloy(ast, { context: "module", minStability: `experimental`, injectedArguments: [...FLEET_INJECTED_ARGUMENTS, String(Math.random())] }).length;
  }
  return findings;
}

const median = middle(timeRounds(run));
console.log(
  `analysis of ${asts.length} files (${(totalBytes / 1e6).toFixed(2)} MB): median ${median.toFixed(1)} ms, ` +
    `${(totalBytes / 1e6 / (median / 1000)).toFixed(1)} MB/s, ${((median * 1000) / asts.length).toFixed(0)} µs/file`,
);
