import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  defineRule
} from "./chunk-DBJ25EAL.js";
import {
  printFile
} from "./chunk-EID6HQGN.js";
import "./chunk-GEBKUC7T.js";
import "./chunk-LNV7EB7H.js";
import "./chunk-2MG4L5QS.js";
import "./chunk-HTDSFYMP.js";

// dist/rules/alloy-format.js
var alloy_format_default = defineRule({
  meta: {
    id: "alloy-format",
    type: "layout",
    category: "fast",
    scope: "file",
    defaultSeverity: "off",
    docs: { description: "Alloy contents are formatted exactly as `alloy fmt` formats them" },
    messages: {
      unformatted: "Expected Alloy formatted as `alloy fmt` prints it; line {{line}} differs (run `fleetlint fmt --write`)"
    },
    fixable: true,
    schema: []
  },
  create(context) {
    return {
      alloy(doc) {
        const parsed = doc.parse();
        if (!parsed.ast)
          return;
        const contents = doc.contents;
        const formatted = printFile(parsed.ast, parsed.text).text;
        if (formatted === contents.text)
          return;
        const line = firstDifferentLine(contents.text, formatted);
        const loc = context.contentsLocation(doc, lineRange(contents.text, line));
        const whole = context.contentsLocation(doc, { start: 0, end: contents.text.length });
        context.report({
          messageId: "unformatted",
          data: { line },
          loc,
          fix: contents.origin === "inline" ? void 0 : { range: whole.range, text: formatted }
        });
      }
    };
  }
});
function firstDifferentLine(actual, expected) {
  const limit = Math.min(actual.length, expected.length);
  let line = 1;
  for (let i = 0; i < limit; i++) {
    if (actual[i] !== expected[i])
      return line;
    if (actual[i] === "\n")
      line++;
  }
  return line;
}
function lineRange(text, line) {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf("\n", start);
    if (next === -1)
      return { start: text.length, end: text.length };
    start = next + 1;
  }
  const newline = text.indexOf("\n", start);
  let end = newline === -1 ? text.length : newline;
  if (end > start && text[end - 1] === "\r")
    end--;
  return { start, end };
}
export {
  alloy_format_default as default
};
