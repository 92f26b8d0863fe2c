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

interface Slot {
  /** When the request finished; undefined while it is in flight. */
  end?: number;
  finished: Promise<void>;
}

/** Call when the request's answer (or failure) has arrived. */
export type Release = () => void;

export class RateLimiter {
  readonly limit: number;
  private readonly windowMs: number;
  private readonly clock: Clock;
  /** The most recent `limit` requests, oldest first. */
  private readonly slots: Slot[] = [];
  /** Callers queue here so concurrent requests take turns in order. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: RateLimiterOptions = {}) {
    this.limit = options.limit ?? 3;
    if (!(this.limit >= 1)) throw new RangeError("rate limit must be at least 1 request per window");
    this.windowMs = (options.windowMs ?? 1000) + (options.marginMs ?? 20);
    this.clock = options.clock ?? systemClock;
  }

  /** Resolves when one more request may start; call the returned function when it has finished. */
  acquire(): Promise<Release> {
    const turn = this.queue.then(() => this.takeSlot());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async takeSlot(): Promise<Release> {
    if (this.slots.length >= this.limit) {
      const oldest = this.slots[this.slots.length - this.limit];
      await oldest.finished;
      const wait = (oldest.end as number) + this.windowMs - this.clock.now();
      if (wait > 0) await this.clock.sleep(wait);
    }
    let release!: Release;
    const slot: Slot = { finished: new Promise<void>((resolve) => (release = resolve)) };
    this.slots.push(slot);
    if (this.slots.length > this.limit) this.slots.splice(0, this.slots.length - this.limit);
    return () => {
      if (slot.end === undefined) slot.end = this.clock.now();
      release();
    };
  }
}
