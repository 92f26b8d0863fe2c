/**
 * A block body against its schema, the way `alloy validate` type-checks it
 * (syntax/typecheck, which mirrors the runtime's syntax/vm struct decoder):
 * unknown and repeated attributes and blocks, attributes used as blocks and
 * back, missing required ones, and values whose type is known without
 * evaluating anything (literals, and arrays and objects of literals).
 *
 * Everything else (references, function calls, capsules, types from other Go
 * modules) is left alone: a finding here is always one Alloy reports too.
 *
 * Findings come out in typecheck's order for each block: the body's
 * statements in order (a nested block's findings where it stands), then the
 * missing required fields in Go field order. The runtime decoder
 * (syntax/vm/struct_decoder.go: structDecoder.Decode) stops at the first of
 * these, so the first finding of a block is the one `alloy run` reports.
 * Checks Alloy makes only at run time (the `Validate` methods, see
 * validate-methods.ts) carry their own finding code and run, as in
 * vm.evaluateBlockOrBody, only on a block that decoded without error.
 */
import type { Attribute, Block, Expression, Literal, ObjectExpr } from "../../grammar/alloy/ast.js";
import type { TextRange } from "../core/source.js";
import { blockName, wholeRange } from "./blocks.js";
import { finding, type Finding, type FindingCode } from "./findings.js";
import { goQuote } from "../../grammar/go-quote.js";
import { base2BytesError } from "./byte-size.js";
import { durationError } from "../core/go-duration.js";
import { stringLiteralValue } from "./strings.js";
import { schemaCatalog, type BlockSchema, type BodySchema, type TextEnum, type ValueType } from "./schema-catalog.js";
import { PORTED_TEXT_TYPES, portedTextError, runValidateMethod } from "./validate-methods.js";

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

/** Whether Alloy's string -> number conversion (value.convertValue) accepts the text. */
function convertsToNumber(text: string): boolean {
  if (text === "") return false;
  if (text.startsWith("-")) return /^-\d+$/.test(text) && BigInt(text) >= -(2n ** 63n);
  if (/[.eE]/.test(text)) return /^[+]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) || /^[+-]?(inf|infinity|nan)$/i.test(text);
  return /^\+?\d+$/.test(text) && BigInt(text) < 2n ** 64n;
}

export interface BodyCheckOptions {
  /** The type of a reference to a component export when it is known, so a reference of the wrong kind is reported too. */
  exportType?: (expr: Expression) => ValueType | undefined;
  /**
   * The codes for unknown and missing attributes directly in the block's
   * body, when another rule owns those (config blocks: alloy-module-constraints).
   */
  topLevel?: { unknownAttribute: FindingCode; missingAttribute: FindingCode };
}

interface CheckContext extends BodyCheckOptions {
  out: Finding[];
  anchor: number;
}

function add(ctx: CheckContext, f: Finding): void {
  f.anchor = ctx.anchor;
  ctx.out.push(f);
}

/** Checks one component (or builtin) block's body against its arguments schema. */
export function checkComponentBody(block: Block, body: BodySchema, out: Finding[], options: BodyCheckOptions = {}): void {
  checkBlockBody(block, body, { ...options, out, anchor: block.start.offset }, options.topLevel);
}

/** A body's required fields in Go field order, with their kind; computed once per schema. */
const requiredFieldsCache = new WeakMap<BodySchema, readonly { name: string; block: boolean }[]>();

function requiredFields(body: BodySchema): readonly { name: string; block: boolean }[] {
  let fields = requiredFieldsCache.get(body);
  if (!fields) {
    const list: { name: string; block: boolean }[] = [];
    for (const a of body.attributes.values()) if (a.required) list.push({ name: a.name, block: false });
    for (const b of body.blocks.values()) if (b.required) list.push({ name: b.name, block: true });
    const order = body.requiredOrder;
    fields = order ? order.map((name) => list.find((f) => f.name === name)!).filter(Boolean) : list;
    requiredFieldsCache.set(body, fields);
  }
  return fields;
}

/** typecheck.block for a struct or map body; `failed`: the runtime already rejected the block (its label), so no Validate. */
function checkBlockBody(block: Block, body: BodySchema, ctx: CheckContext, top?: BodyCheckOptions["topLevel"], failed = false): void {
  if (body.opaque) return;
  if (body.open) {
    // A map-shaped block (checkMapBlock): any attributes, but no label.
    if (block.label) add(ctx, finding("component-block-label", { start: block.nameStart.offset, end: block.lcurly.offset + 1 }, { name: blockName(block) }));
    return;
  }
  const before = ctx.out.length;

  const blockCount = new Map<string, number>();
  for (const stmt of block.body) {
    if (stmt.type === "Block") {
      const name = blockName(stmt);
      blockCount.set(name, (blockCount.get(name) ?? 0) + 1);
    }
  }
  const seenAttributes = new Set<string>();
  for (const stmt of block.body) {
    if (stmt.type === "Block") checkNestedBlock(stmt, body, blockCount, ctx);
    else checkAttribute(stmt, body, seenAttributes, ctx, top?.unknownAttribute);
  }

  // typecheck.block: required fields in Go field order (s.tags.Tags), attributes and blocks interleaved.
  for (const field of requiredFields(body)) {
    if (field.block) {
      if (!blockCount.has(field.name)) add(ctx, finding("component-missing-block", wholeRange(block), { name: field.name }));
    } else if (!seenAttributes.has(field.name)) {
      add(ctx, finding(top?.missingAttribute ?? "component-missing-attribute", wholeRange(block), { name: field.name }));
    }
  }

  // vm.evaluateBlockOrBody calls Validate only once the block decoded without error.
  if (!failed && ctx.out.length === before) {
    const rejected = runValidateMethod(block, body);
    if (rejected) add(ctx, rejected);
  }
}

function suggestion(name: string, candidates: Iterable<string>): Record<string, string> {
  const best = schemaCatalog().suggest(name, candidates);
  return best ? { name, suggestion: best } : { name };
}

/** typecheck.checkStructBlock (and checkStructEnum for enum group members). */
function checkNestedBlock(stmt: Block, body: BodySchema, blockCount: ReadonlyMap<string, number>, ctx: CheckContext): void {
  const name = blockName(stmt);
  const nested: BlockSchema | undefined = body.blocks.get(name);
  if (!nested) {
    if (body.attributes.has(name)) add(ctx, finding("component-attribute-as-block", wholeRange(stmt), { name }));
    else add(ctx, finding("component-unknown-block", wholeRange(stmt), suggestion(name, body.blocks.keys())));
    return;
  }
  const count = blockCount.get(name) ?? 0;
  if (nested.count !== undefined && !nested.enumGroup) {
    // A Go array [N]T: every occurrence is reported when the count is not N (the reflect.Array case).
    if (count !== nested.count) {
      add(ctx, finding("component-block-count", wholeRange(stmt), { name, expected: String(nested.count), actual: String(count) }));
      return;
    }
  } else if (!nested.repeatable && !nested.enumGroup && count > 1) {
    add(ctx, finding("component-duplicate-block", wholeRange(stmt), { name }));
    return;
  }
  const labelError = checkStructLabel(stmt, nested, ctx);
  checkBlockBody(stmt, nested.body, ctx, undefined, labelError);
}

/**
 * The runtime decodes a nested block's label before its body
 * (syntax/vm/vm.go: Evaluator.evaluateBlockLabel): a label where the struct
 * has no label field, or none where it has one, fails the block. `alloy
 * validate` does not check this (typecheck only checks map-shaped blocks'
 * labels), so it is a runtime-only finding.
 */
function checkStructLabel(stmt: Block, nested: BlockSchema, ctx: CheckContext): boolean {
  const body = nested.body;
  if (body.opaque || body.open) return false;
  const labelled = Boolean(stmt.label?.value);
  if (labelled === (nested.label === "required")) return false;
  const name = blockName(stmt);
  const message = labelled ? `block "${name}" does not support specifying labels` : `block "${name}" requires non-empty label`;
  add(ctx, finding("component-invalid-value", { start: stmt.nameStart.offset, end: stmt.lcurly.offset + 1 }, { message }));
  return true;
}

/** typecheck.checkStructAttr: unknown, then block used as attribute, then repeated, then the value. */
function checkAttribute(stmt: Attribute, body: BodySchema, seen: Set<string>, ctx: CheckContext, unknownCode: FindingCode = "component-unknown-attribute"): void {
  const name = stmt.name.name;
  const attr = body.attributes.get(name);
  if (!attr) {
    const nested = body.blocks.get(name);
    if (nested && !nested.enumGroup) add(ctx, finding("component-block-as-attribute", rangeOf(stmt), { name }));
    else add(ctx, finding(unknownCode, rangeOf(stmt), suggestion(name, body.attributes.keys())));
    return;
  }
  if (seen.has(name)) {
    add(ctx, finding("component-duplicate-attribute", rangeOf(stmt), { name }));
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
  add(ctx, finding("component-reference-type", rangeOf(expr), { expression: expressionText(expr), expected, actual }));
}

function expressionText(expr: Expression): string {
  if (expr.type === "Identifier") return expr.name;
  if (expr.type === "Access") return `${expressionText(expr.value)}.${expr.name}`;
  return "";
}

function mismatch(range: TextRange, expected: string, actual: string, ctx: CheckContext): void {
  add(ctx, finding("component-type", range, { expected, actual }));
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
      else if (type.goType === "units.Base2Bytes") checkByteSize(literal, ctx);
      else if (type.enum) checkEnumText(literal, type.enum, ctx);
      else if (PORTED_TEXT_TYPES.has(type.goType)) checkPortedText(literal, type.goType, ctx);
      return;
    case "number":
      if (actual === "bool") mismatch(range, "number", actual, ctx);
      else if (actual === "string") {
        const text = stringLiteralValue(literal);
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

const TARGET = "internal/component/discovery.Target";

/**
 * A literal where a capsule goes. Only three capsule types convert from
 * other values (ConvertFrom): alloytypes.Secret and OptionalSecret (the
 * catalog's `secret` kind) and discovery.Target, the element of every
 * `targets` list, which takes only objects (maps). Any other capsule
 * (receivers, consumers, auth handlers, rule sets) gets typecheck's
 * TypeError: value.decoder.decode -> TryCapsuleConvert fails ->
 * convertValue returns `expected capsule, got string`.
 */
function checkCapsuleLiteral(literal: Literal, goType: string, ctx: CheckContext): void {
  if (goType === TARGET) {
    add(ctx, finding("component-conversion", rangeOf(literal), { message: `target::ConvertFrom: conversion from '${goTypeOfLiteral(literal)}' is not supported` }));
    return;
  }
  mismatch(rangeOf(literal), "capsule", literalTypeName(literal), ctx);
}

/**
 * An array or object literal where a capsule other than discovery.Target goes:
 * typecheckArrayExpr (the field is not a slice) and typecheckObjectExpr
 * (TryConvertToObject fails) report `expected capsule, got array|object`.
 * relabel.Rules is a capsule over a slice, whose arrays typecheck walks instead.
 */
function capsuleRejects(type: ValueType, shape: "array" | "object"): boolean {
  if (type.kind !== "capsule" || type.goType === TARGET) return false;
  return !(shape === "array" && type.goType === "internal/component/common/relabel.Rules");
}

/** A value the type's own UnmarshalText rejects (its `switch` of accepted values), with its error. */
function checkEnumText(literal: Literal, textEnum: TextEnum, ctx: CheckContext): void {
  // Numbers become their decimal text first (value.convertValue); other float spellings are not predicted.
  const text = literal.kind === "STRING" ? stringLiteralValue(literal) : literal.kind === "NUMBER" ? literal.raw : undefined;
  if (text === undefined) return;
  const compared = textEnum.caseInsensitive ? text.toLowerCase() : text;
  if (textEnum.values.includes(compared)) return;
  const shown = textEnum.error.argument === "lowercased" ? compared : text;
  const message = textEnum.error.format.replace(/%[qvs]/, (verb) => (verb === "%q" ? goQuote(shown) : shown));
  add(ctx, finding("component-conversion", rangeOf(literal), { message }));
}

/**
 * A duration literal Go's time.ParseDuration rejects. `alloy validate`
 * reports it too: typecheckLiteralExpr decodes the literal (value.DecodeCopy
 * -> decoder.decodeFromInterface, the time.Duration case) and prints the error.
 */
function checkDuration(literal: Literal, ctx: CheckContext): void {
  const text = literal.kind === "STRING" ? stringLiteralValue(literal) : literal.raw;
  if (text === undefined) return;
  const message = durationError(text);
  if (message) add(ctx, finding("component-conversion", rangeOf(literal), { message }));
}

/**
 * A byte size string units.Base2Bytes' UnmarshalText rejects (as typecheck
 * decodes it). Numbers are left alone: how Alloy turns them into text for
 * UnmarshalText is not ported.
 */
function checkByteSize(literal: Literal, ctx: CheckContext): void {
  const text = literal.kind === "STRING" ? stringLiteralValue(literal) : undefined;
  if (text === undefined) return;
  const message = base2BytesError(text);
  if (message) add(ctx, finding("component-conversion", rangeOf(literal), { message }));
}

/** A text type whose UnmarshalText the catalog cannot read, ported by hand (validate-methods.ts). */
function checkPortedText(literal: Literal, goType: string, ctx: CheckContext): void {
  const text = literal.kind === "STRING" ? stringLiteralValue(literal) : undefined;
  if (text === undefined) return;
  const message = portedTextError(goType, text);
  if (message) add(ctx, finding("component-conversion", rangeOf(literal), { message }));
}

function checkArray(elements: readonly Expression[], range: TextRange, type: ValueType, ctx: CheckContext): void {
  if (type.kind === "list") {
    if (type.element.kind === "any") return;
    for (const e of elements) checkValue(e, type.element, ctx);
    return;
  }
  const expected = alloyTypeName(type) ?? (capsuleRejects(type, "array") ? "capsule" : undefined);
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
        add(ctx, finding("component-unknown-attribute", { start: f.nameStart.offset, end: f.value.end.offset }, suggestion(f.name, body.attributes.keys())));
        continue;
      }
      seen.add(f.name);
      checkValue(f.value, attr.type, ctx);
    }
    for (const attr of body.attributes.values()) {
      if (attr.required && !seen.has(attr.name)) add(ctx, finding("component-missing-attribute", rangeOf(expr), { name: attr.name }));
    }
    return;
  }
  const expected = alloyTypeName(type) ?? (capsuleRejects(type, "object") ? "capsule" : undefined);
  if (expected) mismatch(rangeOf(expr), expected, "object", ctx);
}

