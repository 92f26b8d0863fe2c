import { describe, expect, it } from "vitest";
import { RateLimiter, type Clock } from "../../src/fleet/rate-limiter.js";
import { DEFAULT_RETRY_POLICY, backoffDelay, isRetryable } from "../../src/fleet/retry.js";
import { FleetApiError, FleetNetworkError, CONNECT_CODES } from "../../src/fleet/errors.js";

/** A clock that advances only when someone sleeps. */
function fakeClock(): Clock & { time: number } {
  const clock = {
    time: 0,
    now: () => clock.time,
    sleep: async (ms: number) => {
      clock.time += ms;
    },
  };
  return clock;
}

describe("RateLimiter", () => {
  it("never lets more than 3 starts into any window of 1 s", async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ clock, marginMs: 0 });
    const starts: number[] = [];
    for (let i = 0; i < 10; i++) {
      const release = await limiter.acquire();
      starts.push(clock.time);
      release();
    }
    expect(starts).toEqual([0, 0, 0, 1000, 1000, 1000, 2000, 2000, 2000, 3000]);
    for (let i = 3; i < starts.length; i++) expect(starts[i] - starts[i - 3]).toBeGreaterThanOrEqual(1000);
  });

  it("serves concurrent callers in order", async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ clock, limit: 2, windowMs: 100, marginMs: 10 });
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3].map((i) => limiter.acquire().then((release) => (order.push(i), release()))));
    expect(order).toEqual([0, 1, 2, 3]);
    expect(clock.time).toBe(110);
  });

  it("times the window from when a request finished, not when it started", async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ clock, limit: 1, windowMs: 100, marginMs: 0 });
    const first = await limiter.acquire();
    const second = limiter.acquire();
    clock.time = 250; // the first answer took 250 ms
    first();
    await second;
    expect(clock.time).toBe(350);
  });

  it("rejects a limit below one", () => {
    expect(() => new RateLimiter({ limit: 0 })).toThrow(RangeError);
  });
});

describe("retry policy", () => {
  it("retries only transient failures", () => {
    const retryable = CONNECT_CODES.filter((code) => isRetryable(new FleetApiError("p", code, "", 0)));
    expect(retryable).toEqual(["deadline_exceeded", "resource_exhausted", "unavailable"]);
    expect(isRetryable(new FleetNetworkError("p", "timeout", "x"))).toBe(true);
    expect(isRetryable(new FleetNetworkError("p", "connection", "ECONNRESET"))).toBe(true);
    expect(isRetryable(new Error("other"))).toBe(false);
  });

  it("backs off exponentially with jitter inside [step/2, step]", () => {
    const low = { ...DEFAULT_RETRY_POLICY, random: () => 0 };
    const high = { ...DEFAULT_RETRY_POLICY, random: () => 0.999999 };
    expect([0, 1, 2, 3].map((n) => backoffDelay(low, n))).toEqual([125, 250, 500, 1000]);
    expect([0, 1, 2, 3].map((n) => backoffDelay(high, n))).toEqual([250, 500, 1000, 2000]);
    expect(backoffDelay(high, 20)).toBe(DEFAULT_RETRY_POLICY.maxDelayMs);
  });
});
