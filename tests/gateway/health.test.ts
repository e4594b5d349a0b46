import { startTestPlatform, TestPlatform } from "../support/platform";

interface GatewayHealth {
  status: string;
  subgraphs: Record<string, string>;
}

describe("health", () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 4 });
  });

  afterAll(async () => {
    await platform.stop();
  });

  function healthUrl(graphqlUrl: string): string {
    return graphqlUrl.replace(/\/graphql$/, "/health");
  }

  it("should answer 200 on each subgraph's own /health without a token", async () => {
    for (const [name, subgraph] of platform.platform.subgraphs) {
      const response = await fetch(healthUrl(subgraph.url));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "ok", subgraph: name });
    }
  });

  it("should report every subgraph ok at the gateway, then 503 naming the one that is down", async () => {
    const healthy = await fetch(healthUrl(platform.gatewayUrl));
    expect(healthy.status).toBe(200);
    const body = (await healthy.json()) as GatewayHealth;
    expect(body.status).toBe("ok");
    expect(Object.keys(body.subgraphs).sort()).toEqual([...platform.platform.subgraphs.keys()].sort());

    const [name, victim] = [...platform.platform.subgraphs][platform.platform.subgraphs.size - 1];
    await victim.close();
    const degraded = await fetch(healthUrl(platform.gatewayUrl));
    expect(degraded.status).toBe(503);
    const degradedBody = (await degraded.json()) as GatewayHealth;
    expect(degradedBody.subgraphs[name]).toBe("unavailable");
    expect(Object.entries(degradedBody.subgraphs).filter(([, status]) => status === "ok")).toHaveLength(platform.platform.subgraphs.size - 1);

    // Issue #13: Kubernetes' liveness (and the gateway's readiness) ask the process only, so one
    // subgraph down restarts nothing and leaves the gateway serving the others.
    const live = await fetch(`${healthUrl(platform.gatewayUrl)}?probe=live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: "alive" });
    const [, survivor] = [...platform.platform.subgraphs][0];
    expect((await fetch(`${healthUrl(survivor.url)}?probe=live`)).status).toBe(200);
  });
});
