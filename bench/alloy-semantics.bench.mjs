// Semantic analysis benchmark (against dist/, npm run build first): the pass
// behind alloy-references, alloy-unknown-component, alloy-module-constraints
// alloy-deprecated and alloy-component-arguments, over the corpus's real-world
// files (already parsed: the engine shares one AST per document), plus the
// one-time catalog load and the first reads of component schema chunks.
// Measured on 2 shared cores, 852 files: 531-572 ms before the component
// schemas (771949d), 639-716 ms with them (+15-30%; the limit is +50%).
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

// Schema chunks are read on first use: the index plus one namespace, then the largest one.
const { schemaCatalog } = await import(join(repo, "dist/src/alloy-semantics/schema-catalog.js"));
for (const name of ["prometheus.scrape", "otelcol.receiver.otlp"]) {
  const start = performance.now();
  schemaCatalog().component(name);
  console.log(`schema of ${name} (first use of its chunk) ${(performance.now() - start).toFixed(1)} ms`);
}

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
