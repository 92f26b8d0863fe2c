/**
 * At most `limit` request starts in any window of `windowMs` (Fleet
 * Management allows 3 requests per second, fleet-api.md §1.4). A sliding
 * window rather than a token bucket with a burst: the server counts requests
 * in a window, so this is the property that matters. `marginMs` widens our
 * window a little so network jitter cannot squeeze four arrivals into one
 * server-side second.
 */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface RateLimiterOptions {
  limit?: number;
  windowMs?: number;
  marginMs?: number;
  clock?: Clock;
}

export class RateLimiter {
  readonly limit: number;
  private readonly windowMs: number;
  private readonly clock: Clock;
  /** Start times of the most recent `limit` requests, oldest first. */
  private readonly starts: number[] = [];
  /** Callers queue here so concurrent requests take turns in order. */
  private queue: Promise<void> = Promise.resolve();

  constructor(options: RateLimiterOptions = {}) {
    this.limit = options.limit ?? 3;
    if (!(this.limit >= 1)) throw new RangeError("rate limit must be at least 1 request per window");
    this.windowMs = (options.windowMs ?? 1000) + (options.marginMs ?? 50);
    this.clock = options.clock ?? systemClock;
  }

  /** Resolves when one more request may start, and records that start. */
  acquire(): Promise<void> {
    const turn = this.queue.then(() => this.waitForSlot());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async waitForSlot(): Promise<void> {
    if (this.starts.length >= this.limit) {
      const oldest = this.starts[this.starts.length - this.limit];
      const wait = oldest + this.windowMs - this.clock.now();
      if (wait > 0) await this.clock.sleep(wait);
    }
    this.starts.push(this.clock.now());
    if (this.starts.length > this.limit) this.starts.splice(0, this.starts.length - this.limit);
  }
}
