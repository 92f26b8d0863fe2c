/**
 * At most `limit` requests in any window of `windowMs` (Fleet Management
 * allows 3 requests per second, fleet-api.md §1.4), as the server counts
 * them: on arrival. We cannot see arrival, so a request's slot is timed from
 * when its answer came back, which is always after it arrived; the next
 * request past the limit waits a full window from then. A sliding window
 * rather than a token bucket with a burst: the server counts requests in a
 * window, so this is the property that matters. `marginMs` widens the window
 * a little more against clock granularity.
 */
export interface Clock {
    now(): number;
    sleep(ms: number): Promise<void>;
}
export declare const systemClock: Clock;
export interface RateLimiterOptions {
    limit?: number;
    windowMs?: number;
    marginMs?: number;
    clock?: Clock;
}
/** Call when the request's answer (or failure) has arrived. */
export type Release = () => void;
export declare class RateLimiter {
    readonly limit: number;
    private readonly windowMs;
    private readonly clock;
    /** The most recent `limit` requests, oldest first. */
    private readonly slots;
    /** Callers queue here so concurrent requests take turns in order. */
    private queue;
    constructor(options?: RateLimiterOptions);
    /** Resolves when one more request may start; call the returned function when it has finished. */
    acquire(): Promise<Release>;
    private takeSlot;
}
