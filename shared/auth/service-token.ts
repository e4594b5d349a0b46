import { createHmac, createPublicKey, randomUUID } from "crypto";
import { createRemoteJWKSet, decodeJwt, importPKCS8, importSPKI, JWTPayload, jwtVerify, JWTVerifyOptions, JWTVerifyResult, KeyLike, SignJWT } from "jose";
import { ConfigError } from "../config";
import { forbidden, unauthenticated } from "../errors";
import type { ServiceKeyConfig, ServiceKeysConfig } from "./config";
import type { Principal } from "./principal";
import { ORG_KIND_OF_ROLE } from "./roles";

/**
 * Service tokens (D3, issue #8): a sending agency's subgraph delivers a hand-off through the
 * gateway on behalf of the user whose change caused it, with a token it signs with its own key.
 *
 * Claim layout, after RFC 8693 §4.1 ("act"): `sub` is the party the token is about and on whose
 * behalf the call is made, `act.sub` the party actually acting. Here the user is the subject and
 * the service the actor:
 *
 *   { "iss": "service:household", "sub": "clerk-007", "act": { "sub": "service:household" },
 *     "aud": "care-platform", "role": "HOUSEHOLD_CLERK", "org": "63000050", "orgKind": …,
 *     "villages": […], "iat": …, "exp": …, "jti": … }
 *
 * Why this way round: every receiver's row scope, shield rules and audit log key on the subject's
 * role and organisation (D4, issue #4), so they stay the user's and none of them changes; the
 * receiver additionally learns which service vouches for the referenced entity. The other way
 * round (`sub` = the service, `act` = the user) would say the user acts for the service, the
 * reverse of what happens, and would need a role for services in every policy.
 *
 * A user cannot mint one: the key is chosen by the service `act` names, and only that service holds
 * it (in development: an HS256 key derived from the dev secret and the service name, distinct from
 * the users' key). A token with an `act` claim is never accepted on the users' key, and `iss` must
 * name the same service as `act`. Tokens live at most MAX_SERVICE_TOKEN_TTL_SECONDS.
 */
export const MAX_SERVICE_TOKEN_TTL_SECONDS = 300;
export const DEFAULT_SERVICE_TOKEN_TTL_SECONDS = 60;

const SERVICE_NAME = /^[a-z][a-z0-9-]{0,39}$/;
const SERVICE_SUBJECT_PREFIX = "service:";

/** The `iss` and `act.sub` of a service's tokens. */
export function serviceSubject(service: string): string {
  return `${SERVICE_SUBJECT_PREFIX}${service}`;
}

export interface ServiceTokenRequest {
  /** The sending service, e.g. "household". */
  readonly service: string;
  /** The user whose change the hand-off carries (their claims become the token's subject). */
  readonly actor: Principal;
  readonly audience: string;
  /** Seconds; at most MAX_SERVICE_TOKEN_TTL_SECONDS. */
  readonly ttl?: number;
  /** The signer's clock (a fake one in tests). */
  readonly now?: Date;
}

/** Signs a service token with the sending service's own key (throws ConfigError when it has none). */
export async function signServiceToken(keys: ServiceKeysConfig, request: ServiceTokenRequest): Promise<string> {
  const service = checkedServiceName(request.service);
  const ttl = request.ttl ?? DEFAULT_SERVICE_TOKEN_TTL_SECONDS;
  if (!Number.isInteger(ttl) || ttl <= 0 || ttl > MAX_SERVICE_TOKEN_TTL_SECONDS) {
    throw new ConfigError(`A service token lives 1 to ${MAX_SERVICE_TOKEN_TTL_SECONDS} seconds`);
  }
  const { actor } = request;
  const issuedAt = Math.floor((request.now ?? new Date()).getTime() / 1000);
  const villages = actor.villages.length === 0 ? {} : { villages: [...actor.villages] };
  const signing = await signingKeyOf(keys, service);
  return new SignJWT({ role: actor.role, org: actor.org, orgKind: ORG_KIND_OF_ROLE[actor.role], ...villages, act: { sub: serviceSubject(service) } })
    .setProtectedHeader({ alg: signing.algorithm, typ: "JWT" })
    .setIssuer(serviceSubject(service))
    .setSubject(actor.subject)
    .setAudience(request.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttl)
    .setJti(randomUUID())
    .sign(signing.key);
}

/** True when the token claims to be a service token (it has `act`); says nothing about validity. */
export function claimsServiceActor(token: string): boolean {
  try {
    return decodeJwt(token).act !== undefined;
  } catch {
    return false;
  }
}

export interface VerifiedServiceToken {
  readonly payload: JWTPayload;
  /** The service that signed it, e.g. "household". */
  readonly service: string;
}

export interface ServiceTokenVerifierOptions {
  readonly audience: string;
  /** The verifier's clock (a fake one in tests). */
  readonly now?: () => Date;
}

type VerifyWith = (token: string, options: JWTVerifyOptions) => Promise<JWTVerifyResult>;

/** Verifies service tokens against the configured service keys; one per process, like TokenVerifier. */
export class ServiceTokenVerifier {
  private readonly verifiers = new Map<string, Promise<VerifyWith>>();

  constructor(
    private readonly keys: ServiceKeysConfig | undefined,
    private readonly options: ServiceTokenVerifierOptions,
  ) {}

  /** The verified claims and service; UNAUTHENTICATED without saying which check failed. */
  async verify(token: string): Promise<VerifiedServiceToken> {
    try {
      const service = actingServiceOf(decodeJwt(token));
      if (service === undefined || this.keys === undefined) {
        throw unauthenticated();
      }
      const verifyWith = await this.verifierOf(this.keys, service);
      const { payload } = await verifyWith(token, {
        issuer: serviceSubject(service),
        audience: this.options.audience,
        requiredClaims: ["exp", "iat", "jti", "sub"],
        maxTokenAge: MAX_SERVICE_TOKEN_TTL_SECONDS,
        currentDate: this.options.now?.(),
      });
      const lifetime = Number(payload.exp) - Number(payload.iat);
      // Decoded and verified claims are the same bytes, but re-read them from the verified payload.
      if (actingServiceOf(payload) !== service || !(lifetime > 0 && lifetime <= MAX_SERVICE_TOKEN_TTL_SECONDS)) {
        throw unauthenticated();
      }
      return { payload, service };
    } catch {
      throw unauthenticated("The service token is invalid or expired");
    }
  }

  private verifierOf(keys: ServiceKeysConfig, service: string): Promise<VerifyWith> {
    let verifier = this.verifiers.get(service);
    if (verifier === undefined) {
      verifier = verifierFor(keys, service);
      this.verifiers.set(service, verifier);
      // A failed import (bad PEM) must not stick: the next request tries again.
      verifier.catch(() => this.verifiers.delete(service));
    }
    return verifier;
  }
}

/**
 * The service named by `act`, when `act` is exactly `{ sub: "service:<name>" }`. A nested `act`
 * (a chain of actors) is refused: one service delivers a hand-off, nobody delivers for it.
 */
function actingServiceOf(payload: JWTPayload): string | undefined {
  const act = payload.act;
  if (typeof act !== "object" || act === null || Array.isArray(act)) {
    return undefined;
  }
  const members = Object.entries(act);
  if (members.length !== 1 || members[0][0] !== "sub" || typeof members[0][1] !== "string") {
    return undefined;
  }
  const subject = members[0][1];
  if (!subject.startsWith(SERVICE_SUBJECT_PREFIX)) {
    return undefined;
  }
  const service = subject.slice(SERVICE_SUBJECT_PREFIX.length);
  return SERVICE_NAME.test(service) ? service : undefined;
}

/** The user's principal came through `service` (its verified service token). */
export function isActingThrough(principal: Principal, service: string): boolean {
  return principal.actingService !== undefined && principal.actingService === service;
}

/**
 * For an intake that only a sending agency may call (D3): a user's own token, or another service's,
 * is FORBIDDEN. Use it in the policy layer (a shield rule or a write declaration), not a resolver.
 */
export function requireActingService(principal: Principal, service: string): void {
  if (!isActingThrough(principal, service)) {
    throw forbidden(`Only the ${service} service may call this on a user's behalf`);
  }
}

function checkedServiceName(service: string): string {
  if (!SERVICE_NAME.test(service)) {
    throw new ConfigError("A service name is lower-case letters, digits and hyphens");
  }
  return service;
}

/** Development: the service's HS256 key, derived so that it differs from the users' key and per service. */
function developmentKeyOf(secret: string, service: string): Uint8Array {
  return createHmac("sha256", secret).update(`care-platform service token key:${service}`).digest();
}

function configuredKeyOf(keys: ServiceKeysConfig, service: string): ServiceKeyConfig | undefined {
  return keys.configured.get(checkedServiceName(service));
}

async function signingKeyOf(keys: ServiceKeysConfig, service: string): Promise<{ algorithm: string; key: KeyLike | Uint8Array }> {
  const configured = configuredKeyOf(keys, service);
  if (configured !== undefined) {
    if (configured.privateKeyPem === undefined) {
      throw new ConfigError(`The ${service} service has no private key here (SERVICE_KEYS_<NAME>_PRIVATE)`);
    }
    return { algorithm: configured.algorithm, key: await importPKCS8(configured.privateKeyPem, configured.algorithm) };
  }
  if (keys.developmentSecret !== undefined) {
    return { algorithm: "HS256", key: developmentKeyOf(keys.developmentSecret, service) };
  }
  throw new ConfigError(`No key configured for the ${service} service (SERVICE_KEYS_<NAME>_*)`);
}

async function verifierFor(keys: ServiceKeysConfig, service: string): Promise<VerifyWith> {
  const configured = configuredKeyOf(keys, service);
  if (configured !== undefined) {
    const algorithms = [configured.algorithm];
    if (configured.jwksUrl !== undefined) {
      const jwks = createRemoteJWKSet(new URL(configured.jwksUrl));
      return (token, options) => jwtVerify(token, jwks, { ...options, algorithms });
    }
    // The sender's own process may hold only its private key: the public half follows from it.
    const publicPem =
      configured.publicKeyPem ?? createPublicKey(configured.privateKeyPem ?? "").export({ type: "spki", format: "pem" }).toString();
    const key = await importSPKI(publicPem, configured.algorithm);
    return (token, options) => jwtVerify(token, key, { ...options, algorithms });
  }
  if (keys.developmentSecret !== undefined) {
    const key = developmentKeyOf(keys.developmentSecret, service);
    return (token, options) => jwtVerify(token, key, { ...options, algorithms: ["HS256"] });
  }
  throw unauthenticated();
}
