import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-Z3GFFZNX.js";
import {
  SourceText
} from "./chunk-5VRL6YA5.js";
import {
  RULE_DEFAULTS,
  RULE_IDS,
  isRuleId,
  loadRule
} from "./chunk-M3KZ3UBS.js";
import {
  fileResult,
  milderSeverity,
  severityLevel
} from "./chunk-YYNP75G5.js";
import {
  contentsLinted
} from "./chunk-OO7CAYSI.js";
import {
  fillTemplate
} from "./chunk-MMEZPQX6.js";
import {
  FleetlintError
} from "./chunk-SZVLGFVG.js";

// dist/src/engine/context.js
import { join } from "node:path";

// dist/src/engine/errors.js
var RuleContractError = class extends Error {
  ruleId;
  constructor(ruleId, detail) {
    super(`rule ${ruleId}: ${detail}`);
    this.ruleId = ruleId;
    this.name = "RuleContractError";
  }
};

// dist/src/engine/context.js
function configFile(config) {
  return config.source?.file ?? new SourceText(config.path ?? join(config.baseDir, "fleetlint.config.yaml"), "");
}
function checkRange(ruleId, file, range, what) {
  const { start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > file.text.length) {
    throw new RuleContractError(ruleId, `${what} range [${start}, ${end}) is outside ${file.path} (length ${file.text.length})`);
  }
}
function checkLocation(ruleId, loc, what) {
  if (!loc || !(loc.file instanceof SourceText) || !loc.range)
    throw new RuleContractError(ruleId, `${what} has no file and range`);
  checkRange(ruleId, loc.file, loc.range, what);
}
function isPipeline(value) {
  return "definition" in value;
}
function createContext(input) {
  const { meta, project, config, sink } = input;
  const id = meta.id;
  const lintedFiles = project.lintedFiles;
  let pseudoConfig;
  const context = {
    id,
    options: input.options,
    project,
    config,
    online: input.online,
    isLinted: (filePath) => lintedFiles.has(filePath),
    report(descriptor) {
      sink.push(toPending(meta, descriptor));
    },
    contentsLocation(doc, range) {
      const contents = isPipeline(doc) ? doc.contents : doc.contents;
      if (!contents)
        throw new RuleContractError(id, `contentsLocation called for pipeline '${doc.name}' without contents`);
      checkRange(id, { path: `the contents of ${contents.file.path}`, text: contents.text }, range, "contents");
      const start = contents.toFileOffset(range.start);
      const end = range.end === range.start ? start : contents.toFileOffset(range.end);
      return { file: contents.file, range: { start, end: Math.max(start, end) } };
    },
    configLocation(range) {
      pseudoConfig ??= configFile(config);
      return { file: pseudoConfig, range: range ?? { start: 0, end: 0 } };
    }
  };
  return context;
}
function toPending(meta, descriptor) {
  const id = meta.id;
  const template = Object.prototype.hasOwnProperty.call(meta.messages, descriptor.messageId) ? meta.messages[descriptor.messageId] : void 0;
  if (template === void 0)
    throw new RuleContractError(id, `reported undeclared messageId '${descriptor.messageId}'`);
  checkLocation(id, descriptor.loc, `report '${descriptor.messageId}'`);
  const { file, range } = descriptor.loc;
  const pending = {
    ruleId: id,
    messageId: descriptor.messageId,
    message: fillTemplate(template, descriptor.data),
    file,
    range
  };
  if (descriptor.related && descriptor.related.length > 0) {
    pending.related = descriptor.related.map((r) => {
      checkLocation(id, r, "related location");
      const at = r.file.positionAt(r.range.start);
      return { filePath: r.file.path, line: at.line, column: at.column, message: r.message };
    });
  }
  if (descriptor.fix) {
    if (!meta.fixable)
      throw new RuleContractError(id, "reported a fix without declaring meta.fixable");
    checkRange(id, file, descriptor.fix.range, "fix");
    pending.fix = { range: [descriptor.fix.range.start, descriptor.fix.range.end], text: descriptor.fix.text };
  }
  if (descriptor.suggestions && descriptor.suggestions.length > 0) {
    if (!meta.hasSuggestions)
      throw new RuleContractError(id, "reported suggestions without declaring meta.hasSuggestions");
    pending.suggestions = descriptor.suggestions.map((s) => {
      checkRange(id, file, s.fix.range, "suggestion");
      return { desc: s.desc, fix: { range: [s.fix.range.start, s.fix.range.end], text: s.fix.text } };
    });
  }
  if (descriptor.maxSeverity !== void 0)
    pending.maxSeverity = descriptor.maxSeverity;
  const help = meta.help?.[descriptor.messageId];
  if (help !== void 0)
    pending.help = fillTemplate(help, descriptor.data);
  return pending;
}

// dist/src/engine/directives.js
var MARKER = "fleetlint-";
var DIRECTIVE = /^fleetlint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/;
function parseDirectiveBody(body) {
  const match = DIRECTIVE.exec(body.trim());
  if (!match)
    return void 0;
  const list = match[2].split(/(?:^|\s)--(?:\s|$)/)[0];
  const rules = list.split(",").map((r) => r.trim()).filter((r) => r.length > 0);
  return { kind: match[1], rules: rules.length > 0 ? rules : null };
}
function makeDirective(file, body, start, end) {
  const parsed = parseDirectiveBody(body);
  if (!parsed)
    return void 0;
  const line = parsed.kind === "disable-next-line" ? file.positionAt(end).line + 1 : file.positionAt(start).line;
  return { ...parsed, range: { start, end }, line, used: /* @__PURE__ */ new Set() };
}
function yamlDirectives(file) {
  const text = file.text;
  if (!text.includes(MARKER))
    return [];
  const found = [];
  const comment = /(^|[ \t])#([^\r\n]*)/gm;
  for (let m = comment.exec(text); m; m = comment.exec(text)) {
    if (!m[2].includes(MARKER))
      continue;
    const start = m.index + m[1].length;
    const directive = makeDirective(file, m[2], start, start + 1 + m[2].length);
    if (directive)
      found.push(directive);
  }
  return found;
}
function alloyComments(doc) {
  const parsed = doc.parse();
  if (parsed.ast) {
    return parsed.ast.comments.flat().map((c) => ({ text: c.text, start: c.start.offset, end: c.end.offset }));
  }
  const found = [];
  const comment = /\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/g;
  for (let m = comment.exec(doc.contents.text); m; m = comment.exec(doc.contents.text)) {
    found.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return found;
}
function commentBody(text) {
  if (text.startsWith("//"))
    return text.slice(2);
  if (text.startsWith("/*"))
    return text.slice(2, text.endsWith("*/") ? -2 : void 0);
  return text;
}
function alloyDirectives(doc) {
  if (!doc.contents.text.includes(MARKER))
    return [];
  const { file, toFileOffset } = doc.contents;
  const found = [];
  for (const c of alloyComments(doc)) {
    if (!c.text.includes(MARKER))
      continue;
    const directive = makeDirective(file, commentBody(c.text), toFileOffset(c.start), toFileOffset(c.end));
    if (directive)
      found.push(directive);
  }
  return found;
}
function names(directive, ruleId) {
  return directive.rules === null || directive.rules.includes(ruleId);
}
function markUsed(directive, ruleId) {
  directive.used.add(directive.rules === null ? "*" : ruleId);
}
function isSuppressed(problem, directives) {
  const ruleId = problem.ruleId;
  if (ruleId === null)
    return false;
  for (const d of directives) {
    if ((d.kind === "disable-next-line" || d.kind === "disable-line") && d.line === problem.line && names(d, ruleId)) {
      markUsed(d, ruleId);
      return true;
    }
  }
  let blanket;
  const disabled = /* @__PURE__ */ new Map();
  const reEnabled = /* @__PURE__ */ new Set();
  for (const d of directives) {
    if (d.range.start > problem.offset)
      break;
    if (d.kind === "disable") {
      if (d.rules === null) {
        blanket = d;
        disabled.clear();
        reEnabled.clear();
      } else
        for (const r of d.rules) {
          disabled.set(r, d);
          reEnabled.delete(r);
        }
    } else if (d.kind === "enable") {
      if (d.rules === null) {
        blanket = void 0;
        disabled.clear();
        reEnabled.clear();
      } else
        for (const r of d.rules) {
          disabled.delete(r);
          if (blanket)
            reEnabled.add(r);
        }
    }
  }
  const by = disabled.get(ruleId) ?? (blanket && !reEnabled.has(ruleId) ? blanket : void 0);
  if (!by)
    return false;
  markUsed(by, ruleId);
  return true;
}
function unusedDirectives(directives, ran, known) {
  const unused = [];
  for (const d of directives) {
    if (d.kind === "enable")
      continue;
    if (d.rules === null) {
      if (d.used.size === 0)
        unused.push({ directive: d, unusedRules: [], unknownRules: [] });
      continue;
    }
    const unknownRules = d.rules.filter((r) => !known(r));
    const unusedRules = d.rules.filter((r) => known(r) && ran(r) && !d.used.has(r));
    if (unknownRules.length > 0 || unusedRules.length > 0)
      unused.push({ directive: d, unusedRules, unknownRules });
  }
  return unused;
}

// dist/src/engine/fix.js
var MAX_FIX_PASSES = 10;
function applyFixes(text, fixes) {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = "";
  let cursor = 0;
  let applied = 0;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start < cursor)
      continue;
    output += text.slice(cursor, start) + fix.text;
    cursor = end;
    applied++;
  }
  return { output: output + text.slice(cursor), applied };
}

// dist/src/engine/settings.js
import { relative, sep } from "node:path";
function parseSetting(setting) {
  if (Array.isArray(setting)) {
    const [severity, ...options] = setting;
    return { severity: severityLevel(severity), options };
  }
  return { severity: severityLevel(setting) };
}
function enabledAnywhere(id, defaultSeverity, config, commandLine) {
  const onCommandLine = commandLine[id];
  if (onCommandLine !== void 0)
    return severityLevel(onCommandLine) > 0;
  const written = config.rules[id];
  if ((written === void 0 ? severityLevel(defaultSeverity) : parseSetting(written).severity) > 0)
    return true;
  return config.overrides.some((o) => o.rules[id] !== void 0 && parseSetting(o.rules[id]).severity > 0);
}
var RuleSettings = class {
  config;
  commandLine;
  base = /* @__PURE__ */ new Map();
  overrides;
  cache = /* @__PURE__ */ new Map();
  constructor(config, metas, commandLine, compileGlobs) {
    this.config = config;
    this.commandLine = commandLine;
    for (const [id, meta] of metas) {
      const written = config.rules[id];
      this.base.set(id, written === void 0 ? { severity: severityLevel(meta.defaultSeverity) } : parseSetting(written));
    }
    this.overrides = config.overrides.map((o) => ({ matches: compileGlobs(o.files), rules: o.rules }));
  }
  /** The options a rule runs with: the top-level setting's, else the rule's defaults. */
  options(id) {
    return this.base.get(id)?.options;
  }
  /** Severity of a rule for reports landing in one file. */
  severity(id, filePath) {
    const key = `${id}\0${filePath}`;
    let level = this.cache.get(key);
    if (level === void 0) {
      level = this.compute(id, filePath);
      this.cache.set(key, level);
    }
    return level;
  }
  compute(id, filePath) {
    const onCommandLine = this.commandLine[id];
    if (onCommandLine !== void 0)
      return severityLevel(onCommandLine);
    let level = this.base.get(id)?.severity ?? 0;
    if (this.overrides.length > 0) {
      const rel = relative(this.config.baseDir, filePath).split(sep).join("/");
      for (const o of this.overrides) {
        const setting = o.rules[id];
        if (setting !== void 0 && o.matches(rel))
          level = parseSetting(setting).severity;
      }
    }
    return level;
  }
};

// dist/src/engine/options.js
function writtenOptions(config, id) {
  const found = [];
  const top = config.rules[id];
  if (top !== void 0) {
    const { options } = parseSetting(top);
    if (options && options.length > 0)
      found.push({ where: `rules.${id}`, options });
  }
  config.overrides.forEach((o, i) => {
    const setting = o.rules[id];
    if (setting === void 0)
      return;
    const { options } = parseSetting(setting);
    if (options && options.length > 0)
      found.push({ where: `overrides[${i}].rules.${id}`, options });
  });
  return found;
}
async function validateRuleOptions(config, metas) {
  let ajv;
  const where = config.path ?? "configuration";
  for (const meta of metas) {
    for (const entry of writtenOptions(config, meta.id)) {
      const schema = meta.schema ?? [];
      if (schema.length === 0)
        throw new FleetlintError("config", `${where}: ${entry.where}: rule ${meta.id} takes no options`);
      if (!ajv) {
        const { Ajv } = await import("./ajv-6BUPBGFQ.js");
        ajv = new Ajv({ allErrors: true, strict: false });
      }
      const validate = ajv.compile({ type: "array", items: schema, minItems: 0, maxItems: schema.length });
      if (!validate(entry.options)) {
        const detail = ajv.errorsText(validate.errors, { dataVar: "options" });
        throw new FleetlintError("config", `${where}: ${entry.where}: invalid options for rule ${meta.id}: ${detail}`);
      }
    }
  }
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function mergeOptions(defaults, written) {
  const base = defaults ?? [];
  const user = written ?? [];
  const length = Math.max(base.length, user.length);
  const merged = [];
  for (let i = 0; i < length; i++) {
    const d = base[i];
    const u = user[i];
    if (isPlainObject(d) && isPlainObject(u))
      merged.push({ ...d, ...u });
    else
      merged.push(u === void 0 ? d : u);
  }
  return merged;
}

// dist/src/engine/lint.js
var UNUSED_DIRECTIVE_SEVERITY = 1;
async function lintProject(options) {
  const config = options.config ?? await loadConfigFor(options);
  const categories = new Set(options.categories ?? (options.online ? ["fast", "network"] : ["fast"]));
  const rules = options.rules ?? await Promise.all(RULE_IDS.filter((id) => mayRun(id, config, options, categories)).map(loadRule));
  const metas = new Map(rules.map((r) => [r.meta.id, r.meta]));
  checkRuleOverrides(options.ruleOverrides, (id) => metas.has(id) || options.rules === void 0 && isRuleId(id));
  const settings = new RuleSettings(config, metas, options.ruleOverrides ?? {}, await globCompiler(config));
  const active = rules.filter((r) => categories.has(r.meta.category) && (r.meta.category !== "network" || options.online !== void 0) && enabledAnywhere(r.meta.id, r.meta.defaultSeverity, config, options.ruleOverrides ?? {}));
  if (config.overrides.length > 0 || Object.keys(config.rules).length > 0) {
    await validateRuleOptions(config, active.map((r) => r.meta));
  }
  const run = { config, settings, active, metas, online: options.online, options };
  let buffers = new Map(options.buffers ?? []);
  let project = options.project ?? await loadProjectFor(config, options, buffers);
  let results = await runRules(project, run);
  if (!options.fix)
    return { results, rules: metas, project, config };
  const original = /* @__PURE__ */ new Map();
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    let changed = false;
    for (const result of results) {
      const fixes = result.messages.flatMap((m) => m.fix ? [m.fix] : []);
      if (fixes.length === 0 || result.source === void 0)
        continue;
      const { output, applied } = applyFixes(result.source, fixes);
      if (applied === 0 || output === result.source)
        continue;
      if (!original.has(result.filePath))
        original.set(result.filePath, result.source);
      buffers = new Map(buffers).set(result.filePath, output);
      changed = true;
    }
    if (!changed || options.project)
      break;
    project = await loadProjectFor(config, options, buffers);
    results = await runRules(project, run);
  }
  const fixedFiles = [];
  for (const result of results) {
    const before = original.get(result.filePath);
    const after = buffers.get(result.filePath);
    if (before === void 0 || after === void 0 || after === before)
      continue;
    result.output = after;
    fixedFiles.push(result.filePath);
    if (!options.fixDryRun && !options.buffers?.has(result.filePath))
      await writeFileAtomic(result.filePath, after);
  }
  return { results, rules: metas, project, config, fixedFiles };
}
function mayRun(id, config, options, categories) {
  const defaults = RULE_DEFAULTS[id];
  if (!categories.has(defaults.category) || defaults.category === "network" && options.online === void 0)
    return false;
  return enabledAnywhere(id, defaults.severity, config, options.ruleOverrides ?? {});
}
async function loadConfigFor(options) {
  const { loadConfig } = await import("./config-NWYMU7HS.js");
  return loadConfig({ cwd: options.cwd, configPath: options.configPath });
}
async function loadProjectFor(config, options, buffers) {
  const { loadProject } = await import("./repo-2SXK723F.js");
  return loadProject(config, { cwd: options.cwd, paths: options.paths, buffers });
}
async function globCompiler(config) {
  if (config.overrides.length === 0)
    return () => () => false;
  const { default: picomatch } = await import("./picomatch-S3I6F5HE.js");
  return (globs) => picomatch(globs, { dot: true });
}
function checkRuleOverrides(overrides, known) {
  for (const id of Object.keys(overrides ?? {})) {
    if (!known(id))
      throw new FleetlintError("usage", `unknown rule '${id}' in --rule`);
  }
}
function lintedScope(project) {
  const linted = project.lintedFiles;
  const pipelines = project.pipelines.filter((p) => linted.has(p.definition.file.path) || contentsLinted(p, linted));
  const documents = [];
  const seen = /* @__PURE__ */ new Set();
  for (const doc of [...pipelines.flatMap((p) => p.alloy ? [p.alloy] : []), ...project.alloyFiles]) {
    if (seen.has(doc))
      continue;
    seen.add(doc);
    documents.push(doc);
  }
  return { pipelines, documents };
}
async function runRules(project, run) {
  const sink = [];
  const scope = lintedScope(project);
  const waiting = [];
  for (const rule of run.active) {
    const id = rule.meta.id;
    const options = mergeOptions(rule.meta.defaultOptions, run.settings.options(id));
    const context = createContext({ meta: rule.meta, options, project, config: run.config, online: run.online, sink });
    const hooks = guard(id, () => rule.create(context));
    callHooks(id, hooks, project, scope, waiting);
  }
  await Promise.all(waiting);
  return collectResults(project, run, scope, sink);
}
function callHooks(id, hooks, project, scope, waiting) {
  if (hooks.alloy)
    for (const doc of scope.documents)
      guard(id, () => hooks.alloy(doc));
  if (hooks.pipeline)
    for (const p of scope.pipelines)
      guard(id, () => hooks.pipeline(p));
  if (hooks.target) {
    for (const target of project.targets) {
      const own = project.pipelines.filter((p) => p.target === target || p.target.index === target.index);
      waiting.push(guardAsync(id, () => hooks.target(target, own)));
    }
  }
  if (hooks.project)
    waiting.push(guardAsync(id, () => hooks.project(project)));
}
function guard(id, call) {
  try {
    return call();
  } catch (error) {
    throw ruleFailure(id, error);
  }
}
async function guardAsync(id, call) {
  try {
    await call();
  } catch (error) {
    throw ruleFailure(id, error);
  }
}
function ruleFailure(id, error) {
  if (error instanceof RuleContractError || error instanceof FleetlintError)
    return error;
  const message = error instanceof Error ? error.message : String(error);
  const failure = new Error(`rule ${id} failed: ${message}`, { cause: error });
  return failure;
}
function collectDirectives(project, scope) {
  const linted = project.lintedFiles;
  const byFile = /* @__PURE__ */ new Map();
  const add = (path, found) => {
    if (found.length === 0 || !linted.has(path))
      return;
    const list = byFile.get(path) ?? [];
    for (const d of found)
      if (!list.some((e) => e.range.start === d.range.start))
        list.push(d);
    byFile.set(path, list);
  };
  const yamlSeen = /* @__PURE__ */ new Set();
  const scanYaml = (file) => {
    if (yamlSeen.has(file.path))
      return;
    yamlSeen.add(file.path);
    add(file.path, yamlDirectives(file));
  };
  for (const p of scope.pipelines) {
    scanYaml(p.definition.file);
    if (p.configType === "otel" && p.contents && p.contents.origin !== "inline")
      scanYaml(p.contents.file);
  }
  for (const doc of scope.documents)
    add(doc.contents.file.path, alloyDirectives(doc));
  for (const list of byFile.values())
    list.sort((a, b) => a.range.start - b.range.start);
  return byFile;
}
function cappedSeverity(level, cap) {
  if (cap === void 0)
    return level;
  return milderSeverity(level, severityLevel(cap));
}
function toDiagnostic(report, severity) {
  const start = report.file.positionAt(report.range.start);
  const end = report.file.positionAt(report.range.end);
  const diagnostic = {
    ruleId: report.ruleId,
    severity,
    message: report.message,
    messageId: report.messageId,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column
  };
  if (report.related)
    diagnostic.related = report.related;
  if (report.fix)
    diagnostic.fix = report.fix;
  if (report.suggestions)
    diagnostic.suggestions = report.suggestions;
  if (report.help)
    diagnostic.help = report.help;
  return diagnostic;
}
function unusedMessage(unused) {
  const kind = `fleetlint-${unused.directive.kind}`;
  const out = [];
  if (unused.directive.rules === null) {
    out.push({ message: `Unused ${kind} directive (no problems were reported)`, ruleId: null });
  }
  if (unused.unusedRules.length > 0) {
    const list = unused.unusedRules.map((r) => `'${r}'`).join(", ");
    out.push({ message: `Unused ${kind} directive (no problems were reported from ${list})`, ruleId: null });
  }
  for (const r of unused.unknownRules)
    out.push({ message: `Unknown rule '${r}' in ${kind} directive`, ruleId: null });
  return out;
}
function collectResults(project, run, scope, sink) {
  const linted = project.lintedFiles;
  const configPath = configFile(run.config).path;
  const directives = collectDirectives(project, scope);
  const byFile = /* @__PURE__ */ new Map();
  const texts = /* @__PURE__ */ new Map();
  const push = (path, diagnostic) => {
    const list = byFile.get(path);
    if (list)
      list.push(diagnostic);
    else
      byFile.set(path, [diagnostic]);
  };
  const reported = /* @__PURE__ */ new Set();
  for (const report of sink) {
    const path = report.file.path;
    if (!linted.has(path) && path !== configPath)
      continue;
    const key = `${report.ruleId}\0${path}\0${report.range.start}\0${report.range.end}\0${report.message}`;
    if (reported.has(key))
      continue;
    reported.add(key);
    const severity = cappedSeverity(run.settings.severity(report.ruleId, path), report.maxSeverity);
    if (severity === 0)
      continue;
    const fileDirectives = directives.get(path);
    if (fileDirectives) {
      const line = report.file.positionAt(report.range.start).line;
      if (isSuppressed({ ruleId: report.ruleId, line, offset: report.range.start }, fileDirectives))
        continue;
    }
    texts.set(path, report.file.text);
    push(path, toDiagnostic(report, severity));
  }
  if (run.options.reportUnusedDirectives !== false) {
    const activeIds = new Set(run.active.map((r) => r.meta.id));
    for (const [path, list] of directives) {
      const ran = (id) => activeIds.has(id) && run.settings.severity(id, path) > 0;
      const known = (id) => isRuleId(id) || run.metas.has(id);
      const file = project.files.get(path);
      for (const unused of unusedDirectives(list, ran, known)) {
        for (const { message, ruleId } of unusedMessage(unused)) {
          const at = unused.directive.range;
          const start = file ? file.positionAt(at.start) : { line: 1, column: 1 };
          const end = file ? file.positionAt(at.end) : start;
          push(path, {
            ruleId,
            severity: UNUSED_DIRECTIVE_SEVERITY,
            message,
            line: start.line,
            column: start.column,
            endLine: end.line,
            endColumn: end.column
          });
        }
      }
    }
  }
  const paths = /* @__PURE__ */ new Set([...linted, ...byFile.keys()]);
  const modes = alloyModes(project, scope.documents);
  const results = [];
  for (const path of [...paths].sort()) {
    const source = project.files.get(path)?.text ?? texts.get(path);
    const result = orderedResult(path, byFile.get(path) ?? [], source, (id) => run.metas.get(id)?.reportOrder === "reported");
    const mode = modes.get(path);
    if (mode)
      result.alloyMode = mode;
    results.push(result);
  }
  return results;
}
function alloyModes(project, documents) {
  const modes = /* @__PURE__ */ new Map();
  for (const doc of documents)
    if (doc.contents.origin !== "inline")
      modes.set(doc.contents.file.path, doc.mode);
  for (const doc of project.alloyFiles)
    modes.set(doc.contents.file.path, doc.mode);
  return modes;
}
function orderedResult(path, messages, source, keepsOrder) {
  const result = fileResult(path, messages, source);
  const kept = (m) => m.ruleId !== null && keepsOrder(m.ruleId);
  const syntax = messages.filter(kept);
  if (syntax.length < 2)
    return result;
  const rest = result.messages.filter((m) => !kept(m));
  const merged = [];
  let i = 0;
  let j = 0;
  while (i < syntax.length || j < rest.length) {
    const takeSyntax = j >= rest.length || i < syntax.length && (syntax[i].line < rest[j].line || syntax[i].line === rest[j].line && syntax[i].column <= rest[j].column);
    merged.push(takeSyntax ? syntax[i++] : rest[j++]);
  }
  result.messages = merged;
  return result;
}

export {
  RuleContractError,
  parseDirectiveBody,
  MAX_FIX_PASSES,
  applyFixes,
  lintProject
};
