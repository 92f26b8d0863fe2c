// fmt benchmark: in-process throughput of `alloy fmt` formatting over the
// corpus's real-world files (parse + print, and print alone), and the wall
// time of a whole `fleetlint fmt --check` process over the same files, which
// is what a pre-commit hook pays. Runs against dist/ (npm run build first).
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Buffer } from "node:buffer";
import { middle, realWorldFiles, repoRoot as repo, timeRounds } from "./lib.mjs";

const files = realWorldFiles("fmt");

const { parseFile } = await import(join(repo, "dist/grammar/alloy/index.js"));
const { printFile } = await import(join(repo, "dist/grammar/alloy/printer.js"));

const inputs = files.map((path) => readFileSync(path));
const totalBytes = inputs.reduce((sum, bytes) => sum + bytes.length, 0);
const parsed = inputs.map((bytes) => parseFile(bytes)).filter((result) => result.ast);

function measure(label, bytes, fn) {
  const times = timeRounds(fn);
  const rate = (ms) => (bytes / 1e6 / (ms / 1000)).toFixed(1);
  const median = middle(times);
  console.log(`${label}: ${rate(median)} MB/s median, ${rate(times[0])} MB/s best (${median.toFixed(0)} / ${times[0].toFixed(0)} ms per pass)`);
}

console.log(`${files.length} files, ${(totalBytes / 1e6).toFixed(2)} MB (${parsed.length} parse)`);
measure("parse + print", totalBytes, () => {
  for (const bytes of inputs) {
    const result = parseFile(bytes);
    if (result.ast) printFile(result.ast, result.text);
  }
});
const parsedBytes = parsed.reduce((sum, result) => sum + Buffer.byteLength(result.text), 0);
measure("print only", parsedBytes, () => {
  for (const result of parsed) printFile(result.ast, result.text);
});

const cli = join(repo, "dist/src/cli/main.js");
const runs = [];
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  const child = spawnSync(process.execPath, [cli, "fmt", "--check", ...files], { encoding: "utf8", maxBuffer: 64 << 20 });
  runs.push(performance.now() - start);
  if (child.status === 2) {
    console.log(`fmt --check failed: ${child.stderr}`);
    process.exit(1);
  }
}
runs.sort((a, b) => a - b);
console.log(
  `fleetlint fmt --check (${files.length} files, whole process): median ${runs[2].toFixed(0)} ms, best ${runs[0].toFixed(0)} ms`,
);
const one = files.find((f) => f.endsWith("grafana-alloy-scenarios/otel-tracing-service-graphs/config.alloy")) ?? files[0];
const single = [];
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  spawnSync(process.execPath, [cli, "fmt", "--check", one]);
  single.push(performance.now() - start);
}
single.sort((a, b) => a - b);
console.log(`fleetlint fmt --check (1 file, whole process, as a hook runs it): median ${single[2].toFixed(0)} ms, best ${single[0].toFixed(0)} ms`);
