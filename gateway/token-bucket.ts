import { now } from "../shared/clock";

/**
 * Issue #14: a per-caller rate, as a token bucket: each key may spend up to `burst` at once, and
 * earns `perMinute` back over each minute. Time is the platform's clock (shared/clock.ts), so a
 * test moves it with the fake clock instead of waiting.
 */
export interface RateLimit {
  readonly burst: number;
  readonly perMinute: number;
}

export type Spend = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

const MS_PER_MINUTE = 60_000;

/** Past this many callers, buckets that have refilled are forgotten (a full bucket is the default). */
const PRUNE_ABOVE = 10_000;

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly limit: RateLimit) {}

  /** Spends `cost` of `key`'s tokens, or says how long until there are enough (nothing is spent then). */
  spend(key: string, cost: number): Spend {
    // More than a bucket holds (many aliased searches in one request, itself bounded by the alias
    // limit) spends a whole bucket: it can then be answered once the bucket is full again.
    const charge = Math.min(cost, this.limit.burst);
    const at = now().getTime();
    const bucket = this.refilled(key, at);
    if (bucket.tokens >= charge) {
      bucket.tokens -= charge;
      return { allowed: true };
    }
    const missing = charge - bucket.tokens;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((missing / this.limit.perMinute) * 60)) };
  }

  private refilled(key: string, at: number): Bucket {
    const bucket = this.buckets.get(key);
    if (bucket === undefined) {
      this.prune(at);
      const fresh = { tokens: this.limit.burst, at };
      this.buckets.set(key, fresh);
      return fresh;
    }
    // A clock set back (a test's fake clock) earns nothing rather than a negative amount.
    const earned = (Math.max(0, at - bucket.at) / MS_PER_MINUTE) * this.limit.perMinute;
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + earned);
    bucket.at = at;
    return bucket;
  }

  private prune(at: number): void {
    if (this.buckets.size < PRUNE_ABOVE) {
      return;
    }
    const fullAfterMs = (this.limit.burst / this.limit.perMinute) * MS_PER_MINUTE;
    for (const [key, bucket] of this.buckets) {
      if (at - bucket.at >= fullAfterMs) {
        this.buckets.delete(key);
      }
    }
  }
}
