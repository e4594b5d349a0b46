import { createServer } from "net";
import { ensureConsoleBuilt } from "../../scripts/platform/console-build";
import { ConsoleServer, startConsoleServer } from "../../scripts/platform/console-server";
import { Role } from "../../shared/auth/roles";
import { launchBrowser, screenshot, TestBrowser } from "../support/browser";
import { newPage, seriousViolations } from "../support/console-session";
import { IdentityProvider, startIdentityProvider } from "../support/identity-provider";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * Issue #11, production sign-in: the console signs a caseworker in at the city's OpenID Connect
 * provider (a real one, oidc-provider, in a process of its own), with the authorization code and
 * PKCE, and the gateway verifies the access token by the provider's JWKS — no shared secret, no
 * development route.
 */
const CLIENT_ID = "care-console";
const API = "https://care.taipei.example/api";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("the console's OpenID Connect sign-in (issue #11)", () => {
  const savedEnv = { ...process.env };
  let provider: IdentityProvider;
  let platform: TestPlatform;
  let consoleServer: ConsoleServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    ensureConsoleBuilt(() => undefined);
    const consolePort = await freePort();
    provider = await startIdentityProvider({
      clientId: CLIENT_ID,
      redirectUri: `http://localhost:${consolePort}/`,
      resource: API,
      accounts: {
        "zhongzheng-case-officer": { role: Role.DISTRICT_CASE_OFFICER, org: "63000050" },
        "no-platform-role": { role: "LIBRARIAN", org: "63000050" },
      },
    });
    // The deployment's settings (README): the gateway and every subgraph trust the provider's keys only.
    Object.assign(process.env, { JWT_JWKS_URL: provider.jwksUrl, JWT_ISSUER: provider.issuer, JWT_AUDIENCE: API, JWT_ALGORITHM: "ES256" });
    delete process.env.JWT_SECRET;
    platform = await startTestPlatform({ persons: 5, seed: "oidc" });
    consoleServer = await startConsoleServer({
      port: consolePort,
      gatewayUrl: new URL(platform.gatewayUrl).origin,
      signIn: { kind: "oidc", issuer: provider.issuer, clientId: CLIENT_ID, scope: "openid care-platform", resource: API },
    });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await consoleServer?.close();
    await platform?.stop();
    await provider?.stop();
    process.env = savedEnv;
  });

  async function signInAtProvider(login: string) {
    const page = await newPage(browser);
    await page.goto(consoleServer.url);
    await page.getByRole("button", { name: "以機關帳號登入" }).waitFor();
    expect(await page.getByLabel("角色", { exact: true }).count()).toBe(0);
    await page.getByLabel("或自行填寫使用目的").fill("新移民關懷訪視：列管及派案");
    await page.getByRole("button", { name: "以機關帳號登入" }).click();
    await page.waitForURL((url) => url.origin === new URL(provider.issuer).origin);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill("any");
    await screenshot(page, `oidc-provider-login-${login}`);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => url.origin === new URL(consoleServer.url).origin, { timeout: 10_000 }).catch(async (error: unknown) => {
      throw new Error(`${String(error)} at ${page.url()}: ${await page.locator("body").innerText()}`);
    });
    return page;
  }

  it("should offer only the provider's sign-in, with no serious accessibility violation", async () => {
    const page = await newPage(browser);
    await page.goto(consoleServer.url);
    await page.getByRole("button", { name: "以機關帳號登入" }).waitFor();
    expect(await page.getByText("開發環境登入").count()).toBe(0);
    await screenshot(page, "oidc-sign-in");
    expect(await seriousViolations(page)).toEqual([]);
    // No development token route where the gateway verifies by JWKS.
    const devToken = await page.request.get(new URL("/dev/token?role=AUDITOR", consoleServer.url).toString());
    expect(devToken.status()).toBe(404);
    await page.close();
  });

  it("should sign 人文課 in at the provider and read the district's inbox with the provider's access token", async () => {
    const page = await signInAtProvider("zhongzheng-case-officer");
    const authorizations: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname === "/graphql") {
        authorizations.push(request.headers().authorization ?? "");
      }
    });
    await page.getByRole("heading", { name: "區公所列管待辦" }).waitFor();
    expect(await page.getByLabel("登入身分").textContent()).toBe("區公所人文課（中正區公所）");
    // The inbox answered (no case is due in this fresh district), so the gateway accepted the token.
    await page.getByText("目前沒有待辦案件。").waitFor();
    expect(await page.getByRole("alert").count()).toBe(0);
    // The code and state are gone from the address bar once used.
    expect(new URL(page.url()).search).toBe("");
    await page.reload();
    await page.getByText("目前沒有待辦案件。").waitFor();
    expect(authorizations.length).toBeGreaterThan(0);
    const token = authorizations[0].replace(/^Bearer /, "");
    const claims = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8")) as Record<string, unknown>;
    expect(claims).toMatchObject({ iss: provider.issuer, aud: API, role: Role.DISTRICT_CASE_OFFICER, org: "63000050" });
    await screenshot(page, "oidc-signed-in");
    await page.close();
  });

  it("should refuse an account the provider knows but the platform gives no role, saying so", async () => {
    const page = await signInAtProvider("no-platform-role");
    await page.getByRole("alert").filter({ hasText: "此帳號未設定本平臺的角色或機關" }).waitFor();
    expect(await page.getByLabel("登入身分").count()).toBe(0);
    await page.close();
  });
});
