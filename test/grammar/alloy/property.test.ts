/**
 * Property tests: the parser never throws, and every position it reports lies
 * inside the input with line/column consistent with the offset.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseExpression, parseFile, tokenize, walk, type Node, type ParseResult, type Position } from "../../../grammar/alloy/index.js";

/** Token soup close enough to Alloy to reach the parser's recovery paths. */
const alloyish = fc
  .array(
    fc.constantFrom(
      "a", "b.c", "prometheus.scrape", '"lbl"', '""', "`raw\n`", "'x'", "1", "2.5", ".5", "1e", "true", "null",
      "=", "==", "!", "!=", "-", "+", "*", "/", "%", "^", "|", "&&", "<", ">=",
      "{", "}", "(", ")", "[", "]", ",", ".", "\n", " ", "\t", "\r", "// c\n", "/* c */", "/* c\n*/", "/*",
      '"\\q"', '"\\x4', "@", "\u0000", "\ufeff", "é", "😀", "\u00a0", "\ud800",
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(""));

function checkPosition(text: string, p: Position): void {
  expect(p.offset).toBeGreaterThanOrEqual(0);
  expect(p.offset).toBeLessThanOrEqual(text.length);
  const before = text.slice(0, p.offset);
  const line = before.split("\n").length;
  expect(p.line).toBe(line);
  expect(p.column).toBe(p.offset - (before.lastIndexOf("\n") + 1) + 1);
}

function checkResult(result: ParseResult<Node>): void {
  for (const d of result.diagnostics) {
    checkPosition(result.text, d.start);
    if (d.end) checkPosition(result.text, d.end);
  }
  if (result.ast) {
    walk(result.ast, {
      enter(node) {
        checkPosition(result.text, node.start);
        checkPosition(result.text, node.end);
        expect(node.start.offset).toBeLessThanOrEqual(node.end.offset);
      },
    });
  }
}

const inputs = fc.oneof(alloyish, fc.string({ unit: "binary", maxLength: 80 }), fc.string({ unit: "grapheme-ascii", maxLength: 80 }));

describe("parser properties", () => {
  test("parseFile never throws and reports positions inside the input", () => {
    fc.assert(fc.property(inputs, (text) => checkResult(parseFile(text))), { numRuns: 2000 });
  });

  test("parseExpression never throws and reports positions inside the input", () => {
    fc.assert(fc.property(inputs, (text) => checkResult(parseExpression(text))), { numRuns: 1000 });
  });

  test("random bytes never make the parser throw", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => checkResult(parseFile(bytes))), { numRuns: 1000 });
  });

  test("tokens cover the input in order and end with EOF at the end", () => {
    fc.assert(
      fc.property(inputs, (text) => {
        const { tokens } = tokenize(text);
        expect(tokens.at(-1)?.name).toBe("EOF");
        expect(tokens.at(-1)?.start.offset).toBe(text.length);
        for (let i = 1; i < tokens.length; i++) expect(tokens[i].start.offset).toBeGreaterThanOrEqual(tokens[i - 1].start.offset);
      }),
      { numRuns: 1000 },
    );
  });

  test("an accepted file has no diagnostics and a rejected one no AST", () => {
    fc.assert(
      fc.property(alloyish, (text) => {
        const result = parseFile(text);
        expect(result.ast === null).toBe(result.diagnostics.length > 0);
      }),
      { numRuns: 500 },
    );
  });
});
