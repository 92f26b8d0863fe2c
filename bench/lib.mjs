// Helpers the benchmarks share (not a benchmark itself: run.mjs runs only
// *.bench.mjs files).
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Every `.alloy`/`.river` file of the corpus's real-world folder, sorted; exits with SKIPPED without the corpus. */
export function realWorldFiles(benchName) {
  const corpus = process.env.ALLOY_CORPUS ?? resolve(repoRoot, "../shared/alloy-corpus");
  const folder = join(corpus, "real-world");
  if (!existsSync(folder)) {
    console.log(`${benchName}: SKIPPED, Alloy corpus not found at ${folder} (set ALLOY_CORPUS)`);
    process.exit(0);
  }
  const walk = (dir, out) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, out);
      else if (/\.(alloy|river)$/.test(name)) out.push(path);
    }
    return out;
  };
  return walk(folder, []);
}

/** Runs `fn` once to warm up, then `rounds` timed times; returns the times in ms, fastest first. */
export function timeRounds(fn, rounds = 7) {
  fn();
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

/** The middle value of an ascending list. */
export const middle = (sorted) => sorted[Math.floor(sorted.length / 2)];
