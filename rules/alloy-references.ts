/**
 * References to components, arguments and variables that do not exist, block
 * IDs declared twice, blocks that reference themselves, dependency cycles, and
 * custom components given arguments their declare does not have (or missing
 * required ones): what `alloy validate` and the collector's loader reject,
 * with their messages.
 */
import { defineRule } from "../src/engine/types.js";
import { FINDING_MESSAGES } from "../src/alloy-semantics/findings.js";
import { reportFindings } from "../src/alloy-semantics/rule-support.js";

export default defineRule({
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
      missingArgument: FINDING_MESSAGES["missing-argument"],
    },
    schema: [],
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
          "missing-argument": "missingArgument",
        });
      },
    };
  },
});
