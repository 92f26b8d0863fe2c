export interface RetryPolicy {
    /** Retries after the first attempt. */
    maxRetries: number;
    baseDelayMs: number;
    maxDelayMs: number;
    /** Uniform [0, 1); replaceable for deterministic tests. */
    random: () => number;
}
export declare const DEFAULT_RETRY_POLICY: RetryPolicy;
export declare function isRetryable(error: unknown): boolean;
/**
 * Delay before retry number `retry` (0-based): half the exponential step plus
 * a random share of the other half, so concurrent clients spread out but
 * never retry immediately.
 */
export declare function backoffDelay(policy: RetryPolicy, retry: number): number;
