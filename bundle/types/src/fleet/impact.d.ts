/**
 * The blast radius of a plan: for every create, update, delete and takeover,
 * which collectors receive the pipeline before the sync (the server's copy)
 * and after it (the repository's), and which gain or lose it. A pure function
 * of the plan, both sides' pipelines and the collector inventory.
 */
import type { Collector, ConfigKind } from "../match/fleet.js";
import { FleetReach } from "../match/reach.js";
import type { PipelineMessage } from "./messages.js";
import type { TargetPlan } from "./plan.js";
export type ChangeKind = "create" | "update" | "delete" | "takeover";
export interface PipelineImpact {
    pipeline: string;
    change: ChangeKind;
    /** Collectors that receive the pipeline now. */
    before: number;
    /** Collectors that receive it after the sync. */
    after: number;
    /** Collector keys (id, else name) that start receiving it. */
    gained: string[];
    /** Collector keys that stop receiving it. */
    lost: string[];
}
export type ImpactWarningCode = "reaches-none" | "reaches-all" | "loses-most";
export interface ImpactWarning {
    pipeline: string;
    change: ChangeKind;
    code: ImpactWarningCode;
    message: string;
}
export interface TargetImpact {
    /** One entry per change, in the plan's order (create, update, delete, takeover). */
    pipelines: PipelineImpact[];
    /** Distinct collectors whose composed configuration changes. */
    collectorsChanged: number;
    /** Enabled collectors able to receive each config type. */
    collectors: Record<ConfigKind, number>;
    warnings: ImpactWarning[];
    /** Readable labels (`name (id)`) by collector key, for the text and markdown renderers. */
    labels: Record<string, string>;
}
export declare function planImpact(plan: TargetPlan, desired: readonly PipelineMessage[], remote: readonly PipelineMessage[], collectors: readonly Collector[] | FleetReach): TargetImpact;
