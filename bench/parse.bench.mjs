// Alloy parse throughput: every .alloy/.river file of the corpus's real-world/
// folder, parsed in-process from a string after warm-up (decoding measured
// separately). Run via `npm run bench` (against dist/). Alloy's Go parser does
// about 48 MB/s on the same files on our 2-core CI machines.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const { parseFile, decodeSource } = await import(join(here, "../dist/grammar/alloy/index.js"));

const corpus = process.env.ALLOY_CORPUS ?? join(here, "../../shared/alloy-corpus");
const root = join(corpus, "real-world");
if (!existsSync(root)) {
  console.log(`parse: SKIPPED, corpus not found at ${root} (set ALLOY_CORPUS)`);
  process.exit(0);
}

const files = [];
(function collect(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) collect(path);
    else if (/\.(alloy|river)$/.test(entry)) files.push(new Uint8Array(readFileSync(path)));
  }
})(root);
const totalBytes = files.reduce((sum, bytes) => sum + bytes.length, 0);
const texts = files.map((bytes) => decodeSource(bytes));

function best(rounds, run) {
  let fastest = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

const mbps = (ms) => (totalBytes / 1e6 / (ms / 1000)).toFixed(1);

best(10, () => texts.forEach((text) => parseFile(text))); // warm-up
const parseMs = best(30, () => texts.forEach((text) => parseFile(text)));
const bytesMs = best(10, () => files.forEach((bytes) => parseFile(bytes)));

// Linearity: the same files joined into one ~1 MB and one ~10 MB file.
function joined(targetBytes) {
  let text = "";
  while (text.length < targetBytes) text += texts.join("\n");
  return text.slice(0, text.lastIndexOf("\n", targetBytes));
}
const large = [1e6, 1e7].map((size) => {
  const text = joined(size);
  const ms = best(3, () => parseFile(text));
  return `  one ${(text.length / 1e6).toFixed(1)} MB file${" ".repeat(12)}${ms.toFixed(1)} ms  ${(text.length / 1e6 / (ms / 1000)).toFixed(1)} MB/s`;
});

console.log(`parse: ${files.length} real-world files, ${(totalBytes / 1e6).toFixed(2)} MB`);
console.log(`  parseFile(string)         ${parseMs.toFixed(1)} ms  ${mbps(parseMs)} MB/s`);
console.log(`  parseFile(bytes) + decode ${bytesMs.toFixed(1)} ms  ${mbps(bytesMs)} MB/s`);
for (const line of large) console.log(line);
