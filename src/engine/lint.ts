/**
 * lintProject: config -> project -> rules -> diagnostics (DESIGN §1). The CLI,
 * the editor and the tests all call this one function.
 *
 * Rules run over what is linted: file hooks see the Alloy documents and
 * pipelines whose files are in `project.lintedFiles`; project and target hooks
 * see everything but the engine keeps only reports that land in a linted file
 * or in the config file. Severities come from `RuleSettings` for the file a
 * report lands in; then inline directives suppress; then `--fix` loops.
 * Loader problems (`project.problems`) are reported by the rules that own them.
 */
import type { Diagnostic, FileResult, Severity, SeverityLevel, SeverityName } from "../core/diagnostic.js";
import type { SourceText } from "../core/source.js";
import { fileResult, milderSeverity, severityLevel } from "../core/diagnostic.js";
import type { ResolvedConfig } from "../config/types.js";
import type { AlloyDocument, AlloyMode, Pipeline, Project } from "../repo/types.js";
import { FleetlintError } from "../core/errors.js";
import { contentsLinted } from "../repo/deferred.js";
import { RULE_DEFAULTS, RULE_IDS, isRuleId, loadRule, type RuleId } from "../../rules/index.js";
import { configFile, createContext, type PendingReport } from "./context.js";
import {
  alloyDirectives,
  isSuppressed,
  unusedDirectives,
  yamlDirectives,
  type Directive,
  type UnusedDirective,
} from "./directives.js";
import { RuleContractError } from "./errors.js";
import { applyFixes, MAX_FIX_PASSES } from "./fix.js";
import { writeFileAtomic } from "../core/write-atomic.js";
import { mergeOptions, validateRuleOptions } from "./options.js";
import { enabledAnywhere, RuleSettings } from "./settings.js";
import type { OnlineState, Rule, RuleCategory, RuleHooks, RuleMeta } from "./types.js";

export interface LintOptions {
  /** Working directory: where the config is searched from and relative paths start. */
  cwd: string;
  /** Files or folders to lint; default every target root. */
  paths?: string[];
  /** `--config PATH`. */
  configPath?: string;
  /** An already resolved config (skips loading one). */
  config?: ResolvedConfig;
  /** An already loaded project (skips the loader; `--fix` then makes one pass). */
  project?: Project;
  /** Rules to run instead of the registry (tests, embedders). */
  rules?: Rule[];
  /** `--rule id:severity`, applied after the config and its overrides. */
  ruleOverrides?: Readonly<Record<string, SeverityName | 0 | 1 | 2>>;
  /** In-memory texts by absolute path (`--stdin`, editor buffers) used instead of the disk. */
  buffers?: ReadonlyMap<string, string>;
  /** Apply fixes and write the files (buffers are fixed in `output` only). */
  fix?: boolean;
  /** With `fix`: compute `output` but write nothing. */
  fixDryRun?: boolean;
  /** Present for `--online`, plan and sync: network rules run only then. */
  online?: OnlineState;
  /** Which rule categories run; default fast, plus network when `online` is given. */
  categories?: RuleCategory[];
  /** Report disable directives that suppressed nothing (default true). */
  reportUnusedDirectives?: boolean;
}

export interface LintOutcome {
  /** One per linted file (and the config file when something landed there), by path. */
  results: FileResult[];
  /** Metadata of every rule known to the run, by id (formatters read docs links from it). */
  rules: Map<string, RuleMeta>;
  project: Project;
  config: ResolvedConfig;
  /** Absolute paths `--fix` changed (written unless dry run or a buffer). */
  fixedFiles?: string[];
}

/** Unused-directive warnings have no rule (as ESLint's); severity is always warn. */
const UNUSED_DIRECTIVE_SEVERITY = 1;

export async function lintProject(options: LintOptions): Promise<LintOutcome> {
  const config = options.config ?? (await loadConfigFor(options));
  const categories = new Set(options.categories ?? (options.online ? ["fast", "network"] : ["fast"]));
  const rules = options.rules ?? (await Promise.all(RULE_IDS.filter((id) => mayRun(id, config, options, categories)).map(loadRule)));
  const metas = new Map(rules.map((r) => [r.meta.id, r.meta]));
  checkRuleOverrides(options.ruleOverrides, (id) => metas.has(id) || (options.rules === undefined && isRuleId(id)));
  const settings = new RuleSettings(config, metas, options.ruleOverrides ?? {}, await globCompiler(config));
  const active = rules.filter(
    (r) =>
      categories.has(r.meta.category) &&
      (r.meta.category !== "network" || options.online !== undefined) &&
      enabledAnywhere(r.meta.id, r.meta.defaultSeverity, config, options.ruleOverrides ?? {}),
  );
  if (config.overrides.length > 0 || Object.keys(config.rules).length > 0) {
    await validateRuleOptions(config, active.map((r) => r.meta));
  }
  const run: RunSetup = { config, settings, active, metas, online: options.online, options };

  let buffers = new Map(options.buffers ?? []);
  let project = options.project ?? (await loadProjectFor(config, options, buffers));
  let results = await runRules(project, run);
  if (!options.fix) return { results, rules: metas, project, config };

  // ESLint's loop: fix, re-lint the fixed text, until nothing changes or MAX_FIX_PASSES.
  const original = new Map<string, string>();
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    let changed = false;
    for (const result of results) {
      const fixes = result.messages.flatMap((m) => (m.fix ? [m.fix] : []));
      if (fixes.length === 0 || result.source === undefined) continue;
      const { output, applied } = applyFixes(result.source, fixes);
      if (applied === 0 || output === result.source) continue;
      if (!original.has(result.filePath)) original.set(result.filePath, result.source);
      buffers = new Map(buffers).set(result.filePath, output);
      changed = true;
    }
    if (!changed || options.project) break;
    project = await loadProjectFor(config, options, buffers);
    results = await runRules(project, run);
  }
  const fixedFiles: string[] = [];
  for (const result of results) {
    const before = original.get(result.filePath);
    const after = buffers.get(result.filePath);
    if (before === undefined || after === undefined || after === before) continue;
    result.output = after;
    fixedFiles.push(result.filePath);
    if (!options.fixDryRun && !options.buffers?.has(result.filePath)) await writeFileAtomic(result.filePath, after);
  }
  return { results, rules: metas, project, config, fixedFiles };
}

/**
 * Whether a registry rule can run, so its module is worth loading: its
 * category runs (network rules only online), and its severity (default from
 * RULE_DEFAULTS, then the config, an override or --rule) is on somewhere.
 */
function mayRun(id: RuleId, config: ResolvedConfig, options: LintOptions, categories: ReadonlySet<string>): boolean {
  const defaults = RULE_DEFAULTS[id];
  if (!categories.has(defaults.category) || (defaults.category === "network" && options.online === undefined)) return false;
  return enabledAnywhere(id, defaults.severity, config, options.ruleOverrides ?? {});
}

async function loadConfigFor(options: LintOptions): Promise<ResolvedConfig> {
  const { loadConfig } = await import("../config/index.js");
  return loadConfig({ cwd: options.cwd, configPath: options.configPath });
}

async function loadProjectFor(config: ResolvedConfig, options: LintOptions, buffers: Map<string, string>): Promise<Project> {
  const { loadProject } = await import("../repo/index.js");
  return loadProject(config, { cwd: options.cwd, paths: options.paths, buffers });
}

/** picomatch only when the config has overrides. */
async function globCompiler(config: ResolvedConfig): Promise<(globs: string[]) => (path: string) => boolean> {
  if (config.overrides.length === 0) return () => () => false;
  const { default: picomatch } = await import("picomatch");
  return (globs) => picomatch(globs, { dot: true });
}

function checkRuleOverrides(
  overrides: Readonly<Record<string, SeverityName | 0 | 1 | 2>> | undefined,
  known: (id: string) => boolean,
): void {
  for (const id of Object.keys(overrides ?? {})) {
    if (!known(id)) throw new FleetlintError("usage", `unknown rule '${id}' in --rule`);
  }
}

interface RunSetup {
  config: ResolvedConfig;
  settings: RuleSettings;
  active: Rule[];
  metas: Map<string, RuleMeta>;
  online?: OnlineState;
  options: LintOptions;
}

/** What the file hooks see: pipelines and Alloy documents with a linted file. */
function lintedScope(project: Project): { pipelines: Pipeline[]; documents: AlloyDocument[] } {
  const linted = project.lintedFiles;
  const pipelines = project.pipelines.filter((p) => linted.has(p.definition.file.path) || contentsLinted(p, linted));
  const documents: AlloyDocument[] = [];
  const seen = new Set<AlloyDocument>();
  for (const doc of [...pipelines.flatMap((p) => (p.alloy ? [p.alloy] : [])), ...project.alloyFiles]) {
    if (seen.has(doc)) continue;
    seen.add(doc);
    documents.push(doc);
  }
  return { pipelines, documents };
}

async function runRules(project: Project, run: RunSetup): Promise<FileResult[]> {
  const sink: PendingReport[] = [];
  const scope = lintedScope(project);
  const waiting: Promise<void>[] = [];
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

function callHooks(
  id: string,
  hooks: RuleHooks,
  project: Project,
  scope: { pipelines: Pipeline[]; documents: AlloyDocument[] },
  waiting: Promise<void>[],
): void {
  if (hooks.alloy) for (const doc of scope.documents) guard(id, () => hooks.alloy!(doc));
  if (hooks.pipeline) for (const p of scope.pipelines) guard(id, () => hooks.pipeline!(p));
  if (hooks.target) {
    for (const target of project.targets) {
      const own = project.pipelines.filter((p) => p.target === target || p.target.index === target.index);
      waiting.push(guardAsync(id, () => hooks.target!(target, own)));
    }
  }
  if (hooks.project) waiting.push(guardAsync(id, () => hooks.project!(project)));
}

/** A rule that throws fails the run with its id in the message. */
function guard<T>(id: string, call: () => T): T {
  try {
    return call();
  } catch (error) {
    throw ruleFailure(id, error);
  }
}

async function guardAsync(id: string, call: () => void | Promise<void>): Promise<void> {
  try {
    await call();
  } catch (error) {
    throw ruleFailure(id, error);
  }
}

function ruleFailure(id: string, error: unknown): Error {
  if (error instanceof RuleContractError || error instanceof FleetlintError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const failure = new Error(`rule ${id} failed: ${message}`, { cause: error });
  return failure;
}

function collectDirectives(project: Project, scope: { pipelines: Pipeline[]; documents: AlloyDocument[] }): Map<string, Directive[]> {
  const linted = project.lintedFiles;
  const byFile = new Map<string, Directive[]>();
  const add = (path: string, found: Directive[]): void => {
    if (found.length === 0 || !linted.has(path)) return;
    const list = byFile.get(path) ?? [];
    for (const d of found) if (!list.some((e) => e.range.start === d.range.start)) list.push(d);
    byFile.set(path, list);
  };
  const yamlSeen = new Set<string>();
  const scanYaml = (file: SourceText): void => {
    if (yamlSeen.has(file.path)) return;
    yamlSeen.add(file.path);
    add(file.path, yamlDirectives(file));
  };
  for (const p of scope.pipelines) {
    scanYaml(p.definition.file);
    // OTel contents in their own file are YAML too.
    if (p.configType === "otel" && p.contents && p.contents.origin !== "inline") scanYaml(p.contents.file);
  }
  for (const doc of scope.documents) add(doc.contents.file.path, alloyDirectives(doc));
  for (const list of byFile.values()) list.sort((a, b) => a.range.start - b.range.start);
  return byFile;
}

function cappedSeverity(level: SeverityLevel, cap: SeverityName | undefined): SeverityLevel {
  if (cap === undefined) return level;
  return milderSeverity(level, severityLevel(cap));
}

function toDiagnostic(report: PendingReport, severity: Severity): Diagnostic {
  const start = report.file.positionAt(report.range.start);
  const end = report.file.positionAt(report.range.end);
  const diagnostic: Diagnostic = {
    ruleId: report.ruleId,
    severity,
    message: report.message,
    messageId: report.messageId,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
  if (report.related) diagnostic.related = report.related;
  if (report.fix) diagnostic.fix = report.fix;
  if (report.suggestions) diagnostic.suggestions = report.suggestions;
  if (report.help) diagnostic.help = report.help;
  return diagnostic;
}

function unusedMessage(unused: UnusedDirective): { message: string; ruleId: null }[] {
  const kind = `fleetlint-${unused.directive.kind}`;
  const out: { message: string; ruleId: null }[] = [];
  if (unused.directive.rules === null) {
    out.push({ message: `Unused ${kind} directive (no problems were reported)`, ruleId: null });
  }
  if (unused.unusedRules.length > 0) {
    const list = unused.unusedRules.map((r) => `'${r}'`).join(", ");
    out.push({ message: `Unused ${kind} directive (no problems were reported from ${list})`, ruleId: null });
  }
  for (const r of unused.unknownRules) out.push({ message: `Unknown rule '${r}' in ${kind} directive`, ruleId: null });
  return out;
}

function collectResults(
  project: Project,
  run: RunSetup,
  scope: { pipelines: Pipeline[]; documents: AlloyDocument[] },
  sink: PendingReport[],
): FileResult[] {
  const linted = project.lintedFiles;
  const configPath = configFile(run.config).path;
  const directives = collectDirectives(project, scope);
  const byFile = new Map<string, Diagnostic[]>();
  const texts = new Map<string, string>();
  const push = (path: string, diagnostic: Diagnostic): void => {
    const list = byFile.get(path);
    if (list) list.push(diagnostic);
    else byFile.set(path, [diagnostic]);
  };

  // A file under two targets' roots is loaded twice; its problems are reported once.
  const reported = new Set<string>();
  for (const report of sink) {
    const path = report.file.path;
    if (!linted.has(path) && path !== configPath) continue;
    const key = `${report.ruleId}\0${path}\0${report.range.start}\0${report.range.end}\0${report.message}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const severity = cappedSeverity(run.settings.severity(report.ruleId, path), report.maxSeverity);
    if (severity === 0) continue;
    const fileDirectives = directives.get(path);
    if (fileDirectives) {
      const line = report.file.positionAt(report.range.start).line;
      if (isSuppressed({ ruleId: report.ruleId, line, offset: report.range.start }, fileDirectives)) continue;
    }
    texts.set(path, report.file.text);
    push(path, toDiagnostic(report, severity));
  }

  if (run.options.reportUnusedDirectives !== false) {
    const activeIds = new Set(run.active.map((r) => r.meta.id));
    for (const [path, list] of directives) {
      const ran = (id: string): boolean => activeIds.has(id) && run.settings.severity(id, path) > 0;
      const known = (id: string): boolean => isRuleId(id) || run.metas.has(id);
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
            endColumn: end.column,
          });
        }
      }
    }
  }

  const paths = new Set([...linted, ...byFile.keys()]);
  const modes = alloyModes(project, scope.documents);
  const results: FileResult[] = [];
  for (const path of [...paths].sort()) {
    const source = project.files.get(path)?.text ?? texts.get(path);
    const result = orderedResult(path, byFile.get(path) ?? [], source, (id) => run.metas.get(id)?.reportOrder === "reported");
    const mode = modes.get(path);
    if (mode) result.alloyMode = mode;
    results.push(result);
  }
  return results;
}

/** How each linted `.alloy` file was analysed (inline contents live in YAML and have no mode of their own). */
function alloyModes(project: Project, documents: readonly AlloyDocument[]): Map<string, AlloyMode> {
  const modes = new Map<string, AlloyMode>();
  for (const doc of documents) if (doc.contents.origin !== "inline") modes.set(doc.contents.file.path, doc.mode);
  for (const doc of project.alloyFiles) modes.set(doc.contents.file.path, doc.mode);
  return modes;
}

/**
 * Messages by position, except that a rule whose meta says `reportOrder:
 * "reported"` keeps its own order (alloy-syntax: Go's scanner can report ahead
 * of the parser): its list is merged, in order, into the sorted rest.
 */
function orderedResult(path: string, messages: Diagnostic[], source: string | undefined, keepsOrder: (ruleId: string) => boolean): FileResult {
  const result = fileResult(path, messages, source);
  const kept = (m: Diagnostic): boolean => m.ruleId !== null && keepsOrder(m.ruleId);
  const syntax = messages.filter(kept);
  if (syntax.length < 2) return result;
  const rest = result.messages.filter((m) => !kept(m));
  const merged: Diagnostic[] = [];
  let i = 0;
  let j = 0;
  while (i < syntax.length || j < rest.length) {
    const takeSyntax =
      j >= rest.length ||
      (i < syntax.length && (syntax[i].line < rest[j].line || (syntax[i].line === rest[j].line && syntax[i].column <= rest[j].column)));
    merged.push(takeSyntax ? syntax[i++] : rest[j++]);
  }
  result.messages = merged;
  return result;
}
