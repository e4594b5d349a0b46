import { createServer } from "net";
import { join } from "path";
import { Child, spawnTypeScript, waitForHealth } from "../../scripts/bench/children";
import { envPrefixOf } from "../../shared/agencies";
import { startTestPlatform, TestPlatform } from "../support/platform";

interface GatewayHealth {
  status: string;
  subgraphs: Record<string, string>;
  worker?: number;
}

/** A port free now, for a process that must be told its port before it starts (cluster workers share it). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") {
    throw new Error("No port");
  }
  return address.port;
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

  it("should answer from two workers on one port in cluster mode, replace a dead one, and drain on SIGTERM (issue #13, D7)", async () => {
    const port = await freePort();
    const urls = Object.fromEntries([...platform.platform.subgraphs].map(([name, subgraph]) => [`${envPrefixOf(name)}_URL`, subgraph.url]));
    const gateway: Child = spawnTypeScript({
      name: "the clustered gateway",
      cwd: join(__dirname, "..", ".."),
      script: "gateway/main.ts",
      env: { ...process.env, ...urls, GATEWAY_WORKERS: "2", GATEWAY_PORT: String(port), GATEWAY_HOST: "127.0.0.1", LOG_LEVEL: "warn" },
    });
    const health = `http://127.0.0.1:${port}/health`;
    /** The workers that answered `/health` over fresh connections, until `expected` distinct pids have. */
    async function workersAnswering(expected: (pids: ReadonlySet<number>) => boolean): Promise<Set<number>> {
      const pids = new Set<number>();
      // A replacement worker starts in seconds: polled until it answers, bounded by the test's timeout.
      for (const deadline = Date.now() + 60_000; Date.now() < deadline && !expected(pids); ) {
        const response = await fetch(health, { headers: { connection: "close" }, signal: AbortSignal.timeout(2_000) }).catch(() => undefined);
        if (response?.status === 200) {
          const body = (await response.json()) as GatewayHealth;
          expect(body.status).toBe("ok");
          pids.add(body.worker ?? 0);
        } else {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
      return pids;
    }
    try {
      // ts-node compiles the gateway in each worker: seconds on a busy machine.
      await waitForHealth(health, gateway, Date.now(), 120_000);
      const first = await workersAnswering((pids) => pids.size >= 2);
      expect(first.size).toBe(2);
      expect(first.has(0)).toBe(false);
      expect(first.has(gateway.pid)).toBe(false);

      const [victim, survivor] = [...first];
      process.kill(victim, "SIGKILL");
      const after = await workersAnswering((pids) => [...pids].some((pid) => !first.has(pid)));
      expect([...after].some((pid) => !first.has(pid))).toBe(true);
      expect(after.has(victim)).toBe(false);
      expect(survivor).toBeGreaterThan(0);

      process.kill(gateway.pid, "SIGTERM");
      for (let waited = 0; waited < 30_000 && !gateway.exited(); waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await gateway.stop()).toEqual({ signal: "none", code: 0, ms: 0 });
      await expect(fetch(health)).rejects.toThrow();
    } finally {
      await gateway.stop(1_000);
    }
  }, 180_000);

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
