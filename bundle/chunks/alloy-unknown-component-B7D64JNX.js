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

// dist/rules/alloy-unknown-component.js
var alloy_unknown_component_default = defineRule({
  meta: {
    id: "alloy-unknown-component",
    type: "problem",
    category: "fast",
    scope: "file",
    defaultSeverity: "error",
    docs: { description: "Components exist in the supported Alloy release at the allowed stability level" },
    messages: {
      unknown: FINDING_MESSAGES["unknown-component"],
      unknownSuggest: `${FINDING_MESSAGES["unknown-component"]}; did you mean "{{suggestion}}"?`,
      removed: FINDING_MESSAGES["removed-component"],
      belowStability: FINDING_MESSAGES["below-stability"],
      community: FINDING_MESSAGES["community-component"]
    },
    schema: [],
    hasSuggestions: true
  },
  create(context) {
    return {
      alloy(doc) {
        for (const f of documentFindings(doc) ?? []) {
          if (f.code === "unknown-component")
            reportFinding(context, doc, f, f.data.suggestion ? "unknownSuggest" : "unknown", { suggestRename: true });
          else if (f.code === "removed-component")
            reportFinding(context, doc, f, "removed");
          else if (f.code === "below-stability")
            reportFinding(context, doc, f, "belowStability", { maxSeverity: "warn" });
          else if (f.code === "community-component")
            reportFinding(context, doc, f, "community", { maxSeverity: "warn" });
        }
      }
    };
  }
});
export {
  alloy_unknown_component_default as default
};
