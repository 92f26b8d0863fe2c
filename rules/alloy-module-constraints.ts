/**
 * Fleet Management loads every pipeline as an isolated module, so the blocks
 * only a root configuration may hold (`logging`, `tracing`, the service
 * blocks) and top-level attributes make the collector reject the pipeline.
 * The config blocks a module may hold (`argument`, `export`, `foreach`,
 * `import.*`) must follow Alloy's rules for them.
 */
import { defineRule } from "../src/engine/types.js";
import { findingMessages, reportFindings, type FindingMessageIds } from "../src/alloy-semantics/rule-support.js";

/** Each message id and the finding it reports. */
const FINDINGS = {
  notAllowed: "not-allowed",
  topLevelAttribute: "top-level-attribute",
  unrecognizedAttribute: "unrecognized-attribute",
  missingAttribute: "missing-attribute",
  missingBlock: "missing-block",
} as const satisfies FindingMessageIds;

export default defineRule({
  meta: {
    id: "alloy-module-constraints",
    type: "problem",
    category: "fast",
    scope: "file",
    defaultSeverity: "error",
    docs: { description: "Pipeline contents hold only what an Alloy module may hold" },
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
