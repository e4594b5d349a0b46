import { createRemoteJWKSet, importSPKI, JWTPayload, jwtVerify, JWTVerifyOptions, JWTVerifyResult, SignJWT } from "jose";
import { unauthenticated } from "../errors";
import { AuthConfig } from "./config";
import { Principal } from "./principal";
import { isRole, ORG_KIND_OF_ROLE, Role } from "./roles";
import { claimsServiceActor, ServiceTokenVerifier } from "./service-token";

type VerifyWith = (token: string, options: JWTVerifyOptions) => Promise<JWTVerifyResult>;

export interface TokenVerifierOptions {
  /** The verifier's clock (a fake one in tests); the system clock when absent. */
  readonly now?: () => Date;
}

/** Verifies bearer tokens against one configuration; build one per process and reuse it. */
export class TokenVerifier {
  private verifierPromise: Promise<VerifyWith> | undefined;
  private readonly serviceTokens: ServiceTokenVerifier;

  constructor(
    private readonly config: AuthConfig,
    private readonly options: TokenVerifierOptions = {},
  ) {
    this.serviceTokens = new ServiceTokenVerifier(config.serviceKeys, { audience: config.audience, now: options.now });
  }

  /** Returns the principal, or throws UNAUTHENTICATED without saying which check failed. */
  async verify(token: string): Promise<Principal> {
    // Issue #8: a token with `act` is only ever checked against the named service's key, never the
    // users' key, so an identity-provider token cannot carry a service as its actor.
    if (claimsServiceActor(token)) {
      const { payload, service } = await this.serviceTokens.verify(token);
      return { ...principalFromClaims(payload), actingService: service };
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
    return principalFromClaims(payload);
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
      cacheMaxAge: (config.jwksCache?.maxAgeSeconds ?? 600) * 1000,
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
