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

// dist/rules/alloy-module-constraints.js
var alloy_module_constraints_default = defineRule({
  meta: {
    id: "alloy-module-constraints",
    type: "problem",
    category: "fast",
    scope: "file",
    defaultSeverity: "error",
    docs: { description: "Pipeline contents hold only what an Alloy module may hold" },
    messages: {
      notAllowed: FINDING_MESSAGES["not-allowed"],
      topLevelAttribute: FINDING_MESSAGES["top-level-attribute"],
      unrecognizedAttribute: FINDING_MESSAGES["unrecognized-attribute"],
      missingAttribute: FINDING_MESSAGES["missing-attribute"],
      missingBlock: FINDING_MESSAGES["missing-block"]
    },
    schema: []
  },
  create(context) {
    return {
      alloy(doc) {
        reportFindings(context, doc, {
          "not-allowed": "notAllowed",
          "top-level-attribute": "topLevelAttribute",
          "unrecognized-attribute": "unrecognizedAttribute",
          "missing-attribute": "missingAttribute",
          "missing-block": "missingBlock"
        });
      }
    };
  }
});
export {
  alloy_module_constraints_default as default
};
