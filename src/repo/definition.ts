/**
 * One definition file, parsed once: the YAML document, its top-level keys
 * with their ranges, and every problem the YAML or the schema has with it
 * (as LoadProblems, reported by `pipeline-schema`). What the file means as a pipeline
 * (name, contents source) is decided in pipeline.ts.
 */
import { isMap, isScalar, isSeq, parseDocument, visit, type Document, type Scalar, type YAMLError } from "yaml";
import schema from "../../schemas/pipeline.schema.json" with { type: "json" };
import type { SourceText, TextRange } from "../core/source.js";
import { validatePipeline } from "../config/validator.js";
import { readSimpleDefinition } from "./simple-definition.js";
import { article, nodeRange, schemaProblems, type YamlNode } from "../config/yaml-schema.js";
import type { KeyLocation, LoadProblem, LoadProblemCode, PipelineDefinition } from "./types.js";


/** The keys the sync action knows; every other schema key is a fleetlint extension. */
export const SYNC_ACTION_KEYS = ["name", "enabled", "matchers"] as const;
export const DEFINITION_KEYS = Object.keys(schema.properties);
/** Keys the sync action rejects; reported under `compat: sync-action`. */
export const EXTENSION_KEYS = DEFINITION_KEYS.filter((k) => !(SYNC_ACTION_KEYS as readonly string[]).includes(k));

export interface ParsedDefinition {
  definition: PipelineDefinition;
  /** The YAML scalar nodes of `matchers` that hold strings (others are schema errors). */
  matcherNodes: Scalar[];
  /** The `contents` scalar, when it is a string. */
  contentsNode: Scalar | undefined;
  /** The decoded data when it is a mapping (schema errors or not), else undefined. */
  fields: Record<string, unknown> | undefined;
  problems: LoadProblem[];
}

export function parseDefinition(file: SourceText): ParsedDefinition {
  return simpleDefinition(file) ?? parseDefinitionWithYaml(file);
}

/** The common short file, read without building a YAML document (simple-definition.ts), when it is valid. */
function simpleDefinition(file: SourceText): ParsedDefinition | null {
  const simple = readSimpleDefinition(file.text);
  // A schema problem is located through yaml's node tree: let the full parse report it.
  if (!simple || !validatePipeline(simple.data)) return null;
  const range = { start: 0, end: file.text.length };
  const contents = simple.scalars.get("contents");
  return {
    definition: { file, keys: simple.keys, range, data: simple.data },
    matcherNodes: simple.items.get("matchers") ?? [],
    contentsNode: typeof contents?.value === "string" ? contents : undefined,
    fields: simple.data,
    problems: [],
  };
}

/** The general path: yaml's full document, every problem located at its node. */
export function parseDefinitionWithYaml(file: SourceText): ParsedDefinition {
  const doc = parseDocument(file.text, { prettyErrors: false, uniqueKeys: true });
  const range = { start: 0, end: file.text.length };
  const problems: LoadProblem[] = [];
  const problem = (r: TextRange, code: LoadProblemCode, data?: Record<string, string | number>) =>
    problems.push({ file, range: r, code, ...(data ? { data } : {}) });

  if (doc.errors.length > 0) {
    for (const error of doc.errors) problem(errorRange(file.text, error), "yamlError", { message: yamlMessage(error.message) });
    return { definition: { file, keys: new Map(), range, data: undefined }, ...nodesOf(doc), fields: undefined, problems };
  }

  let data: unknown;
  try {
    // yaml stops expanding aliases past a budget (an "alias bomb"): report that at the first alias.
    data = doc.toJS();
  } catch (error) {
    problem(firstAliasRange(doc) ?? { start: 0, end: 0 }, "yamlError", { message: `${error instanceof Error ? error.message : String(error)} (too many alias expansions)` });
    return { definition: { file, keys: new Map(), range, data: undefined }, ...nodesOf(doc), fields: undefined, problems };
  }
  const keys = new Map<string, KeyLocation>();
  if (!isMap(doc.contents)) {
    problem(doc.contents ? nodeRange(doc.contents) : { start: 0, end: 0 }, "notMapping", { found: describeNonMapping(doc.contents) });
    return { definition: { file, keys, range, data }, ...nodesOf(doc), fields: undefined, problems };
  }
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key)) continue;
    const key = nodeRange(pair.key as YamlNode);
    keys.set(String(pair.key.value), { key, value: pair.value ? nodeRange(pair.value as YamlNode) : { start: key.end, end: key.end } });
  }

  for (const p of schemaProblems(doc.contents, data, validatePipeline, schema)) {
    switch (p.kind) {
      case "unknownKey":
        if (p.suggestion) problem(p.range, "unknownKeySuggestion", { key: p.key, suggestion: p.suggestion });
        else problem(p.range, "unknownKey", { key: p.key, allowed: DEFINITION_KEYS.join(", ") });
        break;
      case "wrongType":
        problem(p.range, "wrongType", { path: p.path, expected: article(p.expected), found: article(p.found) });
        break;
      case "invalidValue":
        problem(p.range, "invalidValue", { path: p.path, expected: p.expected });
        break;
      case "missingKey":
        problem(p.range, "invalidValue", { path: p.path, expected: `the key "${p.key}"` });
        break;
    }
  }
  const metadata = doc.contents.get("metadata", true);
  for (const path of nonFiniteNumbers((data as Record<string, unknown>).metadata, "metadata")) {
    problem(metadata ? nodeRange(metadata as YamlNode) : range, "invalidValue", { path, expected: "a finite number (proto JSON cannot carry .nan or .inf)" });
  }
  return { definition: { file, keys, range, data }, ...nodesOf(doc), fields: data as Record<string, unknown>, problems };
}

/** Paths of NaN and infinite numbers inside a value (metadata is a google.protobuf.Struct). */
function nonFiniteNumbers(value: unknown, path: string, out: string[] = []): string[] {
  if (typeof value === "number" && !Number.isFinite(value)) out.push(path);
  else if (Array.isArray(value)) value.forEach((v, i) => nonFiniteNumbers(v, `${path}[${i}]`, out));
  else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) nonFiniteNumbers(v, `${path}.${k}`, out);
  return out;
}

function firstAliasRange(doc: Document.Parsed): TextRange | undefined {
  let found: TextRange | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.range) found = { start: node.range[0], end: node.range[1] };
      return visit.BREAK;
    },
  });
  return found;
}

function nodesOf(doc: Document.Parsed): Pick<ParsedDefinition, "matcherNodes" | "contentsNode"> {
  return { matcherNodes: matcherNodes(doc), contentsNode: contentsNode(doc) };
}

/** The YAML scalar nodes of `matchers` that hold strings (others are schema errors). */
export function matcherNodes(doc: Document.Parsed): Scalar[] {
  const node = isMap(doc.contents) ? doc.contents.get("matchers", true) : undefined;
  if (!isSeq(node)) return [];
  return node.items.filter((item): item is Scalar => isScalar(item) && typeof item.value === "string");
}

/** The `contents` scalar, when it is a string. */
export function contentsNode(doc: Document.Parsed): Scalar | undefined {
  const node = isMap(doc.contents) ? doc.contents.get("contents", true) : undefined;
  return isScalar(node) && typeof node.value === "string" ? node : undefined;
}

function describeNonMapping(node: YamlNode): string {
  if (!node) return "an empty document";
  if (isSeq(node)) return "a sequence";
  if (isScalar(node)) return node.value === null ? "null" : `the scalar ${JSON.stringify(String(node.value).slice(0, 40))}`;
  return "a non-mapping value";
}

/** yaml marks a duplicate key by its first character; the whole key reads better. */
function errorRange(text: string, error: YAMLError): TextRange {
  // Errors at the end of input point one past it; keep ranges inside the file.
  const start = Math.min(error.pos[0], text.length);
  let end = Math.max(start, Math.min(error.pos[1], text.length));
  if (error.code === "DUPLICATE_KEY") while (end < text.length && !/[\s:]/.test(text[end])) end++;
  return { start, end };
}

function yamlMessage(message: string): string {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
