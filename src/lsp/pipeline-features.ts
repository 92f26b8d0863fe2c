/**
 * Editor features that need the stack: pipeline definition YAML (hover on a
 * key, the parsed matchers, where a pipeline's name is used; completion of
 * keys and values) and, in Alloy contents, `argument.pipeline_exports`
 * references to another pipeline's `export` block. The project is the one
 * the last lint of the workspace folder loaded, so nothing is read twice.
 */
import schema from "../../schemas/pipeline.schema.json" with { type: "json" };
import { parseMatcher } from "../../grammar/matchers/index.js";
import { headerRange } from "../alloy-semantics/blocks.js";
import { declaredExports, pipelineExportUses } from "../alloy-semantics/pipeline-exports.js";
import { SourceText, type TextRange } from "../core/source.js";
import { parseDefinition } from "../repo/definition.js";
import type { Pipeline, Project } from "../repo/types.js";
import type { AlloyModel } from "./alloy-model.js";
import type { Candidate } from "./alloy-completion.js";
import type { HoverText } from "./alloy-hover.js";
import type { Target } from "./alloy-navigation.js";
import { isNeverDefinition } from "../repo/definition-like.js";
import { isDefinitionName } from "../repo/index.js";

interface SchemaProperty {
  description?: string;
  enum?: string[];
  type?: string;
}

const PROPERTIES = schema.properties as Record<string, SchemaProperty>;

/** The pipeline whose definition or contents is this file. */
export function pipelineOf(project: Project | undefined, path: string): Pipeline | undefined {
  return project?.pipelines.find((p) => p.definition.file.path === path || p.contents?.file.path === path);
}

/** 1-based line of an offset in another file, for hover texts. */
function where(file: SourceText, offset: number, cwd: string): string {
  const { line, column } = file.positionAt(offset);
  const shown = file.path.startsWith(`${cwd}/`) ? file.path.slice(cwd.length + 1) : file.path;
  return `${shown}:${line}:${column}`;
}

export function yamlHover(text: string, path: string, offset: number, project: Project | undefined): HoverText | undefined {
  const parsed = parseDefinition(new SourceText(path, text));
  for (const [key, location] of parsed.definition.keys) {
    const onKey = location.key.start <= offset && offset <= location.key.end;
    const onValue = location.value.start <= offset && offset <= location.value.end;
    if (!onKey && !onValue) continue;
    const lines: string[] = [`**${key}**`];
    if (PROPERTIES[key]?.description) lines.push(PROPERTIES[key].description!);
    if (key === "matchers") lines.push(...matcherLines(parsed.matcherNodes.map((n) => String(n.value))));
    if (key === "name") lines.push(...nameUses(project, path, parsed.fields?.name));
    return { markdown: lines.join("\n\n"), range: onKey ? location.key : location.value };
  }
  return undefined;
}

function matcherLines(matchers: string[]): string[] {
  if (matchers.length === 0) return ["No matchers: no collector receives this pipeline."];
  const rows = matchers.map((text) => {
    const { matcher, error } = parseMatcher(text);
    if (!matcher) return `| \`${text}\` | invalid: ${error?.message ?? "does not parse"} | |`;
    const how = { "=": "equals", "!=": "does not equal", "=~": "matches the regex", "!~": "does not match the regex" }[matcher.op];
    return `| \`${matcher.name}\` | ${how} | \`${matcher.value}\` |`;
  });
  return ["Collectors receive this pipeline when every matcher holds:", ["| attribute | test | value |", "|---|---|---|", ...rows].join("\n")];
}

function nameUses(project: Project | undefined, path: string, written: unknown): string[] {
  const own = pipelineOf(project, path);
  const name = typeof written === "string" ? written : own?.name;
  if (!project || !name) return [];
  const lines: string[] = [];
  const stack = project.pipelines.filter((p) => !own || p.target.index === own.target.index);
  for (const other of stack) {
    if (other.name === name && other.definition.file.path !== path) {
      const at = other.definition.keys.get("name")?.value.start ?? 0;
      lines.push(`- another definition with this name: ${where(other.definition.file, at, project.cwd)}`);
    }
    const document = other.alloy;
    if (!document || other.definition.file.path === path) continue;
    const file = document.parse().ast;
    if (!file) continue;
    for (const use of pipelineExportUses(file)) {
      if (use.pipeline !== name) continue;
      const shown = use.exportName ? `export "${use.exportName}"` : "its exports";
      lines.push(`- \`${other.name}\` reads ${shown}: ${where(document.contents.file, document.contents.toFileOffset(use.range.start), project.cwd)}`);
    }
  }
  return lines.length ? [`Uses of \`${name}\` in the stack:`, lines.join("\n")] : [`\`${name}\` is not used elsewhere in the stack.`];
}

/** Keys at the top level of a definition, and values of `config_type` and `enabled`. */
export function yamlCompletion(text: string, offset: number): Candidate[] {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const prefix = text.slice(lineStart, offset);
  const value = /^([A-Za-z_]+):\s*(\w*)$/.exec(prefix);
  if (value) {
    const property = PROPERTIES[value[1]];
    const options = property?.enum ?? (property?.type === "boolean" ? ["true", "false"] : []);
    const replace = { start: offset - value[2].length, end: offset };
    return options.map((o) => ({ label: o, kind: "value", insert: o, replace, ...(property?.description ? { documentation: property.description } : {}) }));
  }
  if (!/^\w*$/.test(prefix)) return [];
  const present = new Set([...text.matchAll(/^([A-Za-z_]+):/gm)].map((m) => m[1]));
  const replace = { start: lineStart, end: offset };
  return Object.entries(PROPERTIES)
    .filter(([key]) => !present.has(key))
    .map(([key, property]) => ({
      label: key,
      kind: "key",
      ...(property.description ? { documentation: property.description } : {}),
      detail: property.enum ? property.enum.join(" | ") : (property.type ?? "value"),
      insert: key === "matchers" ? "matchers:\n  - $0" : key === "contents" ? "contents: |\n  $0" : `${key}: $0`,
      snippet: true,
      replace,
      priority: ["name", "enabled", "matchers"].includes(key) ? 0 : 1,
    }));
}

/** `argument.pipeline_exports.value["P"]["E"]`: the `export "E"` block of pipeline P (or P's definition). */
export function pipelineExportDefinition(model: AlloyModel, offset: number, project: Project | undefined, path: string): Target[] {
  const use = pipelineExportUses(model.file).find((u) => u.range.start <= offset && offset <= u.range.end);
  if (!use || !project) return [];
  const own = pipelineOf(project, path);
  const other = project.pipelines.find((p) => p.name === use.pipeline && (!own || p.target.index === own.target.index));
  if (!other) return [];
  const nameKey: TextRange = other.definition.keys.get("name")?.value ?? { start: 0, end: 0 };
  const definitionTarget = { path: other.definition.file.path, range: nameKey };
  const file = other.alloy?.parse().ast;
  if (!use.exportName || !file || !other.alloy) return [definitionTarget];
  const block = declaredExports(file).get(use.exportName);
  if (!block) return [definitionTarget];
  const range = headerRange(block);
  const contents = other.alloy.contents;
  return [{ path: contents.file.path, range: { start: contents.toFileOffset(range.start), end: contents.toFileOffset(range.end) } }];
}

/** A YAML file that gets the definition features: the loader's own test, less CI, compose and tool files. */
export function isDefinitionPath(path: string): boolean {
  return isDefinitionName(path) && !isNeverDefinition(path);
}
