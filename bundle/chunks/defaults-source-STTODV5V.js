import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import "./chunk-HTDSFYMP.js";

// dist/rules/defaults-source.js
function ruleDefaultsSource(metas) {
  const rows = metas.map((meta) => `  ${JSON.stringify(meta.id)}: { severity: ${JSON.stringify(meta.defaultSeverity)}, category: ${JSON.stringify(meta.category)} },`);
  return `// Generated from each rule's meta by rules/defaults-source.ts: do not edit.
// Regenerate: UPDATE_RULE_DEFAULTS=1 npx vitest run test/rules/defaults.test.ts
import type { SeverityName } from "../src/core/diagnostic.js";
import type { RuleCategory } from "../src/engine/types.js";

export const GENERATED_RULE_DEFAULTS: Readonly<Record<string, { severity: SeverityName; category: RuleCategory }>> = {
${rows.join("\n")}
};
`;
}
export {
  ruleDefaultsSource
};
