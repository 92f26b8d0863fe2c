// Repository loader benchmark: what a pre-commit run pays before any rule
// runs. Generates repositories of 200 and 2,000 pipelines (fixtures/
// generate-repo.mjs) in a temp folder, then times loadConfig + loadProject
// (walk, read, YAML parse, schema validation, contents resolution; Alloy is
// not parsed, parse() is lazy) and, separately, parsing every pipeline's
// Alloy once. Runs against dist/ (npm run build first).
import { mkdtempSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { loadConfig } = await import(join(repo, "dist/src/config/index.js"));
const { loadProject } = await import(join(repo, "dist/src/repo/index.js"));

function median(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

for (const count of [200, 2000]) {
  const dir = mkdtempSync(join(tmpdir(), "fleetlint-bench-repo-"));
  try {
    const generated = spawnSync(process.execPath, [join(repo, "fixtures/generate-repo.mjs"), dir, String(count)], { stdio: "inherit" });
    if (generated.status !== 0) throw new Error("generate-repo failed");
    const load = async () => loadProject(await loadConfig({ cwd: dir }), { cwd: dir });
    await load(); // warm-up: module loading, ajv compile
    const loadTimes = [];
    let project;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      project = await load();
      loadTimes.push(performance.now() - start);
    }
    const start = performance.now();
    for (const pipeline of project.pipelines) pipeline.alloy?.parse();
    const parseTime = performance.now() - start;
    const bytes = project.pipelines.reduce((sum, p) => sum + (p.contents?.text.length ?? 0), 0);
    console.log(
      `${count} pipelines (${(bytes / 1e6).toFixed(1)} MB Alloy): load ${median(loadTimes).toFixed(0)} ms median of 5` +
        ` (${((median(loadTimes) / count) * 1000).toFixed(0)} µs/pipeline); first parse of every pipeline ${parseTime.toFixed(0)} ms`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
