/**
 * Validates a parsed YAML document with an ajv validator and points every
 * error at the YAML node it is about (lint-ecosystem §8.1): unknown keys at
 * the key, wrong types and values at the value, missing keys at the mapping.
 * Used for both the configuration file and pipeline definitions, so the two
 * speak the same language.
 */
import { isMap, isPair, isScalar, isSeq, type Node, type ParsedNode } from "yaml";
import type { ErrorObject, ValidateFunction } from "ajv";
import { nearestName } from "../core/did-you-mean.js";
import type { TextRange } from "../core/source.js";

/** One schema problem, in domain terms, ready to become a message. */
export type SchemaProblem =
  | { kind: "unknownKey"; range: TextRange; key: string; suggestion?: string }
  | { kind: "wrongType"; range: TextRange; path: string; expected: string; found: string }
  | { kind: "invalidValue"; range: TextRange; path: string; expected: string }
  | { kind: "missingKey"; range: TextRange; path: string; key: string };

export type YamlNode = ParsedNode | Node | null | undefined;

/** `[start, end)` of a node's value, or the empty range at `fallback`. */
export function nodeRange(node: YamlNode, fallback = 0): TextRange {
  const range = node && "range" in node ? node.range : undefined;
  return range ? { start: range[0], end: range[1] } : { start: fallback, end: fallback };
}

/** Splits an ajv instancePath (a JSON Pointer) into its segments. */
function pointerSegments(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** `targets[0].root`, the form messages use for a path. */
export function displayPath(segments: readonly string[]): string {
  let out = "";
  for (const s of segments) out += /^\d+$/.test(s) ? `[${s}]` : out === "" ? s : `.${s}`;
  return out;
}

interface Located {
  /** The deepest node reached (the value at the path, or an ancestor). */
  node: YamlNode;
  /** The key node of the last mapping step, when the path ends in a mapping entry. */
  key: YamlNode;
}

/** Walks the YAML AST along the segments; stops at the nearest existing ancestor. */
function locate(root: YamlNode, segments: readonly string[]): Located {
  let node = root;
  let key: YamlNode = null;
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) break;
      key = pair.key as YamlNode;
      node = pair.value as YamlNode;
      if (!node || (isScalar(node) && node.range && node.range[0] === node.range[1])) {
        // `key:` with no value: point at the key.
        node = key;
        break;
      }
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as YamlNode;
      if (!item) break;
      key = null;
      node = item;
    } else break;
  }
  return { node, key };
}

/** JSON Schema type names in the words of YAML users. */
const YAML_TYPE_NAMES: Record<string, string> = { object: "mapping", array: "list" };

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "list";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value === "object" ? "mapping" : typeof value;
}

/** The nearest of `candidates` to `word` (any case), when it is close enough to be a likely typo. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  return nearestName(word, candidates, { ignoreCase: true });
}

interface SchemaNode {
  $ref?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode | SchemaNode[];
}

/**
 * The schema describing the value at `segments`, found by walking the schema
 * along the instance path (ajv's schemaPath is relative to whichever compiled
 * sub-schema failed, so it cannot be resolved from the root).
 */
function schemaAt(root: object, segments: readonly string[]): SchemaNode | undefined {
  const deref = (node: SchemaNode | undefined): SchemaNode | undefined => {
    if (!node?.$ref?.startsWith("#/")) return node;
    let target: unknown = root;
    for (const s of pointerSegments(node.$ref.slice(1))) target = (target as Record<string, unknown> | undefined)?.[s];
    return target as SchemaNode | undefined;
  };
  let node = deref(root as SchemaNode);
  for (const segment of segments) {
    if (!node) return undefined;
    if (node.properties && segment in node.properties) node = node.properties[segment];
    else if (Array.isArray(node.items)) node = node.items[Number(segment)];
    else if (node.items) node = node.items;
    else if (typeof node.additionalProperties === "object") node = node.additionalProperties;
    else return undefined;
    node = deref(node);
  }
  return node;
}

function expectedFrom(error: ErrorObject, parent: SchemaNode | undefined): string {
  switch (error.keyword) {
    case "enum":
      return `one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "anyOf":
    case "oneOf":
      return parent?.description ?? "a value of another form";
    case "minLength":
      return (error.params as { limit: number }).limit === 1 ? "a non-empty string" : `at least ${(error.params as { limit: number }).limit} characters`;
    case "minimum":
      return `a number >= ${(error.params as { limit: number }).limit}`;
    case "minItems":
      return `at least ${(error.params as { limit: number }).limit} item(s)`;
    case "pattern":
      return `a value matching ${(error.params as { pattern: string }).pattern}`;
    default:
      return error.message ?? "a valid value";
  }
}

/**
 * Runs `validate` (compiled from `schema`) on `data` and maps its errors onto
 * `root`, the YAML node `data` was decoded from. Errors under an
 * `anyOf`/`oneOf` failure collapse into that one failure (its branches' errors
 * are noise); at most one problem is kept per location and kind.
 */
export function schemaProblems(root: YamlNode, data: unknown, validate: ValidateFunction, schema: object): SchemaProblem[] {
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  const alternatives = errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf").map((e) => e.instancePath);
  const underAlternative = (e: ErrorObject) =>
    e.keyword !== "anyOf" &&
    e.keyword !== "oneOf" &&
    alternatives.some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`));

  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (underAlternative(error)) continue;
    const segments = pointerSegments(error.instancePath);
    const { node, key } = locate(root, segments);
    const path = displayPath(segments);
    let problem: SchemaProblem;
    if (error.keyword === "additionalProperties") {
      const name = (error.params as { additionalProperty: string }).additionalProperty;
      const { key: keyNode } = locate(root, [...segments, name]);
      const known = Object.keys(schemaAt(schema, segments)?.properties ?? {});
      const suggestion = suggest(name, known);
      problem = { kind: "unknownKey", range: nodeRange(keyNode ?? node), key: name, ...(suggestion ? { suggestion } : {}) };
    } else if (error.keyword === "required") {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      problem = { kind: "missingKey", range: nodeRange(key ?? node), path, key: missing };
    } else if (error.keyword === "type") {
      const expected = String((error.params as { type: string | string[] }).type)
        .split(",")
        .map((t) => YAML_TYPE_NAMES[t] ?? t)
        .join(" or ");
      const found = typeName(locateValue(data, segments));
      problem = { kind: "wrongType", range: nodeRange(node), path, expected, found };
    } else {
      problem = { kind: "invalidValue", range: nodeRange(node), path, expected: expectedFrom(error, schemaAt(schema, segments)) };
    }
    const id = `${problem.kind}:${problem.range.start}:${problem.range.end}:${"key" in problem ? problem.key : ""}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(problem);
  }
  return problems.sort((a, b) => a.range.start - b.range.start);
}

function locateValue(data: unknown, segments: readonly string[]): unknown {
  let value = data;
  for (const s of segments) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[s];
  }
  return value;
}

/** The text of a configuration-file schema problem (definition files word theirs through the pipeline-schema rule). */
export function describeSchemaProblem(problem: SchemaProblem): string {
  switch (problem.kind) {
    case "unknownKey":
      return problem.suggestion
        ? `Unknown key "${problem.key}" (did you mean "${problem.suggestion}"?)`
        : `Unknown key "${problem.key}"`;
    case "wrongType":
      return `Expected ${subject(problem.path)} to be ${article(problem.expected)}, found ${article(problem.found)}`;
    case "invalidValue":
      return `Invalid value for ${subject(problem.path)}: expected ${problem.expected}`;
    case "missingKey":
      return `Expected key "${problem.key}"${problem.path ? ` in "${problem.path}"` : ""}`;
  }
}

/** How a message names a path; the empty path is the document itself. */
function subject(path: string): string {
  return path === "" ? "the configuration" : `"${path}"`;
}

export function article(typeName: string): string {
  if (typeName === "null" || typeName === "undefined") return typeName;
  return /^[aeiou]/.test(typeName) ? `an ${typeName}` : `a ${typeName}`;
}
