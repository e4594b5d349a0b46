import { createRemoteJWKSet, importSPKI, JWTPayload, jwtVerify, JWTVerifyOptions, JWTVerifyResult, SignJWT } from "jose";
import { unauthenticated } from "../errors";
import { AuthConfig } from "./config";
import { Principal } from "./principal";
import { isRole, ORG_KIND_OF_ROLE, Role } from "./roles";
import { claimsServiceActor, ServiceTokenVerifier } from "./service-token";
import { VerifiedTokenCache } from "./verified-token-cache";

type VerifyWith = (token: string, options: JWTVerifyOptions) => Promise<JWTVerifyResult>;

export interface TokenVerifierOptions {
  /** The verifier's clock (a fake one in tests); the system clock when absent. */
  readonly now?: () => Date;
  /** Issue #13: how many verified tokens are kept (LRU); 0 verifies every request afresh. */
  readonly cachedTokens?: number;
}

const DEFAULT_JWKS_MAX_AGE_SECONDS = 600;

/** Sessions of a city's caseworkers at once, with room: a few MB of tokens at most. */
export const DEFAULT_CACHED_TOKENS = 5_000;

/** Verifies bearer tokens against one configuration; build one per process and reuse it. */
export class TokenVerifier {
  private verifierPromise: Promise<VerifyWith> | undefined;
  private readonly serviceTokens: ServiceTokenVerifier;
  private readonly verified: VerifiedTokenCache;

  constructor(
    private readonly config: AuthConfig,
    private readonly options: TokenVerifierOptions = {},
  ) {
    this.serviceTokens = new ServiceTokenVerifier(config.serviceKeys, { audience: config.audience, now: options.now });
    // A JWKS key the provider withdraws is still trusted by jose until its key cache ages out; a
    // cached token must not be trusted longer than that. A configured key changes only with a restart.
    const maxAgeMs = config.jwksUrl === undefined ? Number.POSITIVE_INFINITY : (config.jwksCache?.maxAgeSeconds ?? DEFAULT_JWKS_MAX_AGE_SECONDS) * 1000;
    this.verified = new VerifiedTokenCache(options.cachedTokens ?? DEFAULT_CACHED_TOKENS, maxAgeMs);
  }

  /** Returns the principal, or throws UNAUTHENTICATED without saying which check failed. */
  async verify(token: string): Promise<Principal> {
    const nowMs = (this.options.now?.() ?? new Date()).getTime();
    const cached = this.verified.get(token, nowMs);
    if (cached !== undefined) {
      return cached;
    }
    const { principal, expiresAt } = await this.verifyAfresh(token);
    this.verified.set(token, principal, expiresAt, nowMs);
    return principal;
  }

  /** The full check: signature, issuer, audience, lifetime, claims. */
  private async verifyAfresh(token: string): Promise<{ principal: Principal; expiresAt?: number }> {
    // Issue #8: a token with `act` is only ever checked against the named service's key, never the
    // users' key, so an identity-provider token cannot carry a service as its actor.
    if (claimsServiceActor(token)) {
      // Not cached: a service token lives a minute and comes once per hand-off (D3).
      const { payload, service } = await this.serviceTokens.verify(token);
      return { principal: { ...principalFromClaims(payload), actingService: service } };
    }
    let payload: JWTPayload;
    try {
      const verifyWith = await this.verifier();
      const verified = await verifyWith(token, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: [...this.config.algorithms],
        currentDate: this.options.now?.(),
      });
      payload = verified.payload;
    } catch {
      throw unauthenticated("The bearer token is invalid or expired");
    }
    return { principal: Object.freeze(principalFromClaims(payload)), expiresAt: payload.exp };
  }

  /** Reads `Authorization: Bearer …`; absent or malformed headers are UNAUTHENTICATED. */
  async verifyHeader(header: string | undefined | null): Promise<Principal> {
    const match = /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? "");
    if (match === null) {
      throw unauthenticated();
    }
    return this.verify(match[1]);
  }

  private verifier(): Promise<VerifyWith> {
    if (this.verifierPromise === undefined) {
      this.verifierPromise = verifierFor(this.config);
    }
    return this.verifierPromise;
  }
}

async function verifierFor(config: AuthConfig): Promise<VerifyWith> {
  if (config.jwksUrl !== undefined) {
    const jwks = createRemoteJWKSet(new URL(config.jwksUrl), {
      cacheMaxAge: (config.jwksCache?.maxAgeSeconds ?? DEFAULT_JWKS_MAX_AGE_SECONDS) * 1000,
      cooldownDuration: (config.jwksCache?.cooldownSeconds ?? 30) * 1000,
    });
    return (token, options) => jwtVerify(token, jwks, options);
  }
  if (config.publicKeyPem !== undefined) {
    const key = await importSPKI(config.publicKeyPem, config.algorithms[0]);
    return (token, options) => jwtVerify(token, key, options);
  }
  const secret = new TextEncoder().encode(config.sharedSecret ?? "");
  return (token, options) => jwtVerify(token, secret, options);
}

function principalFromClaims(payload: JWTPayload): Principal {
  const role = payload.role;
  const org = payload.org;
  if (typeof payload.sub !== "string" || payload.sub === "" || !isRole(role) || typeof org !== "string" || org === "") {
    throw unauthenticated("The bearer token lacks a subject, role or organisation");
  }
  const villages = payload.villages ?? [];
  if (!Array.isArray(villages) || !villages.every((village) => typeof village === "string")) {
    throw unauthenticated("The bearer token's villages claim is malformed");
  }
  return { subject: payload.sub, role, org, villages };
}

export interface TokenRequest {
  readonly subject: string;
  readonly role: Role;
  readonly org: string;
  readonly villages?: readonly string[];
  readonly expiresIn?: string;
}

/** Development tokens only: a deployment's identity provider issues real ones. */
export async function signDevToken(config: AuthConfig, request: TokenRequest): Promise<string> {
  if (config.sharedSecret === undefined) {
    throw new Error("Signing needs the shared HS256 key; this configuration verifies with a public key");
  }
  const villages = request.villages === undefined || request.villages.length === 0 ? {} : { villages: [...request.villages] };
  return new SignJWT({ role: request.role, org: request.org, orgKind: ORG_KIND_OF_ROLE[request.role], ...villages })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(request.subject)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? "12h")
    .sign(new TextEncoder().encode(config.sharedSecret));
}
