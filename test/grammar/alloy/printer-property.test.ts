/**
 * Property tests for the formatter on generated Alloy programs (random
 * trees rendered with random layout: line breaks, trailing commas, odd
 * indentation, comments): printing never throws, the output parses, and it
 * has the same syntax tree as the input once positions are ignored.
 *
 * Not generated: an empty call whose `)` is on another line than its `(`.
 * Alloy's printer adds a trailing comma there (`f(,⏎)`), which does not
 * parse; we print what `alloy fmt` prints, so that input is excluded here and
 * pinned by a unit test instead.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Expression, File, Statement } from "../../../grammar/alloy/ast.js";
import { parseFile } from "../../../grammar/alloy/index.js";
import { printFile } from "../../../grammar/alloy/printer.js";

// -- generated programs ------------------------------------------------------

type Gen =
  | { kind: "lit"; text: string }
  | { kind: "ident"; name: string }
  | { kind: "array"; items: Gen[]; broken: boolean; closeOnNewLine: boolean }
  | { kind: "object"; fields: { key: string; value: Gen }[]; broken: boolean; closeOnNewLine: boolean }
  | { kind: "access"; base: Gen; name: string }
  | { kind: "index"; base: Gen; index: Gen }
  | { kind: "call"; name: string; args: Gen[]; broken: boolean; closeOnNewLine: boolean }
  | { kind: "unary"; op: "-" | "!"; value: Gen }
  | { kind: "binary"; op: string; left: Gen; right: Gen; breakAfterOp: boolean }
  | { kind: "paren"; inner: Gen };

type GenStatement =
  | { kind: "attr"; name: string; value: Gen; comment: string | null; trailing: string | null; inlineComment: boolean }
  | { kind: "block"; name: string; label: string | null; body: GenStatement[]; comment: string | null; trailing: string | null };

const names = fc.constantFrom("a", "bb", "target_url", "x1", "métrica", "forward_to", "t");
const literal = fc.constantFrom(
  "0",
  "42",
  "007",
  "1.5",
  "1.",
  ".5",
  "1e3",
  '"s"',
  '"with space"',
  '"esc\\"aped\\n"',
  '"tab\\there"',
  '"ünïcode"',
  "`raw`",
  "`multi\nline`",
  "true",
  "false",
  "null",
);
const objectKey = fc.constantFrom("k", "key_two", '"quoted"', '"with space"', '"a\\"b"', '"back\\\\slash"', "`raw key`", '""');
const binaryOp = fc.constantFrom("||", "&&", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "%", "^");
const comment = fc.option(fc.constantFrom("// note", "/* block */", "// trailing spaces are kept   ", "/* multi\n   line */"), {
  nil: null,
});

const { expr } = fc.letrec<{ expr: Gen; postfixBase: Gen }>((tie) => ({
  expr: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    literal.map((text): Gen => ({ kind: "lit", text })),
    names.map((name): Gen => ({ kind: "ident", name })),
    fc.record({
      kind: fc.constant("array" as const),
      items: fc.array(tie("expr"), { maxLength: 4 }),
      broken: fc.boolean(),
      closeOnNewLine: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant("object" as const),
      fields: fc.array(fc.record({ key: objectKey, value: tie("expr") }), { maxLength: 4 }),
      broken: fc.boolean(),
      closeOnNewLine: fc.boolean(),
    }),
    fc.record({ kind: fc.constant("access" as const), base: tie("postfixBase"), name: names }),
    fc.record({ kind: fc.constant("index" as const), base: tie("postfixBase"), index: tie("expr") }),
    fc.record({
      kind: fc.constant("call" as const),
      name: fc.constantFrom("concat", "sys.env", "string.format"),
      args: fc.array(tie("expr"), { maxLength: 3 }),
      broken: fc.boolean(),
      closeOnNewLine: fc.boolean(),
    }),
    fc.record({ kind: fc.constant("unary" as const), op: fc.constantFrom("-" as const, "!" as const), value: tie("postfixBase") }),
    fc.record({
      kind: fc.constant("binary" as const),
      op: binaryOp,
      left: tie("postfixBase"),
      right: tie("expr"),
      breakAfterOp: fc.boolean(),
    }),
    fc.record({ kind: fc.constant("paren" as const), inner: tie("expr") }),
  ),
  // Operands that need no parentheses and never end in a NUMBER (so `.x` is unambiguous).
  postfixBase: fc.oneof(
    names.map((name): Gen => ({ kind: "ident", name })),
    fc.record({ kind: fc.constant("paren" as const), inner: tie("expr") }),
  ),
}));

const statements: fc.Arbitrary<GenStatement[]> = fc.letrec<{ body: GenStatement[]; statement: GenStatement }>((tie) => ({
  body: fc.array(tie("statement"), { maxLength: 4 }),
  statement: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({
      kind: fc.constant("attr" as const),
      name: names,
      value: expr,
      comment,
      trailing: comment,
      inlineComment: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant("block" as const),
      name: fc.constantFrom("logging", "prometheus.scrape", "discovery.kubernetes", "a.b.c"),
      label: fc.option(fc.constantFrom("default", "x_1", "métrica", ""), { nil: null }),
      body: tie("body"),
      comment,
      trailing: comment,
    }),
  ),
})).body;

/** A layout choice stream: every generated program is rendered with random but valid spacing. */
const layout = fc.record({
  indent: fc.constantFrom("", "  ", "\t", "    "),
  blankLines: fc.array(fc.constantFrom(0, 1, 3), { minLength: 1, maxLength: 8 }),
  crlf: fc.boolean(),
});

type Layout = { indent: string; blankLines: number[]; crlf: boolean };

function renderProgram(body: GenStatement[], style: Layout): string {
  let turn = 0;
  const blank = () => "\n".repeat(style.blankLines[turn++ % style.blankLines.length]);
  const renderExpr = (e: Gen, depth: number): string => {
    const pad = style.indent.repeat(depth + 1);
    const list = (open: string, close: string, items: string[], broken: boolean, closeOnNewLine: boolean) => {
      if (items.length === 0) return closeOnNewLine && open !== "(" ? `${open}\n${pad}${close}` : `${open}${close}`;
      const sep = broken ? `,\n${pad}` : ", ";
      const first = broken ? `\n${pad}` : "";
      const end = closeOnNewLine ? `,\n${style.indent.repeat(depth)}${close}` : close;
      return `${open}${first}${items.join(sep)}${end}`;
    };
    switch (e.kind) {
      case "lit":
        return e.text;
      case "ident":
        return e.name;
      case "array":
        return list("[", "]", e.items.map((i) => renderExpr(i, depth + 1)), e.broken, e.closeOnNewLine);
      case "object":
        return list(
          "{",
          "}",
          e.fields.map((f) => `${f.key} = ${renderExpr(f.value, depth + 1)}`),
          e.broken,
          e.closeOnNewLine,
        );
      case "access":
        return `${renderExpr(e.base, depth)}.${e.name}`;
      case "index":
        return `${renderExpr(e.base, depth)}[${renderExpr(e.index, depth)}]`;
      case "call":
        return e.name + list("(", ")", e.args.map((a) => renderExpr(a, depth + 1)), e.broken, e.closeOnNewLine);
      case "unary":
        return `${e.op}${renderExpr(e.value, depth)}`;
      case "binary":
        return `${renderExpr(e.left, depth)} ${e.op}${e.breakAfterOp ? `\n${pad}` : " "}${renderExpr(e.right, depth)}`;
      case "paren":
        return `(${renderExpr(e.inner, depth)})`;
    }
  };
  const renderBody = (list: GenStatement[], depth: number): string => {
    const pad = style.indent.repeat(depth);
    return list
      .map((s) => {
        const before = s.comment ? `${pad}${s.comment}\n` : "";
        const after = s.trailing ? ` ${s.trailing}` : "";
        if (s.kind === "attr") {
          const inline = s.inlineComment ? "/* c */ " : "";
          return `${blank()}${before}${pad}${s.name} = ${inline}${renderExpr(s.value, depth)}${after}\n`;
        }
        const label = s.label === null ? "" : ` "${s.label}"`;
        const inner = s.body.length ? `\n${renderBody(s.body, depth + 1)}${pad}` : "";
        return `${blank()}${before}${pad}${s.name}${label} {${inner}}${after}\n`;
      })
      .join("");
  };
  const text = renderBody(body, 0);
  return style.crlf ? text.replace(/\n/g, "\r\n") : text;
}

// -- structural comparison -----------------------------------------------------

function decodeKey(name: string, quoted: boolean, source: string, offset: number): string {
  if (!quoted) return name;
  if (source[offset] === "`") return name;
  return JSON.parse(`"${name}"`) as string;
}

/** The tree without positions; quoted keys compared by the key they name. */
function shape(file: File, source: string): unknown {
  const expr = (e: Expression): unknown => {
    switch (e.type) {
      case "Literal":
        return ["lit", e.kind, e.raw];
      case "Identifier":
        return ["ident", e.name];
      case "Array":
        return ["array", e.elements.map(expr)];
      case "Object":
        return ["object", e.fields.map((f) => [decodeKey(f.name, f.quoted, source, f.nameStart.offset), expr(f.value)])];
      case "Access":
        return ["access", expr(e.value), e.name];
      case "Index":
        return ["index", expr(e.value), expr(e.index)];
      case "Call":
        return ["call", expr(e.value), e.args.map(expr)];
      case "Unary":
        return ["unary", e.op, expr(e.value)];
      case "Binary":
        return ["binary", e.op, expr(e.left), expr(e.right)];
      case "Paren":
        return ["paren", expr(e.inner)];
    }
  };
  const statement = (s: Statement): unknown =>
    s.type === "Attribute"
      ? ["attr", s.name.name, expr(s.value)]
      : ["block", s.name, s.label?.value ?? "", s.body.map(statement)];
  return {
    body: file.body.map(statement),
    comments: file.comments.flat().map((c) => c.text.replace(/[ \t]+$/, "")),
  };
}

describe("formatter properties on generated programs", () => {
  it("never throws and keeps the syntax tree (positions aside)", () => {
    fc.assert(
      fc.property(statements, layout, (body, style) => {
        const source = renderProgram(body, style);
        const before = parseFile(source);
        // The generator only writes valid Alloy.
        expect(before.diagnostics.map((d) => `${d.start.line}:${d.start.column}: ${d.message}`)).toEqual([]);
        const printed = printFile(before.ast!, before.text).text;
        const after = parseFile(printed);
        expect(after.diagnostics, printed).toEqual([]);
        expect(shape(after.ast!, after.text)).toEqual(shape(before.ast!, before.text));
        // Exactly one final newline; no trailing blanks outside comments (Go keeps a comment's own).
        expect(printed.endsWith("\n") && !printed.endsWith("\n\n")).toBe(true);
        expect(printed.split("\n").filter((line) => !line.includes("//") && /[ \t]$/.test(line))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
