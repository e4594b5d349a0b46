import { decodeJwt } from "jose";
import { UserManager, WebStorageStateStore } from "oidc-client-ts";
import { isRole } from "../../../shared/auth/roles";
import type { Session } from "../session";
import { purposeOrDefault } from "./purpose-fields";

/** The console's sign-in as served by its server (scripts/platform/console-sign-in.ts). */
export type SignInConfig =
  | { readonly kind: "development" }
  | { readonly kind: "oidc"; readonly issuer: string; readonly clientId: string; readonly scope: string; readonly resource?: string };

/** What the console carries through the provider's redirect: the purpose the user chose before leaving. */
interface RedirectState {
  readonly purpose: string;
}

/**
 * Authorization code with PKCE (oidc-client-ts): the browser holds no secret, the provider's
 * answer comes back to the console's own origin, and the state lives in this tab only.
 */
function userManagerFor(config: Extract<SignInConfig, { kind: "oidc" }>): UserManager {
  const resource: Record<string, string> = config.resource === undefined ? {} : { resource: config.resource };
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${window.location.origin}/`,
    response_type: "code",
    scope: config.scope,
    extraQueryParams: resource,
    extraTokenParams: resource,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

export async function startOidcSignIn(config: Extract<SignInConfig, { kind: "oidc" }>, purpose: string): Promise<void> {
  const state: RedirectState = { purpose };
  await userManagerFor(config).signinRedirect({ state });
}

/** True when the provider has just sent the browser back with an answer (code or error) to complete. */
export function isOidcRedirect(): boolean {
  const query = new URLSearchParams(window.location.search);
  return query.has("state") && (query.has("code") || query.has("error"));
}

export class SignInRefused extends Error {}

/**
 * Completes the redirect: exchanges the code, then reads role, org and villages from the access
 * token the gateway will verify (by the provider's JWKS). The console only displays them; the
 * gateway and every subgraph decide.
 */
export function completeOidcSignIn(config: Extract<SignInConfig, { kind: "oidc" }>): Promise<Session> {
  // Once per page load: the code is single-use, and React may run the effect that asks twice.
  completion ??= exchange(config);
  return completion;
}

let completion: Promise<Session> | undefined;

async function exchange(config: Extract<SignInConfig, { kind: "oidc" }>): Promise<Session> {
  const manager = userManagerFor(config);
  try {
    const user = await manager.signinRedirectCallback();
    const claims = decodeJwt(user.access_token);
    const role = claims.role;
    const org = claims.org;
    if (!isRole(role) || typeof org !== "string" || org === "") {
      throw new SignInRefused("此帳號未設定本平臺的角色或機關，請洽系統管理者。");
    }
    const villages = Array.isArray(claims.villages) ? claims.villages.filter((village): village is string => typeof village === "string") : [];
    const purpose = (user.state as RedirectState | undefined)?.purpose ?? "";
    return { token: user.access_token, role, org, villages, purpose: purposeOrDefault(role, purpose) };
  } finally {
    // The code and state are single-use: keep them out of the address bar and of the history.
    window.history.replaceState(null, "", window.location.pathname);
  }
}
