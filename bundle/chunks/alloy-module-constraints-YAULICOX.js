import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  findingMessages,
  reportFindings
} from "./chunk-OXM4YYP5.js";
import "./chunk-3RML4V3L.js";
import "./chunk-2ZF6YOPX.js";
import "./chunk-MMEZPQX6.js";
import "./chunk-EDOWYMCE.js";
import "./chunk-VMCWEPZP.js";
import {
  defineRule
} from "./chunk-DBJ25EAL.js";
import "./chunk-GEBKUC7T.js";
import "./chunk-LNV7EB7H.js";
import "./chunk-2MG4L5QS.js";
import "./chunk-HTDSFYMP.js";

// dist/rules/alloy-module-constraints.js
var FINDINGS = {
  notAllowed: "not-allowed",
  topLevelAttribute: "top-level-attribute",
  unrecognizedAttribute: "unrecognized-attribute",
  missingAttribute: "missing-attribute",
  missingBlock: "missing-block"
};
var alloy_module_constraints_default = defineRule({
  meta: {
    id: "alloy-module-constraints",
    type: "problem",
    category: "fast",
    scope: "file",
    defaultSeverity: "error",
    docs: { description: "Pipeline contents hold only what an Alloy module may hold" },
    messages: findingMessages(FINDINGS),
    schema: []
  },
  create(context) {
    return {
      alloy(doc) {
        reportFindings(context, doc, FINDINGS);
      }
    };
  }
});
export {
  alloy_module_constraints_default as default
};
