import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  FINDING_MESSAGES,
  documentFindings,
  findingMessages,
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

// dist/rules/alloy-component-arguments.js
var FINDINGS = {
  unknownAttribute: "component-unknown-attribute",
  unknownBlock: "component-unknown-block",
  missingAttribute: "component-missing-attribute",
  missingBlock: "component-missing-block",
  duplicateAttribute: "component-duplicate-attribute",
  duplicateBlock: "component-duplicate-block",
  blockAsAttribute: "component-block-as-attribute",
  attributeAsBlock: "component-attribute-as-block",
  blockLabel: "component-block-label",
  blockCount: "component-block-count",
  typeMismatch: "component-type",
  conversion: "component-conversion",
  // Alloy reports these only when it evaluates the pipeline (invalidValue: the ported Validate methods, nested block labels).
  invalidValue: "component-invalid-value",
  referenceType: "component-reference-type",
  missingExportField: "missing-export-field"
};
var WITH_SUGGESTION = {
  unknownAttributeSuggest: "component-unknown-attribute",
  unknownBlockSuggest: "component-unknown-block",
  missingExportFieldSuggest: "missing-export-field"
};
var messageIdOf = new Map(Object.entries(FINDINGS).map(([id, code]) => [code, id]));
var suggestIdOf = new Map(Object.entries(WITH_SUGGESTION).map(([id, code]) => [code, id]));
var alloy_component_arguments_default = defineRule({
  meta: {
    id: "alloy-component-arguments",
    type: "problem",
    category: "fast",
    scope: "file",
    defaultSeverity: "error",
    docs: { description: "Component bodies have the attributes and blocks the component accepts, with values of the right type" },
    messages: {
      ...findingMessages(FINDINGS),
      ...Object.fromEntries(Object.entries(WITH_SUGGESTION).map(([id, code]) => [id, `${FINDING_MESSAGES[code]}; did you mean "{{suggestion}}"?`]))
    },
    schema: [],
    hasSuggestions: true,
    reportOrder: "reported"
  },
  create(context) {
    return {
      alloy(doc) {
        for (const f of inBlockOrder(documentFindings(doc) ?? [])) {
          const messageId = f.data.suggestion && suggestIdOf.get(f.code) || messageIdOf.get(f.code);
          if (messageId)
            reportFinding(context, doc, f, messageId, { suggestRename: true });
        }
      }
    };
  }
});
function inBlockOrder(findings) {
  return [...findings].sort((a, b) => (a.anchor ?? a.range.start) - (b.anchor ?? b.range.start));
}
export {
  alloy_component_arguments_default as default
};
