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
    // Every finding says what to do instead: the block usually belongs in the
    // collector's own (local) configuration, which remote pipelines cannot set.
    help: {
      notAllowed:
        "Fleet Management loads each pipeline as a module, and a module cannot hold `{{id}}`: set it in the collector's local configuration (the file Alloy is started with) instead",
      topLevelAttribute:
        "A pipeline is loaded as a module, whose body holds only blocks: move `{{name}}` into the block it configures, or set it in the collector's local configuration",
      unrecognizedAttribute: "Remove `{{name}}` or correct its spelling; Alloy refuses to load the block with an attribute it does not know",
      missingAttribute: "Add `{{name}} = …` to the block; Alloy refuses to load the block without it",
      missingBlock: "Add a `{{name}} { … }` block inside it; Alloy refuses to load the block without one",
    },
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
