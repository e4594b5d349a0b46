import { readAuthConfig } from "../shared/auth/config";
import { normaliseOrg } from "../shared/auth/dev-orgs";
import { isRole, Role, ROLES } from "../shared/auth/roles";
import { signDevToken } from "../shared/auth/token";
import { ErrorCode } from "../shared/errors";
import { RouteHandler, sendGraphQLError, sendJson } from "../shared/http/serve";

/** The console's development sign-in (issue #11): a role/org picker instead of the city's identity provider. */
export const DEV_TOKEN_PATH = "/dev/token";

/**
 * `GET /dev/token?role=…&org=…&villages=a,b`: what `npm run token` prints, for the console in
 * development. Mounted only with the developer tools (never with NODE_ENV=production, where the
 * console signs in with OpenID Connect and the gateway verifies the provider's tokens), and only
 * while the gateway verifies with the development key it signs with.
 */
export function devTokenRoute(): RouteHandler {
  return async (_request, response, url) => {
    const role = url.searchParams.get("role");
    if (!isRole(role)) {
      sendGraphQLError(response, 400, ErrorCode.BAD_USER_INPUT, `role must be one of ${ROLES.join(", ")}`);
      return;
    }
    let org: string;
    try {
      org = normaliseOrg(role, url.searchParams.get("org") ?? undefined);
    } catch (error) {
      sendGraphQLError(response, 400, ErrorCode.BAD_USER_INPUT, error instanceof Error ? error.message : "bad org");
      return;
    }
    const villages = role === Role.VILLAGE_OFFICER ? (url.searchParams.get("villages") ?? "").split(",").filter((village) => village.trim() !== "") : undefined;
    if (villages !== undefined && villages.length === 0) {
      sendGraphQLError(response, 400, ErrorCode.BAD_USER_INPUT, "villages: a village officer covers at least one village");
      return;
    }
    const token = await signDevToken(readAuthConfig(), { subject: `console-${role.toLowerCase()}`, role, org, villages, expiresIn: "8h" });
    response.setHeader("cache-control", "no-store");
    sendJson(response, 200, { token, role, org, villages: villages ?? [] });
  };
}
