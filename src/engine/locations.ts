/**
 * Small location helpers rules share: where a pipeline "is" for a report, and
 * how to name another place in a message ("pipelines/a.yaml:3:7").
 */
import { isAbsolute, relative, sep } from "node:path";
import type { SourceText, TextRange } from "../core/source.js";
import type { Pipeline } from "../repo/types.js";
import type { Location } from "./types.js";

/** `path:line:col`, the path relative to `cwd` when inside it (forward slashes). */
export function describeLocation(cwd: string, file: SourceText, offset: number): string {
  const rel = relative(cwd, file.path);
  const shown = rel === "" || rel.startsWith("..") || isAbsolute(rel) ? file.path : rel.split(sep).join("/");
  const { line, column } = file.positionAt(offset);
  return `${shown}:${line}:${column}`;
}

/** The range of a definition key's value, else of its key, else the start of the document. */
export function keyRange(pipeline: Pipeline, key: string): TextRange | undefined {
  const found = pipeline.definition.keys.get(key);
  return found ? found.value : undefined;
}

/**
 * Where a report about a pipeline as a whole goes: its `name` value when
 * written, else its first key, else the start of the definition.
 */
export function pipelineLocation(pipeline: Pipeline): Location {
  const { file, keys, range } = pipeline.definition;
  const name = keys.get("name");
  if (name) return { file, range: name.value };
  let first: TextRange | undefined;
  for (const k of keys.values()) if (!first || k.key.start < first.start) first = k.key;
  return { file, range: first ?? { start: range.start, end: range.start } };
}
