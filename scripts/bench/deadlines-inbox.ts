import { envPrefixOf } from "../../shared/agencies";
import { Role } from "../../shared/auth/roles";
import { callerFor, callGateway } from "../demo-data/gateway-call";
import { RunningPlatform } from "../platform/run-platform";
import { spawnTypeScript, waitForHealth, waitForIdle } from "./children";
import { DeadlinesBenchConfig } from "./deadlines-config";
import { assertClean, LoadResult, LoadTarget, runLoad } from "./load";

export interface InboxFigures {
  readonly totalCount: number;
  readonly counts: readonly { state: string; count: number }[];
  readonly statementsPerRequest: Readonly<Record<string, number>>;
  readonly responseBytes: number;
  readonly runs: readonly LoadResult[];
  readonly platformReadyMs: number;
}

export const INBOX = `query($first: Int) {
  districtInbox(first: $first) {
    totalCount
    counts { state count }
    pageInfo { hasNextPage endCursor }
    items { id kind step dueAt since state careCase { id status village } }
  }
}`;

interface InboxPage {
  districtInbox: { totalCount: number; counts: { state: string; count: number }[] };
}

const HEALTH_TIMEOUT_MS = 120_000;

/**
 * Issue #8's benchmark: `districtInbox` of 人文課 of a district with its open cases, first page,
 * through the gateway. Statements per request come from the in-process platform (counted at the
 * driver); the latencies from `npm start` as a child process on the same database, loaded by
 * autocannon from this process at each connection count (as issue #3's bench loads the unified view).
 */
export async function measureInbox(config: DeadlinesBenchConfig, platform: RunningPlatform, progress: (line: string) => void): Promise<InboxFigures> {
  const officer = await callerFor(Role.DISTRICT_CASE_OFFICER, config.inboxDistrict, "bench-inbox-officer");
  const variables = { first: config.inboxPageSize };
  // The first request of a process reads its audit chain's head: count the steady state.
  await callGateway<InboxPage>(platform.gateway.url, officer, INBOX, variables);
  for (const subgraph of platform.subgraphs.values()) {
    subgraph.database.queries.reset();
  }
  const page = await callGateway<InboxPage>(platform.gateway.url, officer, INBOX, variables);
  const statementsPerRequest = Object.fromEntries([...platform.subgraphs].map(([name, subgraph]) => [name, subgraph.database.queries.count]));

  const ports = Object.fromEntries(Object.entries(config.subgraphPorts).map(([name, port]) => [`${envPrefixOf(name)}_PORT`, String(port)]));
  const spawnedAt = Date.now();
  const child = spawnTypeScript({
    name: "the platform (npm start) for the inbox load",
    cwd: config.repoRoot,
    script: "scripts/start.ts",
    env: {
      ...config.childEnvironment,
      DATABASE_URL: config.databaseUrl,
      DEMO_PERSONS: "0",
      GATEWAY_PORT: String(config.gatewayPort),
      ...ports,
      LOG_LEVEL: "warn",
      // One pass at start (it moves the past-due rows, as a live district's scheduler has), then none during the runs.
      DEADLINE_PASS_SECONDS: "86400",
    },
  });
  try {
    const platformReadyMs = await waitForHealth(`http://127.0.0.1:${config.gatewayPort}/health`, child, spawnedAt, HEALTH_TIMEOUT_MS);
    await waitForIdle(child.pid);
    const body = JSON.stringify({ query: INBOX, variables });
    const target: LoadTarget = {
      name: "districtInbox",
      url: `http://127.0.0.1:${config.gatewayPort}/graphql`,
      body,
      headers: { "content-type": "application/json", authorization: `Bearer ${officer.token}`, "x-purpose": "benchmark" },
    };
    const check = await fetch(target.url, { method: "POST", headers: target.headers, body });
    const responseBytes = (await check.text()).length;
    const runs: LoadResult[] = [];
    for (const connections of config.inboxConnections) {
      const result = await runLoad(target, { connections, warmupSeconds: config.warmupSeconds, seconds: config.runSeconds });
      assertClean(target, result);
      await waitForIdle(child.pid);
      progress(`  districtInbox @${connections}: p50 ${result.p50Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms, ${result.requestsPerSecond.toFixed(1)} req/s`);
      runs.push(result);
    }
    return { totalCount: page.districtInbox.totalCount, counts: page.districtInbox.counts, statementsPerRequest, responseBytes, runs, platformReadyMs };
  } finally {
    await child.stop();
  }
}
