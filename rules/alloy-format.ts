/**
 * alloy-format: Alloy contents differ from what `alloy fmt` prints. One
 * report per document, on the first line that differs, with a fix that
 * replaces the whole contents (only when the contents are a file of their
 * own; inline YAML contents would need re-indenting inside the scalar).
 * Files that do not parse are left to alloy-syntax.
 */
import { defineRule } from "../src/engine/types.js";
import { printFile } from "../grammar/alloy/printer.js";

export default defineRule({
  meta: {
    id: "alloy-format",
    type: "layout",
    category: "fast",
    scope: "file",
    defaultSeverity: "off",
    docs: { description: "Alloy contents are formatted exactly as `alloy fmt` formats them" },
    messages: {
      unformatted: "Expected Alloy formatted as `alloy fmt` prints it; line {{line}} differs (run `fleetlint fmt --write`)",
    },
    fixable: true,
    schema: [],
  },
  create(context) {
    return {
      alloy(doc) {
        const parsed = doc.parse();
        if (!parsed.ast) return;
        const contents = doc.contents;
        const formatted = printFile(parsed.ast, parsed.text).text;
        if (formatted === contents.text) return;

        const line = firstDifferentLine(contents.text, formatted);
        const loc = context.contentsLocation(doc, lineRange(contents.text, line));
        const whole = context.contentsLocation(doc, { start: 0, end: contents.text.length });
        context.report({
          messageId: "unformatted",
          data: { line },
          loc,
          fix: contents.origin === "inline" ? undefined : { range: whole.range, text: formatted },
        });
      },
    };
  },
});

/** 1-based number of the first line where the two texts differ. */
function firstDifferentLine(actual: string, expected: string): number {
  const limit = Math.min(actual.length, expected.length);
  let line = 1;
  for (let i = 0; i < limit; i++) {
    if (actual[i] !== expected[i]) return line;
    if (actual[i] === "\n") line++;
  }
  return line;
}

/** The range of a 1-based line, without its line break (empty at the end of the text). */
function lineRange(text: string, line: number): { start: number; end: number } {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf("\n", start);
    if (next === -1) return { start: text.length, end: text.length };
    start = next + 1;
  }
  const newline = text.indexOf("\n", start);
  let end = newline === -1 ? text.length : newline;
  if (end > start && text[end - 1] === "\r") end--;
  return { start, end };
}
