/**
 * A block body against its schema, the way `alloy validate` type-checks it
 * (syntax/typecheck, which mirrors the runtime's syntax/vm struct decoder):
 * unknown and repeated attributes and blocks, attributes used as blocks and
 * back, missing required ones, and values whose type is known without
 * evaluating anything (literals, and arrays and objects of literals).
 *
 * Everything else (references, function calls, capsules, types from other Go
 * modules) is left alone: a finding here is always one Alloy reports too.
 * Value checks Alloy only makes at run time (duration syntax) carry their own
 * finding code so rules can keep them apart.
 */
import type { Attribute, Block, Expression, Literal, ObjectExpr } from "../../grammar/alloy/ast.js";
import type { TextRange } from "../core/source.js";
import { blockName, wholeRange } from "./blocks.js";
import { finding, type Finding } from "./findings.js";
import { goQuote } from "../../grammar/go-quote.js";
import { schemaCatalog, type BlockSchema, type BodySchema, type TextEnum, type ValueType } from "./schema-catalog.js";

const rangeOf = (node: { start: { offset: number }; end: { offset: number } }): TextRange => ({ start: node.start.offset, end: node.end.offset });

/** Alloy's name for the kind of value a Go type decodes from (value.AlloyType). */
function alloyTypeName(type: ValueType): string | undefined {
  switch (type.kind) {
    case "string":
    case "text":
      return "string";
    case "number":
      return "number";
    case "bool":
      return "bool";
    case "list":
      return "array";
    case "map":
    case "object":
      return "object";
    default:
      return undefined;
  }
}

function literalTypeName(literal: Literal): string {
  switch (literal.kind) {
    case "NUMBER":
    case "FLOAT":
      return "number";
    case "STRING":
      return "string";
    case "BOOL":
      return "bool";
    default:
      return "null";
  }
}

/** The decoded text of a string literal; undefined when its escapes are not plain JSON ones. */
function stringText(literal: Literal): string | undefined {
  if (literal.raw.startsWith("`")) return literal.raw.slice(1, -1);
  try {
    return JSON.parse(literal.raw) as string;
  } catch {
    return undefined;
  }
}

/** Whether Alloy's string -> number conversion (value.convertValue) accepts the text. */
function convertsToNumber(text: string): boolean {
  if (text === "") return false;
  if (text.startsWith("-")) return /^-\d+$/.test(text) && BigInt(text) >= -(2n ** 63n);
  if (/[.eE]/.test(text)) return /^[+]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) || /^[+-]?(inf|infinity|nan)$/i.test(text);
  return /^\+?\d+$/.test(text) && BigInt(text) < 2n ** 64n;
}

const DURATION_UNITS = new Set(["ns", "us", "µs", "μs", "ms", "s", "m", "h"]);

/** Go's time.ParseDuration error for a text, or undefined when it parses (overflow aside). */
function durationError(text: string): string | undefined {
  const quoted = JSON.stringify(text);
  let s = text;
  if (s.startsWith("-") || s.startsWith("+")) s = s.slice(1);
  if (s === "0") return undefined;
  if (s === "") return `time: invalid duration ${quoted}`;
  while (s !== "") {
    const num = /^(\d*)(\.(\d*))?/.exec(s)!;
    if (num[0] === "" || num[0] === ".") return `time: invalid duration ${quoted}`;
    if (num[1] === "" && (num[3] ?? "") === "") return `time: invalid duration ${quoted}`;
    s = s.slice(num[0].length);
    const unit = /^[^\d.]*/.exec(s)![0];
    if (unit === "") return `time: missing unit in duration ${quoted}`;
    if (!DURATION_UNITS.has(unit)) return `time: unknown unit ${JSON.stringify(unit)} in duration ${quoted}`;
    s = s.slice(unit.length);
  }
  return undefined;
}

interface CheckContext {
  out: Finding[];
  exportType?: (expr: Expression) => ValueType | undefined;
}

/**
 * Checks one component (or builtin) block's body against its arguments
 * schema. `exportType` gives the type of a reference to a component export
 * when it is known, so a reference of the wrong kind is reported too.
 */
export function checkComponentBody(block: Block, body: BodySchema, out: Finding[], exportType?: (expr: Expression) => ValueType | undefined): void {
  checkBlockBody(block, body, { out, exportType });
}

function checkBlockBody(block: Block, body: BodySchema, ctx: CheckContext): void {
  if (body.opaque) return;
  if (body.open) {
    // A map-shaped block (checkMapBlock): any attributes, but no label.
    if (block.label) ctx.out.push(finding("component-block-label", { start: block.nameStart.offset, end: block.lcurly.offset + 1 }, { name: blockName(block) }));
    return;
  }

  const blockCount = new Map<string, number>();
  for (const stmt of block.body) {
    if (stmt.type === "Block") blockCount.set(blockName(stmt), (blockCount.get(blockName(stmt)) ?? 0) + 1);
  }
  const seenAttributes = new Set<string>();
  for (const stmt of block.body) {
    if (stmt.type === "Block") checkNestedBlock(stmt, body, blockCount, ctx);
    else checkAttribute(stmt, body, seenAttributes, ctx);
  }

  // Required fields in declaration order: attributes and blocks as the schema lists them.
  for (const attr of body.attributes.values()) {
    if (attr.required && !seenAttributes.has(attr.name)) ctx.out.push(finding("component-missing-attribute", wholeRange(block), { name: attr.name }));
  }
  for (const nested of body.blocks.values()) {
    if (nested.required && !blockCount.has(nested.name)) ctx.out.push(finding("component-missing-block", wholeRange(block), { name: nested.name }));
  }
}

function suggestion(name: string, candidates: Iterable<string>): Record<string, string> {
  const best = schemaCatalog().suggest(name, candidates);
  return best ? { name, suggestion: best } : { name };
}

function checkNestedBlock(stmt: Block, body: BodySchema, blockCount: ReadonlyMap<string, number>, ctx: CheckContext): void {
  const name = blockName(stmt);
  const nested: BlockSchema | undefined = body.blocks.get(name);
  if (!nested) {
    if (body.attributes.has(name)) ctx.out.push(finding("component-attribute-as-block", wholeRange(stmt), { name }));
    else ctx.out.push(finding("component-unknown-block", wholeRange(stmt), suggestion(name, body.blocks.keys())));
    return;
  }
  if (!nested.repeatable && !nested.enumGroup && (blockCount.get(name) ?? 0) > 1) {
    ctx.out.push(finding("component-duplicate-block", wholeRange(stmt), { name }));
    return;
  }
  checkBlockBody(stmt, nested.body, ctx);
}

function checkAttribute(stmt: Attribute, body: BodySchema, seen: Set<string>, ctx: CheckContext): void {
  const name = stmt.name.name;
  const attr = body.attributes.get(name);
  if (!attr) {
    const nested = body.blocks.get(name);
    if (nested && !nested.enumGroup) ctx.out.push(finding("component-block-as-attribute", rangeOf(stmt), { name }));
    else ctx.out.push(finding("component-unknown-attribute", rangeOf(stmt), suggestion(name, body.attributes.keys())));
    return;
  }
  if (seen.has(name)) {
    ctx.out.push(finding("component-duplicate-attribute", rangeOf(stmt), { name }));
    return;
  }
  seen.add(name);
  checkValue(stmt.value, attr.type, ctx);
}

/** typecheckExpr: literals, arrays and objects are checked; anything evaluated is not. */
function checkValue(expr: Expression, type: ValueType, ctx: CheckContext): void {
  switch (expr.type) {
    case "Literal":
      checkLiteral(expr, type, ctx);
      return;
    case "Unary":
      // `-5`, `!true`: the operand's type once the operator applies (other operators fail elsewhere).
      if (expr.value.type === "Literal" && ((expr.op === "-" && (expr.value.kind === "NUMBER" || expr.value.kind === "FLOAT")) || (expr.op === "!" && expr.value.kind === "BOOL"))) {
        checkLiteral(expr.value, type, ctx);
      }
      return;
    case "Array":
      checkArray(expr.elements, rangeOf(expr), type, ctx);
      return;
    case "Object":
      checkObject(expr, type, ctx);
      return;
    case "Identifier":
    case "Access":
      checkReference(expr, type, ctx);
      return;
    default:
      return;
  }
}

/** The Alloy type of an export's value, when it is certain (opaque Go types may be anything). */
function exportTypeName(type: ValueType): string | undefined {
  if (type.kind === "capsule") return "capsule";
  return alloyTypeName(type);
}

/**
 * A reference to an export whose type the catalog knows, used where another
 * kind of value goes: `forward_to = loki.write.x.receiver` (a capsule, not
 * an array). Alloy reports it when it evaluates the pipeline, as
 * `<expression> should be array, got capsule`.
 */
function checkReference(expr: Expression, type: ValueType, ctx: CheckContext): void {
  const expected = alloyTypeName(type);
  const exported = ctx.exportType?.(expr);
  const actual = exported && exportTypeName(exported);
  if (!expected || !actual || expected === actual) return;
  // Alloy converts numbers and strings into each other, and some capsules into strings.
  if ((expected === "string" && (actual === "number" || actual === "capsule")) || (expected === "number" && actual === "string")) return;
  ctx.out.push(finding("component-reference-type", rangeOf(expr), { expression: expressionText(expr), expected, actual }));
}

function expressionText(expr: Expression): string {
  if (expr.type === "Identifier") return expr.name;
  if (expr.type === "Access") return `${expressionText(expr.value)}.${expr.name}`;
  return "";
}

function mismatch(range: TextRange, expected: string, actual: string, ctx: CheckContext): void {
  ctx.out.push(finding("component-type", range, { expected, actual }));
}

function checkLiteral(literal: Literal, type: ValueType, ctx: CheckContext): void {
  if (literal.kind === "NULL") return; // null decodes into anything (the zero value)
  const actual = literalTypeName(literal);
  const range = rangeOf(literal);
  switch (type.kind) {
    case "string":
      if (actual === "bool") mismatch(range, "string", actual, ctx);
      return;
    case "text":
      if (actual === "bool") mismatch(range, "string", actual, ctx);
      else if (type.goType === "time.Duration") checkDuration(literal, ctx);
      else if (type.enum) checkEnumText(literal, type.enum, ctx);
      return;
    case "number":
      if (actual === "bool") mismatch(range, "number", actual, ctx);
      else if (actual === "string") {
        const text = stringText(literal);
        if (text !== undefined && !convertsToNumber(text)) mismatch(range, "number", actual, ctx);
      }
      return;
    case "bool":
      if (actual !== "bool") mismatch(range, "bool", actual, ctx);
      return;
    case "list":
    case "map":
    case "object":
      mismatch(range, alloyTypeName(type)!, actual, ctx);
      return;
    case "capsule":
      checkCapsuleLiteral(literal, type.goType, ctx);
      return;
    default:
      return; // any, secret, opaque: conversions the catalog cannot judge
  }
}

/** Go's %T of the value a literal evaluates to (syntax/internal/value). */
function goTypeOfLiteral(literal: Literal): string {
  if (literal.kind === "FLOAT") return "float64";
  if (literal.kind === "NUMBER") return BigInt(literal.raw) > 2n ** 63n - 1n ? "uint64" : "int64";
  return literal.kind === "STRING" ? "string" : "bool";
}

/**
 * Capsules convert literals with their own Go code (ConvertFrom). Mapped here:
 * discovery.Target, the element of every `targets` list, which takes only
 * objects (maps).
 */
function checkCapsuleLiteral(literal: Literal, goType: string, ctx: CheckContext): void {
  if (goType !== "internal/component/discovery.Target") return;
  ctx.out.push(finding("component-conversion", rangeOf(literal), { message: `target::ConvertFrom: conversion from '${goTypeOfLiteral(literal)}' is not supported` }));
}

/** A value the type's own UnmarshalText rejects (its `switch` of accepted values), with its error. */
function checkEnumText(literal: Literal, textEnum: TextEnum, ctx: CheckContext): void {
  // Numbers become their decimal text first (value.convertValue); other float spellings are not predicted.
  const text = literal.kind === "STRING" ? stringText(literal) : literal.kind === "NUMBER" ? literal.raw : undefined;
  if (text === undefined) return;
  const compared = textEnum.caseInsensitive ? text.toLowerCase() : text;
  if (textEnum.values.includes(compared)) return;
  const shown = textEnum.error.argument === "lowercased" ? compared : text;
  const message = textEnum.error.format.replace(/%[qvs]/, (verb) => (verb === "%q" ? goQuote(shown) : shown));
  ctx.out.push(finding("component-conversion", rangeOf(literal), { message }));
}

/** A duration literal Go's time.ParseDuration rejects (Alloy reports it when the pipeline loads). */
function checkDuration(literal: Literal, ctx: CheckContext): void {
  const text = literal.kind === "STRING" ? stringText(literal) : literal.raw;
  if (text === undefined) return;
  const message = durationError(text);
  if (message) ctx.out.push(finding("component-invalid-value", rangeOf(literal), { message }));
}

function checkArray(elements: readonly Expression[], range: TextRange, type: ValueType, ctx: CheckContext): void {
  if (type.kind === "list") {
    if (type.element.kind === "any") return;
    for (const e of elements) checkValue(e, type.element, ctx);
    return;
  }
  const expected = alloyTypeName(type);
  if (expected) mismatch(range, expected, "array", ctx);
}

function checkObject(expr: ObjectExpr, type: ValueType, ctx: CheckContext): void {
  if (type.kind === "map") {
    if (type.element.kind === "any") return;
    for (const f of expr.fields) checkValue(f.value, type.element, ctx);
    return;
  }
  if (type.kind === "object") {
    const body = type.body;
    if (body.opaque) return;
    if (body.open) {
      for (const f of expr.fields) checkValue(f.value, body.open.element, ctx);
      return;
    }
    // typecheckStructExpr: unknown keys, then required attributes (blocks are not looked at).
    const seen = new Set<string>();
    for (const f of expr.fields) {
      const attr = body.attributes.get(f.name);
      if (!attr) {
        ctx.out.push(finding("component-unknown-attribute", { start: f.nameStart.offset, end: f.value.end.offset }, suggestion(f.name, body.attributes.keys())));
        continue;
      }
      seen.add(f.name);
      checkValue(f.value, attr.type, ctx);
    }
    for (const attr of body.attributes.values()) {
      if (attr.required && !seen.has(attr.name)) ctx.out.push(finding("component-missing-attribute", rangeOf(expr), { name: attr.name }));
    }
    return;
  }
  const expected = alloyTypeName(type);
  if (expected) mismatch(rangeOf(expr), expected, "object", ctx);
}

