/** How long a hand-off waits after a retryable failure: exponential, capped (issue #8). */
export interface BackoffPolicy {
  /** The wait after the first failed attempt. */
  readonly baseMs: number;
  /** No wait is longer: a receiver down for a day is tried again every capMs, not once a week. */
  readonly capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 5_000, capMs: 15 * 60_000 };

/** The wait after attempt number `attempts` (1 for the first) failed: base × 2^(attempts−1), at most cap. */
export function backoffDelayMs(policy: BackoffPolicy, attempts: number): number {
  const exponent = Math.min(Math.max(attempts - 1, 0), 40);
  return Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
}
