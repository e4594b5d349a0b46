import { join } from "path";
import { startGateway } from "../../gateway";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import type { RunningServer } from "../../shared/http/serve";
import { GatedProxy, startGatedProxy } from "../support/gated-proxy";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { tokenFor } from "../support/tokens";

/**
 * Issue #14, overload: the gateway works on a bounded number of requests with a short queue and
 * answers the rest at once with 503 + Retry-After (SERVICE_OVERLOADED), /health still answering;
 * the persons search has a per-user token bucket (429 + Retry-After, RATE_LIMITED) on the
 * platform's clock. Requests are held in flight by a gate in front of household, never by timers.
 */

const SEARCH = "{ persons(first: 5) { edges { node { id } } } }";

interface Answer {
  readonly status: number;
  readonly retryAfter: string | null;
  readonly body: { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
}

async function post(url: string, token: string, query = SEARCH): Promise<Answer> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-purpose": "test" },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: (await response.json()) as Answer["body"] };
}

interface Health {
  readonly status: number;
  readonly load: { inFlight: number; queued: number };
}

async function health(gateway: RunningServer): Promise<Health> {
  const response = await fetch(gateway.url.replace(/\/graphql$/, "/health"));
  const body = (await response.json()) as { load: Health["load"] };
  return { status: response.status, load: body.load };
}

function codeOf(answer: Answer): string | undefined {
  return answer.body.errors?.[0]?.extensions?.code;
}

function gatewayOver(platform: TestPlatform, overrides: Record<string, string>, limits: Parameters<typeof startGateway>[0]["admission"], rate: Parameters<typeof startGateway>[0]["personsSearchRate"]): Promise<RunningServer> {
  const subgraphUrls = Object.fromEntries([...platform.platform.subgraphs].map(([name, subgraph]) => [name, overrides[name] ?? subgraph.url]));
  return startGateway({
    port: 0,
    host: "127.0.0.1",
    supergraphPath: join(__dirname, "..", "..", "supergraph.graphql"),
    subgraphUrls,
    developerTools: true,
    admission: limits,
    personsSearchRate: rate,
  });
}

describe("the gateway under overload (issue #14)", () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 4 });
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  describe("a bound of 2 in flight and 1 waiting", () => {
    let proxy: GatedProxy;
    let gateway: RunningServer;

    beforeAll(async () => {
      proxy = await startGatedProxy(platform.subgraphUrl("household"));
      gateway = await gatewayOver(platform, { household: proxy.url }, { maxInFlight: 2, maxQueued: 1 }, null);
    });

    afterAll(async () => {
      await gateway.close();
      await proxy.close();
    });

    it("should answer a flood beyond it with 503 and Retry-After while /health answers, serve the admitted ones, then recover", async () => {
      const token = await tokenFor(Role.DISTRICT_CASE_OFFICER);
      const inFlight = [post(gateway.url, token), post(gateway.url, token)];
      await proxy.heldAtLeast(2);
      const waiting = post(gateway.url, token);
      // The third is admitted to the queue once the gateway has read it: /health shows it there.
      let load = (await health(gateway)).load;
      while (load.queued < 1) {
        load = (await health(gateway)).load;
      }
      expect(load).toEqual({ inFlight: 2, queued: 1 });

      const flood = await Promise.all(Array.from({ length: 10 }, () => post(gateway.url, token)));
      for (const refused of flood) {
        expect(refused.status).toBe(503);
        expect(refused.retryAfter).toBe("1");
        expect(codeOf(refused)).toBe("SERVICE_OVERLOADED");
        expect(refused.body.data).toBeUndefined();
      }
      expect(await health(gateway)).toEqual({ status: 200, load: { inFlight: 2, queued: 1 } });

      proxy.open();
      const served = await Promise.all([...inFlight, waiting]);
      const afterwards = await post(gateway.url, token);
      expect(afterwards.status).toBe(200);
      expect(afterwards.body.errors).toBeUndefined();
      expect(afterwards.body.data).toEqual({ persons: { edges: expect.any(Array) } });
      for (const answer of served) {
        expect(answer.status).toBe(200);
        expect(answer.body).toEqual(afterwards.body);
      }
      expect(await health(gateway)).toEqual({ status: 200, load: { inFlight: 0, queued: 0 } });
    });
  });

  describe("a persons search limit of 3, earning 3 a minute", () => {
    let gateway: RunningServer;

    beforeAll(async () => {
      gateway = await gatewayOver(platform, {}, undefined, { burst: 3, perMinute: 3 });
    });

    afterAll(async () => {
      await gateway.close();
    });

    it("should refuse a user's 4th search with 429 and Retry-After, not another user's, and allow again when the clock has moved", async () => {
      setFakeNow(new Date("2026-12-02T09:00:00+08:00"));
      const first = await tokenFor(Role.DISTRICT_CASE_OFFICER, undefined, "rate-first");
      const second = await tokenFor(Role.DISTRICT_CASE_OFFICER, undefined, "rate-second");
      for (let search = 1; search <= 3; search += 1) {
        expect((await post(gateway.url, first)).status).toBe(200);
      }
      const refused = await post(gateway.url, first);
      expect(refused.status).toBe(429);
      // One search short at 3 a minute: 20 s.
      expect(refused.retryAfter).toBe("20");
      expect(codeOf(refused)).toBe("RATE_LIMITED");
      expect(refused.body.data).toBeUndefined();

      // Another user's bucket is their own; and what is not a persons search is not counted.
      expect((await post(gateway.url, second)).status).toBe(200);
      expect((await post(gateway.url, first, "{ __typename }")).status).toBe(200);

      setFakeNow(new Date("2026-12-02T09:00:19+08:00"));
      expect((await post(gateway.url, first)).status).toBe(429);
      setFakeNow(new Date("2026-12-02T09:00:20+08:00"));
      expect((await post(gateway.url, first)).status).toBe(200);
      expect((await post(gateway.url, first)).status).toBe(429);
    });

    it("should count each aliased persons search in one request", async () => {
      setFakeNow(new Date("2026-12-02T10:00:00+08:00"));
      const token = await tokenFor(Role.DISTRICT_CASE_OFFICER, undefined, "rate-aliases");
      const twice = "{ a: persons(first: 1) { edges { node { id } } } b: persons(first: 2) { edges { node { id } } } }";
      expect((await post(gateway.url, token, twice)).status).toBe(200);
      const refused = await post(gateway.url, token, twice);
      expect(refused.status).toBe(429);
      expect(codeOf(refused)).toBe("RATE_LIMITED");
      expect((await post(gateway.url, token)).status).toBe(200);
    });
  });
});
