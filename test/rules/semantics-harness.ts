/**
 * A small stand-in for the loader and engine, for the semantic rules' tests:
 * builds pipelines (definition YAML + Alloy or OTel contents in a sibling
 * file) and standalone `.alloy` documents from text, runs one rule's hooks,
 * and collects its reports with 1-based positions in the contents file,
 * checking message ids, placeholders and ranges the way the engine does.
 */
import { parseDocument, isMap, isScalar, isSeq, type Scalar } from "yaml";
import { parseFile } from "../../grammar/alloy/index.js";
import { SourceText } from "../../src/core/source.js";
import type { SeverityName } from "../../src/core/diagnostic.js";
import type { ResolvedConfig, StabilityLevel } from "../../src/config/types.js";
import type { Location, ReportDescriptor, Rule, RuleContext } from "../../src/engine/types.js";
import type { AlloyDocument, KeyLocation, MatcherEntry, Pipeline, PipelineContents, Project, Target } from "../../src/repo/types.js";

export interface CollectedReport {
  messageId: string;
  message: string;
  data: Record<string, string | number>;
  /** File name relative to /repo. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  maxSeverity?: SeverityName;
  related?: string[];
  suggestions?: { desc: string; text: string }[];
  /** The rule's help for the message id, filled like the message (as the engine does). */
  help?: string;
}

export interface PipelineSpec {
  name: string;
  /** Alloy text (or OTel YAML with configType "otel"). */
  contents: string;
  configType?: "alloy" | "otel";
  matchers?: string[];
  /** Stack of the pipeline's target; pipelines with the same stack share a target. */
  stack?: string;
  globalMatchers?: string[];
  stabilityLevel?: StabilityLevel;
  /** As written in the definition; default true, `null` omits the key. */
  enabled?: boolean | null;
}

export interface Setup {
  pipelines?: PipelineSpec[];
  /** Standalone `.alloy` files, by file name. */
  standalone?: Record<string, string>;
  /** Files being linted (names relative to /repo); default every file. */
  linted?: string[];
}

function contentsOf(file: SourceText): PipelineContents {
  return { origin: "sibling", text: file.text, file, toFileOffset: (offset) => offset };
}

function documentOf(contents: PipelineContents, pipeline?: Pipeline, target?: Target): AlloyDocument {
  let cached: ReturnType<typeof parseFile> | undefined;
  return {
    contents,
    pipeline,
    target,
    parse: () => (cached ??= parseFile(contents.text)),
  };
}

function definitionYaml(spec: PipelineSpec): string {
  const lines = [`name: ${spec.name}`];
  if (spec.enabled !== null) lines.push(`enabled: ${spec.enabled ?? true}`);
  if (spec.configType === "otel") lines.push("config_type: otel", `contents_file: ${spec.name}.yml`);
  lines.push("matchers:", ...(spec.matchers ?? []).map((m) => `  - ${JSON.stringify(m)}`));
  return lines.join("\n") + "\n";
}

function keysOf(file: SourceText): { keys: Map<string, KeyLocation>; matchers: MatcherEntry[] } {
  const doc = parseDocument(file.text);
  const keys = new Map<string, KeyLocation>();
  const matchers: MatcherEntry[] = [];
  if (!isMap(doc.contents)) return { keys, matchers };
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key)) continue;
    const k = pair.key.range!;
    const v = (pair.value as Scalar | null)?.range ?? k;
    keys.set(String(pair.key.value), { key: { start: k[0], end: k[1] }, value: { start: v[0], end: v[1] } });
    if (pair.key.value === "matchers" && isSeq(pair.value)) {
      for (const item of pair.value.items) {
        const s = item as Scalar;
        const [start, end] = s.range!;
        matchers.push({ text: String(s.value), range: { start, end }, toFileOffset: (o) => start + 1 + o });
      }
    }
  }
  return { keys, matchers };
}

export interface Built {
  project: Project;
  pipelines: Pipeline[];
  documents: AlloyDocument[];
}

export function build(setup: Setup): Built {
  const files = new Map<string, SourceText>();
  const targets = new Map<string, Target>();
  const targetFor = (spec: PipelineSpec): Target => {
    const stack = spec.stack ?? "default";
    let target = targets.get(stack);
    if (!target) {
      target = {
        index: targets.size,
        root: "/repo",
        stack,
        globalMatchers: spec.globalMatchers ?? [],
        pipelineLimit: 200,
        stabilityLevel: spec.stabilityLevel ?? "generally-available",
      };
      targets.set(stack, target);
    }
    return target;
  };
  const pipelines: Pipeline[] = [];
  const documents: AlloyDocument[] = [];
  for (const spec of setup.pipelines ?? []) {
    const target = targetFor(spec);
    const definition = new SourceText(`/repo/${spec.name}.yaml`, definitionYaml(spec));
    const contentsFile = new SourceText(`/repo/${spec.name}.${spec.configType === "otel" ? "yml" : "alloy"}`, spec.contents);
    files.set(definition.path, definition);
    files.set(contentsFile.path, contentsFile);
    const { keys, matchers } = keysOf(definition);
    const pipeline: Pipeline = {
      target,
      name: spec.name,
      definition: { file: definition, keys, range: { start: 0, end: definition.text.length }, data: {} },
      enabled: spec.enabled === null ? undefined : (spec.enabled ?? true),
      matchers,
      configType: spec.configType ?? "alloy",
      contents: contentsOf(contentsFile),
    };
    if (pipeline.configType === "alloy") {
      pipeline.alloy = documentOf(pipeline.contents!, pipeline, target);
      documents.push(pipeline.alloy);
    }
    pipelines.push(pipeline);
  }
  const alloyFiles: AlloyDocument[] = [];
  for (const [name, text] of Object.entries(setup.standalone ?? {})) {
    const file = new SourceText(`/repo/${name}`, text);
    files.set(file.path, file);
    const doc = documentOf(contentsOf(file));
    alloyFiles.push(doc);
    documents.push(doc);
  }
  const linted = setup.linted ? new Set(setup.linted.map((n) => `/repo/${n}`)) : new Set(files.keys());
  const project: Project = {
    cwd: "/repo",
    targets: [...targets.values()],
    pipelines,
    alloyFiles,
    problems: [],
    lintedFiles: linted,
    files,
  };
  return { project, pipelines, documents };
}

function where(loc: Location): string {
  const { line, column } = loc.file.positionAt(loc.range.start);
  return `${loc.file.path.slice("/repo/".length)}:${line}:${column}`;
}

function checkRange(loc: Location): void {
  const { start, end } = loc.range;
  if (start < 0 || end < start || end > loc.file.text.length) throw new Error(`range [${start}, ${end}) outside ${loc.file.path}`);
}

/** Runs every hook of a rule over the built project; returns the reports in emission order. */
export async function runRule(rule: Rule, setup: Setup, options: unknown[] = []): Promise<CollectedReport[]> {
  const built = build(setup);
  const reports: CollectedReport[] = [];
  const config: ResolvedConfig = { path: null, baseDir: "/repo", targets: built.project.targets, rules: {}, overrides: [], ignore: [] };
  const context: RuleContext = {
    id: rule.meta.id,
    options,
    project: built.project,
    config,
    isLinted: (path) => built.project.lintedFiles.has(path),
    report(d: ReportDescriptor) {
      const template = rule.meta.messages[d.messageId];
      if (template === undefined) throw new Error(`undeclared messageId ${d.messageId}`);
      checkRange(d.loc);
      const data = d.data ?? {};
      const fill = (text: string): string =>
        text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => {
          if (!(k in data)) throw new Error(`${d.messageId} needs data.${k}`);
          return String(data[k]);
        });
      const message = fill(template);
      const help = rule.meta.help?.[d.messageId];
      const start = d.loc.file.positionAt(d.loc.range.start);
      const end = d.loc.file.positionAt(d.loc.range.end);
      const report: CollectedReport = {
        messageId: d.messageId,
        message,
        data,
        file: d.loc.file.path.slice("/repo/".length),
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
      };
      if (d.maxSeverity) report.maxSeverity = d.maxSeverity;
      if (help !== undefined) report.help = fill(help);
      if (d.related) report.related = d.related.map((r) => (checkRange(r), `${where(r)} ${r.message}`));
      if (d.suggestions) report.suggestions = d.suggestions.map((s) => ({ desc: s.desc, text: s.fix.text }));
      reports.push(report);
    },
    contentsLocation(doc, range) {
      const contents = "contents" in doc && doc.contents ? doc.contents : null;
      if (!contents) throw new Error("contentsLocation without contents");
      if (range.start < 0 || range.end < range.start || range.end > contents.text.length) throw new Error("range outside contents");
      return { file: contents.file, range: { start: contents.toFileOffset(range.start), end: contents.toFileOffset(range.end) } };
    },
    configLocation(range) {
      return { file: new SourceText("/repo/fleetlint.config.yaml", ""), range: range ?? { start: 0, end: 0 } };
    },
  };
  const hooks = rule.create(context);
  for (const doc of built.documents) if (built.project.lintedFiles.has(doc.contents.file.path)) hooks.alloy?.(doc);
  for (const p of built.pipelines) hooks.pipeline?.(p);
  await hooks.project?.(built.project);
  return reports;
}

/** Shorthand: `line:column-endLine:endColumn messageId`. */
export function brief(r: CollectedReport): string {
  return `${r.line}:${r.column}-${r.endLine}:${r.endColumn} ${r.messageId}`;
}
