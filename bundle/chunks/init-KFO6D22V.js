import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-JMF2JWRJ.js";
import {
  version
} from "./chunk-PWOCY44R.js";
import {
  __toESM
} from "./chunk-HTDSFYMP.js";

// dist/src/init/index.js
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

// dist/src/init/merge.js
var import_yaml = __toESM(require_dist(), 1);
var MergeError = class extends Error {
  path;
  constructor(path, message) {
    super(`${path}: ${message}`);
    this.path = path;
    this.name = "MergeError";
  }
};
function yamlDocument(text, path) {
  const doc = (0, import_yaml.parseDocument)(text);
  const [error] = doc.errors;
  if (error) {
    const at = error.linePos?.[0];
    throw new MergeError(`${path}${at ? `:${at.line}:${at.col}` : ""}`, `not valid YAML (${error.message.split("\n")[0]}); fix it or run init with --force to replace it`);
  }
  return doc;
}
function hookIds(repos) {
  const ids = /* @__PURE__ */ new Set();
  for (const repo of repos.items) {
    if (!(0, import_yaml.isMap)(repo))
      continue;
    const hooks = repo.get("hooks");
    if (!(0, import_yaml.isSeq)(hooks))
      continue;
    for (const hook of hooks.items) {
      const id = (0, import_yaml.isMap)(hook) ? hook.get("id") : void 0;
      if (typeof id === "string")
        ids.add(id);
    }
  }
  return ids;
}
function mergePreCommitConfig(text, wanted, files, path = ".pre-commit-config.yaml") {
  const doc = yamlDocument(text, path);
  if (doc.contents !== null && !(0, import_yaml.isMap)(doc.contents))
    throw new MergeError(path, "expected a mapping with a `repos` list");
  let repos = doc.get("repos", true);
  if (repos === void 0 || (0, import_yaml.isScalar)(repos) && repos.value === null) {
    repos = doc.createNode([]);
    doc.set("repos", repos);
  }
  if (!(0, import_yaml.isSeq)(repos))
    throw new MergeError(path, "`repos` is not a list");
  const present = hookIds(repos);
  const missing = wanted.hooks.filter((h) => !present.has(h.id));
  if (missing.length === 0)
    return { text, added: [] };
  const ours = repos.items.find((item) => (0, import_yaml.isMap)(item) && item.get("repo") === wanted.repo);
  if (ours) {
    const existing = ours.get("hooks", true);
    const hooks = (0, import_yaml.isSeq)(existing) ? existing : doc.createNode([]);
    if (hooks !== existing)
      ours.set("hooks", hooks);
    for (const hook of missing)
      hooks.add(hookNode(doc, hook, files));
  } else {
    const entry = doc.createNode({ repo: wanted.repo, rev: wanted.rev });
    const hooks = doc.createNode([]);
    for (const hook of missing)
      hooks.add(hookNode(doc, hook, files));
    entry.set("hooks", hooks);
    repos.add(entry);
  }
  return { text: doc.toString(), added: missing.map((h) => `hook ${h.id}`) };
}
function hookNode(doc, hook, files) {
  const node = doc.createNode(hook.lintsTargets ? { id: hook.id, files } : { id: hook.id });
  if (hook.comment)
    node.commentBefore = ` ${hook.comment}`;
  return node;
}
function commandList(value) {
  if (typeof value === "string")
    return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === "string"))
    return value;
  return void 0;
}
function lintStagedAdditions(existing, wanted, path) {
  const additions = [];
  for (const [glob, commands] of Object.entries(wanted)) {
    if (!Object.hasOwn(existing, glob)) {
      additions.push({ glob, commands, fresh: true });
      continue;
    }
    const current = commandList(existing[glob]);
    if (!current)
      throw new MergeError(path, `the task for '${glob}' is not a command or a list of commands; add ${commands.map((c) => `'${c}'`).join(", ")} to it by hand`);
    const lacking = commands.filter((c) => !current.includes(c));
    if (lacking.length > 0)
      additions.push({ glob, commands: lacking, fresh: false });
  }
  return additions;
}
function describe(additions) {
  return additions.map((a) => a.fresh ? `'${a.glob}'` : `${a.commands.map((c) => `'${c}'`).join(", ")} to '${a.glob}'`);
}
function indentOf(text) {
  const match = /^[ \t]+(?=")/m.exec(text);
  return match ? match[0] : 2;
}
function mergeLintStagedJson(text, wanted, path, key) {
  let data;
  try {
    data = text.trim() === "" ? {} : JSON.parse(text);
  } catch (error) {
    throw new MergeError(path, `not valid JSON (${error instanceof Error ? error.message : String(error)}); fix it or run init with --force to replace it`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new MergeError(path, "expected a JSON object");
  const root = data;
  let config;
  if (key === void 0)
    config = root;
  else {
    const value = root[key] ?? {};
    if (typeof value !== "object" || value === null || Array.isArray(value))
      throw new MergeError(path, `"${key}" is not an object`);
    config = value;
    root[key] = config;
  }
  const additions = lintStagedAdditions(config, wanted, path);
  if (additions.length === 0)
    return { text, added: [] };
  for (const a of additions) {
    if (a.fresh)
      config[a.glob] = a.commands.length === 1 ? a.commands[0] : [...a.commands];
    else
      config[a.glob] = [...commandList(config[a.glob]) ?? [], ...a.commands];
  }
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const json = JSON.stringify(root, null, indentOf(text));
  return { text: `${newline === "\n" ? json : json.replace(/\n/g, "\r\n")}${newline}`, added: describe(additions) };
}
function mergeLintStagedYaml(text, wanted, path) {
  const doc = yamlDocument(text, path);
  if (doc.contents !== null && !(0, import_yaml.isMap)(doc.contents))
    throw new MergeError(path, "expected a mapping of globs to commands");
  const current = doc.toJS() ?? {};
  const additions = lintStagedAdditions(current, wanted, path);
  if (additions.length === 0)
    return { text, added: [] };
  for (const a of additions) {
    if (a.fresh)
      doc.set(a.glob, a.commands.length === 1 ? a.commands[0] : a.commands);
    else {
      const node = doc.get(a.glob, true);
      if ((0, import_yaml.isSeq)(node))
        for (const c of a.commands)
          node.add(c);
      else
        doc.set(a.glob, [...commandList(current[a.glob]) ?? [], ...a.commands]);
    }
  }
  return { text: doc.toString(), added: describe(additions) };
}

// dist/src/init/index.js
var PIPELINES_ROOT = "pipelines";
var REPOSITORY_URL = "https://github.com/fleetlint/fleetlint";
var RELEASE_TAG = `v${version}`;
var PIPELINE_SCHEMA_URL = `https://raw.githubusercontent.com/fleetlint/fleetlint/${RELEASE_TAG}/schemas/pipeline.schema.json`;
var CONFIG_SCHEMA_URL = `https://raw.githubusercontent.com/fleetlint/fleetlint/${RELEASE_TAG}/schemas/config.schema.json`;
function namespaceFor(folder) {
  const slug = basename(resolve(folder)).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return slug || "pipelines";
}
function configFile(namespace) {
  return `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}
# fleetlint configuration: ${REPOSITORY_URL}/blob/${RELEASE_TAG}/docs/configuration.md
targets:
  - root: ${PIPELINES_ROOT}
    # Pipelines of this target are synced as source GIT/${namespace}. Sync
    # deletes every pipeline of that namespace the repository no longer has.
    namespace: ${JSON.stringify(namespace)}
    # Appended to the matchers of every pipeline of the target, e.g. ["env=prod"].
    globalMatchers: []
rules:
  # Omitting \`enabled\` syncs a pipeline disabled; make that an error here.
  explicit-enabled: error
`;
}
var EXAMPLE_DEFINITION = `# yaml-language-server: $schema=${PIPELINE_SCHEMA_URL}
# A pipeline: this file says who receives it, example.alloy beside it holds
# the Alloy configuration. The name defaults to the file name.
name: example
enabled: true
matchers:
  - collector.os=linux
`;
var EXAMPLE_ALLOY = `// Scrapes the collector's own metrics and sends them to a Prometheus-compatible
// endpoint given by the collector's environment.
prometheus.exporter.self "default" { }

prometheus.scrape "self" {
	targets    = prometheus.exporter.self.default.targets
	forward_to = [prometheus.remote_write.default.receiver]
}

prometheus.remote_write "default" {
	endpoint {
		url = sys.env("PROMETHEUS_REMOTE_WRITE_URL")
	}
}
`;
function regexPath(root) {
  return root.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function hookFilesPattern(roots) {
  const under = roots.map((root) => root === "." ? "" : `${regexPath(root)}/`);
  const yaml = under.includes("") ? ".*\\.ya?ml" : `(${under.join("|")}).*\\.ya?ml`;
  return `(?i)^(${yaml}|.*\\.alloy)$`;
}
var PRE_COMMIT_REPO = {
  repo: REPOSITORY_URL,
  rev: RELEASE_TAG,
  hooks: [
    { id: "fleetlint", lintsTargets: true },
    { id: "fleetlint-fmt" },
    { id: "fleetlint-online", lintsTargets: true, comment: "Needs FLEET_MANAGEMENT_URL, FLEET_MANAGEMENT_USERNAME and FLEET_MANAGEMENT_TOKEN." }
  ]
};
var PRE_COMMIT_HEADER = `# Hooks for the pre-commit framework (https://pre-commit.com):
#   pre-commit install            # check on every commit
#   pre-commit install -t pre-push  # also run the online checks before a push
`;
function preCommitConfig(roots) {
  const files = hookFilesPattern(roots);
  const hooks = PRE_COMMIT_REPO.hooks.map((h) => `${h.comment ? `      # ${h.comment}
` : ""}      - id: ${h.id}
${h.lintsTargets ? `        files: '${files}'
` : ""}`).join("");
  return `${PRE_COMMIT_HEADER}# \`files\` covers every target root of fleetlint.config.yaml (keep them in step).
repos:
  - repo: ${PRE_COMMIT_REPO.repo}
    rev: ${PRE_COMMIT_REPO.rev}
    hooks:
${hooks}`;
}
var CHECK = "fleetlint check --no-errors-on-unmatched";
function lintStagedTasks(roots) {
  const inside = [...new Set(roots.map((r) => r.replace(/\\/g, "/").replace(/^\.\/|\/+$/g, "") || "."))].filter((r) => r !== ".." && !r.startsWith("../"));
  let definitions;
  const yaml = "*.{yaml,yml,YAML,YML}";
  if (inside.length === 0 || inside.includes("."))
    definitions = yaml;
  else if (inside.length === 1)
    definitions = `${inside[0]}/**/${yaml}`;
  else
    definitions = `{${inside.sort().join(",")}}/**/${yaml}`;
  return { "*.alloy": [CHECK, "fleetlint fmt -w"], [definitions]: [CHECK] };
}
function lintStagedFile(roots) {
  const tasks = Object.fromEntries(Object.entries(lintStagedTasks(roots)).map(([glob, commands]) => [glob, commands.length === 1 ? commands[0] : commands]));
  return `${JSON.stringify(tasks, null, 2)}
`;
}
function starterFiles(options = {}) {
  const namespace = options.namespace ?? "pipelines";
  return [
    { path: "fleetlint.config.yaml", text: configFile(namespace) },
    { path: `${PIPELINES_ROOT}/example.yaml`, text: EXAMPLE_DEFINITION },
    { path: `${PIPELINES_ROOT}/example.alloy`, text: EXAMPLE_ALLOY },
    { path: ".pre-commit-config.yaml", text: preCommitConfig([PIPELINES_ROOT]) },
    { path: ".lintstagedrc.json", text: lintStagedFile([PIPELINES_ROOT]) }
  ];
}
var LINT_STAGED_FILES = [
  "package.json",
  ".lintstagedrc",
  ".lintstagedrc.json",
  ".lintstagedrc.yaml",
  ".lintstagedrc.yml",
  ".lintstagedrc.mjs",
  ".lintstagedrc.js",
  ".lintstagedrc.cjs",
  "lint-staged.config.mjs",
  "lint-staged.config.js",
  "lint-staged.config.cjs"
];
function readIfExists(path) {
  return existsSync(path) ? readFileSync(path, "utf8") : void 0;
}
function existingLintStaged(dir) {
  for (const name of LINT_STAGED_FILES) {
    const text = readIfExists(join(dir, name));
    if (text === void 0)
      continue;
    if (name === "package.json") {
      try {
        const pkg = JSON.parse(text);
        if (!Object.hasOwn(pkg, "lint-staged"))
          continue;
      } catch {
        continue;
      }
    }
    return { path: name, text };
  }
  return void 0;
}
function mergeLintStaged(found, tasks) {
  const { path, text } = found;
  if (path === "package.json")
    return mergeLintStagedJson(text, tasks, path, "lint-staged");
  if (path.endsWith(".json"))
    return mergeLintStagedJson(text, tasks, path);
  if (path.endsWith(".yaml") || path.endsWith(".yml"))
    return mergeLintStagedYaml(text, tasks, path);
  if (path === ".lintstagedrc")
    return text.trimStart().startsWith("{") ? mergeLintStagedJson(text, tasks, path) : mergeLintStagedYaml(text, tasks, path);
  const missing = Object.entries(tasks).map(([glob, commands]) => `${JSON.stringify(glob)}: ${JSON.stringify(commands)}`);
  return { note: `a JavaScript config is not edited; add these tasks to it if they are missing: ${missing.join(", ")}` };
}
function initRepository(options) {
  const dir = resolve(options.dir);
  const starter = starterFiles({ namespace: options.namespace ?? namespaceFor(dir) });
  const writes = [];
  const changes = [];
  if (options.force) {
    for (const file of starter) {
      changes.push({ path: file.path, action: existsSync(join(dir, file.path)) ? "replaced" : "created" });
      writes.push(file);
    }
  } else {
    const hasConfig = options.existingRoots !== void 0;
    const roots = options.existingRoots ?? [PIPELINES_ROOT];
    for (const file of starter.slice(0, 3)) {
      if (hasConfig)
        continue;
      if (existsSync(join(dir, file.path)))
        changes.push({ path: file.path, action: "kept", note: "exists" });
      else {
        changes.push({ path: file.path, action: "created" });
        writes.push(file);
      }
    }
    const preCommit = readIfExists(join(dir, ".pre-commit-config.yaml"));
    if (preCommit === void 0) {
      changes.push({ path: ".pre-commit-config.yaml", action: "created" });
      writes.push(starter[3]);
    } else {
      const merged = mergePreCommitConfig(preCommit, PRE_COMMIT_REPO, hookFilesPattern(roots));
      changes.push(merged.added.length ? { path: ".pre-commit-config.yaml", action: "updated", added: merged.added } : { path: ".pre-commit-config.yaml", action: "unchanged" });
      if (merged.added.length)
        writes.push({ path: ".pre-commit-config.yaml", text: merged.text });
    }
    const tasks = lintStagedTasks(roots);
    const found = existingLintStaged(dir);
    if (!found) {
      changes.push({ path: ".lintstagedrc.json", action: "created" });
      writes.push({ path: ".lintstagedrc.json", text: lintStagedFile(roots) });
    } else {
      const merged = mergeLintStaged(found, tasks);
      if ("note" in merged)
        changes.push({ path: found.path, action: "kept", note: merged.note });
      else if (merged.added.length === 0)
        changes.push({ path: found.path, action: "unchanged" });
      else {
        changes.push({ path: found.path, action: "updated", added: merged.added });
        writes.push({ path: found.path, text: merged.text });
      }
    }
  }
  for (const file of writes) {
    const target = join(dir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  return { changes };
}
export {
  CONFIG_SCHEMA_URL,
  MergeError,
  PIPELINES_ROOT,
  PIPELINE_SCHEMA_URL,
  PRE_COMMIT_REPO,
  RELEASE_TAG,
  REPOSITORY_URL,
  hookFilesPattern,
  initRepository,
  lintStagedTasks,
  namespaceFor,
  starterFiles
};
