/**
 * Which failures are worth another try, and how long to wait (SPEC §5):
 * exponential backoff with full jitter, bounded attempts. Only transient
 * answers are retried; a verdict on the request itself (invalid_argument,
 * not_found, permission_denied, unauthenticated, failed_precondition,
 * already_exists…) would only get the same answer again.
 */
import { FleetApiError, FleetNetworkError, type ConnectCode } from "./errors.js";

const RETRYABLE_CODES: ReadonlySet<ConnectCode> = new Set(["unavailable", "resource_exhausted", "deadline_exceeded"]);

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Uniform [0, 1); replaceable for deterministic tests. */
  random: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 5,
  baseDelayMs: 250,
  maxDelayMs: 8000,
  random: Math.random,
};

export function isRetryable(error: unknown): boolean {
  if (error instanceof FleetNetworkError) return true;
  if (error instanceof FleetApiError) return RETRYABLE_CODES.has(error.code);
  return false;
}

/**
 * Delay before retry number `retry` (0-based): half the exponential step plus
 * a random share of the other half, so concurrent clients spread out but
 * never retry immediately.
 */
export function backoffDelay(policy: RetryPolicy, retry: number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(step / 2 + (policy.random() * step) / 2);
}
