import { ChildProcess, spawn } from "child_process";
import { join } from "path";
import { createInterface } from "readline";

export interface IdentityProviderAccount {
  readonly role: string;
  readonly org: string;
  readonly villages?: readonly string[];
}

export interface IdentityProvider {
  readonly issuer: string;
  readonly jwksUrl: string;
  stop(): Promise<void>;
}

/** Starts oidc/identity-provider.mjs (a real OpenID Connect provider) and waits until it listens. */
export async function startIdentityProvider(options: {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly resource: string;
  readonly accounts: Readonly<Record<string, IdentityProviderAccount>>;
}): Promise<IdentityProvider> {
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, "oidc", "identity-provider.mjs")], {
    env: {
      PATH: process.env.PATH,
      IDP_PORT: "0",
      IDP_CLIENT_ID: options.clientId,
      IDP_REDIRECT_URI: options.redirectUri,
      IDP_RESOURCE: options.resource,
      IDP_ACCOUNTS: JSON.stringify(options.accounts),
    },
    // Its warnings (development adapter, development interactions) are expected: kept for a failure only.
    stdio: ["ignore", "pipe", "pipe"],
  });
  let warnings = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    warnings += chunk.toString("utf8");
  });
  const issuer = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`The identity provider exited (${code ?? "signal"}) before it listened: ${warnings}`)));
    createInterface({ input: child.stdout! }).once("line", (line) => resolve((JSON.parse(line) as { issuer: string }).issuer));
  });
  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once("exit", () => resolve());
        child.kill();
      }),
  };
}
