import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  FINDING_MESSAGES,
  documentFindings,
  reportFinding
} from "./chunk-YP3VOA5U.js";
import "./chunk-AL3EGGST.js";
import "./chunk-UIV2CYHJ.js";
import "./chunk-KMV6JNXK.js";
import "./chunk-MMEZPQX6.js";
import "./chunk-2YBLRLLR.js";
import {
  defineRule
} from "./chunk-DBJ25EAL.js";
import "./chunk-JKUQAI7V.js";
import "./chunk-VMCWEPZP.js";
import "./chunk-GEBKUC7T.js";
import "./chunk-LNV7EB7H.js";
import "./chunk-3DFNO3NJ.js";
import "./chunk-2MG4L5QS.js";
import "./chunk-HTDSFYMP.js";

// dist/rules/alloy-deprecated.js
var alloy_deprecated_default = defineRule({
  meta: {
    id: "alloy-deprecated",
    type: "suggestion",
    category: "fast",
    scope: "file",
    defaultSeverity: "warn",
    docs: { description: "No deprecated stdlib functions" },
    messages: {
      deprecatedStdlib: 'Deprecated stdlib function "{{name}}": use "{{replacement}}" instead',
      stdlibShadowed: FINDING_MESSAGES["stdlib-shadowed"]
    },
    hasSuggestions: true,
    schema: []
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
              suggestions: [{ desc: `Replace with ${f.data.replacement}`, fix: { range: loc.range, text: f.data.replacement } }]
            });
          } else if (f.code === "stdlib-shadowed")
            reportFinding(context, doc, f, "stdlibShadowed");
        }
      }
    };
  }
});
export {
  alloy_deprecated_default as default
};
