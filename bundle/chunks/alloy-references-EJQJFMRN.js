import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  findingMessages,
  reportFindings
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

// dist/rules/alloy-references.js
var FINDINGS = {
  missingReference: "missing-reference",
  duplicateBlock: "duplicate-block",
  selfReference: "self-reference",
  cycle: "cycle",
  componentLabel: "component-label",
  blockLabel: "block-label",
  unknownArgument: "unknown-argument",
  unknownArgumentBlock: "unknown-argument-block",
  missingArgument: "missing-argument"
};
var alloy_references_default = defineRule({
  meta: {
    id: "alloy-references",
    type: "problem",
    category: "fast",
    scope: "file",
    defaultSeverity: "error",
    docs: { description: "References resolve to blocks in scope; block IDs are unique; no cycles" },
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
  alloy_references_default as default
};
