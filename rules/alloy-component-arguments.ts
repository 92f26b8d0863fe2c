/**
 * Component bodies against the component schema catalog, as `alloy validate`
 * type-checks them: unknown, repeated and missing attributes and blocks,
 * attributes used as blocks and back, and literal values of the wrong type,
 * with Alloy's messages and positions (plus "did you mean" for misspellings).
 * References to export fields a component does not have, references to
 * exports of the wrong kind, and duration literals Go cannot parse are
 * reported under their own message ids: Alloy finds those only when it
 * evaluates the pipeline on the collector.
 */
import { defineRule } from "../src/engine/types.js";
import { FINDING_MESSAGES, type FindingCode } from "../src/alloy-semantics/findings.js";
import { documentFindings, reportFinding } from "../src/alloy-semantics/rule-support.js";

const didYouMean = (template: string) => `${template}; did you mean "{{suggestion}}"?`;

/** Finding code -> message id, and the id used when there is a suggestion. */
const IDS: Partial<Record<FindingCode, [string, string?]>> = {
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
  "missing-export-field": ["missingExportField", "missingExportFieldSuggest"],
};

export default defineRule({
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
      missingExportFieldSuggest: didYouMean(FINDING_MESSAGES["missing-export-field"]),
    },
    schema: [],
  },
  create(context) {
    return {
      alloy(doc) {
        for (const f of documentFindings(doc) ?? []) {
          const ids = IDS[f.code];
          if (ids) reportFinding(context, doc, f, f.data.suggestion && ids[1] ? ids[1] : ids[0]);
        }
      },
    };
  },
});
