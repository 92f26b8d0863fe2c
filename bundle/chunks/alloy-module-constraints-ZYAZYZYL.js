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
    // Every finding says what to do instead: the block usually belongs in the
    // collector's own (local) configuration, which remote pipelines cannot set.
    help: {
      notAllowed: "Fleet Management loads each pipeline as a module, and a module cannot hold `{{id}}`: set it in the collector's local configuration (the file Alloy is started with) instead",
      topLevelAttribute: "A pipeline is loaded as a module, whose body holds only blocks: move `{{name}}` into the block it configures, or set it in the collector's local configuration",
      unrecognizedAttribute: "Remove `{{name}}` or correct its spelling; Alloy refuses to load the block with an attribute it does not know",
      missingAttribute: "Add `{{name}} = \u2026` to the block; Alloy refuses to load the block without it",
      missingBlock: "Add a `{{name}} { \u2026 }` block inside it; Alloy refuses to load the block without one"
    },
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
