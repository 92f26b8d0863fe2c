/**
 * `fleetlint init`: the files a new pipeline repository starts from. They are
 * plain data (path + text) so the CLI, the tests and the docs agree, and
 * writing them never overwrites anything unless asked to.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { version } from "../core/version.js";

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

const PRE_COMMIT_CONFIG = `# Hooks for the pre-commit framework (https://pre-commit.com):
#   pre-commit install            # check on every commit
#   pre-commit install -t pre-push  # also run the online checks before a push
repos:
  - repo: ${REPOSITORY_URL}
    rev: ${RELEASE_TAG}
    hooks:
      - id: fleetlint
      - id: fleetlint-fmt
      # Needs FLEET_MANAGEMENT_URL, FLEET_MANAGEMENT_USERNAME and FLEET_MANAGEMENT_TOKEN.
      - id: fleetlint-online
`;

// lint-staged (with husky: \`npx husky init\`, then put \`npx lint-staged\` in
// .husky/pre-commit). Cross-file rules still load the whole target. Check
// before formatting, so a file that does not parse is reported by rule id.
const LINT_STAGED_CONFIG = `${JSON.stringify(
  {
    "*.alloy": ["fleetlint check --no-errors-on-unmatched", "fleetlint fmt -w"],
    [`${PIPELINES_ROOT}/**/*.{yaml,yml}`]: "fleetlint check --no-errors-on-unmatched",
  },
  null,
  2,
)}\n`;

/** Every file `init` writes, in the order it writes them. */
export function starterFiles(options: StarterOptions = {}): StarterFile[] {
  const namespace = options.namespace ?? "pipelines";
  return [
    { path: "fleetlint.config.yaml", text: configFile(namespace) },
    { path: `${PIPELINES_ROOT}/example.yaml`, text: EXAMPLE_DEFINITION },
    { path: `${PIPELINES_ROOT}/example.alloy`, text: EXAMPLE_ALLOY },
    { path: ".pre-commit-config.yaml", text: PRE_COMMIT_CONFIG },
    { path: ".lintstagedrc.json", text: LINT_STAGED_CONFIG },
  ];
}

export interface InitOptions extends StarterOptions {
  /** Folder to initialise (created when missing). */
  dir: string;
  /** Overwrite files that already exist. */
  force?: boolean;
}

export type InitResult =
  | { ok: true; written: string[]; overwritten: string[] }
  | { ok: false; existing: string[] };

/**
 * Writes the starter files. Without `force`, nothing is written when any of
 * them exists already, and the existing ones are returned.
 */
export function initRepository(options: InitOptions): InitResult {
  const dir = resolve(options.dir);
  const files = starterFiles({ namespace: options.namespace ?? namespaceFor(dir) });
  const existing = files.filter((f) => existsSync(join(dir, f.path))).map((f) => f.path);
  if (existing.length > 0 && !options.force) return { ok: false, existing };
  for (const file of files) {
    const target = join(dir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  return { ok: true, written: files.map((f) => f.path), overwritten: existing };
}
