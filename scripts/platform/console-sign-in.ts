import { ConfigError, envOptional, envString, isProduction } from "../../shared/config";

/**
 * How the console signs a caseworker in (issue #11), served to the browser as /console-config.json
 * so that one build runs in every deployment:
 * - development: the role/org picker and the gateway's /dev/token (never in production);
 * - oidc: the city's OpenID Connect provider (authorization code + PKCE), configured by its issuer
 *   URL and the console's client id; the gateway verifies the access token it issues by JWKS
 *   (JWT_JWKS_URL, JWT_ISSUER, JWT_AUDIENCE).
 */
export type ConsoleSignIn =
  | { readonly kind: "development" }
  | {
      readonly kind: "oidc";
      readonly issuer: string;
      readonly clientId: string;
      readonly scope: string;
      /** RFC 8707 resource indicator: the API the access token is for, when the provider needs one to issue a JWT for it. */
      readonly resource?: string;
    };

export function readConsoleSignIn(): ConsoleSignIn {
  const issuer = envOptional("CONSOLE_OIDC_ISSUER");
  if (issuer === undefined) {
    if (isProduction()) {
      throw new ConfigError("Set CONSOLE_OIDC_ISSUER and CONSOLE_OIDC_CLIENT_ID: the console's development sign-in is not served in production");
    }
    return { kind: "development" };
  }
  const clientId = envOptional("CONSOLE_OIDC_CLIENT_ID");
  if (clientId === undefined) {
    throw new ConfigError("CONSOLE_OIDC_CLIENT_ID is required with CONSOLE_OIDC_ISSUER");
  }
  return checkedOidc({ kind: "oidc", issuer, clientId, scope: envString("CONSOLE_OIDC_SCOPE", "openid"), resource: envOptional("CONSOLE_OIDC_RESOURCE") });
}

/** Refuses at start what would only fail in a caseworker's browser later. */
export function checkedOidc(signIn: Extract<ConsoleSignIn, { kind: "oidc" }>): ConsoleSignIn {
  if (!URL.canParse(signIn.issuer)) {
    throw new ConfigError("CONSOLE_OIDC_ISSUER must be the provider's issuer URL");
  }
  if (signIn.resource !== undefined && !URL.canParse(signIn.resource)) {
    throw new ConfigError("CONSOLE_OIDC_RESOURCE must be an absolute URI (RFC 8707)");
  }
  if (!signIn.scope.split(" ").includes("openid")) {
    throw new ConfigError("CONSOLE_OIDC_SCOPE must include openid");
  }
  return signIn;
}
