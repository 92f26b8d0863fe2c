/**
 * Renders our Alloy AST in the corpus `.ast.json` shape (Go's tree, byte
 * columns) and computes the corpus AST digest: sha256 of canonical JSON with
 * keys sorted at every level and no whitespace.
 */
import { createHash } from "node:crypto";
import type { Expression, File, Position, Statement } from "../../../grammar/alloy/ast.js";
import { byteColumn } from "../../../grammar/alloy/source.js";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export function astToJson(node: File | Expression, text: string): Json {
  const pos = (p: Position): string => `${p.line}:${byteColumn(text, p)}`;

  const statement = (stmt: Statement): Json => {
    if (stmt.type === "Attribute") {
      return { type: "Attribute", name: stmt.name.name, namePos: pos(stmt.name.start), value: expression(stmt.value) };
    }
    return {
      type: "Block",
      name: stmt.name,
      namePos: pos(stmt.nameStart),
      label: stmt.label ? stmt.label.value : null,
      labelPos: stmt.label ? pos(stmt.label.start) : null,
      lcurly: pos(stmt.lcurly),
      rcurly: pos(stmt.rcurly),
      body: stmt.body.map(statement),
    };
  };

  const expression = (expr: Expression): Json => {
    switch (expr.type) {
      case "Literal":
        return { type: "Literal", kind: expr.kind, value: expr.raw, pos: pos(expr.start) };
      case "Identifier":
        return { type: "Identifier", name: expr.name, pos: pos(expr.start) };
      case "Array":
        return { type: "Array", elements: expr.elements.map(expression), lbrack: pos(expr.lbrack), rbrack: pos(expr.rbrack) };
      case "Object":
        return {
          type: "Object",
          fields: expr.fields.map((f) => ({ name: f.name, quoted: f.quoted, namePos: pos(f.nameStart), value: expression(f.value) })),
          lcurly: pos(expr.lcurly),
          rcurly: pos(expr.rcurly),
        };
      case "Access":
        return { type: "Access", value: expression(expr.value), name: expr.name, namePos: pos(expr.nameStart) };
      case "Index":
        return { type: "Index", value: expression(expr.value), index: expression(expr.index), lbrack: pos(expr.lbrack), rbrack: pos(expr.rbrack) };
      case "Call":
        return { type: "Call", value: expression(expr.value), args: expr.args.map(expression), lparen: pos(expr.lparen), rparen: pos(expr.rparen) };
      case "Unary":
        return { type: "Unary", op: expr.op, opPos: pos(expr.opPos), value: expression(expr.value) };
      case "Binary":
        return { type: "Binary", op: expr.op, opPos: pos(expr.opPos), left: expression(expr.left), right: expression(expr.right) };
      case "Paren":
        return { type: "Paren", inner: expression(expr.inner), lparen: pos(expr.lparen), rparen: pos(expr.rparen) };
    }
  };

  if (node.type === "File") {
    return {
      type: "File",
      body: node.body.map(statement),
      comments: node.comments.map((group) => group.map((c) => ({ pos: pos(c.start), text: goJsonText(c.text) }))),
    };
  }
  return expression(node);
}

/** Go's JSON encoder writes invalid UTF-8 as U+FFFD; our text keeps invalid bytes as U+DC80..U+DCFF. */
export function goJsonText(text: string): string {
  return text.replace(/[\udc80-\udcff]/gu, "\ufffd");
}

export function canonicalJson(value: Json): string {
  if (value === null || typeof value !== "object") return JSON.stringify(typeof value === "string" ? goJsonText(value) : value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
}

export function astDigest(node: File | Expression, text: string): string {
  return createHash("sha256").update(canonicalJson(astToJson(node, text)), "utf8").digest("hex");
}
