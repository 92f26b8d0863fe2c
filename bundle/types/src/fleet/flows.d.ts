import type { FileResult } from "../core/diagnostic.js";
import type { ResolvedConfig } from "../config/types.js";
import type { Project } from "../repo/types.js";
import { type CollectorSource } from "./collector-source.js";
import type { Languages } from "./compare.js";
import { FleetSetupError } from "./errors.js";
import type { GuardOptions } from "./guards.js";
import { type ImportFile } from "./import.js";
import { type LintGate } from "./lint-gate.js";
import type { PipelineMessage } from "./messages.js";
import { type TargetPlan } from "./plan.js";
import { type PlannedTarget, type TargetViolations } from "./sender.js";
import type { FleetSession } from "./session.js";
/** Progress of a sync, in the order it happens. */
export type SyncEvent = {
    type: "lint";
    gate: LintGate;
} | {
    type: "planned";
    plans: TargetPlan[];
} | {
    type: "refused";
    refused: TargetViolations[];
    dryRun: boolean;
} | {
    type: "dry-run";
} | {
    type: "sending";
    plan: TargetPlan;
} | {
    type: "applied";
    plan: TargetPlan;
} | {
    type: "stopped";
    /** Sent and confirmed. */
    applied: TargetPlan[];
    /** Not sent, or refused by the server as a whole: unchanged on the server. */
    notApplied: TargetPlan[];
    /** Sent, but whether the server applied it is unknown. */
    unknown: TargetPlan[];
    /** Sent and answered, but the read-back does not match the plan. */
    notAsPlanned: TargetPlan[];
    error: unknown;
} | {
    type: "nothing-to-sync";
};
export type SyncStatus = "lint-failed" | "refused" | "dry-run" | "applied" | "nothing-to-sync";
export interface SyncResult {
    status: SyncStatus;
    /** Empty when the lint gate stopped the sync before planning. */
    plans: TargetPlan[];
    refused: TargetViolations[];
    /** Targets sent and confirmed by the read-back. */
    applied: TargetPlan[];
    gate: LintGate;
}
export interface SyncOptions extends GuardOptions {
    cwd: string;
    project: Project;
    session: FleetSession;
    /** Lints the project (the CLI passes the engine, with the online state when `--online`). */
    lint: () => Promise<readonly FileResult[]>;
    dryRun?: boolean;
    languages?: Languages;
    onEvent?: (event: SyncEvent) => void;
}
/**
 * Lint gate → plan → guards → one SyncPipelines per target with changes →
 * read-back. Resolves with the outcome; throws the fleet error that stopped
 * a send (after a `stopped` event naming what was and was not applied).
 */
export declare function syncProject(options: SyncOptions): Promise<SyncResult>;
export interface PlanOptions {
    project: Project;
    session: FleetSession;
    languages?: Languages;
    /** Where the blast radius comes from; default none. */
    collectors?: CollectorSource;
}
/**
 * What a sync would do to every target, read from the server; sends nothing.
 * With a collector source, each target's plan carries its blast radius.
 */
export declare function planTargets(options: PlanOptions): Promise<PlannedTarget[]>;
export interface ImportOptions {
    cwd: string;
    config: ResolvedConfig;
    session: FleetSession;
    /** Import this Git namespace's pipelines (default: the config's only namespace). */
    namespace?: string;
    /** Import every pipeline of the stack, whatever its source. */
    all?: boolean;
    /** Folder to write into (default: the target's root). */
    into?: string;
    /** Overwrite files that already exist. */
    force?: boolean;
    languages?: Languages;
}
export interface ImportResult {
    /** The namespace imported, or undefined with `all`. */
    namespace: string | undefined;
    into: string;
    pipelines: PipelineMessage[];
    files: ImportFile[];
}
/** Writes the server's pipelines (one namespace, or all) as definition files. */
export declare function importPipelines(options: ImportOptions): Promise<ImportResult>;
/** A wrong combination of import options (the CLI reports it as a usage error). */
export declare class ImportUsageError extends FleetSetupError {
    constructor(message: string);
}
