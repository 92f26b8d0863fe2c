import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  defineRule
} from "./chunk-DBJ25EAL.js";
import "./chunk-HTDSFYMP.js";

// dist/rules/alloy-syntax.js
var WORD = /[\p{L}\p{N}_]/u;
function syntaxRange(diagnostic, text) {
  const start = Math.min(diagnostic.start.offset, text.length);
  if (diagnostic.end) {
    const last = Math.min(diagnostic.end.offset, text.length);
    const lastChar = text.codePointAt(last);
    const end2 = lastChar === void 0 ? last : last + String.fromCodePoint(lastChar).length;
    return { start, end: Math.max(start, end2) };
  }
  const first = text.codePointAt(start);
  if (first === void 0 || first === 10 || first === 13)
    return { start, end: start };
  const char = String.fromCodePoint(first);
  if (!WORD.test(char))
    return { start, end: start + char.length };
  let end = start;
  while (end < text.length) {
    const c = String.fromCodePoint(text.codePointAt(end));
    if (!WORD.test(c))
      break;
    end += c.length;
  }
  return { start, end };
}
var alloy_syntax_default = defineRule({
  meta: {
    id: "alloy-syntax",
    type: "problem",
    category: "fast",
    scope: "file",
    defaultSeverity: "error",
    docs: { description: "Alloy contents parse, as Alloy's own parser reads them" },
    messages: {
      // Go's message verbatim; the parser produces the text.
      syntax: "{{message}}"
    },
    fixable: false,
    schema: [],
    // Go's order: the scanner can report ahead of the parser.
    reportOrder: "reported"
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
            loc: context.contentsLocation(doc, range)
          });
        }
      }
    };
  }
});
export {
  alloy_syntax_default as default,
  syntaxRange
};
