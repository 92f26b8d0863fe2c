// Startup cost of the CLI as a whole process, against dist/ (run by
// bench/run.mjs): bare `node -e 0`, `fleetlint --version`, `check` on one
// staged file of fixtures/repos/example (the pre-commit case) and `fmt --check`
// on one file. Reports the median CPU time (user + system, as the child
// measures itself; a loaded machine disturbs it far less than wall time)
// and the median wall time of BENCH_RUNS runs (default 9) after one warm-up
// run, which also fills Node's compile cache. Goal (issue 5): the pre-commit
// case costs little more than starting Node.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "dist", "src", "cli", "main.js");
const example = join(root, "fixtures", "repos", "example");
const runs = Number(process.env.BENCH_RUNS ?? 9);

// Each child reports its own CPU time (user + system, all threads, since
// process start) when it exits, through a preloaded one-line module.
const probe = `data:text/javascript,${encodeURIComponent(
  'process.on("exit", () => { const u = process.cpuUsage(); process.stderr.write(`fleetlint-cpu-ms=${(u.user + u.system) / 1000}\\n`); });',
)}`;

function measure(label, args, cwd) {
  const withProbe = ["--import", probe, ...args];
  const sample = () => {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, withProbe, {
      cwd,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    const wall = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.error) throw result.error;
    if (result.status === 2 || result.status === null) throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr}`);
    const match = /fleetlint-cpu-ms=([\d.]+)/.exec(result.stderr);
    if (!match) throw new Error(`no CPU figure from ${args.join(" ")}: ${result.stderr}`);
    return { wall, cpu: Number(match[1]) };
  };
  sample(); // warm the file system and compile caches
  const samples = Array.from({ length: runs }, sample);
  const cpu = median(samples.map((s) => s.cpu));
  const wall = median(samples.map((s) => s.wall));
  console.log(`${label.padEnd(40)} cpu median ${cpu.toFixed(0).padStart(5)} ms   wall median ${wall.toFixed(0).padStart(5)} ms   (${runs} runs)`);
  return { cpu, wall };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const node = measure("node -e 0", ["-e", "0"], example);
const version = measure("fleetlint --version", [bin, "--version"], example);
const staged = measure("check <one staged file> (example repo)", [bin, "check", "pipelines/platform/node-metrics.alloy"], example);
const fmt = measure("fmt --check <one file>", [bin, "fmt", "--check", "pipelines/platform/node-metrics.alloy"], example);
console.log("");
console.log(`over bare node (CPU): --version ${(version.cpu - node.cpu).toFixed(0)} ms, check ${(staged.cpu - node.cpu).toFixed(0)} ms, fmt --check ${(fmt.cpu - node.cpu).toFixed(0)} ms`);
