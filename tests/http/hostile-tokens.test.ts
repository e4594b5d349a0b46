import { createServer, Server } from "http";
import { AddressInfo } from "net";
import { exportJWK, generateKeyPair, JWK, SignJWT } from "jose";
import { DEV_SHARED_SECRET } from "../../shared/auth/config";
import { Role } from "../../shared/auth/roles";
import { setEnv } from "../support/env";
import { errorCodes, postGraphQL } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * Issue #14, tokens: with the city's identity provider configured (JWKS, ES256), every forged,
 * edited, expired, early, misaddressed or development token is refused — at the gateway and at
 * each subgraph on its own (D4: a subgraph never trusts a request the gateway let through) — and
 * a key the provider rotates in is taken from its JWKS without a restart.
 */
const ISSUER = "https://idp.test.taipei";
const AUDIENCE = "care-platform";

type Signer = Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];

interface IdentityProviderKeys {
  readonly url: string;
  /** What the JWKS endpoint serves now (the test rotates it). */
  serve(keys: readonly JWK[]): void;
  /** How many times the key set was fetched. */
  fetches(): number;
  stop(): Promise<void>;
}

async function serveJwks(initial: readonly JWK[]): Promise<IdentityProviderKeys> {
  let keys = initial;
  let fetches = 0;
  const server: Server = createServer((_request, response) => {
    fetches += 1;
    response.writeHead(200, { "content-type": "application/jwk-set+json" });
    response.end(JSON.stringify({ keys }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`,
    serve: (next) => {
      keys = next;
    },
    fetches: () => fetches,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function keyPair(kid: string): Promise<{ signer: Signer; jwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
  return { signer: privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: "ES256", use: "sig" } };
}

interface Claims {
  readonly issuer?: string;
  readonly audience?: string;
  readonly expiresAt?: number;
  readonly notBefore?: number;
}

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

function unsigned(claims: Claims = {}): SignJWT {
  const jwt = new SignJWT({ role: Role.DISTRICT_CASE_OFFICER, org: "63000050" })
    .setSubject("officer-1")
    .setIssuer(claims.issuer ?? ISSUER)
    .setAudience(claims.audience ?? AUDIENCE)
    .setIssuedAt(nowSeconds() - 60)
    .setExpirationTime(claims.expiresAt ?? nowSeconds() + 3600);
  return claims.notBefore === undefined ? jwt : jwt.setNotBefore(claims.notBefore);
}

function signed(signer: Signer, kid: string, claims: Claims = {}): Promise<string> {
  return unsigned(claims).setProtectedHeader({ alg: "ES256", kid }).sign(signer);
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

describe("hostile tokens at the gateway and every subgraph (issue #14, D4)", () => {
  let platform: TestPlatform;
  let provider: IdentityProviderKeys;
  let current: { signer: Signer; jwk: JWK };
  let restoreEnv: () => void = () => undefined;

  beforeAll(async () => {
    current = await keyPair("key-2026-12");
    provider = await serveJwks([current.jwk]);
    restoreEnv = setEnv({ JWT_JWKS_URL: provider.url, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE, JWT_ALGORITHM: "ES256", JWT_JWKS_COOLDOWN_SECONDS: "0" });
    platform = await startTestPlatform({ persons: 2 });
  });

  afterAll(async () => {
    await platform.stop();
    await provider.stop();
    restoreEnv();
  });

  /** Each place a token is checked: the gateway and each subgraph, called directly (the token is checked before any field). */
  async function answers(token: string): Promise<{ where: string; status: number; codes: string[]; data: unknown }[]> {
    const gateway = await postGraphQL(platform.gatewayUrl, `{ __typename }`, { token });
    const subgraphs = await Promise.all(
      [...platform.platform.subgraphs.keys()].map(async (name) => ({ name, response: await postGraphQL(platform.subgraphUrl(name), `{ __typename }`, { token }) })),
    );
    return [
      { where: "gateway", status: gateway.status, codes: errorCodes(gateway), data: gateway.data ?? null },
      ...subgraphs.map(({ name, response }) => ({ where: name, status: response.status, codes: errorCodes(response), data: response.data ?? null })),
    ];
  }

  function refusedEverywhere(results: Awaited<ReturnType<typeof answers>>): void {
    expect(results.length).toBe(1 + platform.platform.subgraphs.size);
    for (const result of results) {
      expect(result).toEqual({ where: result.where, status: 401, codes: ["UNAUTHENTICATED"], data: null });
    }
  }

  it("should accept the identity provider's own token everywhere (the control)", async () => {
    const results = await answers(await signed(current.signer, current.jwk.kid!));
    for (const result of results) {
      expect({ where: result.where, status: result.status, codes: result.codes }).toEqual({ where: result.where, status: 200, codes: [] });
    }
  });

  it("should refuse alg none", async () => {
    const token = `${base64url({ alg: "none", typ: "JWT" })}.${(await signed(current.signer, current.jwk.kid!)).split(".")[1]}.`;
    refusedEverywhere(await answers(token));
  });

  it("should refuse a token signed with another key under the provider's key id", async () => {
    const intruder = await keyPair(current.jwk.kid!);
    refusedEverywhere(await answers(await signed(intruder.signer, current.jwk.kid!)));
  });

  it("should refuse a token whose payload was edited after signing", async () => {
    const [header, payload, signature] = (await signed(current.signer, current.jwk.kid!)).split(".");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
    refusedEverywhere(await answers(`${header}.${base64url({ ...claims, org: "63000110", role: Role.AUDITOR })}.${signature}`));
  });

  it("should refuse an expired token and one not yet valid", async () => {
    refusedEverywhere(await answers(await signed(current.signer, current.jwk.kid!, { expiresAt: nowSeconds() - 120 })));
    refusedEverywhere(await answers(await signed(current.signer, current.jwk.kid!, { notBefore: nowSeconds() + 3600 })));
  });

  it("should refuse a token from another issuer or for another audience", async () => {
    refusedEverywhere(await answers(await signed(current.signer, current.jwk.kid!, { issuer: "https://idp.elsewhere.example" })));
    refusedEverywhere(await answers(await signed(current.signer, current.jwk.kid!, { audience: "another-system" })));
  });

  it("should refuse a development token (the shared HS256 key) and an HS256 token keyed with the provider's public key", async () => {
    const development = await unsigned().setProtectedHeader({ alg: "HS256" }).sign(new TextEncoder().encode(DEV_SHARED_SECRET));
    refusedEverywhere(await answers(development));
    const confused = await unsigned()
      .setProtectedHeader({ alg: "HS256", kid: current.jwk.kid })
      .sign(new TextEncoder().encode(JSON.stringify(current.jwk)));
    refusedEverywhere(await answers(confused));
  });

  it("should keep the provider's keys, not fetch them for every token", async () => {
    const token = await signed(current.signer, current.jwk.kid!);
    await answers(token);
    const before = provider.fetches();
    for (let round = 0; round < 5; round += 1) {
      await answers(token);
    }
    expect(provider.fetches()).toBe(before);
  });

  it("should take a key the provider rotates in from its JWKS, without a restart", async () => {
    const next = await keyPair("key-2027-01");
    // Before the provider publishes it, the new key is refused everywhere.
    refusedEverywhere(await answers(await signed(next.signer, next.jwk.kid!)));
    provider.serve([current.jwk, next.jwk]);
    const results = await answers(await signed(next.signer, next.jwk.kid!));
    for (const result of results) {
      expect({ where: result.where, status: result.status, codes: result.codes }).toEqual({ where: result.where, status: 200, codes: [] });
    }
  });
});
