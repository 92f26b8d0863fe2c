// Fleet stage benchmark (against dist/, npm run build first): the semantic
// plan of a full stack (200 Alloy pipelines, each compared by parse + print on
// both sides, with server-side reformatting), and one SyncPipelines round trip
// of 200 pipelines through the client to the in-process emulator, which also
// parses every pipeline as the server-side check.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { middle, timeRounds } from "./lib.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { loadLanguages } = await import(join(repo, "dist/src/fleet/languages.js"));
const { planTarget } = await import(join(repo, "dist/src/fleet/plan.js"));
const { startEmulator } = await import(join(repo, "dist/src/fleet/emulator/index.js"));
const { FleetClient } = await import(join(repo, "dist/src/fleet/client.js"));

const COUNT = 200;
const contents = (i) =>
  `prometheus.exporter.unix "node_${i}" { }\n\nprometheus.scrape "node_${i}" {\n\ttargets         = prometheus.exporter.unix.node_${i}.targets\n\tforward_to      = [prometheus.remote_write.default.receiver]\n\tscrape_interval = "${(i % 60) + 1}s"\n}\n\nprometheus.remote_write "default" {\n\tendpoint {\n\t\turl = sys.env("PROMETHEUS_URL")\n\t}\n}\n`;
const desired = Array.from({ length: COUNT }, (_, i) => ({
  name: `pipeline-${i}`,
  contents: contents(i),
  matchers: [`team=t${i % 7}`, "env=prod"],
  enabled: true,
  configType: "CONFIG_TYPE_ALLOY",
}));
// The server's copy: reformatted (spaces, no alignment), matchers re-quoted and reordered, every tenth changed.
const remote = desired.map((p, i) => ({
  ...p,
  contents: (i % 10 === 0 ? p.contents.replace("scrape_interval", "scrape_timeout ") : p.contents).replace(/\t/g, "  ").replace(/ +=/g, " ="),
  matchers: ['env="prod"', `team="t${i % 7}"`],
  source: { type: "SOURCE_TYPE_GIT", namespace: "repo" },
}));

const languages = await loadLanguages();
function measure(label, fn, rounds = 5) {
  const times = timeRounds(fn, rounds);
  console.log(`${label}: median ${middle(times).toFixed(1)} ms (min ${times[0].toFixed(1)} ms)`);
}
let plan;
measure(`plan of ${COUNT} pipelines (semantic compare)`, () => {
  plan = planTarget(languages, { namespace: "repo", stack: "prod", desired, remote });
});
console.log(`  -> ${plan.update.length} updates, ${plan.unchanged.length} unchanged`);

const emulator = await startEmulator({ rateLimit: 0 });
const client = new FleetClient({ credentials: { url: emulator.url, username: emulator.username, token: emulator.token } });
const times = [];
for (let i = 0; i < 3; i++) {
  const start = performance.now();
  await client.syncPipelines({ type: "SOURCE_TYPE_GIT", namespace: "repo" }, i % 2 ? desired : remote);
  times.push(performance.now() - start);
}
console.log(`SyncPipelines of ${COUNT} pipelines to the emulator (client + server checks): ${times.map((t) => t.toFixed(0)).join(", ")} ms`);
await emulator.close();
