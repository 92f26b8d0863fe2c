import { type Languages, type PlanField } from "./compare.js";
import type { ImpactWarning, PipelineImpact, TargetImpact } from "./impact.js";
import { type ConfigTypeName, type PipelineMessage, type SourceTypeName } from "./messages.js";
/** A field's value on the server (before the sync) and in the repository (after it). */
export interface FieldChange<T> {
    before: T;
    after: T;
}
export interface PlanUpdate {
    name: string;
    fields: PlanField[];
    /** Unified diff of the contents (server → repository) when they changed. */
    diff?: string;
    /** Set when the matchers changed: the lists as the server has them and as they would be sent. */
    matchers?: FieldChange<string[]>;
    /**
     * The same change as diff lines (`- ` server only, `+ ` repository only,
     * `  ` both), compared by meaning so a re-quoted matcher is not a change.
     */
    matcherDiff?: string[];
    /** Set when `enabled` changed. */
    enabled?: FieldChange<boolean>;
    /** Set when the config type changed. */
    configType?: FieldChange<ConfigTypeName>;
}
export interface PlanTakeover {
    name: string;
    /** `SOURCE_TYPE_…[:namespace]` of the current owner. */
    source: string;
    sourceType: SourceTypeName;
    /** Fields that would change besides the owner. */
    fields: PlanField[];
    /** True when no flag lets a sync take the pipeline over (Grafana-managed); `reason` says why. */
    blocked: boolean;
    reason?: string;
}
/** Why a takeover is impossible whatever the flags, or undefined when `--adopt` allows it. */
export declare function blockedReason(sourceType: SourceTypeName): string | undefined;
export interface TargetPlan {
    namespace: string;
    stack: string;
    create: string[];
    update: PlanUpdate[];
    delete: string[];
    unchanged: string[];
    takeover: PlanTakeover[];
    /** Pipelines the server holds under this target's source before the sync. */
    namespaceSize: number;
    /** Pipelines the target would send. */
    desiredCount: number;
    /** The blast radius, when the plan was made with a collector inventory. */
    impact?: TargetImpact;
    /** Why the plan has no blast radius although one was asked for. */
    impactUnavailable?: string;
    /**
     * Why `sync` would refuse this target (lint errors, guards, blocked
     * takeovers); set by `assessPlans`, empty when it would sync.
     */
    refusals?: string[];
}
export interface PlanInput {
    namespace: string;
    stack: string;
    /** The pipelines the target sends (global matchers applied). */
    desired: readonly PipelineMessage[];
    /** Every pipeline in the stack. */
    remote: readonly PipelineMessage[];
}
export declare function isOwnedBy(pipeline: PipelineMessage, namespace: string): boolean;
export declare function planTarget(languages: Languages, input: PlanInput): TargetPlan;
export declare function hasChanges(plan: TargetPlan): boolean;
/** Lint counts of the run, shown with the plan because `sync` refuses to send while there are errors. */
export interface LintCounts {
    errors: number;
    warnings: number;
}
type UpdateJson = {
    name: string;
    fields: PlanField[];
} & Pick<PlanUpdate, "matchers" | "enabled" | "configType">;
/**
 * The JSON contract of `plan --format json` (SPEC §2.1). Additive: every
 * field of the first version keeps its name and meaning; the later ones
 * (before/after values, `blocked`, `lint`, `wouldSync`) are added beside them.
 */
export interface PlanJson {
    /** Present when the plan was checked against the lint gate. */
    lint?: LintCounts;
    targets: {
        namespace: string;
        stack: string;
        create: string[];
        update: UpdateJson[];
        delete: string[];
        unchanged: string[];
        takeover: {
            name: string;
            source: string;
            blocked: boolean;
            reason?: string;
        }[];
        /** With a collector inventory: one entry per create, update, delete and takeover. */
        impact?: PipelineImpact[];
        /** Distinct collectors whose configuration the sync changes. */
        collectorsChanged?: number;
        impactWarnings?: ImpactWarning[];
        impactUnavailable?: string;
        /** Whether `sync` (with the same flags) would send this target; present once assessed. */
        wouldSync?: boolean;
        /** Why not, when `wouldSync` is false. */
        reasons?: string[];
    }[];
}
export declare function planJson(plans: readonly TargetPlan[], lint?: LintCounts): PlanJson;
export {};
