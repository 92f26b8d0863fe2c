/**
 * The rule registry: every rule id, loaded lazily (one module per rule,
 * `rules/<id>.ts`), so a run pays only for what it uses. A rule module's
 * heavy dependencies (re2js, the component catalog) are imported inside it.
 */
import type { SeverityName } from "../src/core/diagnostic.js";
import type { Rule, RuleCategory } from "../src/engine/types.js";
export declare const RULE_IDS: readonly ["alloy-syntax", "alloy-format", "alloy-module-constraints", "alloy-references", "alloy-unknown-component", "alloy-component-arguments", "alloy-deprecated", "otel-config", "pipeline-schema", "pipeline-untargeted", "pipeline-unique-name", "matcher-valid", "matcher-satisfiable", "explicit-enabled", "source-consistency", "pipeline-limit", "pipeline-exports", "remote-validate", "pipeline-reach"];
export type RuleId = (typeof RULE_IDS)[number];
/**
 * Each rule's default severity and category, generated from its module's
 * `meta` (rules/defaults.generated.ts). The engine reads this table to decide
 * which modules to load at all: a rule that is off, or a network rule in an
 * offline run, costs nothing.
 */
export declare const RULE_DEFAULTS: Readonly<Record<RuleId, {
    severity: SeverityName;
    category: RuleCategory;
}>>;
export declare const DOCS_BASE_URL = "https://github.com/fleetlint/fleetlint/blob/main/docs/rules/";
export declare function isRuleId(id: string): id is RuleId;
/** Loads one rule module by id (cached); the docs URL is derived from the id. */
export declare function loadRule(id: RuleId): Promise<Rule>;
export declare function loadAllRules(): Promise<Rule[]>;
