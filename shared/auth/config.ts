import { ConfigError, envOptional, envString, isProduction } from "../config";

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
  /** SPKI PEM of an RS256/ES256 key. */
  readonly publicKeyPem?: string;
  readonly algorithms: readonly string[];
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
    return { issuer, audience, jwksUrl, publicKeyPem, algorithms: [algorithm] };
  }
  const sharedSecret = envString("JWT_SECRET", DEV_SHARED_SECRET);
  if (isProduction() && sharedSecret === DEV_SHARED_SECRET) {
    throw new ConfigError("Set JWT_JWKS_URL, JWT_PUBLIC_KEY or JWT_SECRET: the development key is refused in production");
  }
  if (sharedSecret.length < 32) {
    throw new ConfigError("JWT_SECRET must be at least 32 characters");
  }
  return { issuer, audience, sharedSecret, algorithms: ["HS256"] };
}
