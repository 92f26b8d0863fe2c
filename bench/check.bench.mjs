// `fleetlint check` as a whole process, against dist/ (run by bench/run.mjs):
// generated repositories of 200 and 2,000 pipelines (1-5 KB of Alloy each),
// ONE staged file of each (the pre-commit case), the whole of each, and bare
// `node -e 0` for comparison. Prints the median CPU time (user + system, as
// the child measures itself; a loaded machine disturbs it far less than wall
// time) and the median wall time of BENCH_RUNS runs (default 7) after one
// warm-up run. Goals (issue 5): the pre-commit case costs little more than
// starting Node; 2,000 pipelines take at most 10x the 200 case.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "dist", "src", "cli", "main.js");
const generator = join(root, "fixtures", "generate-repo.mjs");
const runs = Number(process.env.BENCH_RUNS ?? 7);

// Each child reports its own CPU time (user + system, all threads, since
// process start) when it exits, through a preloaded one-line module.
const probe = `data:text/javascript,${encodeURIComponent(
  'process.on("exit", () => { const u = process.cpuUsage(); process.stderr.write(`fleetlint-cpu-ms=${(u.user + u.system) / 1000}\\n`); });',
)}`;

function generate(count) {
  const dir = mkdtempSync(join(tmpdir(), `fleetlint-bench-${count}-`));
  const made = spawnSync(process.execPath, [generator, dir, String(count)], { stdio: "inherit" });
  if (made.status !== 0) throw new Error(`generate-repo.mjs failed for ${count}`);
  return dir;
}

function sample(args, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--import", probe, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr}${result.stdout.slice(0, 500)}`);
  const match = /fleetlint-cpu-ms=([\d.]+)/.exec(result.stderr);
  if (!match) throw new Error(`no CPU figure from ${args.join(" ")}: ${result.stderr}`);
  return { wall, cpu: Number(match[1]) };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function measure(label, args, cwd) {
  sample(args, cwd); // warm the file system and compile caches
  const samples = Array.from({ length: runs }, () => sample(args, cwd));
  const cpu = median(samples.map((s) => s.cpu));
  const wall = median(samples.map((s) => s.wall));
  console.log(`${label.padEnd(44)} cpu median ${cpu.toFixed(0).padStart(5)} ms   wall median ${wall.toFixed(0).padStart(5)} ms   (${runs} runs)`);
  return cpu;
}

/** The first definition of a generated repository, as a hook would pass it. */
function firstDefinition(dir) {
  const name = readdirSync(join(dir, "pipelines"), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".yaml"))
    .sort()[0];
  return join("pipelines", name);
}

const small = generate(200);
const large = generate(2000);
try {
  const node = measure("node -e 0", ["-e", "0"], small);
  const staged200 = measure("check <one staged file> (200 pipelines)", [bin, "check", firstDefinition(small)], small);
  const staged2000 = measure("check <one staged file> (2,000 pipelines)", [bin, "check", firstDefinition(large)], large);
  const s200 = measure("check (200 pipelines)", [bin, "check"], small);
  const s2000 = measure("check (2,000 pipelines)", [bin, "check"], large);
  console.log("");
  console.log(`pre-commit case over bare node (CPU): ${(staged200 - node).toFixed(0)} ms at 200 pipelines, ${(staged2000 - node).toFixed(0)} ms at 2,000`);
  console.log(`per pipeline, one staged file (CPU):  ${((staged2000 - staged200) / 1800).toFixed(3)} ms`);
  console.log(`2,000 over 200 pipelines (CPU):       ${(s2000 / s200).toFixed(1)}x (goal <= 10x)`);
} finally {
  rmSync(small, { recursive: true, force: true });
  rmSync(large, { recursive: true, force: true });
}
