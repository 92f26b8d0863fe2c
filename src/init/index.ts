/**
 * `fleetlint init`: the files a new pipeline repository starts from. They are
 * plain data (path + text) so the CLI, the tests and the docs agree, and
 * writing them never overwrites anything unless asked to.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { version } from "../core/version.js";
import { mergeLintStagedJson, mergeLintStagedYaml, mergePreCommitConfig, type LintStagedConfig, type MergeResult, type PreCommitRepo } from "./merge.js";

export { MergeError } from "./merge.js";

export interface StarterFile {
  /** Relative to the folder being initialised, with forward slashes. */
  path: string;
  text: string;
}

export interface StarterOptions {
  /** Source namespace written into the config; default: the folder's name. */
  namespace?: string;
}

/** The pipelines folder the starter config points at. */
export const PIPELINES_ROOT = "pipelines";
export const REPOSITORY_URL = "https://github.com/fleetlint/fleetlint";
/** The git tag of this release: `changeset tag` creates v<version>, pre-commit's `rev:` names it. */
export const RELEASE_TAG = `v${version}`;
/**
 * The schemas as served from this repository at the release tag, for the
 * editor modelines (the same URLs as the schemas' `$id`).
 */
export const PIPELINE_SCHEMA_URL = `https://raw.githubusercontent.com/fleetlint/fleetlint/${RELEASE_TAG}/schemas/pipeline.schema.json`;
export const CONFIG_SCHEMA_URL = `https://raw.githubusercontent.com/fleetlint/fleetlint/${RELEASE_TAG}/schemas/config.schema.json`;

/** A namespace Fleet Management accepts from a folder name: lower-case words joined by dashes. */
export function namespaceFor(folder: string): string {
  const slug = basename(resolve(folder))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "pipelines";
}

function configFile(namespace: string): string {
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

const EXAMPLE_DEFINITION = `# yaml-language-server: $schema=${PIPELINE_SCHEMA_URL}
# A pipeline: this file says who receives it, example.alloy beside it holds
# the Alloy configuration. The name defaults to the file name.
name: example
enabled: true
matchers:
  - collector.os=linux
`;

// Formatted exactly as \`alloy fmt\` prints it, and free of blocks that
// collectors reject in remote configuration (logging, http, ...).
const EXAMPLE_ALLOY = `// Scrapes the collector's own metrics and sends them to a Prometheus-compatible
// endpoint given by the collector's environment.
prometheus.exporter.self "default" { }

prometheus.scrape "self" {
\ttargets    = prometheus.exporter.self.default.targets
\tforward_to = [prometheus.remote_write.default.receiver]
}

prometheus.remote_write "default" {
\tendpoint {
\t\turl = sys.env("PROMETHEUS_REMOTE_WRITE_URL")
\t}
}
`;

/** `pipelines` → `pipelines`, escaped for a Python regex (pre-commit's `files:`). */
function regexPath(root: string): string {
  return root.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The pre-commit `files:` pattern for the targets written: every YAML or
 * Alloy file under a target root, and `.alloy` files anywhere (local configs
 * are linted too). The hooks' own default pattern is wider; this one keeps
 * unrelated YAML (CI, compose, Kubernetes) from being passed at all.
 */
export function hookFilesPattern(roots: readonly string[]): string {
  const under = roots.map((root) => (root === "." ? "" : `${regexPath(root)}/`));
  const yaml = under.includes("") ? ".*\\.ya?ml" : `(${under.join("|")}).*\\.ya?ml`;
  return `(?i)^(${yaml}|.*\\.alloy)$`;
}

/** The pre-commit repository entry fleetlint adds (the hooks come from this repository's .pre-commit-hooks.yaml). */
export const PRE_COMMIT_REPO: PreCommitRepo = {
  repo: REPOSITORY_URL,
  rev: RELEASE_TAG,
  hooks: [
    { id: "fleetlint", lintsTargets: true },
    { id: "fleetlint-fmt" },
    { id: "fleetlint-online", lintsTargets: true, comment: "Needs FLEET_MANAGEMENT_URL, FLEET_MANAGEMENT_USERNAME and FLEET_MANAGEMENT_TOKEN." },
  ],
};

const PRE_COMMIT_HEADER = `# Hooks for the pre-commit framework (https://pre-commit.com):
#   pre-commit install            # check on every commit
#   pre-commit install -t pre-push  # also run the online checks before a push
`;

function preCommitConfig(roots: readonly string[]): string {
  // The hooks that lint get a `files:` pattern for the targets written; fmt keeps its own (every .alloy).
  const files = hookFilesPattern(roots);
  const hooks = PRE_COMMIT_REPO.hooks
    .map((h) => `${h.comment ? `      # ${h.comment}\n` : ""}      - id: ${h.id}\n${h.lintsTargets ? `        files: '${files}'\n` : ""}`)
    .join("");
  return `${PRE_COMMIT_HEADER}# \`files\` covers every target root of fleetlint.config.yaml (keep them in step).\nrepos:\n  - repo: ${PRE_COMMIT_REPO.repo}\n    rev: ${PRE_COMMIT_REPO.rev}\n    hooks:\n${hooks}`;
}

const CHECK = "fleetlint check --no-errors-on-unmatched";

/**
 * lint-staged tasks whose globs cover every target: `.alloy` files anywhere
 * (standalone files are linted too), definitions under each target root.
 * Globs with a slash are relative to the lint-staged config's folder, which
 * is the folder being initialised; roots outside it cannot be matched there.
 * Check before formatting, so a file that does not parse is reported by rule id.
 */
export function lintStagedTasks(roots: readonly string[]): LintStagedConfig {
  const inside = [...new Set(roots.map((r) => r.replace(/\\/g, "/").replace(/^\.\/|\/+$/g, "") || "."))].filter((r) => r !== ".." && !r.startsWith("../"));
  let definitions: string;
  // Any case, as the sync action reads definitions (`a.YAML` is one too).
  const yaml = "*.{yaml,yml,YAML,YML}";
  if (inside.length === 0 || inside.includes(".")) definitions = yaml;
  else if (inside.length === 1) definitions = `${inside[0]}/**/${yaml}`;
  else definitions = `{${inside.sort().join(",")}}/**/${yaml}`;
  return { "*.alloy": [CHECK, "fleetlint fmt -w"], [definitions]: [CHECK] };
}

function lintStagedFile(roots: readonly string[]): string {
  const tasks = Object.fromEntries(Object.entries(lintStagedTasks(roots)).map(([glob, commands]) => [glob, commands.length === 1 ? commands[0] : commands]));
  return `${JSON.stringify(tasks, null, 2)}\n`;
}

/** Every file `init` writes into an empty folder, in the order it writes them. */
export function starterFiles(options: StarterOptions = {}): StarterFile[] {
  const namespace = options.namespace ?? "pipelines";
  return [
    { path: "fleetlint.config.yaml", text: configFile(namespace) },
    { path: `${PIPELINES_ROOT}/example.yaml`, text: EXAMPLE_DEFINITION },
    { path: `${PIPELINES_ROOT}/example.alloy`, text: EXAMPLE_ALLOY },
    { path: ".pre-commit-config.yaml", text: preCommitConfig([PIPELINES_ROOT]) },
    { path: ".lintstagedrc.json", text: lintStagedFile([PIPELINES_ROOT]) },
  ];
}

export interface InitOptions extends StarterOptions {
  /** Folder to initialise (created when missing). */
  dir: string;
  /** Replace existing files with the starter ones instead of merging into them. */
  force?: boolean;
  /**
   * Target roots of the repository's existing fleetlint configuration,
   * relative to `dir`; undefined when it has none (a starter config is written).
   */
  existingRoots?: readonly string[];
}

/**
 * created / replaced (--force) / updated (fleetlint's hooks merged in) /
 * unchanged (already set up) / kept (left alone, see `note`).
 */
export type InitAction = "created" | "replaced" | "updated" | "unchanged" | "kept";

export interface InitChange {
  path: string;
  action: InitAction;
  /** What an update added. */
  added?: string[];
  /** Why a file was kept, or what to add to it by hand. */
  note?: string;
}

export interface InitResult {
  changes: InitChange[];
}

/** lint-staged's config files, in its own search order; the first one present is the one it reads. */
const LINT_STAGED_FILES = [
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
  "lint-staged.config.cjs",
] as const;

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}

/** The lint-staged config the folder already has: its file and (for package.json) its text. */
function existingLintStaged(dir: string): { path: string; text: string } | undefined {
  for (const name of LINT_STAGED_FILES) {
    const text = readIfExists(join(dir, name));
    if (text === undefined) continue;
    if (name === "package.json") {
      try {
        const pkg = JSON.parse(text) as Record<string, unknown>;
        if (!Object.hasOwn(pkg, "lint-staged")) continue;
      } catch {
        continue; // not ours to judge; lint-staged will say so
      }
    }
    return { path: name, text };
  }
  return undefined;
}

function mergeLintStaged(found: { path: string; text: string }, tasks: LintStagedConfig): MergeResult | { note: string } {
  const { path, text } = found;
  if (path === "package.json") return mergeLintStagedJson(text, tasks, path, "lint-staged");
  if (path.endsWith(".json")) return mergeLintStagedJson(text, tasks, path);
  if (path.endsWith(".yaml") || path.endsWith(".yml")) return mergeLintStagedYaml(text, tasks, path);
  if (path === ".lintstagedrc") return text.trimStart().startsWith("{") ? mergeLintStagedJson(text, tasks, path) : mergeLintStagedYaml(text, tasks, path);
  // A JavaScript config is code: show what to add rather than edit it.
  const missing = Object.entries(tasks).map(([glob, commands]) => `${JSON.stringify(glob)}: ${JSON.stringify(commands)}`);
  return { note: `a JavaScript config is not edited; add these tasks to it if they are missing: ${missing.join(", ")}` };
}

/**
 * Writes the starter files into a new repository, or fits fleetlint into an
 * existing one: an existing config and pipelines are kept, fleetlint's hooks
 * are merged into an existing `.pre-commit-config.yaml` and lint-staged
 * config, and a second run changes nothing. With `force`, every starter file
 * replaces what is there. Everything is computed before anything is written,
 * so a file that cannot be merged (MergeError) leaves the folder untouched.
 */
export function initRepository(options: InitOptions): InitResult {
  const dir = resolve(options.dir);
  const starter = starterFiles({ namespace: options.namespace ?? namespaceFor(dir) });
  const writes: StarterFile[] = [];
  const changes: InitChange[] = [];

  if (options.force) {
    for (const file of starter) {
      changes.push({ path: file.path, action: existsSync(join(dir, file.path)) ? "replaced" : "created" });
      writes.push(file);
    }
  } else {
    const hasConfig = options.existingRoots !== undefined;
    const roots = options.existingRoots ?? [PIPELINES_ROOT];
    for (const file of starter.slice(0, 3)) {
      if (hasConfig) continue; // an existing repository has its own pipelines
      if (existsSync(join(dir, file.path))) changes.push({ path: file.path, action: "kept", note: "exists" });
      else {
        changes.push({ path: file.path, action: "created" });
        writes.push(file);
      }
    }
    const preCommit = readIfExists(join(dir, ".pre-commit-config.yaml"));
    if (preCommit === undefined) {
      changes.push({ path: ".pre-commit-config.yaml", action: "created" });
      writes.push(starter[3]);
    } else {
      const merged = mergePreCommitConfig(preCommit, PRE_COMMIT_REPO, hookFilesPattern(roots));
      changes.push(merged.added.length ? { path: ".pre-commit-config.yaml", action: "updated", added: merged.added } : { path: ".pre-commit-config.yaml", action: "unchanged" });
      if (merged.added.length) writes.push({ path: ".pre-commit-config.yaml", text: merged.text });
    }
    const tasks = lintStagedTasks(roots);
    const found = existingLintStaged(dir);
    if (!found) {
      changes.push({ path: ".lintstagedrc.json", action: "created" });
      writes.push({ path: ".lintstagedrc.json", text: lintStagedFile(roots) });
    } else {
      const merged = mergeLintStaged(found, tasks);
      if ("note" in merged) changes.push({ path: found.path, action: "kept", note: merged.note });
      else if (merged.added.length === 0) changes.push({ path: found.path, action: "unchanged" });
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
