import { GraphQLError } from "graphql";
import { SignJWT } from "jose";
import { readAuthConfig } from "../../shared/auth/config";
import { Principal } from "../../shared/auth/principal";
import { Role } from "../../shared/auth/roles";
import { TokenVerifier } from "../../shared/auth/token";
import { VerifiedTokenCache } from "../../shared/auth/verified-token-cache";

/** Issue #13: a verified token is kept until it expires, by its exact text, in a bounded cache. */
const auth = readAuthConfig();
const START_MS = Date.parse("2026-12-01T01:00:00.000Z");
const OFFICER: Principal = { subject: "officer-13", role: Role.DISTRICT_CASE_OFFICER, org: "63000050", villages: [] };

/** A development token issued at START_MS, valid for `seconds`. */
function tokenFor(seconds: number, subject = OFFICER.subject): Promise<string> {
  const iat = START_MS / 1000;
  return new SignJWT({ role: OFFICER.role, org: OFFICER.org })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(subject)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + seconds)
    .sign(new TextEncoder().encode(auth.sharedSecret));
}

async function refusalOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : error;
  }
  return "accepted";
}

describe("the verified-token cache (issue #13)", () => {
  let nowMs = START_MS;
  const verifier = new TokenVerifier(auth, { now: () => new Date(nowMs) });

  beforeEach(() => {
    nowMs = START_MS;
  });

  it("should answer a token seen before from the cache while it is valid", async () => {
    const token = await tokenFor(60);
    const first = await verifier.verify(token);
    nowMs = START_MS + 59_000;

    expect(first).toEqual(OFFICER);
    // The very object of the first check: no second signature verification.
    expect(await verifier.verify(token)).toBe(first);
  });

  it("should refuse a cached token once its exp has passed", async () => {
    const token = await tokenFor(60);
    expect(await verifier.verify(token)).toEqual(OFFICER);
    nowMs = START_MS + 60_000;

    expect(await refusalOf(verifier.verify(token))).toBe("UNAUTHENTICATED");
    // And stays refused: the expired entry is gone, not revived.
    expect(await refusalOf(verifier.verify(token))).toBe("UNAUTHENTICATED");
  });

  it("should key by the exact token: an edited copy of a cached token is checked afresh and refused", async () => {
    const token = await tokenFor(600);
    await verifier.verify(token);
    const [header, payload, signature] = token.split(".");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
    const edited = `${header}.${Buffer.from(JSON.stringify({ ...claims, role: Role.AUDITOR })).toString("base64url")}.${signature}`;

    expect(await refusalOf(verifier.verify(edited))).toBe("UNAUTHENTICATED");
    expect(await verifier.verify(token)).toEqual(OFFICER);
  });

  it("should verify every time when the cache is switched off", async () => {
    const uncached = new TokenVerifier(auth, { now: () => new Date(nowMs), cachedTokens: 0 });
    const token = await tokenFor(60);
    const first = await uncached.verify(token);

    expect(await uncached.verify(token)).not.toBe(first);
    expect(await uncached.verify(token)).toEqual(first);
  });
});

describe("VerifiedTokenCache", () => {
  const principal = (subject: string): Principal => ({ ...OFFICER, subject });
  const exp = START_MS / 1000 + 3600;

  it("should hold at most its capacity, dropping the least recently used", () => {
    const cache = new VerifiedTokenCache(2, Number.POSITIVE_INFINITY);
    cache.set("a", principal("a"), exp, START_MS);
    cache.set("b", principal("b"), exp, START_MS);
    cache.get("a", START_MS);
    cache.set("c", principal("c"), exp, START_MS);

    expect(cache.size).toBe(2);
    expect(cache.get("b", START_MS)).toBeUndefined();
    expect(cache.get("a", START_MS)?.subject).toBe("a");
    expect(cache.get("c", START_MS)?.subject).toBe("c");
  });

  it("should keep an entry no longer than its max age (a JWKS key withdrawn) nor its exp", () => {
    const cache = new VerifiedTokenCache(10, 600_000);
    cache.set("long-lived", principal("long-lived"), exp, START_MS);
    cache.set("short-lived", principal("short-lived"), START_MS / 1000 + 30, START_MS);

    expect(cache.get("long-lived", START_MS + 599_999)?.subject).toBe("long-lived");
    expect(cache.get("long-lived", START_MS + 600_000)).toBeUndefined();
    expect(cache.get("short-lived", START_MS + 29_999)?.subject).toBe("short-lived");
    expect(cache.get("short-lived", START_MS + 30_000)).toBeUndefined();
  });

  it("should not keep a token without exp, nor one already expired", () => {
    const cache = new VerifiedTokenCache(10, Number.POSITIVE_INFINITY);
    cache.set("no-exp", principal("no-exp"), undefined, START_MS);
    cache.set("expired", principal("expired"), START_MS / 1000 - 1, START_MS);

    expect(cache.size).toBe(0);
  });
});
