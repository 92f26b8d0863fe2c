/**
 * The sync guards (SPEC §5). SyncPipelines deletes whatever of its source it
 * is not sent and overwrites any pipeline of the same name, so a plan that
 * empties a namespace, deletes many pipelines or takes over someone else's
 * pipeline needs an explicit flag. Grafana-managed pipelines are never
 * touched, whatever the flags.
 */
import type { TargetPlan } from "./plan.js";
export interface GuardOptions {
    /** `--allow-empty`. */
    allowEmpty: boolean;
    /**
     * `--max-deletes N` when given. Without it the limit is 5 or half the
     * namespace, whichever is smaller; giving a number states the limit outright.
     */
    maxDeletes?: number;
    /** `--adopt`. */
    adopt: boolean;
}
export declare const DEFAULT_MAX_DELETES = 5;
export type GuardId = "empty" | "max-deletes" | "half-namespace" | "takeover" | "grafana";
export interface GuardViolation {
    guard: GuardId;
    message: string;
    /** Pipelines involved. */
    names: string[];
}
export declare function checkGuards(plan: TargetPlan, options: GuardOptions): GuardViolation[];
