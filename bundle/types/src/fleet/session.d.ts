/**
 * One run's connection to Fleet Management: a client per set of credentials
 * (each target may have its own, see stack-credentials.ts), one rate limiter
 * per stack (Fleet Management counts requests per stack), and the server's
 * pipelines cached per stack, so plan, the network rules and the post-sync
 * check list each stack once.
 */
import type { Target } from "../repo/types.js";
import type { CollectorMessage } from "./collector-messages.js";
import { FleetClient, type FleetClientOptions } from "./client.js";
import { type CredentialOrigin, type CredentialTarget } from "./stack-credentials.js";
import type { LimitsMessage, PipelineMessage } from "./messages.js";
export interface SessionOptions {
    env: Readonly<Record<string, string | undefined>>;
    tokenFile?: string;
    /** Told about credentials that work but are unsafe (a token file others can read). */
    onWarning?: (message: string) => void;
    /** Passed to every client (limiter, retry policy, timeout, verbose events, fetch). */
    client?: Omit<FleetClientOptions, "credentials">;
}
/** Where a target's pipelines live and whose credentials reach them. */
export type TargetLike = CredentialTarget;
export declare class FleetSession {
    private readonly options;
    private readonly clients;
    private readonly resolved;
    private readonly remote;
    private readonly limits;
    private readonly collectorLists;
    private readonly clientOptions;
    constructor(options: SessionOptions);
    private credentialsFor;
    /** The client for a target's stack, made once per stack (URL and instance ID). */
    clientFor(target: TargetLike): FleetClient;
    /** The environment variables a target's username and token came from (for messages). */
    credentialOrigin(target: TargetLike): CredentialOrigin;
    /** Removes every client's secrets from a text. */
    scrub(text: string): string;
    /** A stack is the server's: the same name with other credentials is another stack. */
    stackKey(target: TargetLike): string;
    /** Every pipeline in the target's stack (ListPipelines, once per stack unless refreshed). */
    remotePipelines(target: TargetLike, refresh?: boolean): Promise<PipelineMessage[]>;
    /** Every collector of the target's stack (ListCollectors, once per stack per run). */
    collectors(target: TargetLike): Promise<CollectorMessage[]>;
    /** The stack's limits from the Tenant API (once per stack). */
    stackLimits(target: TargetLike): Promise<LimitsMessage>;
    /** One answer per stack, shared by every caller; a failure is not cached, so the next caller tries again. */
    private oncePerStack;
}
/** plan and sync work per namespace; a target without one cannot be planned. */
export declare function requireNamespace(target: Target): string;
