import { type CollectorMessage } from "./collector-messages.js";
import type { Credentials } from "./credentials.js";
import { type JsonObject, type LimitsMessage, type ListPipelinesRequest, type PipelineMessage, type PipelineSource } from "./messages.js";
import { RateLimiter, type Clock } from "./rate-limiter.js";
import { type RetryPolicy } from "./retry.js";
/** One line of `--verbose` output; never carries a secret. */
export interface ClientEvent {
    procedure: string;
    attempt: number;
    outcome: "ok" | "retry" | "error";
    status?: number;
    detail?: string;
    durationMs: number;
}
/** Default cap on a response body, after decompression (issue #11: "a few hundred MB at most"). */
export declare const DEFAULT_MAX_RESPONSE_BYTES: number;
/** Default bound on the total time spent waiting to retry one call (backoff and Retry-After). */
export declare const DEFAULT_MAX_RETRY_WAIT_MS = 60000;
export interface FleetClientOptions {
    credentials: Credentials;
    /** Per request; default 30 s. */
    timeoutMs?: number;
    /** Share one limiter between clients of the same process; default 3 rps. */
    limiter?: RateLimiter;
    /**
     * Share the 3 rps with other fleetlint processes using the same credentials
     * (a budget file under the OS temp dir); default on. Tests with their own
     * clock turn it off.
     */
    shareBudget?: boolean;
    /** Directory of the shared budget file (default under the OS temp dir). */
    budgetDir?: string;
    retry?: Partial<RetryPolicy>;
    /** Largest response body accepted, after decompression; default 256 MiB. */
    maxResponseBytes?: number;
    /** Longest total wait for retries of one call, Retry-After included; default 60 s. */
    maxRetryWaitMs?: number;
    fetch?: typeof fetch;
    clock?: Clock;
    onEvent?: (event: ClientEvent) => void;
}
/** The process-wide limiter every client uses unless given its own. */
export declare function defaultLimiter(): RateLimiter;
/** How a call may be retried: a write whose request may have arrived must not be sent twice blindly. */
type Idempotence = "idempotent" | "send-once";
export declare class FleetClient {
    readonly url: string;
    private readonly authorization;
    private readonly secrets;
    private readonly timeoutMs;
    private readonly limiter;
    private readonly budget;
    private readonly retry;
    private readonly maxResponseBytes;
    private readonly maxRetryWaitMs;
    private readonly fetchImpl;
    private readonly clock;
    private readonly onEvent;
    constructor(options: FleetClientOptions);
    /** Removes this client's secrets, in every encoding, and URL credentials and queries from any text. */
    scrub(text: string): string;
    /** One RPC with rate limiting and retries; resolves to the decoded JSON body. */
    call(service: string, method: string, body: JsonObject, idempotence?: Idempotence): Promise<Record<string, unknown>>;
    /** How long to wait before retrying, or undefined when the error must not be retried. */
    private retryDelay;
    private emit;
    private once;
    private pipelineCall;
    /** Runs a decoder, turning a shape error into a protocol error for this procedure. */
    private decode;
    /**
     * Every pipeline, following pages: a listing is never silently truncated.
     * A page token seen twice (a server that ignores it) or a name listed twice
     * is a protocol error, since the plan is only as good as the listing.
     */
    listPipelines(request?: ListPipelinesRequest): Promise<PipelineMessage[]>;
    /**
     * Every item of a listing, following pages: a listing is never silently
     * truncated, and a page token seen twice (a server that ignores it) is a
     * protocol error.
     */
    private listPages;
    getPipeline(id: string): Promise<PipelineMessage>;
    getPipelineId(name: string): Promise<string>;
    createPipeline(pipeline: PipelineMessage, validateOnly?: boolean): Promise<PipelineMessage>;
    updatePipeline(pipeline: PipelineMessage, validateOnly?: boolean): Promise<PipelineMessage>;
    upsertPipeline(pipeline: PipelineMessage, validateOnly?: boolean): Promise<PipelineMessage>;
    deletePipeline(id: string): Promise<void>;
    bulkDeletePipelines(ids: string[]): Promise<void>;
    /** Sent once: after a timeout or a dropped connection the outcome is unknown and the caller must say so. */
    syncPipelines(source: PipelineSource, pipelines: PipelineMessage[]): Promise<void>;
    /**
     * Every collector of the stack. The v1 service answers in one message; a
     * `nextPageToken` is followed (each page is one request within the rate
     * limit). Like the pipeline listing, a listing whose pages do not end or
     * that lists an id twice is a protocol error, never a silently wrong fleet.
     */
    listCollectors(matchers?: readonly string[]): Promise<CollectorMessage[]>;
    getCollector(id: string): Promise<CollectorMessage>;
    getLimits(): Promise<LimitsMessage>;
}
/** Retry-After as milliseconds: delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export declare function retryAfterMs(header: string | null, now?: number): number | undefined;
export {};
