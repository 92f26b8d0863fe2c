/**
 * A parsed definition becomes a Pipeline (SPEC §1.1): its name, `enabled` as
 * written, matchers with their YAML ranges, and exactly one contents source
 * (sibling `.alloy`, `contents_file` or inline `contents`). Problems with the
 * contents source become LoadProblems (reported by `pipeline-schema`).
 */
import { basename, dirname, isAbsolute, relative, resolve } from "node:path";
import type { SourceText, TextRange } from "../core/source.js";
import { matcherEntry } from "../config/load.js";
import { scalarText } from "../config/yaml-scalar.js";
import { EXTENSION_KEYS, type ParsedDefinition } from "./definition.js";
import type { FileStore } from "./files.js";
import { deferContents } from "./deferred.js";
import { siblingAlloyPath } from "./walk.js";
import type { AlloyDocument, ConfigType, LoadProblem, LoadProblemCode, Pipeline, PipelineContents, Target } from "./types.js";

/** Where `contents_file` points: candidates in resolution order and the first that exists. */
export interface ContentsFileLookup {
  tried: string[];
  found: string | undefined;
}

/** Absolute path as is, else relative to the definition's folder, else relative to the target root. */
export function resolveContentsFile(value: string, definitionPath: string, root: string, store: FileStore): ContentsFileLookup {
  const tried = isAbsolute(value) ? [value] : [resolve(dirname(definitionPath), value), resolve(root, value)];
  const unique = [...new Set(tried)];
  return { tried: unique, found: unique.find((p) => store.exists(p)) };
}

export interface BuildOptions {
  /** Wraps readable Alloy contents in the pipeline's shared document. */
  document: (pipeline: Pipeline, contents: PipelineContents) => AlloyDocument;
  /** Whether the contents file at this path may be read on first use (deferred.ts): its pipeline is not linted. */
  defer?: (path: string) => boolean;
  /** Receives the problems a deferred read finds, once it happens. */
  deferredProblems?: (problems: LoadProblem[]) => void;
}

export function buildPipeline(
  parsed: ParsedDefinition,
  target: Target,
  store: FileStore,
  problems: LoadProblem[],
  options: BuildOptions,
): Pipeline {
  const { definition } = parsed;
  // Broken YAML or a non-mapping: its keys are unknown, so only the sibling can be the source.
  const understood = parsed.fields !== undefined;
  const fields = parsed.fields ?? {};
  const file = definition.file;
  let into = problems;
  const problem = (range: TextRange, code: LoadProblemCode, data?: Record<string, string | number>, on: SourceText = file) =>
    into.push({ file: on, range, code, ...(data ? { data } : {}) });
  const keyRange = (key: string) => definition.keys.get(key)?.key ?? { start: 0, end: 0 };
  const valueRange = (key: string) => definition.keys.get(key)?.value ?? { start: 0, end: 0 };

  const name = typeof fields.name === "string" && fields.name !== "" ? fields.name : basename(file.path).replace(/\.ya?ml$/i, "");
  const configType: ConfigType = fields.config_type === "otel" ? "otel" : "alloy";
  const pipeline: Pipeline = {
    target,
    name,
    definition,
    enabled: typeof fields.enabled === "boolean" ? fields.enabled : undefined,
    matchers: parsed.matcherNodes.map((node) => matcherEntry(file.text, node)),
    configType,
    contents: null,
  };
  if (isPlainObject(fields.metadata)) pipeline.metadata = fields.metadata;

  if (target.compat === "sync-action") {
    for (const key of definition.keys.keys()) if (EXTENSION_KEYS.includes(key)) problem(keyRange(key), "extensionKey", { key });
  }

  // The sources written, in the order we prefer them when more than one is.
  // `path`: where a file source will be read from, when it can be found.
  const sources: { origin: PipelineContents["origin"]; label: string; load: () => PipelineContents | null; path?: () => string | undefined }[] = [];
  const inline = parsed.contentsNode;
  if (inline) {
    sources.push({
      origin: "inline",
      label: "`contents`",
      load: () => {
        const scalar = scalarText(file.text, inline);
        return { origin: "inline", text: scalar.text, file, toFileOffset: scalar.toFileOffset };
      },
    });
  }
  if (typeof fields.contents_file === "string" && fields.contents_file !== "") {
    const value = fields.contents_file;
    sources.push({
      origin: "contents_file",
      label: "`contents_file`",
      load: () => {
        const lookup = resolveContentsFile(value, file.path, target.root, store);
        if (!lookup.found) {
          const tried = lookup.tried.map((p) => relativeTo(dirname(file.path), p)).join(", ");
          problem(valueRange("contents_file"), "contentsFileNotFound", { path: value, tried });
          return null;
        }
        return fileContents(lookup.found, "contents_file", configType, store, problem, valueRange("contents_file"));
      },
      path: () => resolveContentsFile(value, file.path, target.root, store).found,
    });
  }
  const siblingPath = siblingAlloyPath(file.path);
  if (store.exists(siblingPath)) {
    sources.push({
      origin: "sibling",
      label: `the sibling file ${basename(siblingPath)}`,
      load: () => fileContents(siblingPath, "sibling", configType, store, problem, { start: 0, end: 0 }),
      path: () => siblingPath,
    });
  }

  if (sources.length > 1) {
    // Point at the key written last in our preference order; the sibling has no key.
    const at = sources.some((s) => s.origin === "contents_file") ? keyRange("contents_file") : keyRange("contents");
    problem(at, "contentsAmbiguous", { sources: sources.map((s) => s.label).join(" and ") });
  }
  if (sources.length === 0) {
    // A `contents`/`contents_file` of the wrong type already has its schema error.
    if (!understood || definition.keys.has("contents") || definition.keys.has("contents_file")) return pipeline;
    if (configType === "otel") problem(keyRange("config_type"), "otelContentsMissing");
    else if (target.compat === "sync-action") problem(firstLine(file), "siblingNotFound", { sibling: basename(siblingPath) });
    else problem(firstLine(file), "contentsMissing", { sibling: basename(siblingPath) });
    return pipeline;
  }
  if (configType === "otel" && sources[0].origin === "sibling") {
    problem(keyRange("config_type"), "otelContentsMissing");
    return pipeline;
  }

  const chosen = sources[0];
  const read = (): PipelineContents | null => {
    const contents = chosen.load();
    if (contents && contents.text.trim() === "") {
      if (contents.origin === "inline") problem(valueRange("contents"), "contentsEmpty", { source: "`contents`" });
      else problem({ start: 0, end: 0 }, "contentsEmpty", { source: basename(contents.file.path) }, contents.file);
    }
    return contents;
  };
  const document = (contents: PipelineContents) => (configType === "alloy" ? options.document(pipeline, contents) : undefined);
  const deferredPath = options.defer ? chosen.path?.() : undefined;
  if (deferredPath !== undefined && options.defer?.(deferredPath)) {
    deferContents(pipeline, deferredPath, () => {
      into = [];
      const contents = read();
      options.deferredProblems?.(into);
      return contents;
    }, document);
    return pipeline;
  }
  pipeline.contents = read();
  if (pipeline.contents) {
    const alloy = document(pipeline.contents);
    if (alloy) pipeline.alloy = alloy;
  }
  return pipeline;
}

function fileContents(
  path: string,
  origin: "sibling" | "contents_file",
  configType: ConfigType,
  store: FileStore,
  problem: (range: TextRange, code: LoadProblemCode, data?: Record<string, string | number>) => void,
  at: TextRange,
): PipelineContents | null {
  const source = store.read(path, configType === "alloy" ? "alloy" : "text");
  if (source instanceof Error) {
    problem(at, "fileUnreadable", { path: basename(path), reason: source.message });
    return null;
  }
  return { origin, text: source.text, file: source, toFileOffset: (offset) => offset };
}

/** A file-level problem points at the first line of the definition. */
function firstLine(file: SourceText): TextRange {
  const nl = file.text.indexOf("\n");
  return { start: 0, end: nl === -1 ? file.text.length : nl };
}

function relativeTo(dir: string, path: string): string {
  const rel = relative(dir, path);
  return rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
