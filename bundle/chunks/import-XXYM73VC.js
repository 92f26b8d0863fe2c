import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-JMF2JWRJ.js";
import {
  FleetSetupError
} from "./chunk-24G24LGO.js";
import {
  canonicalMatcherSet
} from "./chunk-DAGFDQYT.js";
import {
  __toESM
} from "./chunk-HTDSFYMP.js";

// dist/src/fleet/import.js
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
function fileBaseName(name) {
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._]+/, "");
  return safe || "pipeline";
}
function importFiles(languages, pipelines, options) {
  const files = [];
  const taken = /* @__PURE__ */ new Set();
  const globals = new Set(canonicalMatcherSet(languages, options.globalMatchers));
  const sorted = [...pipelines].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const pipeline of sorted) {
    let base = fileBaseName(pipeline.name);
    for (let n = 2; taken.has(base.toLowerCase()); n++)
      base = `${fileBaseName(pipeline.name)}-${n}`;
    taken.add(base.toLowerCase());
    const definition = {};
    if (base !== pipeline.name)
      definition.name = pipeline.name;
    definition.enabled = pipeline.enabled ?? false;
    definition.matchers = pipeline.matchers.filter((m) => !globals.has(canonicalMatcherSet(languages, [m])[0]));
    const otel = pipeline.configType === "CONFIG_TYPE_OTEL";
    if (otel)
      definition.config_type = "otel";
    if (pipeline.metadata && Object.keys(pipeline.metadata).length > 0)
      definition.metadata = pipeline.metadata;
    if (otel)
      definition.contents = pipeline.contents;
    files.push({ path: join(options.into, `${base}.yaml`), text: (0, import_yaml.stringify)(definition, { lineWidth: 0 }) });
    if (!otel)
      files.push({ path: join(options.into, `${base}.alloy`), text: pipeline.contents });
  }
  return files;
}
function writeImport(files, force) {
  if (!force) {
    const existing = files.filter((f) => existsSync(f.path)).map((f) => f.path);
    if (existing.length > 0) {
      throw new FleetSetupError(`Refusing to overwrite existing file${existing.length > 1 ? "s" : ""} ${existing.join(", ")}; pass --force to replace`);
    }
  }
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    const temp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temp, file.text);
    renameSync(temp, file.path);
  }
}
export {
  fileBaseName,
  importFiles,
  writeImport
};
