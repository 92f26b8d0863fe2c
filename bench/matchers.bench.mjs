// Matcher benchmark: the one-time cost of building the Chevrotain lexer and
// parser (paid once per hook run), uncached parse throughput over the
// matcher corpus, probe matching, and the satisfiability search on typical
// per-attribute matcher sets. Runs against dist/ (npm run build first).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { middle, timeRounds } from "./lib.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const corpusFile = process.env.MATCHER_CORPUS ?? resolve(repo, "../shared/matcher-corpus/matchers.jsonl");
if (!existsSync(corpusFile)) {
  console.log(`SKIPPED: matcher corpus not found at ${corpusFile} (set MATCHER_CORPUS)`);
  process.exit(0);
}

const loadStart = performance.now();
const { parseMatcherText } = await import(join(repo, "dist/grammar/matchers/parse.js"));
const { matches, satisfy } = await import(join(repo, "dist/grammar/matchers/index.js"));
const loaded = performance.now() - loadStart;
const firstStart = performance.now();
parseMatcherText("collector.os=linux");
const first = performance.now() - firstStart;
console.log(`module load ${loaded.toFixed(1)} ms; first parse (builds lexer and parser) ${first.toFixed(1)} ms`);

const lines = readFileSync(corpusFile, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l));
const inputs = lines.map((l) => l.input);

function measure(label, count, unit, fn) {
  const median = middle(timeRounds(fn));
  console.log(`${label}: ${Math.round(count / (median / 1000)).toLocaleString("en")} ${unit}/s (median ${median.toFixed(2)} ms per pass)`);
}

measure(`parse (uncached, ${inputs.length} corpus inputs)`, inputs.length, "matchers", () => {
  for (const input of inputs) parseMatcherText(input);
});

const parsed = lines.filter((l) => l.ok).map((l) => ({ matcher: parseMatcherText(l.input).matcher, probes: Object.keys(l.probe) }));
const probeCount = parsed.reduce((sum, p) => sum + p.probes.length, 0);
measure(`match (${probeCount} probes, regexes cached)`, probeCount, "probes", () => {
  for (const { matcher, probes } of parsed) for (const probe of probes) matches(matcher, probe);
});

const sets = [
  [{ op: "=~", value: "prod|staging|dev" }, { op: "!~", value: "dev.*" }, { op: "!=", value: "staging" }],
  [{ op: "=~", value: "v1\\.(2|3)\\..*" }, { op: "!~", value: "v1\\.2\\.0" }],
  [{ op: "=~", value: "[a-z0-9-]{3,40}" }, { op: "!~", value: "team-.*" }, { op: "=~", value: ".*-eu" }],
  [{ op: "=~", value: "(?i)linux|darwin" }, { op: "!=", value: "linux" }, { op: "!=", value: "darwin" }],
];
measure(`satisfy (${sets.length} typical sets)`, sets.length, "sets", () => {
  for (const set of sets) satisfy(set);
});
