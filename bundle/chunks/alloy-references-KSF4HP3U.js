import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  FINDING_MESSAGES,
  reportFindings
} from "./chunk-OO4ISGCN.js";
import "./chunk-65PHQ7G2.js";
import "./chunk-2ZF6YOPX.js";
import "./chunk-EDOWYMCE.js";
import {
  defineRule
} from "./chunk-DBJ25EAL.js";
import "./chunk-HTDSFYMP.js";

// dist/rules/alloy-references.js
var alloy_references_default = defineRule({
  meta: {
    id: "alloy-references",
    type: "problem",
    category: "fast",
    scope: "file",
    defaultSeverity: "error",
    docs: { description: "References resolve to blocks in scope; block IDs are unique; no cycles" },
    messages: {
      missingReference: FINDING_MESSAGES["missing-reference"],
      duplicateBlock: FINDING_MESSAGES["duplicate-block"],
      selfReference: FINDING_MESSAGES["self-reference"],
      cycle: FINDING_MESSAGES.cycle,
      componentLabel: FINDING_MESSAGES["component-label"],
      blockLabel: FINDING_MESSAGES["block-label"],
      unknownArgument: FINDING_MESSAGES["unknown-argument"],
      unknownArgumentBlock: FINDING_MESSAGES["unknown-argument-block"],
      missingArgument: FINDING_MESSAGES["missing-argument"]
    },
    schema: []
  },
  create(context) {
    return {
      alloy(doc) {
        reportFindings(context, doc, {
          "missing-reference": "missingReference",
          "duplicate-block": "duplicateBlock",
          "self-reference": "selfReference",
          cycle: "cycle",
          "component-label": "componentLabel",
          "block-label": "blockLabel",
          "unknown-argument": "unknownArgument",
          "unknown-argument-block": "unknownArgumentBlock",
          "missing-argument": "missingArgument"
        });
      }
    };
  }
});
export {
  alloy_references_default as default
};
