/**
 * Test helper: builds our AST (grammar/alloy/ast.ts) from a corpus `.ast.json`
 * file, so the printer can be checked against Go's trees independently of
 * our parser. Corpus positions are "LINE:COL" with Go byte columns; they are
 * converted to UTF-16 offsets/columns using the input text.
 */
import type {
  BinaryOp,
  Comment,
  Expression,
  File,
  LiteralKind,
  ObjectField,
  Position,
  Statement,
  UnaryOp,
} from "../../../grammar/alloy/ast.js";

type Json = { [key: string]: unknown };

export function fileFromAstJson(json: Json, text: string): File {
  const lines = lineStarts(text);
  const pos = (value: unknown): Position => {
    const [line, byteColumn] = String(value).split(":").map(Number);
    const lineStart = lines[line - 1] ?? text.length;
    let offset = lineStart;
    let bytes = 1;
    while (bytes < byteColumn && offset < text.length) {
      const code = text.codePointAt(offset) ?? 0;
      bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
      offset += code > 0xffff ? 2 : 1;
    }
    return { offset, line, column: offset - lineStart + 1 };
  };
  const after = (start: Position, length: number): Position => ({
    offset: start.offset + length,
    line: start.line,
    column: start.column + length,
  });

  const expression = (node: Json): Expression => {
    switch (node.type) {
      case "Literal": {
        const start = pos(node.pos);
        const raw = String(node.value);
        return { type: "Literal", kind: node.kind as LiteralKind, raw, start, end: after(start, raw.length) };
      }
      case "Identifier": {
        const start = pos(node.pos);
        const name = String(node.name);
        return { type: "Identifier", name, start, end: after(start, name.length) };
      }
      case "Array": {
        const lbrack = pos(node.lbrack);
        const rbrack = pos(node.rbrack);
        return {
          type: "Array",
          elements: (node.elements as Json[]).map(expression),
          lbrack,
          rbrack,
          start: lbrack,
          end: after(rbrack, 1),
        };
      }
      case "Object": {
        const lcurly = pos(node.lcurly);
        const rcurly = pos(node.rcurly);
        const fields = (node.fields as Json[]).map((field): ObjectField => {
          const nameStart = pos(field.namePos);
          const name = String(field.name);
          const quoted = Boolean(field.quoted);
          const value = expression(field.value as Json);
          return {
            name,
            quoted,
            nameStart,
            nameEnd: after(nameStart, name.length + (quoted ? 2 : 0)),
            value,
            start: nameStart,
            end: value.end,
          };
        });
        return { type: "Object", fields, lcurly, rcurly, start: lcurly, end: after(rcurly, 1) };
      }
      case "Access": {
        const value = expression(node.value as Json);
        const nameStart = pos(node.namePos);
        const name = String(node.name);
        return { type: "Access", value, name, nameStart, start: value.start, end: after(nameStart, name.length) };
      }
      case "Index": {
        const value = expression(node.value as Json);
        const rbrack = pos(node.rbrack);
        return {
          type: "Index",
          value,
          index: expression(node.index as Json),
          lbrack: pos(node.lbrack),
          rbrack,
          start: value.start,
          end: after(rbrack, 1),
        };
      }
      case "Call": {
        const value = expression(node.value as Json);
        const rparen = pos(node.rparen);
        return {
          type: "Call",
          value,
          args: (node.args as Json[]).map(expression),
          lparen: pos(node.lparen),
          rparen,
          start: value.start,
          end: after(rparen, 1),
        };
      }
      case "Unary": {
        const opPos = pos(node.opPos);
        const value = expression(node.value as Json);
        return { type: "Unary", op: node.op as UnaryOp, opPos, value, start: opPos, end: value.end };
      }
      case "Binary": {
        const left = expression(node.left as Json);
        const right = expression(node.right as Json);
        return {
          type: "Binary",
          op: node.op as BinaryOp,
          opPos: pos(node.opPos),
          left,
          right,
          start: left.start,
          end: right.end,
        };
      }
      case "Paren": {
        const lparen = pos(node.lparen);
        const rparen = pos(node.rparen);
        return {
          type: "Paren",
          inner: expression(node.inner as Json),
          lparen,
          rparen,
          start: lparen,
          end: after(rparen, 1),
        };
      }
      default:
        throw new Error(`unknown expression type ${String(node.type)}`);
    }
  };

  const statement = (node: Json): Statement => {
    if (node.type === "Attribute") {
      const start = pos(node.namePos);
      const name = String(node.name);
      const value = expression(node.value as Json);
      return {
        type: "Attribute",
        name: { type: "Identifier", name, start, end: after(start, name.length) },
        value,
        start,
        end: value.end,
      };
    }
    const nameStart = pos(node.namePos);
    const name = node.name as string[];
    const rcurly = pos(node.rcurly);
    const label =
      node.label === null
        ? null
        : (() => {
            const start = pos(node.labelPos);
            const value = String(node.label);
            return { value, start, end: after(start, value.length + 2) };
          })();
    return {
      type: "Block",
      name,
      nameStart,
      nameEnd: after(nameStart, name.join(".").length),
      label,
      lcurly: pos(node.lcurly),
      rcurly,
      body: (node.body as Json[]).map(statement),
      start: nameStart,
      end: after(rcurly, 1),
    };
  };

  const comments = (json.comments as Json[][]).map((group) =>
    group.map((c): Comment => {
      const start = pos(c.pos);
      const commentText = String(c.text);
      return { text: commentText, start, end: after(start, commentText.length) };
    }),
  );
  const body = (json.body as Json[]).map(statement);
  const start: Position = { offset: 0, line: 1, column: 1 };
  return { type: "File", body, comments, start, end: { offset: text.length, line: lines.length, column: 1 } };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
