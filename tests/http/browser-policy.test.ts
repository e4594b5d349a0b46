import { join } from "path";
import { startGateway } from "../../gateway";
import { SANDBOX_ORIGINS } from "../../gateway/config";
import { AGENCY_NAMES } from "../../shared/agencies";
import { Role } from "../../shared/auth/roles";
import { ConfigError } from "../../shared/config";
import { parseOrigins } from "../../shared/http/browser-policy";
import { RunningServer } from "../../shared/http/serve";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { tokenFor } from "../support/tokens";

/**
 * Issue #14, production mode: what a browser may do with the platform's answers — security
 * headers on every answer of the gateway and the subgraphs, nothing stored (personal data), and
 * cross-origin calls only from the origins the city lists (Sandbox's only in development).
 */
const OTHER_AGENCY = "https://frontend.other-agency.example";
const ELSEWHERE = "https://evil.example";

describe("browser policy: security headers and allowed origins (issue #14)", () => {
  let platform: TestPlatform;
  let production: RunningServer;
  let token: string;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 2 });
    production = await startGateway({
      port: 0,
      host: "127.0.0.1",
      supergraphPath: join(__dirname, "..", "..", "supergraph.graphql"),
      subgraphUrls: Object.fromEntries(AGENCY_NAMES.map((name) => [name, platform.subgraphUrl(name)])),
      developerTools: false,
      allowedOrigins: [OTHER_AGENCY],
    });
    token = await tokenFor(Role.AUDITOR);
  });

  afterAll(async () => {
    await production.close();
    await platform.stop();
  });

  function post(url: string, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...headers },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
  }

  function preflight(url: string, origin: string): Promise<Response> {
    return fetch(url, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type, x-purpose" } });
  }

  it("should send the security headers on every answer of the gateway and of each subgraph, and let nothing store it", async () => {
    const answers = [
      await post(production.url),
      await post(platform.gatewayUrl),
      await fetch(platform.gatewayUrl.replace(/\/graphql$/, "/health")),
      ...(await Promise.all(AGENCY_NAMES.map((name) => post(platform.subgraphUrl(name))))),
    ];
    for (const answer of answers) {
      expect({
        nosniff: answer.headers.get("x-content-type-options"),
        frames: answer.headers.get("x-frame-options"),
        referrer: answer.headers.get("referrer-policy"),
        cache: answer.headers.get("cache-control"),
        csp: answer.headers.get("content-security-policy"),
      }).toEqual({ nosniff: "nosniff", frames: "DENY", referrer: "no-referrer", cache: "no-store", csp: "default-src 'none'; frame-ancestors 'none'" });
    }
  });

  it("should answer a listed origin's preflight with what it may send, and let it read the answer", async () => {
    const answer = await preflight(production.url, OTHER_AGENCY);
    expect(answer.status).toBe(204);
    expect(answer.headers.get("access-control-allow-origin")).toBe(OTHER_AGENCY);
    expect(answer.headers.get("access-control-allow-headers")?.split(", ")).toEqual(expect.arrayContaining(["authorization", "content-type", "x-purpose"]));
    const call = await post(production.url, { origin: OTHER_AGENCY });
    expect(call.status).toBe(200);
    expect(call.headers.get("access-control-allow-origin")).toBe(OTHER_AGENCY);
    expect(call.headers.get("vary")).toBe("Origin");
  });

  it("should refuse another origin's preflight and its call, before anything runs", async () => {
    const answer = await preflight(production.url, ELSEWHERE);
    expect(answer.status).toBe(403);
    expect(answer.headers.get("access-control-allow-origin")).toBeNull();
    const call = await post(production.url, { origin: ELSEWHERE });
    expect(call.status).toBe(403);
    expect(call.headers.get("access-control-allow-origin")).toBeNull();
    const body = (await call.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors.map((error) => error.extensions.code)).toEqual(["FORBIDDEN"]);
  });

  it("should take a page of its own address (the console behind the same origin, or its proxy's forwarded host) as same-origin", async () => {
    const own = new URL(production.url);
    expect((await post(production.url, { origin: `http://${own.host}` })).status).toBe(200);
    expect((await post(production.url, { origin: "https://care.gov.taipei", "x-forwarded-host": "care.gov.taipei" })).status).toBe(200);
    expect((await post(production.url, { origin: "https://care.gov.taipei", "x-forwarded-host": "other.gov.taipei" })).status).toBe(403);
  });

  it("should let Apollo Sandbox call the gateway in development only", async () => {
    for (const origin of SANDBOX_ORIGINS) {
      expect((await preflight(platform.gatewayUrl, origin)).status).toBe(204);
      expect((await preflight(production.url, origin)).status).toBe(403);
    }
  });

  it("should refuse an allowed-origins setting that is not a list of origins", () => {
    expect(parseOrigins(" https://a.example, http://localhost:5173 ", "CORS_ALLOWED_ORIGINS")).toEqual(["https://a.example", "http://localhost:5173"]);
    for (const wrong of ["https://a.example/path", "a.example", "ftp://a.example", "*"]) {
      expect(() => parseOrigins(wrong, "CORS_ALLOWED_ORIGINS")).toThrow(ConfigError);
    }
  });
});
