// The commit-hook case as a whole process, shipped bundle against the plain
// TypeScript build (issue 12): `fleetlint check` on one staged file of a
// generated 200-pipeline repository, run by
//   - bare `node -e 0` (the floor: starting Node),
//   - dist/src/cli/main.js (tsc output, what the package shipped before the
//     bundle),
//   - bundle/fleetlint.js (what the bin, the pre-commit hooks and the action
//     run now).
// Samples are interleaved (one of each per round) so load on the shared
// machine hits all three alike. Reports median CPU time (user + system, as
// the child measures itself) and wall time over BENCH_RUNS rounds (default
// 15) after a warm-up round that also fills Node's compile cache, and each
// one's ratio to bare Node. Needs `npm run build` first (npm run bench does).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { middle, repoRoot } from "./lib.mjs";

const runs = Number(process.env.BENCH_RUNS ?? 15);
const dist = join(repoRoot, "dist", "src", "cli", "main.js");
const bundle = join(repoRoot, "bundle", "fleetlint.js");
for (const file of [dist, bundle]) {
  if (!existsSync(file)) {
    console.log(`hook.bench: ${file} is missing; run npm run build first`);
    process.exit(1);
  }
}

const probe = `data:text/javascript,${encodeURIComponent(
  'process.on("exit", () => { const u = process.cpuUsage(); process.stderr.write(`fleetlint-cpu-ms=${(u.user + u.system) / 1000}\\n`); });',
)}`;

function sample(args, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--import", probe, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw result.error;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  const cpu = Number(/fleetlint-cpu-ms=([\d.]+)/.exec(result.stderr)?.[1]);
  return { cpu, wall, stdout: result.stdout };
}

const repo = mkdtempSync(join(tmpdir(), "fleetlint-bench-hook-"));
try {
  const generated = spawnSync(process.execPath, [join(repoRoot, "fixtures", "generate-repo.mjs"), repo, "200"], { encoding: "utf8" });
  if (generated.status !== 0) throw new Error(generated.stderr);
  // The staged file: the first pipeline definition, as a hook passes it.
  const stagedFile = readdirSync(repo, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".yaml") && f.includes("/"))
    .sort()[0];
  const cases = {
    node: ["-e", "0"],
    dist: [dist, "check", "--format", "json", stagedFile],
    bundle: [bundle, "check", "--format", "json", stagedFile],
  };
  // Same findings from both builds (paths and messages), so the comparison is fair.
  const distOut = sample(cases.dist, repo).stdout;
  const bundleOut = sample(cases.bundle, repo).stdout;
  if (distOut !== bundleOut) throw new Error("dist and bundle report different results for the staged file");
  sample(cases.node, repo);

  const samples = { node: [], dist: [], bundle: [] };
  for (let round = 0; round < runs; round++) for (const [name, args] of Object.entries(cases)) samples[name].push(sample(args, repo));
  const stats = Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [
      name,
      { cpu: middle(list.map((s) => s.cpu).sort((a, b) => a - b)), wall: middle(list.map((s) => s.wall).sort((a, b) => a - b)) },
    ]),
  );
  const label = { node: "node -e 0", dist: "check <staged file>, dist/ (tsc)", bundle: "check <staged file>, bundle/" };
  console.log(`one staged file (${stagedFile}) of a 200-pipeline repository, ${runs} interleaved rounds:`);
  for (const name of ["node", "dist", "bundle"]) {
    const s = stats[name];
    const ratio = name === "node" ? "" : `   ${(s.cpu / stats.node.cpu).toFixed(1)}x node CPU, ${(s.wall / stats.node.wall).toFixed(1)}x node wall`;
    console.log(`${label[name].padEnd(36)} cpu median ${s.cpu.toFixed(0).padStart(5)} ms   wall median ${s.wall.toFixed(0).padStart(5)} ms${ratio}`);
  }
  console.log(`bundle vs dist: CPU ${((stats.bundle.cpu / stats.dist.cpu - 1) * 100).toFixed(0)} %, wall ${((stats.bundle.wall / stats.dist.wall - 1) * 100).toFixed(0)} %`);
} finally {
  rmSync(repo, { recursive: true, force: true });
}
