/**
 * Block names that are neither a component of the supported Alloy release
 * (the bundled catalog), nor a custom component in scope (`declare`, or
 * `<import label>.<name>`); a component Alloy removed is named as such, with
 * the release that removed it and its replacement. Components below the target's stability level,
 * and community components, need collector flags Fleet Management collectors
 * do not set by default: those warn (the collector's flags may allow them).
 */
import { defineRule } from "../src/engine/types.js";
import { FINDING_MESSAGES } from "../src/alloy-semantics/findings.js";
import { documentFindings, reportFinding } from "../src/alloy-semantics/rule-support.js";

export default defineRule({
  meta: {
    id: "alloy-unknown-component",
    type: "problem",
    category: "fast",
    scope: "file",
    defaultSeverity: "error",
    docs: { description: "Components exist in the supported Alloy release at the allowed stability level" },
    messages: {
      unknown: FINDING_MESSAGES["unknown-component"],
      unknownSuggest: `${FINDING_MESSAGES["unknown-component"]}; did you mean "{{suggestion}}"?`,
      removed: FINDING_MESSAGES["removed-component"],
      belowStability: FINDING_MESSAGES["below-stability"],
      community: FINDING_MESSAGES["community-component"],
    },
    schema: [],
    hasSuggestions: true,
  },
  create(context) {
    return {
      alloy(doc) {
        for (const f of documentFindings(doc) ?? []) {
          if (f.code === "unknown-component") reportFinding(context, doc, f, f.data.suggestion ? "unknownSuggest" : "unknown", { suggestRename: true });
          else if (f.code === "removed-component") reportFinding(context, doc, f, "removed");
          else if (f.code === "below-stability") reportFinding(context, doc, f, "belowStability", { maxSeverity: "warn" });
          else if (f.code === "community-component") reportFinding(context, doc, f, "community", { maxSeverity: "warn" });
        }
      },
    };
  },
});
