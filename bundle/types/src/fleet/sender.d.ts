import type { Project, Target } from "../repo/types.js";
import type { Languages } from "./compare.js";
import { type DesiredTarget } from "./desired.js";
import { FleetApiError } from "./errors.js";
import { type GuardOptions, type GuardViolation } from "./guards.js";
import { type PipelineMessage } from "./messages.js";
import { type TargetPlan } from "./plan.js";
import { type FleetSession } from "./session.js";
export interface PlannedTarget {
    target: Target;
    desired: DesiredTarget;
    plan: TargetPlan;
    /** The stack's pipelines the plan was made from. */
    remote: PipelineMessage[];
}
/** Plans every target of the project, in config order (each needs a namespace). */
export declare function planProject(session: FleetSession, languages: Languages, project: Project): Promise<PlannedTarget[]>;
export interface TargetViolations {
    plan: TargetPlan;
    violations: GuardViolation[];
}
export declare function guardProject(planned: readonly PlannedTarget[], options: GuardOptions): TargetViolations[];
/** The server refused a sync; names the pipeline when its message does. Nothing of this target was applied. */
export declare class SyncRefusedError extends Error {
    readonly plan: TargetPlan;
    readonly apiError: FleetApiError;
    readonly pipeline: string | undefined;
    /** Targets applied before this one. */
    readonly applied: TargetPlan[];
    /** Targets not attempted. */
    readonly pending: TargetPlan[];
    constructor(plan: TargetPlan, apiError: FleetApiError, pipeline: string | undefined, 
    /** Targets applied before this one. */
    applied: TargetPlan[], 
    /** Targets not attempted. */
    pending: TargetPlan[]);
}
/** The server changed between the plan and the send: nothing of this target was sent. */
export declare class SyncDriftError extends Error {
    readonly plan: TargetPlan;
    readonly changes: string[];
    constructor(plan: TargetPlan, changes: string[]);
}
/** After a send that reported success, the server does not hold what the plan said it would. */
export declare class SyncMismatchError extends Error {
    readonly plan: TargetPlan;
    /** Differences from the plan, one phrase each. */
    readonly problems: string[];
    readonly applied: TargetPlan[];
    constructor(plan: TargetPlan, 
    /** Differences from the plan, one phrase each. */
    problems: string[], applied: TargetPlan[]);
}
/** The request may have been applied, but fleetlint cannot tell (no answer, or the read-back failed). */
export declare class SyncOutcomeUnknownError extends Error {
    readonly plan: TargetPlan;
    readonly reason: string;
    readonly cause: unknown;
    constructor(plan: TargetPlan, reason: string, cause: unknown);
}
/** The longest request pipeline name the server's message mentions, if any. */
export declare function pipelineNamedIn(message: string, names: readonly string[]): string | undefined;
export interface SyncProgress {
    /** SyncPipelines for this target is about to leave: from now until `applied`, the outcome is unknown. */
    sending?(plan: TargetPlan): void;
    /** Called after each target is applied and confirmed. */
    applied?(plan: TargetPlan): void;
}
/**
 * Sends each target with changes and confirms it. Targets without changes are
 * not sent: SyncPipelines would be a no-op and costs a request.
 */
export declare function applyPlans(session: FleetSession, languages: Languages, planned: readonly PlannedTarget[], progress?: SyncProgress): Promise<TargetPlan[]>;
/**
 * A verdict on the request (exit 1): the server looked at it and refused it, so nothing of it was
 * applied. Anything else is a broken connection, bad credentials or a failure mid-way (exit 2), and
 * `canceled`, `aborted` and `data_loss` say the server may have been part-way through.
 */
export declare function isVerdict(error: FleetApiError): boolean;
