/**
 * Deprecated stdlib functions (`env`, `concat`, `json_decode`, …) still load
 * but warn and will go away (removed components, which no longer load at all,
 * are alloy-unknown-component's errors). Names
 * are checked only where they mean the stdlib: a scope variable or a
 * component of the same name shadows it (which Alloy also warns about).
 */
import { defineRule } from "../src/engine/types.js";
import { FINDING_MESSAGES } from "../src/alloy-semantics/findings.js";
import { documentFindings, reportFinding } from "../src/alloy-semantics/rule-support.js";

export default defineRule({
  meta: {
    id: "alloy-deprecated",
    type: "suggestion",
    category: "fast",
    scope: "file",
    defaultSeverity: "warn",
    docs: { description: "No deprecated stdlib functions" },
    messages: {
      deprecatedStdlib: 'Deprecated stdlib function "{{name}}": use "{{replacement}}" instead',
      stdlibShadowed: FINDING_MESSAGES["stdlib-shadowed"],
    },
    hasSuggestions: true,
    schema: [],
  },
  create(context) {
    return {
      alloy(doc) {
        for (const f of documentFindings(doc) ?? []) {
          if (f.code === "deprecated-stdlib") {
            const loc = context.contentsLocation(doc, f.range);
            context.report({
              messageId: "deprecatedStdlib",
              data: f.data,
              loc,
              suggestions: [{ desc: `Replace with ${f.data.replacement}`, fix: { range: loc.range, text: f.data.replacement } }],
            });
          } else if (f.code === "stdlib-shadowed") reportFinding(context, doc, f, "stdlibShadowed");
        }
      },
    };
  },
});
