import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  loadLanguages
} from "./chunk-KUBCEZNM.js";
import {
  formatProblemLine
} from "./chunk-5V27NH3C.js";
import {
  pluralize
} from "./chunk-E5YUU5EX.js";
import {
  ERROR,
  WARN,
  severityLabel
} from "./chunk-YYNP75G5.js";
import {
  FleetLoader
} from "./chunk-JJKORLGK.js";
import {
  FleetReach,
  count,
  intersect,
  members,
  union
} from "./chunk-4W7P2XDW.js";
import {
  collectorKey,
  collectorLabel
} from "./chunk-XXFPFKBW.js";
import {
  SyncMismatchError,
  SyncOutcomeUnknownError,
  applyPlans,
  guardProject,
  planProject
} from "./chunk-426PQ5QP.js";
import {
  canonicalMatcherSet,
  hasChanges,
  isOwnedBy
} from "./chunk-TEZ5XSFH.js";
import {
  neutralize
} from "./chunk-MUIKWUQD.js";
import {
  FleetSetupError
} from "./chunk-LIZFXGBB.js";
import {
  require_dist
} from "./chunk-JMF2JWRJ.js";
import {
  __toESM
} from "./chunk-HTDSFYMP.js";

// dist/src/fleet/flows.js
import { resolve } from "node:path";

// dist/src/fleet/impact.js
function configKind(message) {
  return message.configType === "CONFIG_TYPE_OTEL" ? "otel" : "alloy";
}
var KIND_NAMES = { alloy: "Alloy", otel: "OTel" };
var ReachCache = class {
  fleet;
  cache = /* @__PURE__ */ new Map();
  constructor(fleet) {
    this.fleet = fleet;
  }
  of(message) {
    if (!message)
      return this.fleet.reach({ enabled: false, matchers: [], configType: "alloy" });
    const configType = configKind(message);
    const key = `${message.enabled === true}\0${configType}\0${message.matchers.join("\0")}`;
    let set = this.cache.get(key);
    if (!set) {
      set = this.fleet.reach({ enabled: message.enabled, matchers: message.matchers, configType });
      this.cache.set(key, set);
    }
    return set;
  }
};
function planImpact(plan, desired, remote, collectors) {
  const fleet = collectors instanceof FleetReach ? collectors : new FleetReach(collectors);
  const reach = new ReachCache(fleet);
  const desiredByName = new Map(desired.map((p) => [p.name, p]));
  const remoteByName = new Map(remote.map((p) => [p.name, p]));
  const keys = fleet.collectors.map(collectorKey);
  const typeCount = { alloy: count(fleet.ofType("alloy")), otel: count(fleet.ofType("otel")) };
  const changed = new Uint32Array(Math.ceil(fleet.size / 32));
  const impact = { pipelines: [], collectorsChanged: 0, collectors: typeCount, warnings: [], labels: {} };
  const touched = /* @__PURE__ */ new Set();
  const add = (name, change, contentsChange) => {
    const was = remoteByName.get(name);
    const will = change === "delete" ? void 0 : desiredByName.get(name);
    const before = reach.of(was);
    const after = reach.of(will);
    const gained = members(after, before);
    const lost = members(before, after);
    const entry = { pipeline: name, change, before: count(before), after: count(after), gained: gained.map((i) => keys[i]), lost: lost.map((i) => keys[i]) };
    impact.pipelines.push(entry);
    if (contentsChange)
      union(changed, intersect(before, after));
    union(changed, xor(before, after));
    for (const i of gained.slice(0, 10))
      touched.add(i);
    for (const i of lost.slice(0, 10))
      touched.add(i);
    if (will)
      warn(impact, entry, will, typeCount[configKind(will)]);
  };
  for (const name of plan.create)
    add(name, "create", true);
  for (const u of plan.update)
    add(u.name, "update", u.fields.includes("contents") || u.fields.includes("config_type"));
  for (const name of plan.delete)
    add(name, "delete", true);
  for (const t of plan.takeover)
    add(t.name, "takeover", t.fields.includes("contents") || t.fields.includes("config_type"));
  impact.collectorsChanged = count(changed);
  for (const i of touched)
    impact.labels[keys[i]] = collectorLabel(fleet.collectors[i], i);
  return impact;
}
function xor(a, b) {
  const out = new Uint32Array(a.length);
  for (let w = 0; w < a.length; w++)
    out[w] = a[w] ^ b[w];
  return out;
}
function warn(impact, entry, will, ofType) {
  const push = (code, message) => {
    impact.warnings.push({ pipeline: entry.pipeline, change: entry.change, code, message });
  };
  const kind = KIND_NAMES[configKind(will)];
  if (will.enabled === true && entry.after === 0 && ofType > 0) {
    push("reaches-none", `Pipeline '${entry.pipeline}' reaches no collector: none of the ${ofType} enabled ${kind} collectors match its matchers`);
  }
  if (entry.after > 0 && entry.after === ofType && ofType > 1) {
    push("reaches-all", `Pipeline '${entry.pipeline}' reaches every enabled ${kind} collector (${ofType})`);
  }
  if (entry.before > 0 && entry.lost.length * 2 > entry.before) {
    push("loses-most", `Pipeline '${entry.pipeline}' stops reaching ${entry.lost.length} of the ${entry.before} collectors it reaches today`);
  }
}

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
      if (m.severity === ERROR)
        errorCount++;
      else if (m.severity === WARN)
        warningCount++;
      lines.push(formatProblemLine({ path: file, line: m.line, column: m.column, severity: severityLabel(m.severity), message: neutralize(m.message), ruleId: m.ruleId }));
    }
  }
  if (errorCount > 0) {
    lines.push(`fleetlint: sync refused: ${pluralize(errorCount, "lint error")}${warningCount ? ` and ${pluralize(warningCount, "warning")}` : ""}; fix the errors first (\`fleetlint check\`)`);
  } else if (warningCount > 0) {
    lines.push(`fleetlint: ${pluralize(warningCount, "lint warning")}; syncing anyway`);
  }
  return { text: lines.length ? `${lines.join("\n")}
` : "", errorCount };
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
  const loader = new FleetLoader(options.collectors ?? { kind: "none" });
  const fleets = options.project.targets.map((target) => loader.fleet(target));
  for (const pending of fleets)
    pending.catch(() => void 0);
  const planned = await planProject(options.session, options.languages ?? await loadLanguages(), options.project);
  for (const { target, desired, plan, remote } of planned) {
    const fleet = await loader.fleet(target);
    if (!fleet)
      continue;
    if (!fleet.ok) {
      plan.impactUnavailable = fleet.reason;
      continue;
    }
    plan.impact = planImpact(plan, desired.pipelines, remote, fleet.reach);
  }
  return planned;
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
