/**
 * A small stand-in for the loader and engine, for the matcher rules' tests:
 * builds Pipeline/Project objects from YAML text by hand and runs one rule's
 * hooks with a context that collects its reports (checking ranges the way
 * the engine does).
 */
import { parseDocument, isMap, isScalar, isSeq, type Scalar } from "yaml";
import { SourceText, type TextRange } from "../../src/core/source.js";
import type { ResolvedConfig } from "../../src/config/types.js";
import type { Location, ReportDescriptor, Rule, RuleContext } from "../../src/engine/types.js";
import type { KeyLocation, MatcherEntry, Pipeline, Project, Target } from "../../src/repo/types.js";

export interface CollectedReport {
  messageId: string;
  data: Record<string, string | number>;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  related?: { file: string; line: number; column: number; message: string }[];
}

/** Maps offsets inside a plain or simply double-quoted scalar (no escapes) to the file. */
function entryOf(node: Scalar): MatcherEntry {
  const [start, valueEnd] = node.range as [number, number, number];
  const inner = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE" ? start + 1 : start;
  return {
    text: String(node.value),
    range: { start, end: valueEnd },
    toFileOffset: (offset) => inner + offset,
  };
}

/** The `key` entries of a YAML mapping, with their ranges, and the matcher scalars under `listKey`. */
function scan(file: SourceText, listPath: string[]): { keys: Map<string, KeyLocation>; entries: MatcherEntry[]; data: unknown } {
  const doc = parseDocument(file.text);
  const keys = new Map<string, KeyLocation>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (!isScalar(pair.key)) continue;
      const k = pair.key.range as [number, number, number];
      const v = (pair.value as { range?: [number, number, number] } | null)?.range ?? [k[1], k[1], k[1]];
      keys.set(String(pair.key.value), { key: { start: k[0], end: k[1] }, value: { start: v[0], end: v[1] } });
    }
  }
  const list = doc.getIn(listPath, true);
  const entries = isSeq(list) ? list.items.filter(isScalar).map((item) => entryOf(item as Scalar)) : [];
  return { keys, entries, data: doc.toJS() };
}

export interface PipelineSpec {
  /** Absolute path of the definition file. */
  path: string;
  yaml: string;
}

export interface Setup {
  pipelines: PipelineSpec[];
  /** The config file text; its `targets[0].globalMatchers` become the target's global matchers. */
  config?: { path: string; yaml: string };
  /** Global matchers without a config file to locate them in. */
  globalMatchers?: string[];
}

export interface Built {
  project: Project;
  config: ResolvedConfig;
  pipelines: Pipeline[];
}

export function build(setup: Setup): Built {
  const files = new Map<string, SourceText>();
  let globalTexts = setup.globalMatchers ?? [];
  const config: ResolvedConfig = { path: null, baseDir: "/repo", targets: [], rules: {}, overrides: [], ignore: [] };
  if (setup.config) {
    const file = new SourceText(setup.config.path, setup.config.yaml);
    files.set(file.path, file);
    const { entries } = scan(file, ["targets", 0, "globalMatchers"] as unknown as string[]);
    globalTexts = entries.map((e) => e.text);
    config.path = file.path;
    config.source = { file, range: { start: 0, end: file.text.length }, targets: [{ range: { start: 0, end: file.text.length }, globalMatchers: entries }] };
  }
  const target: Target = {
    index: 0,
    root: "/repo",
    stack: "default",
    globalMatchers: globalTexts,
    pipelineLimit: 200,
    stabilityLevel: "generally-available",
  };
  config.targets = [target];
  const pipelines = setup.pipelines.map((spec): Pipeline => {
    const file = new SourceText(spec.path, spec.yaml);
    files.set(file.path, file);
    const { keys, entries, data } = scan(file, ["matchers"]);
    const record = (data ?? {}) as { name?: string; enabled?: boolean };
    return {
      target,
      name: record.name ?? spec.path.replace(/^.*\//, "").replace(/\.ya?ml$/i, ""),
      definition: { file, keys, range: { start: 0, end: file.text.length }, data },
      enabled: record.enabled,
      matchers: entries,
      configType: "alloy",
      contents: null,
    };
  });
  const project: Project = {
    cwd: "/repo",
    targets: [target],
    pipelines,
    alloyFiles: [],
    problems: [],
    lintedFiles: new Set(pipelines.map((p) => p.definition.file.path)),
    files,
  };
  return { project, config, pipelines };
}

function position(loc: Location) {
  const start = loc.file.positionAt(loc.range.start);
  const end = loc.file.positionAt(loc.range.end);
  return { file: loc.file.path, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

function checkRange(loc: Location): void {
  const { start, end } = loc.range;
  if (start < 0 || end < start || end > loc.file.text.length) throw new Error(`range [${start}, ${end}) outside ${loc.file.path}`);
}

/** Runs a rule's pipeline hooks (every pipeline) and target hooks, returning what it reported. */
export async function runRule(rule: Rule, setup: Setup | Built): Promise<CollectedReport[]> {
  const built = "project" in setup ? setup : build(setup);
  const reports: CollectedReport[] = [];
  const pseudoConfig = new SourceText("/repo/fleetlint.config.yaml", "");
  const context: RuleContext = {
    id: rule.meta.id,
    options: [],
    project: built.project,
    config: built.config,
    isLinted: (path) => built.project.lintedFiles.has(path),
    report(descriptor: ReportDescriptor) {
      if (!(descriptor.messageId in rule.meta.messages)) throw new Error(`undeclared messageId ${descriptor.messageId}`);
      checkRange(descriptor.loc);
      const report: CollectedReport = { messageId: descriptor.messageId, data: descriptor.data ?? {}, ...position(descriptor.loc) };
      if (descriptor.related) {
        report.related = descriptor.related.map((r) => {
          checkRange(r);
          const { file, line, column } = position(r);
          return { file, line, column, message: r.message };
        });
      }
      reports.push(report);
    },
    contentsLocation() {
      throw new Error("not used by matcher rules");
    },
    configLocation(range?: TextRange) {
      return { file: built.config.source?.file ?? pseudoConfig, range: range ?? { start: 0, end: 0 } };
    },
  };
  const hooks = rule.create(context);
  for (const p of built.pipelines) hooks.pipeline?.(p);
  for (const target of built.project.targets) {
    await hooks.target?.(target, built.pipelines.filter((p) => p.target === target));
  }
  return reports;
}
