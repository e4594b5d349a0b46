import { readConsoleSignIn } from "../../scripts/platform/console-sign-in";
import { ConfigError } from "../../shared/config";
import { withEnv } from "../support/env";

/** Issue #11: the console's sign-in is configuration, checked at start rather than in a caseworker's browser. */
describe("the console's sign-in configuration", () => {
  const unset = { NODE_ENV: undefined, CONSOLE_OIDC_ISSUER: undefined, CONSOLE_OIDC_CLIENT_ID: undefined, CONSOLE_OIDC_SCOPE: undefined, CONSOLE_OIDC_RESOURCE: undefined };

  it("should offer the development picker when no provider is configured, outside production only", () => {
    withEnv(unset, () => {
      expect(readConsoleSignIn()).toEqual({ kind: "development" });
    });
    withEnv({ ...unset, NODE_ENV: "production" }, () => {
      expect(() => readConsoleSignIn()).toThrow(ConfigError);
      expect(() => readConsoleSignIn()).toThrow(/CONSOLE_OIDC_ISSUER/);
    });
  });

  it("should read the provider, the client id, the scope and the resource", () => {
    withEnv({ ...unset, NODE_ENV: "production", CONSOLE_OIDC_ISSUER: "https://id.gov.taipei/", CONSOLE_OIDC_CLIENT_ID: "care-console", CONSOLE_OIDC_RESOURCE: "https://care.gov.taipei/api" }, () => {
      expect(readConsoleSignIn()).toEqual({ kind: "oidc", issuer: "https://id.gov.taipei/", clientId: "care-console", scope: "openid", resource: "https://care.gov.taipei/api" });
    });
  });

  it("should refuse a provider without a client id, an issuer or resource that is no URL, and a scope without openid", () => {
    const provider = { ...unset, CONSOLE_OIDC_ISSUER: "https://id.gov.taipei/", CONSOLE_OIDC_CLIENT_ID: "care-console" };
    for (const [variable, value] of [
      ["CONSOLE_OIDC_CLIENT_ID", undefined],
      ["CONSOLE_OIDC_ISSUER", "id.gov.taipei"],
      ["CONSOLE_OIDC_RESOURCE", "care-platform"],
      ["CONSOLE_OIDC_SCOPE", "profile"],
    ] as const) {
      withEnv({ ...provider, [variable]: value }, () => {
        expect(() => readConsoleSignIn()).toThrow(new RegExp(variable));
      });
    }
  });
});
