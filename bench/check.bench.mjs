// `fleetlint check` as a whole process, against dist/ (run by bench/run.mjs):
// generated repositories of 200 and 2,000 pipelines (1-5 KB of Alloy each),
// ONE staged file of the 200-pipeline repository (the pre-commit case), and
// bare `node -e 0` for comparison. Prints the median wall time of several runs.
// Goals: the pre-commit case costs little more than starting Node; 2,000
// pipelines take at most 10x the 200 case.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "dist", "src", "cli", "main.js");
const generator = join(root, "fixtures", "generate-repo.mjs");
const runs = Number(process.env.BENCH_RUNS ?? 7);

function generate(count) {
  const dir = mkdtempSync(join(tmpdir(), `fleetlint-bench-${count}-`));
  const made = spawnSync(process.execPath, [generator, dir, String(count)], { stdio: "inherit" });
  if (made.status !== 0) throw new Error(`generate-repo.mjs failed for ${count}`);
  return dir;
}

function time(args, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr}${result.stdout.slice(0, 500)}`);
  return ms;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function measure(label, args, cwd) {
  time(args, cwd); // warm the file system cache
  const samples = Array.from({ length: runs }, () => time(args, cwd));
  const value = median(samples);
  console.log(`${label.padEnd(44)} median ${value.toFixed(0).padStart(6)} ms  (min ${Math.min(...samples).toFixed(0)}, max ${Math.max(...samples).toFixed(0)}, ${runs} runs)`);
  return value;
}

const small = generate(200);
const large = generate(2000);
try {
  const firstDefinition = readdirSync(join(small, "pipelines"), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".yaml"))
    .sort()[0];
  const node = measure("node -e 0", ["-e", "0"], small);
  const version = measure("fleetlint --version", [bin, "--version"], small);
  const staged = measure("check <one staged file> (200 pipelines)", [bin, "check", join("pipelines", firstDefinition)], small);
  const s200 = measure("check (200 pipelines)", [bin, "check"], small);
  const s2000 = measure("check (2,000 pipelines)", [bin, "check"], large);
  console.log("");
  console.log(`pre-commit case over bare node:   ${(staged - node).toFixed(0)} ms (${(staged / node).toFixed(1)}x; --version alone ${(version - node).toFixed(0)} ms over node)`);
  console.log(`2,000 over 200 pipelines:         ${(s2000 / s200).toFixed(1)}x (goal <= 10x)`);
} finally {
  rmSync(small, { recursive: true, force: true });
  rmSync(large, { recursive: true, force: true });
}
