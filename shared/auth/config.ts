import { ConfigError, envOptional, envString, envWholeNumber, isProduction } from "../config";

/**
 * How tokens are verified, read once per process. Development signs and verifies with a shared
 * HS256 key; a deployment sets its identity provider's JWKS URL or public key (RS256/ES256) and
 * the dev key is then refused.
 */
export interface AuthConfig {
  readonly issuer: string;
  readonly audience: string;
  /** HS256 key; only when no JWKS URL or public key is configured. */
  readonly sharedSecret?: string;
  readonly jwksUrl?: string;
  /**
   * Issue #14: how the identity provider's JWKS is cached. Keys are kept `maxAgeSeconds`; a token
   * naming an unknown key id refetches the set (a key rotated in is taken without a restart), at
   * most once per `cooldownSeconds` so a flood of forged key ids cannot hammer the provider.
   */
  readonly jwksCache?: { readonly maxAgeSeconds: number; readonly cooldownSeconds: number };
  /** SPKI PEM of an RS256/ES256 key. */
  readonly publicKeyPem?: string;
  readonly algorithms: readonly string[];
  /** The sending services' keys (D3, issue #8): which services may act for a user, see service-token.ts. */
  readonly serviceKeys?: ServiceKeysConfig;
}

/**
 * One sending service's key from `SERVICE_KEYS_<NAME>_*` (NAME: the service name upper-cased, `-`
 * as `_`): `_PRIVATE` (PKCS#8 PEM, set only in the sending service's own process), `_PUBLIC` (SPKI
 * PEM) or `_JWKS_URL` for the receivers, `_ALGORITHM` ES256 (default) or RS256.
 */
export interface ServiceKeyConfig {
  readonly algorithm: "ES256" | "RS256";
  readonly privateKeyPem?: string;
  readonly publicKeyPem?: string;
  readonly jwksUrl?: string;
}

export interface ServiceKeysConfig {
  readonly configured: ReadonlyMap<string, ServiceKeyConfig>;
  /**
   * Development only: a service without configured keys signs with an HS256 key derived from this
   * secret and its name. Never set in production, where an unconfigured service is not trusted.
   */
  readonly developmentSecret?: string;
}

const SERVICE_KEY_ENV = /^SERVICE_KEYS_([A-Z][A-Z0-9_]*)_(PRIVATE|PUBLIC|JWKS_URL|ALGORITHM)$/;

/** Reads every `SERVICE_KEYS_<NAME>_*` variable of `env`; pure so a test can pass its own. */
export function serviceKeysFrom(env: Readonly<Record<string, string | undefined>>, developmentSecret: string | undefined): ServiceKeysConfig {
  const parts = new Map<string, Record<string, string>>();
  for (const [name, value] of Object.entries(env)) {
    const match = SERVICE_KEY_ENV.exec(name);
    if (match === null || value === undefined || value === "") {
      continue;
    }
    const service = match[1].toLowerCase().replace(/_/g, "-");
    parts.set(service, { ...parts.get(service), [match[2]]: value });
  }
  const configured = new Map<string, ServiceKeyConfig>();
  for (const [service, part] of parts) {
    const algorithm = part.ALGORITHM ?? "ES256";
    if (algorithm !== "ES256" && algorithm !== "RS256") {
      throw new ConfigError(`SERVICE_KEYS_${service.toUpperCase().replace(/-/g, "_")}_ALGORITHM must be ES256 or RS256`);
    }
    if (part.PRIVATE === undefined && part.PUBLIC === undefined && part.JWKS_URL === undefined) {
      throw new ConfigError(`SERVICE_KEYS_${service.toUpperCase().replace(/-/g, "_")} needs a PRIVATE, PUBLIC or JWKS_URL key`);
    }
    configured.set(service, { algorithm, privateKeyPem: part.PRIVATE, publicKeyPem: part.PUBLIC, jwksUrl: part.JWKS_URL });
  }
  return { configured, developmentSecret };
}

export const DEV_SHARED_SECRET = "dev-only-shared-secret-do-not-deploy-0123456789";

export function readAuthConfig(): AuthConfig {
  const issuer = envString("JWT_ISSUER", "care-platform-dev");
  const audience = envString("JWT_AUDIENCE", "care-platform");
  const jwksUrl = envOptional("JWT_JWKS_URL");
  const publicKeyPem = envOptional("JWT_PUBLIC_KEY");
  if (jwksUrl !== undefined || publicKeyPem !== undefined) {
    const algorithm = envString("JWT_ALGORITHM", "RS256");
    if (algorithm !== "RS256" && algorithm !== "ES256") {
      throw new ConfigError("JWT_ALGORITHM must be RS256 or ES256");
    }
    const jwksCache = { maxAgeSeconds: envWholeNumber("JWT_JWKS_MAX_AGE_SECONDS", 600, 0), cooldownSeconds: envWholeNumber("JWT_JWKS_COOLDOWN_SECONDS", 30, 0) };
    return { issuer, audience, jwksUrl, jwksCache, publicKeyPem, algorithms: [algorithm], serviceKeys: serviceKeysFrom(process.env, undefined) };
  }
  const sharedSecret = envString("JWT_SECRET", DEV_SHARED_SECRET);
  if (isProduction() && sharedSecret === DEV_SHARED_SECRET) {
    throw new ConfigError("Set JWT_JWKS_URL, JWT_PUBLIC_KEY or JWT_SECRET: the development key is refused in production");
  }
  if (sharedSecret.length < 32) {
    throw new ConfigError("JWT_SECRET must be at least 32 characters");
  }
  // Issue #8: outside production the dev secret also yields each service's key, so `npm start` works bare.
  const serviceKeys = serviceKeysFrom(process.env, isProduction() ? undefined : sharedSecret);
  return { issuer, audience, sharedSecret, algorithms: ["HS256"], serviceKeys };
}
