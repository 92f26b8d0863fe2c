/**
 * Every diagnostic Alloy's own parser gives, with Go's message, in Go's order,
 * at Go's position (SPEC §3). The parse is the document's shared, cached one.
 * Go's end position is its last character (inclusive), so the range runs
 * past it. Where Go gives no end, the problem covers the token at the start
 * (an identifier or number run, else one character; nothing at a line end or EOF).
 */
import type { TextRange } from "../src/core/source.js";
import type { SyntaxDiagnostic } from "../grammar/alloy/ast.js";
import { defineRule } from "../src/engine/types.js";

const WORD = /[\p{L}\p{N}_]/u;

/** The range a diagnostic covers in the parsed text. */
export function syntaxRange(diagnostic: SyntaxDiagnostic, text: string): TextRange {
  const start = Math.min(diagnostic.start.offset, text.length);
  if (diagnostic.end) {
    const last = Math.min(diagnostic.end.offset, text.length);
    const lastChar = text.codePointAt(last);
    const end = lastChar === undefined ? last : last + String.fromCodePoint(lastChar).length;
    return { start, end: Math.max(start, end) };
  }
  const first = text.codePointAt(start);
  if (first === undefined || first === 0x0a || first === 0x0d) return { start, end: start };
  const char = String.fromCodePoint(first);
  if (!WORD.test(char)) return { start, end: start + char.length };
  let end = start;
  while (end < text.length) {
    const c = String.fromCodePoint(text.codePointAt(end)!);
    if (!WORD.test(c)) break;
    end += c.length;
  }
  return { start, end };
}

export default defineRule({
  meta: {
    id: "alloy-syntax",
    type: "problem",
    category: "fast",
    scope: "file",
    defaultSeverity: "error",
    docs: { description: "Alloy contents parse, as Alloy's own parser reads them" },
    messages: {
      // Go's message verbatim; the parser produces the text.
      syntax: "{{message}}",
    },
    fixable: false,
    schema: [],
    // Go's order: the scanner can report ahead of the parser.
    reportOrder: "reported",
  },
  create(context) {
    return {
      alloy(doc) {
        const parsed = doc.parse();
        for (const diagnostic of parsed.diagnostics) {
          const range = syntaxRange(diagnostic, parsed.text);
          context.report({
            messageId: "syntax",
            data: { message: diagnostic.message },
            loc: context.contentsLocation(doc, range),
          });
        }
      },
    };
  },
});
