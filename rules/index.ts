/**
 * The rule registry: every rule id, loaded lazily (one module per rule,
 * `rules/<id>.ts`), so a run pays only for what it uses. A rule module's
 * heavy dependencies (re2js, the component catalog) are imported inside it.
 */
import type { SeverityName } from "../src/core/diagnostic.js";
import type { Rule, RuleCategory } from "../src/engine/types.js";
import { GENERATED_RULE_DEFAULTS } from "./defaults.generated.js";

export const RULE_IDS = [
  "alloy-syntax",
  "alloy-format",
  "alloy-module-constraints",
  "alloy-references",
  "alloy-unknown-component",
  "alloy-component-arguments",
  "alloy-deprecated",
  "otel-config",
  "pipeline-schema",
  "pipeline-unique-name",
  "matcher-valid",
  "matcher-satisfiable",
  "explicit-enabled",
  "source-consistency",
  "pipeline-limit",
  "pipeline-exports",
  "remote-validate",
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/**
 * Each rule's default severity and category, generated from its module's
 * `meta` (rules/defaults.generated.ts). The engine reads this table to decide
 * which modules to load at all: a rule that is off, or a network rule in an
 * offline run, costs nothing.
 */
export const RULE_DEFAULTS = GENERATED_RULE_DEFAULTS as Readonly<Record<RuleId, { severity: SeverityName; category: RuleCategory }>>;

export const DOCS_BASE_URL = "https://github.com/fleetlint/fleetlint/blob/main/docs/rules/";

const cache = new Map<string, Promise<Rule>>();

export function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id);
}

/** Loads one rule module by id (cached); the docs URL is derived from the id. */
export function loadRule(id: RuleId): Promise<Rule> {
  let loading = cache.get(id);
  if (!loading) {
    loading = import(/* @vite-ignore */ `./${id}.js`).then((mod: { default: Rule }) => {
      const rule = mod.default;
      if (rule.meta.id !== id) throw new Error(`rules/${id} declares id ${rule.meta.id}`);
      rule.meta.docs.url ??= `${DOCS_BASE_URL}${id}.md`;
      return rule;
    });
    cache.set(id, loading);
  }
  return loading;
}

export function loadAllRules(): Promise<Rule[]> {
  return Promise.all(RULE_IDS.map(loadRule));
}
