/**
 * Hand-made Projects for engine tests, without the loader: every `.yaml` file
 * becomes a pipeline (name from a `name:` line or the file name, keys from
 * top-level `key: value` lines, contents from the sibling `.alloy`), every
 * other `.alloy` file a standalone document. Paths live under /repo.
 */
import { basename, join } from "node:path";
import { SourceText } from "../../src/core/source.js";
import type { ResolvedConfig, TargetConfig } from "../../src/config/types.js";
import type { AlloyDocument, KeyLocation, Pipeline, PipelineContents, Project, Target } from "../../src/repo/types.js";
import type { File, ParseResult } from "../../grammar/alloy/ast.js";
import { parseFile } from "../../grammar/alloy/index.js";

export const ROOT = "/repo";

export interface ProjectSpec {
  /** Relative path → text. */
  files: Record<string, string>;
  /** Relative paths being linted; default all. */
  linted?: string[];
  config?: Partial<ResolvedConfig>;
}

export interface Built {
  project: Project;
  config: ResolvedConfig;
  file(rel: string): SourceText;
  pipeline(name: string): Pipeline;
}

function defaultTarget(): TargetConfig {
  return { root: ROOT, stack: "default", globalMatchers: [], pipelineLimit: 200, stabilityLevel: "generally-available" };
}

function alloyDocument(contents: PipelineContents, owner: { pipeline?: Pipeline; target?: Target }): AlloyDocument {
  let parsed: ParseResult<File> | undefined;
  const doc: AlloyDocument = {
    contents,
    ...owner,
    mode: owner.pipeline ? "pipeline" : "config",
    scope: () => [doc],
    parse: () => (parsed ??= parseFile(contents.text)),
  };
  return doc;
}

function keysOf(file: SourceText): Map<string, KeyLocation> {
  const keys = new Map<string, KeyLocation>();
  const line = /^([A-Za-z_]+):[ \t]*(.*)$/gm;
  for (let m = line.exec(file.text); m; m = line.exec(file.text)) {
    const valueStart = m.index + m[0].length - m[2].length;
    keys.set(m[1], { key: { start: m.index, end: m.index + m[1].length }, value: { start: valueStart, end: valueStart + m[2].length } });
  }
  return keys;
}

export function buildProject(spec: ProjectSpec): Built {
  const config: ResolvedConfig = {
    path: null,
    baseDir: ROOT,
    targets: [defaultTarget()],
    rules: {},
    overrides: [],
    ignore: [],
    ...spec.config,
  };
  const targets: Target[] = config.targets.map((t, index) => ({ ...t, index }));
  const files = new Map<string, SourceText>();
  for (const [rel, text] of Object.entries(spec.files)) files.set(join(ROOT, rel), new SourceText(join(ROOT, rel), text));
  const file = (rel: string): SourceText => {
    const found = files.get(join(ROOT, rel));
    if (!found) throw new Error(`no file ${rel}`);
    return found;
  };

  const pipelines: Pipeline[] = [];
  const used = new Set<string>();
  for (const source of files.values()) {
    if (!source.path.endsWith(".yaml")) continue;
    const keys = keysOf(source);
    const text = (key: string) => {
      const k = keys.get(key);
      return k ? source.text.slice(k.value.start, k.value.end) : undefined;
    };
    const sibling = files.get(source.path.replace(/\.yaml$/, ".alloy"));
    const target = targets[0];
    const pipeline: Pipeline = {
      target,
      name: text("name") ?? basename(source.path, ".yaml"),
      definition: { file: source, keys, range: { start: 0, end: source.text.length }, data: {} },
      enabled: text("enabled") === undefined ? undefined : text("enabled") === "true",
      matchers: [],
      configType: "alloy",
      contents: null,
    };
    if (sibling) {
      used.add(sibling.path);
      pipeline.contents = { origin: "sibling", text: sibling.text, file: sibling, toFileOffset: (o) => o };
      pipeline.alloy = alloyDocument(pipeline.contents, { pipeline, target });
    }
    pipelines.push(pipeline);
  }
  const lintedFiles = new Set((spec.linted ?? Object.keys(spec.files)).map((rel) => join(ROOT, rel)));
  const alloyFiles = [...files.values()]
    .filter((f) => f.path.endsWith(".alloy") && !used.has(f.path) && lintedFiles.has(f.path))
    .map((f) => alloyDocument({ origin: "standalone", text: f.text, file: f, toFileOffset: (o) => o }, { target: targets[0] }));
  const project: Project = { cwd: ROOT, targets, pipelines, alloyFiles, problems: [], lintedFiles, files };
  return {
    project,
    config,
    file,
    pipeline: (name) => {
      const found = pipelines.find((p) => p.name === name);
      if (!found) throw new Error(`no pipeline ${name}`);
      return found;
    },
  };
}
