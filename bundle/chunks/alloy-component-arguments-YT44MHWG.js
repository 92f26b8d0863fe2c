import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  FINDING_MESSAGES,
  documentFindings,
  reportFinding
} from "./chunk-Q7ZAMK6E.js";
import "./chunk-QG5VE7LV.js";
import "./chunk-2ZF6YOPX.js";
import "./chunk-MMEZPQX6.js";
import "./chunk-EDOWYMCE.js";
import {
  defineRule
} from "./chunk-DBJ25EAL.js";
import "./chunk-VMCWEPZP.js";
import "./chunk-GEBKUC7T.js";
import "./chunk-LNV7EB7H.js";
import "./chunk-2MG4L5QS.js";
import "./chunk-HTDSFYMP.js";

// dist/rules/alloy-component-arguments.js
var didYouMean = (template) => `${template}; did you mean "{{suggestion}}"?`;
var IDS = {
  "component-unknown-attribute": ["unknownAttribute", "unknownAttributeSuggest"],
  "component-unknown-block": ["unknownBlock", "unknownBlockSuggest"],
  "component-missing-attribute": ["missingAttribute"],
  "component-missing-block": ["missingBlock"],
  "component-duplicate-attribute": ["duplicateAttribute"],
  "component-duplicate-block": ["duplicateBlock"],
  "component-block-as-attribute": ["blockAsAttribute"],
  "component-attribute-as-block": ["attributeAsBlock"],
  "component-block-label": ["blockLabel"],
  "component-type": ["typeMismatch"],
  "component-conversion": ["conversion"],
  "component-invalid-value": ["invalidValue"],
  "component-reference-type": ["referenceType"],
  "missing-export-field": ["missingExportField", "missingExportFieldSuggest"]
};
var alloy_component_arguments_default = defineRule({
  meta: {
    id: "alloy-component-arguments",
    type: "problem",
    category: "fast",
    scope: "file",
    defaultSeverity: "error",
    docs: { description: "Component bodies have the attributes and blocks the component accepts, with values of the right type" },
    messages: {
      unknownAttribute: FINDING_MESSAGES["component-unknown-attribute"],
      unknownAttributeSuggest: didYouMean(FINDING_MESSAGES["component-unknown-attribute"]),
      unknownBlock: FINDING_MESSAGES["component-unknown-block"],
      unknownBlockSuggest: didYouMean(FINDING_MESSAGES["component-unknown-block"]),
      missingAttribute: FINDING_MESSAGES["component-missing-attribute"],
      missingBlock: FINDING_MESSAGES["component-missing-block"],
      duplicateAttribute: FINDING_MESSAGES["component-duplicate-attribute"],
      duplicateBlock: FINDING_MESSAGES["component-duplicate-block"],
      blockAsAttribute: FINDING_MESSAGES["component-block-as-attribute"],
      attributeAsBlock: FINDING_MESSAGES["component-attribute-as-block"],
      blockLabel: FINDING_MESSAGES["component-block-label"],
      typeMismatch: FINDING_MESSAGES["component-type"],
      conversion: FINDING_MESSAGES["component-conversion"],
      invalidValue: FINDING_MESSAGES["component-invalid-value"],
      referenceType: FINDING_MESSAGES["component-reference-type"],
      missingExportField: FINDING_MESSAGES["missing-export-field"],
      missingExportFieldSuggest: didYouMean(FINDING_MESSAGES["missing-export-field"])
    },
    schema: []
  },
  create(context) {
    return {
      alloy(doc) {
        for (const f of documentFindings(doc) ?? []) {
          const ids = IDS[f.code];
          if (ids)
            reportFinding(context, doc, f, f.data.suggestion && ids[1] ? ids[1] : ids[0]);
        }
      }
    };
  }
});
export {
  alloy_component_arguments_default as default
};
