/**
 * fleetlint's public API: the same stages the CLI wires together, for
 * editors, scripts and other tools. Each stage's module re-exports its types.
 */
export { lintProject, type LintOptions, type LintOutcome } from "./engine/index.js";
export { RuleContractError, applyFixes, defineRule } from "./engine/index.js";
export type { Rule, RuleMeta, RuleContext, RuleHooks, ReportDescriptor, OnlineState, RemotePipelineSummary, Location, } from "./engine/index.js";
export { RULE_IDS, loadRule, loadAllRules, isRuleId, type RuleId } from "../rules/index.js";
export { FORMAT_NAMES, format, loadFormatter, formatContext, isFormatName, type FormatContext, type FormatName, type Formatter, } from "./report/index.js";
export { SourceText, type TextRange, type LineColumn } from "./core/source.js";
export { fileResult, type Diagnostic, type FileResult, type Severity, type SeverityName } from "./core/diagnostic.js";
export { loadConfig, formatResolvedConfig, ConfigError } from "./config/index.js";
export { FleetlintError, UsageError, type FleetlintErrorKind } from "./core/errors.js";
export { version } from "./core/version.js";
export type { ResolvedConfig, TargetConfig } from "./config/types.js";
export { loadProject } from "./repo/index.js";
export type { Project, Pipeline, AlloyDocument, PipelineContents, Target } from "./repo/types.js";
export { parseFile, parseExpression } from "../grammar/alloy/index.js";
export { syncProject, planTargets, importPipelines, ImportUsageError, type SyncEvent, type SyncOptions, type SyncResult, type SyncStatus, type PlanOptions, type ImportOptions, type ImportResult, } from "./fleet/flows.js";
export { FleetSession, type SessionOptions } from "./fleet/session.js";
export { renderPlans } from "./fleet/render.js";
export { planJson, hasChanges, type TargetPlan, type PlanUpdate, type PlanTakeover, type PlanJson } from "./fleet/plan.js";
export type { GuardOptions, GuardViolation } from "./fleet/guards.js";
export type { PlannedTarget, TargetViolations } from "./fleet/sender.js";
export { SyncRefusedError, SyncDriftError, SyncMismatchError, SyncOutcomeUnknownError } from "./fleet/sender.js";
export type { LintGate } from "./fleet/lint-gate.js";
export { FleetApiError, FleetNetworkError, FleetProtocolError, FleetSetupError, CredentialsError } from "./fleet/errors.js";
