import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  loadLanguages
} from "./chunk-Y32ECCPH.js";
import {
  formatProblemLine
} from "./chunk-5V27NH3C.js";
import {
  require_dist
} from "./chunk-JMF2JWRJ.js";
import {
  SyncMismatchError,
  SyncOutcomeUnknownError,
  applyPlans,
  guardProject,
  planProject
} from "./chunk-CERSRPII.js";
import {
  canonicalMatcherSet,
  hasChanges,
  isOwnedBy
} from "./chunk-CBONEPEG.js";
import {
  FleetSetupError
} from "./chunk-LIZFXGBB.js";
import {
  neutralize
} from "./chunk-ICAS7NOP.js";
import {
  __toESM
} from "./chunk-HTDSFYMP.js";

// dist/src/fleet/flows.js
import { resolve } from "node:path";

// dist/src/fleet/import.js
var import_yaml = __toESM(require_dist(), 1);
import { randomBytes } from "node:crypto";
import { lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
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
var MAX_NAME_BYTES = 255;
var WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
function unrepresentableName(path, platform = process.platform) {
  const name = basename(path);
  if (Buffer.byteLength(name) > MAX_NAME_BYTES)
    return `the file name is ${Buffer.byteLength(name)} bytes, above the ${MAX_NAME_BYTES}-byte limit`;
  if (platform === "win32" && WINDOWS_RESERVED.test(name))
    return "the name is reserved on Windows";
  if (Buffer.byteLength(path) > 4e3)
    return "the path is too long";
  return void 0;
}
function writeImport(files, force) {
  const bad = files.map((f) => ({ path: f.path, why: unrepresentableName(f.path) })).filter((f) => f.why !== void 0);
  if (bad.length > 0) {
    throw new FleetSetupError(`Refusing to import: ${bad.map((f) => `${basename(f.path)}: ${f.why}`).join("; ")}; nothing was written`);
  }
  const existing = files.filter((f) => lstatSync(f.path, { throwIfNoEntry: false }) !== void 0).map((f) => f.path);
  if (!force && existing.length > 0) {
    throw new FleetSetupError(`Refusing to overwrite existing file${existing.length > 1 ? "s" : ""} ${existing.join(", ")}; pass --force to replace`);
  }
  const temps = [];
  const placed = [];
  try {
    for (const file of files) {
      mkdirSync(dirname(file.path), { recursive: true });
      const temp = tempName(file.path);
      temps.push({ temp, path: file.path });
      writeFileSync(temp, file.text, { flag: "wx", mode: 420 });
    }
    for (const { temp, path } of temps) {
      let backup;
      if (lstatSync(path, { throwIfNoEntry: false })?.isDirectory() === false) {
        backup = tempName(path);
        renameSync(path, backup);
      }
      placed.push({ path, backup });
      renameSync(temp, path);
    }
  } catch (error) {
    for (const { path, backup } of placed.reverse()) {
      try {
        if (backup)
          renameSync(backup, path);
        else
          rmSync(path, { force: true });
      } catch {
      }
    }
    for (const { temp } of temps)
      rmSync(temp, { force: true });
    throw new FleetSetupError(`Import failed, nothing was written: ${error instanceof Error ? error.message : String(error)}`);
  }
  for (const { backup } of placed)
    if (backup)
      rmSync(backup, { force: true });
}
function tempName(path) {
  return join(dirname(path), `.${basename(path).slice(0, 100)}.${randomBytes(12).toString("hex")}.tmp`);
}

// dist/src/fleet/lint-gate.js
import { relative } from "node:path";
function lintGate(results, cwd) {
  const lines = [];
  let errorCount = 0;
  let warningCount = 0;
  for (const result of results) {
    const file = neutralize(relative(cwd, result.filePath) || result.filePath);
    for (const m of result.messages) {
      if (m.severity === 2)
        errorCount++;
      else
        warningCount++;
      lines.push(formatProblemLine({ path: file, line: m.line, column: m.column, severity: m.severity === 2 ? "error" : "warning", message: neutralize(m.message), ruleId: m.ruleId }));
    }
  }
  if (errorCount > 0) {
    lines.push(`fleetlint: sync refused: ${plural(errorCount, "lint error")}${warningCount ? ` and ${plural(warningCount, "warning")}` : ""}; fix the errors first (\`fleetlint check\`)`);
  } else if (warningCount > 0) {
    lines.push(`fleetlint: ${plural(warningCount, "lint warning")}; syncing anyway`);
  }
  return { text: lines.length ? `${lines.join("\n")}
` : "", errorCount };
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// dist/src/fleet/flows.js
async function syncProject(options) {
  const emit = options.onEvent ?? (() => {
  });
  const gate = lintGate(await options.lint(), options.cwd);
  emit({ type: "lint", gate });
  const result = { status: "lint-failed", plans: [], refused: [], applied: [], gate };
  if (gate.errorCount > 0)
    return result;
  const languages = options.languages ?? await loadLanguages();
  const planned = await planProject(options.session, languages, options.project);
  result.plans = planned.map((p) => p.plan);
  emit({ type: "planned", plans: result.plans });
  result.refused = guardProject(planned, { allowEmpty: options.allowEmpty, maxDeletes: options.maxDeletes, adopt: options.adopt });
  if (result.refused.length > 0) {
    emit({ type: "refused", refused: result.refused, dryRun: options.dryRun ?? false });
    result.status = "refused";
    return result;
  }
  if (options.dryRun) {
    emit({ type: "dry-run" });
    result.status = "dry-run";
    return result;
  }
  let inFlight;
  try {
    await applyPlans(options.session, languages, planned, {
      sending(plan) {
        inFlight = plan;
        emit({ type: "sending", plan });
      },
      applied(plan) {
        inFlight = void 0;
        result.applied.push(plan);
        emit({ type: "applied", plan });
      }
    });
  } catch (error) {
    const unknown = inFlight && outcomeUnknown(error) ? [inFlight] : [];
    const mismatched = error instanceof SyncMismatchError ? [error.plan] : [];
    const notApplied = result.plans.filter((p) => hasChanges(p) && !result.applied.includes(p) && !unknown.includes(p) && !mismatched.includes(p));
    emit({ type: "stopped", applied: [...result.applied], notApplied, unknown, notAsPlanned: mismatched, error });
    throw error;
  }
  if (!result.plans.some(hasChanges)) {
    emit({ type: "nothing-to-sync" });
    result.status = "nothing-to-sync";
  } else {
    result.status = "applied";
  }
  return result;
}
function outcomeUnknown(error) {
  return error instanceof SyncOutcomeUnknownError;
}
async function planTargets(options) {
  return planProject(options.session, options.languages ?? await loadLanguages(), options.project);
}
async function importPipelines(options) {
  if (options.all && options.namespace !== void 0)
    throw new ImportUsageError("Use either --namespace or --all, not both");
  const { config } = options;
  const namespace = options.all ? void 0 : options.namespace ?? soleNamespace(config.targets);
  const target = config.targets.find((t) => namespace !== void 0 && t.namespace === namespace) ?? (config.targets.length === 1 ? config.targets[0] : void 0);
  if (!target && options.into === void 0) {
    throw new ImportUsageError("Missing --into: no single target of the config matches; say where to write the files");
  }
  const into = options.into !== void 0 ? resolve(options.cwd, options.into) : target?.root;
  const location = target ?? { stack: "default" };
  const remote = await options.session.remotePipelines(location);
  const chosen = namespace === void 0 ? remote : remote.filter((p) => isOwnedBy(p, namespace));
  const languages = options.languages ?? await loadLanguages();
  const files = importFiles(languages, chosen, { into, globalMatchers: target?.globalMatchers ?? [] });
  writeImport(files, options.force ?? false);
  return { namespace, into, pipelines: chosen, files };
}
var ImportUsageError = class extends FleetSetupError {
  constructor(message) {
    super(message);
    this.name = "ImportUsageError";
  }
};
function soleNamespace(targets) {
  const namespaces = [...new Set(targets.map((t) => t.namespace).filter((n) => !!n))];
  if (namespaces.length !== 1) {
    throw new ImportUsageError(namespaces.length === 0 ? "Missing --namespace (or --all): the config names no namespace" : `Missing --namespace (or --all): the config has several (${namespaces.join(", ")})`);
  }
  return namespaces[0];
}

export {
  syncProject,
  planTargets,
  importPipelines,
  ImportUsageError
};
