import type { Principal } from "./principal";

/**
 * Issue #13: the principals of tokens already verified, so a token that comes back (every request
 * of a session, and the gateway's forwarded copy at each subgraph) is not checked again with a
 * signature verification each time.
 * - Keyed by the exact token string: a token edited by one byte is another key, verified afresh.
 * - An entry never outlives the token's `exp`, nor `maxAgeMs` after it was verified (for a JWKS,
 *   its cache age: a key the provider withdraws stops being honoured as soon as jose itself would).
 * - Bounded: past `capacity` the least recently used entry goes (a Map keeps insertion order, and
 *   a hit moves its entry to the end).
 * Only successes are kept: a refused token is refused by the full check every time.
 */
export class VerifiedTokenCache {
  private readonly entries = new Map<string, { readonly principal: Principal; readonly validUntilMs: number }>();

  constructor(
    private readonly capacity: number,
    private readonly maxAgeMs: number,
  ) {}

  /** The principal of `token` if it was verified and is still valid at `nowMs`; an expired entry is dropped. */
  get(token: string, nowMs: number): Principal | undefined {
    const entry = this.entries.get(token);
    if (entry === undefined) {
      return undefined;
    }
    this.entries.delete(token);
    if (nowMs >= entry.validUntilMs) {
      return undefined;
    }
    this.entries.set(token, entry);
    return entry.principal;
  }

  /** Keeps a verified token until `expiresAtSeconds` (its `exp`); a token without `exp` is not kept. */
  set(token: string, principal: Principal, expiresAtSeconds: number | undefined, nowMs: number): void {
    if (expiresAtSeconds === undefined || this.capacity === 0) {
      return;
    }
    const validUntilMs = Math.min(expiresAtSeconds * 1000, nowMs + this.maxAgeMs);
    if (validUntilMs <= nowMs) {
      return;
    }
    this.entries.delete(token);
    this.entries.set(token, { principal, validUntilMs });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
