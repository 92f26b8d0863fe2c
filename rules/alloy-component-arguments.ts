/**
 * Component bodies against the component schema catalog, as `alloy validate`
 * type-checks them: unknown, repeated and missing attributes and blocks,
 * attributes used as blocks and back, and literal values of the wrong type,
 * with Alloy's messages and positions (plus "did you mean" for misspellings).
 * Config and service blocks (`logging`, `import.git`, `http`, …) are checked
 * the same way, nested blocks included (their own unknown and missing
 * attributes are alloy-module-constraints'). References to export fields a
 * component does not have, references to exports of the wrong kind, and the
 * ported `Validate` methods are reported under their own message ids: Alloy
 * finds those only when it evaluates the pipeline on the collector.
 *
 * Order: each block's findings in the order `alloy validate` gives them
 * (its statements, then missing fields), so the first one is what the
 * collector reports; blocks by position.
 */
import { defineRule } from "../src/engine/types.js";
import { FINDING_MESSAGES, type Finding, type FindingCode } from "../src/alloy-semantics/findings.js";
import { documentFindings, findingMessages, reportFinding, type FindingMessageIds } from "../src/alloy-semantics/rule-support.js";

/** Each message id and the finding it reports. */
const FINDINGS = {
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
  missingExportField: "missing-export-field",
} as const satisfies FindingMessageIds;

/** The message ids used instead when a close name is known: Alloy's text plus "did you mean". */
const WITH_SUGGESTION = {
  unknownAttributeSuggest: "component-unknown-attribute",
  unknownBlockSuggest: "component-unknown-block",
  missingExportFieldSuggest: "missing-export-field",
} as const satisfies FindingMessageIds;

const messageIdOf = new Map<FindingCode, string>(Object.entries(FINDINGS).map(([id, code]) => [code, id]));
const suggestIdOf = new Map<FindingCode, string>(Object.entries(WITH_SUGGESTION).map(([id, code]) => [code, id]));

export default defineRule({
  meta: {
    id: "alloy-component-arguments",
    type: "problem",
    category: "fast",
    scope: "file",
    defaultSeverity: "error",
    docs: { description: "Component bodies have the attributes and blocks the component accepts, with values of the right type" },
    messages: {
      ...findingMessages(FINDINGS),
      ...Object.fromEntries(Object.entries(WITH_SUGGESTION).map(([id, code]) => [id, `${FINDING_MESSAGES[code]}; did you mean "{{suggestion}}"?`])),
    },
    schema: [],
    hasSuggestions: true,
    reportOrder: "reported",
  },
  create(context) {
    return {
      alloy(doc) {
        for (const f of inBlockOrder(documentFindings(doc) ?? [])) {
          const messageId = (f.data.suggestion && suggestIdOf.get(f.code)) || messageIdOf.get(f.code);
          if (messageId) reportFinding(context, doc, f, messageId, { suggestRename: true });
        }
      },
    };
  },
});

/** Blocks by position, each block's findings in the order Alloy gives them (a stable sort on the block's start). */
function inBlockOrder(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => (a.anchor ?? a.range.start) - (b.anchor ?? b.range.start));
}
