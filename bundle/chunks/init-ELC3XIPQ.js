import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  version
} from "./chunk-GHC3NUGM.js";
import "./chunk-HTDSFYMP.js";

// dist/src/init/index.js
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
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
var PRE_COMMIT_CONFIG = `# Hooks for the pre-commit framework (https://pre-commit.com):
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
var LINT_STAGED_CONFIG = `${JSON.stringify({
  "*.alloy": ["fleetlint check --no-errors-on-unmatched", "fleetlint fmt -w"],
  [`${PIPELINES_ROOT}/**/*.{yaml,yml}`]: "fleetlint check --no-errors-on-unmatched"
}, null, 2)}
`;
function starterFiles(options = {}) {
  const namespace = options.namespace ?? "pipelines";
  return [
    { path: "fleetlint.config.yaml", text: configFile(namespace) },
    { path: `${PIPELINES_ROOT}/example.yaml`, text: EXAMPLE_DEFINITION },
    { path: `${PIPELINES_ROOT}/example.alloy`, text: EXAMPLE_ALLOY },
    { path: ".pre-commit-config.yaml", text: PRE_COMMIT_CONFIG },
    { path: ".lintstagedrc.json", text: LINT_STAGED_CONFIG }
  ];
}
function initRepository(options) {
  const dir = resolve(options.dir);
  const files = starterFiles({ namespace: options.namespace ?? namespaceFor(dir) });
  const existing = files.filter((f) => existsSync(join(dir, f.path))).map((f) => f.path);
  if (existing.length > 0 && !options.force)
    return { ok: false, existing };
  for (const file of files) {
    const target = join(dir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  return { ok: true, written: files.map((f) => f.path), overwritten: existing };
}
export {
  CONFIG_SCHEMA_URL,
  PIPELINES_ROOT,
  PIPELINE_SCHEMA_URL,
  RELEASE_TAG,
  REPOSITORY_URL,
  initRepository,
  namespaceFor,
  starterFiles
};
