// Semantic analysis benchmark (against dist/, npm run build first): the pass
// behind alloy-references, alloy-unknown-component, alloy-module-constraints
// and alloy-deprecated, over the corpus's real-world files (already parsed:
// the engine shares one AST per document), plus the one-time catalog load.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const corpus = process.env.ALLOY_CORPUS ?? resolve(repo, "../shared/alloy-corpus");
const realWorld = join(corpus, "real-world");
if (!existsSync(realWorld)) {
  console.log(`SKIPPED: Alloy corpus not found at ${realWorld} (set ALLOY_CORPUS)`);
  process.exit(0);
}

const { parseFile } = await import(join(repo, "dist/grammar/alloy/index.js"));
const loadStart = performance.now();
// The modules the alloy-* rules load (not the index, which also reaches the matcher grammar).
const { analyzeAlloy, FLEET_INJECTED_ARGUMENTS } = await import(join(repo, "dist/src/alloy-semantics/analyze.js"));
const { componentCatalog } = await import(join(repo, "dist/src/alloy-semantics/catalog.js"));
componentCatalog();
console.log(`module + catalog load ${(performance.now() - loadStart).toFixed(1)} ms`);

function walk(folder, out) {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(alloy|river)$/.test(name)) out.push(path);
  }
  return out;
}

const inputs = walk(realWorld, []).map((path) => readFileSync(path));
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

run();
const times = [];
for (let i = 0; i < 7; i++) {
  const start = performance.now();
  run();
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = times[3];
console.log(
  `analysis of ${asts.length} files (${(totalBytes / 1e6).toFixed(2)} MB): median ${median.toFixed(1)} ms, ` +
    `${(totalBytes / 1e6 / (median / 1000)).toFixed(1)} MB/s, ${((median * 1000) / asts.length).toFixed(0)} µs/file`,
);
