/**
 * Completion in Alloy files. Where a statement can start: component names
 * (with stability, and a snippet holding the label and required attributes)
 * at the top level, attribute and block names inside a component body (from
 * the schema catalog, without those already set, required ones first). In an
 * expression: labels after `<component>.`, exports after
 * `<component>.<label>.`, arguments after `argument.`, stdlib members after a
 * namespace, and otherwise the names an expression can start with.
 */
import type { Block } from "../../grammar/alloy/ast.js";
import { blockName } from "../alloy-semantics/blocks.js";
import { componentCatalog } from "../alloy-semantics/catalog.js";
import { schemaCatalog, type BodySchema } from "../alloy-semantics/schema-catalog.js";
import type { TextRange } from "../core/source.js";
import type { AlloyModel, Scope } from "./alloy-model.js";
import { bodyContext, typeName } from "./schema-lookup.js";
import { STDLIB, stdlibMembers } from "./stdlib-docs.js";

/** A completion item in our own terms; the server turns it into the LSP shape. */
export interface Candidate {
  label: string;
  kind: "component" | "block" | "attribute" | "label" | "export" | "argument" | "function" | "constant" | "namespace" | "keyword" | "value" | "key";
  detail?: string;
  documentation?: string;
  /** Text to insert; a snippet when `snippet` is set. */
  insert: string;
  snippet?: boolean;
  /** The text the insertion replaces (what was typed of the name). */
  replace: TextRange;
  /** Sorts before the rest (required attributes, GA components). */
  priority?: number;
}

const NAME_BEFORE = /[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*\.?$|[A-Za-z_]?$/;

export function alloyCompletion(model: AlloyModel, offset: number): Candidate[] {
  const text = model.text;
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const linePrefix = text.slice(lineStart, offset);
  const typed = NAME_BEFORE.exec(linePrefix)?.[0] ?? "";
  const replaceStart = offset - typed.length;
  const path = model.blockPath(offset);
  if (/^\s*[A-Za-z_][\w.]*$|^\s*$/.test(linePrefix) && !insideValue(model, offset)) {
    return statementCandidates(model, path.blocks, path.scope, offset, { start: replaceStart, end: offset });
  }
  const dot = typed.lastIndexOf(".");
  if (dot >= 0) {
    const prefix = typed.slice(0, dot);
    return memberCandidates(path.scope, prefix, { start: offset - (typed.length - dot - 1), end: offset });
  }
  return expressionStartCandidates(path.scope, { start: replaceStart, end: offset });
}

/** Whether the offset is inside an attribute's value (an object literal's keys look like statements). */
function insideValue(model: AlloyModel, offset: number): boolean {
  const { blocks } = model.blockPath(offset);
  const body = blocks.at(-1)?.body ?? model.file.body;
  return body.some((s) => s.type === "Attribute" && s.value.start.offset < offset && offset < s.value.end.offset);
}

function statementCandidates(model: AlloyModel, blocks: Block[], scope: Scope, offset: number, replace: TextRange): Candidate[] {
  const innermost = blocks.at(-1);
  if (!innermost || blockName(innermost) === "declare") return componentCandidates(scope, replace);
  const context = bodyContext(model.blockPath(offset));
  if (!context) return [];
  const present = new Set(innermost.body.map((s) => (s.type === "Attribute" ? s.name.name : blockName(s))));
  if (context.declare) {
    const args = model.scopeOf(context.declare)?.arguments ?? new Map<string, Block>();
    return [...args.entries()]
      .filter(([name]) => !present.has(name))
      .map(([name, argument]) => {
        const optional = argument.body.some((s) => s.type === "Attribute" && s.name.name === "optional" && model.text.slice(s.value.start.offset, s.value.end.offset) === "true");
        return { label: name, kind: "attribute", detail: optional ? "optional argument" : "required argument", insert: `${name} = $0`, snippet: true, replace, priority: optional ? 1 : 0 };
      });
  }
  return context.body ? bodyCandidates(context.body, present, replace) : [];
}

function bodyCandidates(body: BodySchema, present: ReadonlySet<string>, replace: TextRange): Candidate[] {
  const out: Candidate[] = [];
  for (const attribute of body.attributes.values()) {
    if (present.has(attribute.name)) continue;
    const facts = [typeName(attribute.type), attribute.required ? "required" : "optional", attribute.default !== undefined ? `default ${attribute.default}` : ""];
    out.push({
      label: attribute.name,
      kind: "attribute",
      detail: facts.filter(Boolean).join(", "),
      ...(attribute.description ? { documentation: attribute.description } : {}),
      insert: `${attribute.name} = $0`,
      snippet: true,
      replace,
      priority: attribute.required ? 0 : 1,
    });
  }
  for (const block of body.blocks.values()) {
    if (present.has(block.name) && !block.repeatable) continue;
    out.push({
      label: block.name,
      kind: "block",
      detail: `block, ${block.required ? "required" : "optional"}${block.repeatable ? ", repeatable" : ""}`,
      ...(block.description ? { documentation: block.description } : {}),
      insert: block.label ? `${block.name} "\${1:label}" {\n\t$0\n}` : `${block.name} {\n\t$0\n}`,
      snippet: true,
      replace,
      priority: block.required ? 0 : 2,
    });
  }
  return out;
}

function componentCandidates(scope: Scope, replace: TextRange): Candidate[] {
  const schemas = schemaCatalog();
  const stability = componentCatalog();
  const out: Candidate[] = [];
  for (const name of [...schemas.componentNames(), ...schemas.builtinNames()]) {
    const info = stability.get(name);
    if (info?.removed) continue;
    const schema = schemas.component(name);
    const required = schema ? [...schema.arguments.attributes.values()].filter((a) => a.required) : [];
    const width = Math.max(0, ...required.map((a) => a.name.length));
    const lines = required.map((a, i) => `\t${a.name.padEnd(width)} = \${${i + 2}}`);
    const head = schema?.labeled === false ? `${name} {` : `${name} "\${1:default}" {`;
    const insert = lines.length ? `${head}\n${lines.join("\n")}\n}` : `${head}\n\t$0\n}`;
    out.push({
      label: name,
      kind: schema?.kind === "builtin" ? "block" : "component",
      detail: info ? info.stability : (schema?.kind ?? "component"),
      ...(schema?.summary ? { documentation: schema.docsUrl ? `${schema.summary}\n\n[Reference](${schema.docsUrl})` : schema.summary } : {}),
      insert,
      snippet: true,
      replace,
      priority: info?.stability === "generally-available" || schema?.kind === "builtin" ? 0 : 1,
    });
  }
  for (const label of scope.declares.keys()) {
    out.push({ label, kind: "component", detail: "custom component (declare)", insert: `${label} "\${1:default}" {\n\t$0\n}`, snippet: true, replace, priority: 0 });
  }
  out.push({ label: "declare", kind: "keyword", detail: "custom component definition", insert: 'declare "${1:name}" {\n\t$0\n}', snippet: true, replace, priority: 1 });
  return out;
}

function memberCandidates(scope: Scope, prefix: string, replace: TextRange): Candidate[] {
  const parts = prefix.split(".");
  if (parts[0] === "argument") {
    if (parts.length === 1) return [...scope.arguments.keys()].map((label) => ({ label, kind: "argument", detail: "argument", insert: label, replace }));
    if (parts.length === 2 && scope.arguments.has(parts[1])) return [{ label: "value", kind: "export", detail: "the argument's value", insert: "value", replace }];
    return [];
  }
  const component = scope.components.get(prefix);
  if (component) return exportCandidates(scope, component, replace);
  const out: Candidate[] = [];
  if (STDLIB.get(prefix)?.kind === "namespace") {
    for (const entry of stdlibMembers(prefix)) {
      const member = entry.name.slice(prefix.length + 1);
      out.push({ label: member, kind: entry.kind === "function" ? "function" : "constant", detail: entry.signature, documentation: entry.summary, insert: member, replace });
    }
  }
  // Labels after `<component>.`, and the next name segment after a partial component name.
  const next = new Map<string, string>();
  for (const [id, block] of scope.components) {
    if (!id.startsWith(`${prefix}.`)) continue;
    const rest = id.slice(prefix.length + 1);
    const segment = rest.split(".")[0];
    next.set(segment, blockName(block) === prefix ? "label" : "namespace");
  }
  for (const [segment, what] of next) {
    out.push({ label: segment, kind: what === "label" ? "label" : "namespace", detail: what === "label" ? `${prefix} "${segment}"` : `${prefix}.${segment}`, insert: segment, replace });
  }
  return out;
}

function exportCandidates(scope: Scope, component: Block, replace: TextRange): Candidate[] {
  const name = blockName(component);
  const declare = scope.declares.get(name);
  if (declare) {
    const exports = declare.body.filter((s): s is Block => s.type === "Block" && blockName(s) === "export" && Boolean(s.label?.value));
    return exports.map((e) => ({ label: e.label!.value, kind: "export", detail: `export of ${name}`, insert: e.label!.value, replace }));
  }
  const schema = schemaCatalog().component(name);
  return [...(schema?.exports.values() ?? [])].map((e) => ({
    label: e.name,
    kind: "export",
    detail: typeName(e.type),
    ...(e.description ? { documentation: e.description } : {}),
    insert: e.name,
    replace,
  }));
}

function expressionStartCandidates(scope: Scope, replace: TextRange): Candidate[] {
  const out: Candidate[] = [];
  for (const entry of stdlibMembers("")) {
    if (entry.summary.startsWith("Deprecated")) continue;
    const kind = entry.kind === "namespace" ? "namespace" : entry.kind === "function" ? "function" : "constant";
    out.push({ label: entry.name, kind, detail: entry.signature, documentation: entry.summary, insert: entry.name, replace, priority: 2 });
  }
  if (scope.arguments.size > 0) out.push({ label: "argument", kind: "namespace", detail: "this module's arguments", insert: "argument", replace, priority: 1 });
  for (const [id, block] of scope.components) {
    out.push({ label: id, kind: "component", detail: `${blockName(block)} "${block.label?.value ?? ""}"`, insert: id, replace, priority: 0 });
  }
  for (const keyword of ["true", "false", "null"]) out.push({ label: keyword, kind: "keyword", insert: keyword, replace, priority: 3 });
  return out;
}
