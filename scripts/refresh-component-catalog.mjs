#!/usr/bin/env node
/**
 * Regenerates data/alloy-components.json from a checkout of grafana/alloy:
 * one entry per page of docs/sources/reference/components (the page title is
 * the component name, `labels.stage` in the front matter its stability).
 *
 *   git clone --depth 1 --branch v1.X.Y https://github.com/grafana/alloy /tmp/alloy
 *   node scripts/refresh-component-catalog.mjs /tmp/alloy [--out FILE]
 *
 * Removed components come from the checkout's history: every component page
 * deleted from that folder is a component Alloy dropped, removed in the first
 * release tag that contains the deletion, replaced by the component the page
 * told users to use instead. That needs a full clone (tags and history), not
 * `--depth 1`; the docs folder alone is enough as a sparse checkout.
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
  "otelcol.receiver.opencensus": {
    // The code was deleted in f1f457fa11 (OTel Collector v0.142.0 upgrade); the page's "instead" link has a typo.
    patch: { removed: true, removedIn: "v1.13.0", replacement: "otelcol.receiver.otlp" },
    note: "page still present, component removed in v1.13.0 (commit f1f457fa11)",
  },
  "module.file": { patch: { replacement: "import.file" }, note: "the module.* components became the import.* config blocks" },
  "module.git": { patch: { replacement: "import.git" }, note: "the module.* components became the import.* config blocks" },
  "module.http": { patch: { replacement: "import.http" }, note: "the module.* components became the import.* config blocks" },
  "module.string": { patch: { replacement: "import.string" }, note: "the module.* components became the import.* config blocks" },
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

/** Community pages carry a "Community" tag and the shared community-stability note. */
function isCommunity(meta, text) {
  const tags = Array.isArray(meta.labels?.tags) ? meta.labels.tags : [];
  return (
    meta.labels?.stage === "community" ||
    meta.labels?.community === true ||
    tags.some((t) => /^community$/i.test(typeof t === "string" ? t : t?.text)) ||
    text.includes("stability/community.md")
  );
}

function git(checkout, args) {
  return execFileSync("git", ["-C", checkout, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 << 20 });
}

/** The first release (`vX.Y.Z`, an rc counting for its release) whose tag contains the commit. */
function firstRelease(checkout, commit) {
  const tags = git(checkout, ["tag", "--contains", commit]).split("\n").filter((t) => /^v\d+\.\d+\.\d+(-rc\.\d+)?$/.test(t));
  const versions = tags.map((t) => t.replace(/-rc\.\d+$/, "").slice(1).split(".").map(Number));
  versions.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  return versions.length > 0 ? `v${versions[0].join(".")}` : undefined;
}

/** A component the page tells readers to use instead ("Use `x.y` instead", "use [x.y][] instead"). */
function replacementIn(text) {
  const match = /\buse \[?`?([a-z_][a-z0-9_]*(?:\.[a-z0-9_]+)+)`?\]?(?:\[\]|\([^)]*\))?[^.\n]*\binstead\b/i.exec(text);
  return match?.[1];
}

/** Component pages deleted from the docs folder in the checkout's history (empty without history). */
function removedComponents(checkout, docs) {
  let log;
  try {
    log = git(checkout, ["log", "--diff-filter=D", "--name-only", "--format=commit %H", "HEAD", "--", relativeDocs(checkout, docs)]);
  } catch {
    console.warn("no git history: removed components are not derived (use a full clone)");
    return [];
  }
  const removed = [];
  let commit;
  for (const line of log.split("\n")) {
    if (line.startsWith("commit ")) commit = line.slice(7);
    if (!line.endsWith(".md") || !commit) continue;
    const text = git(checkout, ["show", `${commit}^:${line}`]);
    const meta = frontMatter(text);
    const name = meta?.title;
    if (typeof name !== "string" || !/^[a-z_][a-z0-9_]*(\.[a-z0-9_]+)+$/.test(name) || removed.some((r) => r.name === name)) continue;
    const entry = { name, stability: STAGES[meta.labels?.stage] ?? "generally-available", removed: true };
    const release = firstRelease(checkout, commit);
    if (release) entry.removedIn = release;
    const replacement = replacementIn(text);
    if (replacement && replacement !== name) entry.replacement = replacement;
    removed.push(entry);
  }
  return removed;
}

function relativeDocs(checkout, docs) {
  return docs.slice(resolve(checkout).length + 1);
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
  if (isCommunity(meta, text)) entry.community = true;
  // The admonition Alloy keeps on the page of a component it dropped.
  if (/component has been removed/i.test(text)) entry.removed = true;
  components.set(name, entry);
}

for (const removed of removedComponents(checkout, docs)) {
  if (components.has(removed.name)) continue; // the page moved or came back: still a component
  components.set(removed.name, removed);
}

const notes = {};
for (const [name, { patch, add, note }] of Object.entries(OVERRIDES)) {
  const existing = components.get(name);
  if (!existing && !add) continue;
  components.set(name, { ...(existing ?? { name, stability: "generally-available" }), ...patch });
  notes[name] = note;
}

// A replacement must be something a config can use today (the import.* config blocks are not pages).
for (const entry of components.values()) {
  if (!entry.replacement || entry.replacement.startsWith("import.")) continue;
  const target = components.get(entry.replacement);
  if (!target || target.removed) {
    console.warn(`${entry.name}: replacement ${entry.replacement} is not a live component; dropped`);
    delete entry.replacement;
  }
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
  alloy: { ref, date, source: "docs/sources/reference/components (page front matter; removals: pages deleted in the history, first release tag containing the deletion)" },
  notes,
  components: [...components.values()].sort((a, b) => (a.name < b.name ? -1 : 1)),
};
const outFlag = process.argv.indexOf("--out");
const target = outFlag > 0 ? resolve(process.argv[outFlag + 1]) : join(dirname(fileURLToPath(import.meta.url)), "../data/alloy-components.json");
writeFileSync(target, JSON.stringify(out, null, 2) + "\n");
console.log(`wrote ${out.components.length} components from ${ref} to ${target}`);
