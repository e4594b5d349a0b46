import type { HealthReport } from "../shared/http/serve";
import { replicaUrls } from "./forwarding-data-source";

const HEALTH_TIMEOUT_MS = 2_000;

function healthUrlOf(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = "/health";
  url.search = "";
  return url.toString();
}

async function probe(graphqlUrl: string): Promise<boolean> {
  try {
    const response = await fetch(healthUrlOf(graphqlUrl), { signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) });
    return response.ok;
  } catch {
    return false;
  }
}

/** A subgraph listed as several replicas (forwarding-data-source.ts) is ok when every one answers. */
async function probeReplicas(url: string): Promise<boolean> {
  const results = await Promise.all(replicaUrls(url).map(probe));
  return results.every(Boolean);
}

/** The gateway is healthy only when every subgraph it plans queries over answers its own /health. */
export async function checkSubgraphs(subgraphUrls: Readonly<Record<string, string>>): Promise<HealthReport> {
  const names = Object.keys(subgraphUrls);
  const results = await Promise.all(names.map((name) => probeReplicas(subgraphUrls[name])));
  const subgraphs = Object.fromEntries(names.map((name, index) => [name, results[index] ? "ok" : "unavailable"]));
  const ok = results.every(Boolean);
  return { ok, body: { status: ok ? "ok" : "degraded", subgraphs } };
}
