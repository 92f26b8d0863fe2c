/**
 * Writes rules/defaults.generated.ts from the rules' own meta, so the table
 * the engine reads at startup (to skip rules that are off or need the
 * network) is never typed twice. test/rules/defaults.test.ts regenerates it
 * and fails when it is stale (UPDATE_RULE_DEFAULTS=1 rewrites it).
 */
import type { RuleMeta } from "../src/engine/types.js";

export function ruleDefaultsSource(metas: readonly Pick<RuleMeta, "id" | "defaultSeverity" | "category">[]): string {
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
