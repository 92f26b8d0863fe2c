/**
 * References to components, arguments and variables that do not exist, block
 * IDs declared twice, blocks that reference themselves, dependency cycles, and
 * custom components given arguments their declare does not have (or missing
 * required ones): what `alloy validate` and the collector's loader reject,
 * with their messages.
 */
import { defineRule } from "../src/engine/types.js";
import { findingMessages, reportFindings, type FindingMessageIds } from "../src/alloy-semantics/rule-support.js";

/** Each message id and the finding it reports. */
const FINDINGS = {
  missingReference: "missing-reference",
  duplicateBlock: "duplicate-block",
  selfReference: "self-reference",
  cycle: "cycle",
  componentLabel: "component-label",
  blockLabel: "block-label",
  unknownArgument: "unknown-argument",
  unknownArgumentBlock: "unknown-argument-block",
  missingArgument: "missing-argument",
} as const satisfies FindingMessageIds;

export default defineRule({
  meta: {
    id: "alloy-references",
    type: "problem",
    category: "fast",
    scope: "file",
    defaultSeverity: "error",
    docs: { description: "References resolve to blocks in scope; block IDs are unique; no cycles" },
    messages: findingMessages(FINDINGS),
    schema: [],
  },
  create(context) {
    return {
      alloy(doc) {
        reportFindings(context, doc, FINDINGS);
      },
    };
  },
});
