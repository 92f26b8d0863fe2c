// Blast-radius benchmark (against dist/, npm run build first): `fleetlint
// plan` as a whole process, with 200 pipelines in the repository, the same
// 200 (a quarter with other matchers, some contents edited) on the emulator,
// and 10,000 collectors in its inventory. Timed from spawn to exit, with and
// without the inventory, plus the impact computation alone in-process.
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { middle, repoRoot, timeRounds } from "./lib.mjs";

const { startEmulator } = await import(join(repoRoot, "dist/src/fleet/emulator/index.js"));
const { planImpact } = await import(join(repoRoot, "dist/src/fleet/impact.js"));
const { planTarget } = await import(join(repoRoot, "dist/src/fleet/plan.js"));
const { loadLanguages } = await import(join(repoRoot, "dist/src/fleet/languages.js"));
const { collectorFromRecord } = await import(join(repoRoot, "dist/src/match/fleet.js"));

const PIPELINES = 200;
const COLLECTORS = 10_000;
const OS = ["linux", "windows", "darwin"];
const REGIONS = ["eu-west-1", "eu-central-1", "us-east-1", "us-west-2", "ap-south-1"];
const TEAMS = Array.from({ length: 12 }, (_, i) => `team-${i}`);

const collectors = Array.from({ length: COLLECTORS }, (_, i) => ({
  id: `collector-${i}`,
  name: `host-${i}.example.internal`,
  collectorType: i % 10 === 0 ? "COLLECTOR_TYPE_OTEL" : "COLLECTOR_TYPE_ALLOY",
  enabled: i % 50 !== 0,
  localAttributes: {
    "collector.os": OS[i % 3],
    "collector.version": `v1.${i % 9}.${i % 4}`,
    region: REGIONS[i % 5],
    team: TEAMS[i % 12],
    env: i % 4 === 0 ? "staging" : "prod",
    rack: `r${i % 97}`,
  },
  remoteAttributes: i % 7 === 0 ? { env: "prod", tier: "gold" } : {},
}));

const contents = (i, edited) => `prometheus.exporter.unix "node_${i}" { }\n\nprometheus.scrape "node_${i}" {\n\ttargets         = prometheus.exporter.unix.node_${i}.targets\n\tforward_to      = []\n\tscrape_interval = "${edited ? 30 : 15}s"\n}\n`;
const matchersOf = (i, variant) => {
  const base = [`team=${TEAMS[i % 12]}`, `collector.os=~"${variant ? "linux|darwin" : "linux"}"`];
  if (i % 3 === 0) base.push(`region!="${REGIONS[i % 5]}"`);
  if (i % 5 === 0) base.push(`collector.version=~"v1\\\\.[0-${i % 9}]\\\\..*"`);
  return base;
};

// The repository: pipeline-i with the "new" matchers for every fourth pipeline, edited contents for every tenth.
const dir = mkdtempSync(join(tmpdir(), "fleetlint-impact-bench-"));
mkdirSync(join(dir, "pipelines"));
writeFileSync(join(dir, "fleetlint.config.yaml"), 'targets:\n  - root: pipelines\n    namespace: bench\n    stack: prod\n    globalMatchers: ["env=prod"]\n');
for (let i = 0; i < PIPELINES; i++) {
  const matchers = matchersOf(i, i % 4 === 0);
  writeFileSync(join(dir, "pipelines", `pipeline-${i}.yaml`), `enabled: true\nmatchers:\n${matchers.map((m) => `  - ${JSON.stringify(m)}`).join("\n")}\n`);
  writeFileSync(join(dir, "pipelines", `pipeline-${i}.alloy`), contents(i, i % 10 === 0));
}
const remote = Array.from({ length: PIPELINES }, (_, i) => ({
  name: `pipeline-${i}`,
  contents: contents(i, false),
  matchers: [...matchersOf(i, false), "env=prod"],
  enabled: true,
  configType: "CONFIG_TYPE_ALLOY",
  source: { type: "SOURCE_TYPE_GIT", namespace: "bench" },
}));

const emulator = await startEmulator({ pipelines: remote, collectors, pipelineLimit: 1000 });
const env = { ...process.env, FLEET_MANAGEMENT_URL: emulator.url, FLEET_MANAGEMENT_USERNAME: emulator.username, FLEET_MANAGEMENT_TOKEN: emulator.token };
const bin = join(repoRoot, "dist/src/cli/main.js");

/** One whole `fleetlint plan` process; the emulator answers from this process, so spawn must not block. */
function planProcess(args) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [bin, "plan", "--format", "json", ...args], { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve({ ms: performance.now() - start, out }) : reject(new Error(`plan exited ${code}: ${err}`))));
  });
}

async function measure(label, args, rounds = 5) {
  const times = [];
  let last;
  for (let i = 0; i < rounds; i++) {
    // Keep the emulator's 3 rps window clear between runs.
    await sleep(1100);
    last = await planProcess(args);
    times.push(last.ms);
  }
  times.sort((a, b) => a - b);
  console.log(`${label}: median ${middle(times).toFixed(0)} ms (min ${times[0].toFixed(0)} ms)`);
  return last;
}

try {
  const withFleet = await measure(`plan, ${PIPELINES} pipelines x ${COLLECTORS} collectors (whole process, live inventory)`, []);
  const target = JSON.parse(withFleet.out).targets[0];
  console.log(`  -> ${target.impact.length} changes, ${target.collectorsChanged} collectors change configuration, ${target.impactWarnings.length} warnings`);
  await measure(`plan, ${PIPELINES} pipelines, --no-collectors (whole process)`, ["--no-collectors"]);

  const languages = await loadLanguages();
  const desired = remote.map((p, i) => ({ ...p, source: undefined, contents: contents(i, i % 10 === 0), matchers: [...matchersOf(i, i % 4 === 0), "env=prod"] }));
  const plan = planTarget(languages, { namespace: "bench", stack: "prod", desired, remote });
  const fleet = collectors.map(collectorFromRecord);
  const times = timeRounds(() => planImpact(plan, desired, remote, fleet), 5);
  console.log(`impact computation alone (in-process): median ${middle(times).toFixed(1)} ms (min ${times[0].toFixed(1)} ms)`);
} finally {
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
}
