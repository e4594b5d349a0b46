// A real OpenID Connect provider (panva's oidc-provider) standing in for the city's identity
// provider in the console's sign-in test (issue #11): authorization code with PKCE, JWT access
// tokens for the platform's API (RFC 8707 resource indicator), signed with an ES256 key whose public
// half the gateway fetches from /jwks. Started as a child process by identity-provider.ts (the
// library is ESM-only); prints one JSON line {"issuer": …} when it listens.
//
// Configuration by environment: IDP_PORT, IDP_CLIENT_ID, IDP_REDIRECT_URI, IDP_RESOURCE (the API's
// audience), IDP_ACCOUNTS (JSON: login → { role, org, villages? }). Development interactions: the
// login form takes any password, as a test double of the city's directory would.
import { randomBytes } from "node:crypto";
import { exportJWK, generateKeyPair } from "jose";
import Provider from "oidc-provider";

const port = Number(process.env.IDP_PORT ?? "0");
const clientId = process.env.IDP_CLIENT_ID ?? "care-console";
const redirectUri = process.env.IDP_REDIRECT_URI;
const resource = process.env.IDP_RESOURCE;
const accounts = JSON.parse(process.env.IDP_ACCOUNTS ?? "{}");
const API_SCOPE = "care-platform";

const { privateKey } = await generateKeyPair("ES256", { extractable: true });
const signingKey = { ...(await exportJWK(privateKey)), alg: "ES256", use: "sig", kid: randomBytes(8).toString("hex") };

const { createServer } = await import("node:http");
const server = createServer();
await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
const issuer = `http://localhost:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [{ client_id: clientId, token_endpoint_auth_method: "none", id_token_signed_response_alg: "ES256", redirect_uris: [redirectUri], response_types: ["code"], grant_types: ["authorization_code"] }],
  jwks: { keys: [signingKey] },
  cookies: { keys: [randomBytes(32).toString("hex")] },
  clientBasedCORS: (ctx, origin) => origin === new URL(redirectUri).origin,
  findAccount: (ctx, accountId) => (accounts[accountId] === undefined ? undefined : { accountId, claims: () => ({ sub: accountId }) }),
  // The console is the city's own first-party client: no consent screen, the grant is given.
  loadExistingGrant: async (ctx) => {
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope([...ctx.oidc.requestParamOIDCScopes].join(" "));
    grant.addResourceScope(resource, API_SCOPE);
    await grant.save();
    return grant;
  },
  // The platform reads role, org and villages from the access token (shared/auth/token.ts).
  extraTokenClaims: (ctx, token) => {
    const account = accounts[token.accountId];
    return account === undefined ? {} : { role: account.role, org: account.org, ...(account.villages === undefined ? {} : { villages: account.villages }) };
  },
  features: {
    devInteractions: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => resource,
      useGrantedResource: () => true,
      getResourceServerInfo: (ctx, indicator) => {
        if (indicator !== resource) {
          throw new Error("unknown resource");
        }
        return { scope: API_SCOPE, audience: resource, accessTokenFormat: "jwt", accessTokenTTL: 3600, jwt: { sign: { alg: "ES256" } } };
      },
    },
  },
});
server.on("request", provider.callback());
process.stdout.write(`${JSON.stringify({ issuer })}\n`);
