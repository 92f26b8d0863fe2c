#!/usr/bin/env node
/**
 * Regenerates data/alloy-components.json from a checkout of grafana/alloy:
 * one entry per page of docs/sources/reference/components (the page title is
 * the component name, `labels.stage` in the front matter its stability).
 *
 *   git clone --depth 1 --branch v1.X.Y https://github.com/grafana/alloy /tmp/alloy
 *   node scripts/refresh-component-catalog.mjs /tmp/alloy [--out FILE]
 *
 * The docs and the code disagree in a few places; OVERRIDES records where the
 * code is followed instead, and why. Review the diff of the JSON before
 * committing it: a component that disappears is one users will be told is
 * unknown.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const STAGES = {
  "general-availability": "generally-available",
  "generally-available": "generally-available",
  "public-preview": "public-preview",
  experimental: "experimental",
};

/** Where the docs are wrong or incomplete, from Alloy's code and release notes. */
const OVERRIDES = {
  "otelcol.receiver.nginx": {
    patch: { stability: "public-preview" },
    note: "docs page says experimental; the code registration says public-preview; the code is followed",
  },
  "otelcol.receiver.opencensus": { patch: { removed: true }, note: "page still present, component removed" },
  "otelcol.exporter.logging": {
    patch: { removed: true },
    add: true,
    note: "removed from Alloy (replaced by otelcol.exporter.debug); kept so configs that still use it get a precise message",
  },
};

function usage(message) {
  console.error(`${message}\nusage: node scripts/refresh-component-catalog.mjs <grafana/alloy checkout>`);
  process.exit(2);
}

function* markdownPages(dir) {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* markdownPages(path);
    else if (entry.endsWith(".md") && !entry.startsWith("_")) yield path;
  }
}

function frontMatter(text) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? parse(match[1]) : undefined;
}

const checkout = process.argv[2];
if (!checkout) usage("missing the path of a grafana/alloy checkout");
const docs = join(resolve(checkout), "docs/sources/reference/components");
try {
  statSync(docs);
} catch {
  usage(`no ${docs}`);
}

const components = new Map();
for (const page of markdownPages(docs)) {
  const text = readFileSync(page, "utf8");
  const meta = frontMatter(text);
  const name = meta?.title;
  if (typeof name !== "string" || !/^[a-z_][a-z0-9_]*(\.[a-z0-9_]+)+$/.test(name)) continue;
  const stage = meta.labels?.stage;
  const entry = { name, stability: STAGES[stage] ?? "generally-available" };
  if (stage === "community" || meta.labels?.community === true) entry.community = true;
  // The admonition Alloy keeps on the page of a component it dropped.
  if (/component has been removed/i.test(text)) entry.removed = true;
  components.set(name, entry);
}

const notes = {};
for (const [name, { patch, add, note }] of Object.entries(OVERRIDES)) {
  const existing = components.get(name);
  if (!existing && !add) continue;
  components.set(name, { ...(existing ?? { name, stability: "generally-available" }), ...patch });
  notes[name] = note;
}

let ref = "unknown";
let date = "unknown";
try {
  ref = execFileSync("git", ["-C", checkout, "rev-parse", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  date = execFileSync("git", ["-C", checkout, "log", "-1", "--format=%cs"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
} catch {
  console.warn("not a git checkout: the catalog will not record the Alloy commit");
}

const out = {
  $comment: "Generated; refresh with `node scripts/refresh-component-catalog.mjs <grafana/alloy checkout>` (see docs/alloy-semantics.md).",
  alloy: { ref, date, source: "docs/sources/reference/components (page front matter labels.stage)" },
  notes,
  components: [...components.values()].sort((a, b) => (a.name < b.name ? -1 : 1)),
};
const outFlag = process.argv.indexOf("--out");
const target = outFlag > 0 ? resolve(process.argv[outFlag + 1]) : join(dirname(fileURLToPath(import.meta.url)), "../data/alloy-components.json");
writeFileSync(target, JSON.stringify(out, null, 2) + "\n");
console.log(`wrote ${out.components.length} components from ${ref} to ${target}`);
