// Reading every definition file of a generated 2,000-pipeline repository,
// once, in a fresh process (as a pre-commit hook does, so the JIT is cold):
// the hand-written reader of src/repo/simple-definition.ts against each layer
// of the yaml package it could be replaced with. Prints the median CPU time
// (user + system) of BENCH_RUNS runs (default 7) of each reader, reading
// only (the files are read into memory first). docs/performance.md explains
// why the hand-written reader stays: yaml's lexer alone costs several times
// what the whole reader does.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const runs = Number(process.env.BENCH_RUNS ?? 7);

/** Each reader, given the yaml module and the built fast-path module. */
const readers = {
  "hand-written subset reader": (_yaml, simple) => (text) => simple.readSimpleDefinition(text),
  "yaml Lexer (tokens only)": (yaml) => (text) => {
    for (const _ of new yaml.Lexer().lex(text));
  },
  "yaml Parser (CST) + resolveAsScalar": (yaml) => (text) => {
    for (const token of new yaml.Parser().parse(text)) {
      if (token.type !== "document" || token.value?.type !== "block-map") continue;
      for (const item of token.value.items) {
        if (item.key) yaml.CST.resolveAsScalar(item.key, true);
        const value = item.value;
        if (value?.type === "block-seq") {
          for (const entry of value.items) if (entry.value) yaml.CST.resolveAsScalar(entry.value, true);
        } else if (value) yaml.CST.resolveAsScalar(value, true);
      }
    }
  },
  "yaml parseDocument (the fallback's options)": (yaml) => (text) => yaml.parseDocument(text, { prettyErrors: false, uniqueKeys: true }),
  "yaml parseDocument + toJS": (yaml) => (text) => yaml.parseDocument(text, { prettyErrors: false, uniqueKeys: true }).toJS(),
};

if (process.argv[2] === "--child") {
  // One cold pass of one reader; prints its CPU time in ms.
  const [, , , name, dir] = process.argv;
  const yaml = await import("yaml");
  const simple = await import(pathToFileURL(join(root, "dist", "src", "repo", "simple-definition.js")).href);
  const texts = readdirSync(join(dir, "pipelines"), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => readFileSync(join(dir, "pipelines", f), "utf8"));
  const read = readers[name](yaml, simple);
  const before = process.cpuUsage();
  for (const text of texts) read(text);
  const used = process.cpuUsage(before);
  console.log(String((used.user + used.system) / 1000));
} else {
  const dir = mkdtempSync(join(tmpdir(), "fleetlint-bench-definitions-"));
  try {
    const made = spawnSync(process.execPath, [join(root, "fixtures", "generate-repo.mjs"), dir, "2000"], { stdio: "ignore" });
    if (made.status !== 0) throw new Error("generate-repo.mjs failed");
    const self = fileURLToPath(import.meta.url);
    for (const name of Object.keys(readers)) {
      const samples = Array.from({ length: runs }, () => {
        const child = spawnSync(process.execPath, [self, "--child", name, dir], { encoding: "utf8" });
        if (child.status !== 0) throw new Error(`${name}: ${child.stderr}`);
        return Number(child.stdout);
      }).sort((a, b) => a - b);
      const median = runs % 2 ? samples[runs >> 1] : (samples[runs / 2 - 1] + samples[runs / 2]) / 2;
      console.log(`${name.padEnd(44)} cpu median ${median.toFixed(0).padStart(5)} ms   (2,000 definitions, ${runs} runs)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
