/**
 * A RuleTester in ESLint's spirit for fleetlint rules: each case is a small
 * repository (relative path → text, a `fleetlint.config.yaml` included when
 * the case needs one), written to a temporary folder and linted through the
 * real config loader, project loader and engine with only the rule under
 * test. Invalid cases list every expected problem: rule message id, the data
 * the message was built from (compared as the rendered message, as ESLint
 * does), the exact range, and optionally severity, related locations and
 * suggestion outputs.
 *
 * Every rule suite goes through this one module: `runRuleTests` for
 * declarative valid/invalid cases, `runRule` for tests that read better as
 * assertions on the problems (it also returns the data each problem was
 * reported with). Both lint a real repository through the real engine.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import type { ResolvedConfig } from "../../src/config/types.js";
import { lintProject } from "../../src/engine/index.js";
import { fillTemplate } from "../../src/core/template.js";
import type { Diagnostic, FileResult, SeverityName } from "../../src/core/diagnostic.js";
import type { OnlineState, ReportDescriptor, Rule } from "../../src/engine/types.js";
import { loadRule, type RuleId } from "../../rules/index.js";

export interface RuleCase {
  /** Shown in the test name. */
  name: string;
  /** Repository files: relative path → text. */
  files: Record<string, string>;
  /** Files given to `check` (relative); default: the whole repository. */
  paths?: string[];
  online?: OnlineState;
  /** Severity for the rule under test (default: its own default). */
  severity?: SeverityName;
  /** Only: other rules to run alongside (by id). */
  alsoRun?: RuleId[];
  /** Adjusts the configuration loaded from the files, as a library caller building it in code would. */
  editConfig?: (config: ResolvedConfig) => ResolvedConfig;
}

export interface ExpectedRelated {
  file: string;
  line: number;
  column: number;
  message?: string;
}

export interface ExpectedProblem {
  /** Relative path of the file the problem is reported in. */
  file: string;
  /** The rule's message id; null for an engine message (unused directive). */
  messageId: string | null;
  /** Data the message was built from; for `messageId: null`, give `message`. */
  data?: Record<string, string | number>;
  message?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity?: 1 | 2 | 3;
  related?: ExpectedRelated[];
  /** Each suggestion: its description and the whole file after applying it. */
  suggestions?: { desc: string; output: string }[];
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedProblem[];
}

export interface Repo {
  dir: string;
  path(rel: string): string;
  rel(abs: string): string;
}

const made: string[] = [];

/** Writes a repository to a fresh temporary folder (removed after the file's tests). */
export function writeRepo(files: Record<string, string>): Repo {
  const dir = mkdtempSync(join(tmpdir(), "fleetlint-rule-"));
  made.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return {
    dir,
    path: (rel) => join(dir, rel),
    rel: (abs) => relative(dir, abs).split(sep).join("/"),
  };
}

/** Lints a case with the rule under test (and `alsoRun`) only; returns results and the repo. */
export async function lintCase(rule: Rule, c: RuleCase): Promise<{ results: FileResult[]; repo: Repo }> {
  const repo = writeRepo(c.files);
  const extra = await Promise.all((c.alsoRun ?? []).map((id) => loadRule(id)));
  const config = c.editConfig ? c.editConfig(await loadConfig({ cwd: repo.dir })) : undefined;
  const outcome = await lintProject({
    cwd: repo.dir,
    ...(config ? { config } : {}),
    rules: [rule, ...extra],
    paths: c.paths?.map((p) => repo.path(p)),
    online: c.online,
    ruleOverrides: c.severity ? { [rule.meta.id]: c.severity } : undefined,
  });
  return { results: outcome.results, repo };
}

function applySuggestion(text: string, fix: { range: [number, number]; text: string }): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

function actualProblem(rule: Rule, result: FileResult, m: Diagnostic, repo: Repo, expected: ExpectedProblem | undefined) {
  const actual: Record<string, unknown> = {
    file: repo.rel(result.filePath),
    messageId: m.ruleId === null ? null : (m.messageId ?? null),
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    message: m.message,
  };
  if (expected?.severity !== undefined) actual.severity = m.severity;
  if (expected?.related !== undefined) {
    actual.related = (m.related ?? []).map((r) => {
      const out: ExpectedRelated = { file: repo.rel(r.filePath), line: r.line, column: r.column };
      if (expected.related?.some((e) => e.message !== undefined)) out.message = r.message;
      return out;
    });
  }
  if (expected?.suggestions !== undefined) {
    actual.suggestions = (m.suggestions ?? []).map((s) => ({ desc: s.desc, output: applySuggestion(result.source ?? "", s.fix) }));
  }
  void rule;
  return actual;
}

function expectedProblem(rule: Rule, e: ExpectedProblem): Record<string, unknown> {
  const template = e.messageId === null ? undefined : rule.meta.messages[e.messageId];
  if (e.messageId !== null && template === undefined) throw new Error(`test expects undeclared messageId '${e.messageId}'`);
  const out: Record<string, unknown> = {
    file: e.file,
    messageId: e.messageId,
    line: e.line,
    column: e.column,
    endLine: e.endLine,
    endColumn: e.endColumn,
    message: e.message ?? fillTemplate(template ?? "", e.data),
  };
  if (e.severity !== undefined) out.severity = e.severity;
  if (e.related !== undefined) out.related = e.related;
  if (e.suggestions !== undefined) out.suggestions = e.suggestions;
  return out;
}

/** Registers one vitest `describe` with a test per valid and invalid case. */
export function runRuleTests(id: RuleId, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(id, () => {
    afterAll(() => {
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, async () => {
        const rule = await loadRule(id);
        const { results, repo } = await lintCase(rule, c);
        const problems = results.flatMap((r) => r.messages.map((m) => `${repo.rel(r.filePath)}:${m.line}:${m.column} ${m.message}`));
        expect(problems).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, async () => {
        if (c.errors.length === 0) throw new Error("an invalid case must expect at least one problem");
        const rule = await loadRule(id);
        const { results, repo } = await lintCase(rule, c);
        const actual: Record<string, unknown>[] = [];
        const expectedList = [...c.errors];
        for (const result of results) {
          for (const m of result.messages) {
            // Pair with the expectation at the same place, for the optional fields it asks about.
            const match = expectedList.find(
              (e) => e.file === repo.rel(result.filePath) && e.line === m.line && e.column === m.column,
            );
            actual.push(actualProblem(rule, result, m, repo, match));
          }
        }
        expect(actual).toEqual(c.errors.map((e) => expectedProblem(rule, e)));
      });
    }
  });
}

/**
 * Repository shorthand for rules whose tests read better as Alloy (or OTel)
 * text per pipeline: each pipeline becomes `NAME.yaml` beside `NAME.alloy`
 * (OTel contents in `NAME.otelcol`, named by `contents_file`), pipelines of
 * another stack go under `stacks/STACK/`, and a config file is written when a
 * target needs settings. Linted through the real loader and engine.
 */
export interface PipelineSpec {
  name: string;
  /** Alloy text (or OTel YAML with configType "otel"). */
  contents: string;
  configType?: "alloy" | "otel";
  matchers?: string[];
  /** Stack of the pipeline's target; pipelines with the same stack share a target. */
  stack?: string;
  globalMatchers?: string[];
  stabilityLevel?: "generally-available" | "public-preview" | "experimental";
  /** As written in the definition; default true, `null` omits the key. */
  enabled?: boolean | null;
}

/** A definition file written as is (matcher rules' tests), at a path relative to the repository. */
export interface DefinitionSpec {
  path: string;
  yaml: string;
}

export interface Setup {
  pipelines?: (PipelineSpec | DefinitionSpec)[];
  /** Standalone `.alloy` files, by path relative to the repository. */
  standalone?: Record<string, string>;
  /** A config file written as is (relative path and text); otherwise one is derived from the pipelines' targets. */
  config?: { path: string; yaml: string };
  /** Files given to `check` (relative); default: the whole repository. */
  linted?: string[];
  /** Global matchers of a configuration built in code (no config file, so no positions). */
  globalMatchers?: string[];
  /** What the network side answers (`check --online`); default offline. */
  online?: OnlineState;
}

/** A problem as a rule test sees it: the engine's diagnostic plus the data and severity cap the rule reported. */
export interface CollectedReport {
  messageId: string;
  message: string;
  data: Record<string, string | number>;
  /** Path relative to the repository. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  maxSeverity?: SeverityName;
  /** `file:line:column message` of each related location. */
  related?: string[];
  relatedLocations?: { file: string; line: number; column: number; message: string }[];
  suggestions?: { desc: string; text: string }[];
  /** The rule's help line for the message, as the engine filled it in. */
  help?: string;
}

function definitionYaml(spec: PipelineSpec): string {
  const lines = [`name: ${spec.name}`];
  if (spec.enabled !== null) lines.push(`enabled: ${spec.enabled ?? true}`);
  if (spec.configType === "otel") lines.push("config_type: otel", `contents_file: ${spec.name}.otelcol`);
  lines.push("matchers:", ...(spec.matchers ?? []).map((m) => `  - ${JSON.stringify(m)}`));
  return lines.join("\n") + "\n";
}

/** The files of a setup: definitions, contents, standalone files and the config. */
export function setupFiles(setup: Setup): Record<string, string> {
  const files: Record<string, string> = {};
  const specs = (setup.pipelines ?? []).filter((spec): spec is PipelineSpec => !("yaml" in spec));
  const targets = new Map<string, PipelineSpec>();
  for (const spec of specs) if (!targets.has(spec.stack ?? "default")) targets.set(spec.stack ?? "default", spec);
  // One target at the repository root; with several stacks, one folder per stack (roots must not nest).
  const rootOf = (stack: string): string => (targets.size === 1 && stack === "default" ? "." : `stacks/${stack}`);
  for (const spec of setup.pipelines ?? []) {
    if ("yaml" in spec) {
      files[spec.path] = spec.yaml;
      continue;
    }
    const root = rootOf(spec.stack ?? "default");
    const dir = root === "." ? "" : `${root}/`;
    files[`${dir}${spec.name}.yaml`] = definitionYaml(spec);
    files[`${dir}${spec.name}.${spec.configType === "otel" ? "otelcol" : "alloy"}`] = spec.contents;
  }
  Object.assign(files, setup.standalone ?? {});
  if (setup.config) files[setup.config.path] = setup.config.yaml;
  else if (targets.size > 0) {
    const lines = ["targets:"];
    for (const [stack, first] of targets) {
      lines.push(`  - root: ${rootOf(stack)}`, `    stack: ${stack}`);
      if (first.globalMatchers?.length) lines.push(`    globalMatchers: ${JSON.stringify(first.globalMatchers)}`);
      if (first.stabilityLevel) lines.push(`    stabilityLevel: ${first.stabilityLevel}`);
    }
    files["fleetlint.config.yaml"] = `${lines.join("\n")}\n`;
  }
  return files;
}

/**
 * Lints a setup with one rule through the real engine and returns its
 * problems in report order, each with the data the rule reported it with
 * (the engine's diagnostics carry only the rendered message).
 */
export async function runRule(rule: Rule, setup: Setup): Promise<CollectedReport[]> {
  const reported: ReportDescriptor[] = [];
  const recording: Rule = {
    meta: rule.meta,
    create: (context) =>
      rule.create(
        new Proxy(context, {
          get(target, key, receiver) {
            if (key === "report") return (descriptor: ReportDescriptor) => (reported.push(descriptor), target.report(descriptor));
            return Reflect.get(target, key, receiver) as unknown;
          },
        }),
      ),
  };
  const globals = setup.globalMatchers;
  const { results, repo } = await lintCase(recording, {
    name: "",
    files: setupFiles(setup),
    ...(setup.linted ? { paths: setup.linted } : {}),
    ...(setup.online ? { online: setup.online } : {}),
    ...(globals ? { editConfig: (config) => ({ ...config, source: undefined, targets: config.targets.map((t) => ({ ...t, globalMatchers: globals })) }) } : {}),
  });
  const out: CollectedReport[] = [];
  const unclaimed = [...reported];
  for (const result of results) {
    for (const m of result.messages) {
      if (m.ruleId !== rule.meta.id) throw new Error(`unexpected ${m.ruleId ?? "engine"} message: ${m.message}`);
      const index = unclaimed.findIndex((d) => d.messageId === m.messageId && fillTemplate(rule.meta.messages[d.messageId] ?? "", d.data) === m.message);
      const descriptor = index >= 0 ? unclaimed.splice(index, 1)[0] : undefined;
      const report: CollectedReport = {
        messageId: m.messageId ?? "",
        message: m.message,
        data: descriptor?.data ?? {},
        file: repo.rel(result.filePath),
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
      };
      if (descriptor?.maxSeverity) report.maxSeverity = descriptor.maxSeverity;
      if (m.related) {
        report.related = m.related.map((r) => `${repo.rel(r.filePath)}:${r.line}:${r.column} ${r.message}`);
        report.relatedLocations = m.related.map((r) => ({ file: repo.rel(r.filePath), line: r.line, column: r.column, message: r.message }));
      }
      if (m.suggestions) report.suggestions = m.suggestions.map((s) => ({ desc: s.desc, text: s.fix.text }));
      if (m.help) report.help = m.help;
      out.push(report);
    }
  }
  return out;
}

/** Shorthand: `line:column-endLine:endColumn messageId`. */
export function brief(r: CollectedReport): string {
  return `${r.line}:${r.column}-${r.endLine}:${r.endColumn} ${r.messageId}`;
}
