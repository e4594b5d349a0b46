import "reflect-metadata";
import { createServer, Server } from "http";
import { AddressInfo } from "net";
import { loadavg } from "os";
import { Pool } from "pg";
import { envString, envWholeNumber } from "../../shared/config";
import { closeEngine, postgresEngine } from "../../shared/db/engine";
import { recordChildStory, STORY_ACTORS } from "../demo-data/child-story";
import { callerFor, callGateway } from "../demo-data/gateway-call";
import { UNIFIED_CHILD_QUERY } from "../operations/unified-view";
import { runPlatform } from "../platform/run-platform";
import { childViewFloorValues, CHILD_VIEW_FLOOR_SQL } from "./child-view-floor";
import { createFreshDatabase, dropDatabase } from "./database";
import { LoadResult, LoadTarget, runLoad } from "./load";
import { describeMachine } from "./machine";
import { writeSection } from "./report-section";
import { firstDifference } from "./targets";

/**
 * `npm run bench:child` (issue #12): the unified view of a child (UNIFIED_CHILD_QUERY) through the
 * gateway, as the holding unit's social worker, against the floor — the same answer from ONE SQL
 * statement behind plain node:http (child-view-floor.ts). The platform runs in this process on a
 * fresh PostgreSQL database (BENCH_DATABASE_URL's server, dropped at the end), with the story of
 * scripts/demo-data/child-story.ts as its data: one child with every agency's part. Short runs for
 * a shared machine (BENCH_SECONDS, default 5). Writes its section of BENCHMARKS.md.
 */
const started = Date.now();

function progress(line: string): void {
  console.log(`[bench:child ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
}

function describeRun(result: LoadResult): string {
  return `${result.requestsPerSecond.toFixed(1)} req/s, p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms (${result.requests} requests in ${result.seconds.toFixed(1)} s)`;
}

/** The worker's answer carries FORBIDDEN errors for household's parts by design; any other failure fails the bench. */
function assertAnswered(target: LoadTarget, result: LoadResult): void {
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${target.name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
}

function floorServer(pool: Pool, values: unknown[]): Promise<Server> {
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      pool
        .query<{ body: string }>(CHILD_VIEW_FLOOR_SQL, values)
        .then(({ rows }) => {
          response.writeHead(200, { "content-type": "application/json" });
          response.end(rows[0]?.body ?? `{"data":{"person":null}}`);
        })
        .catch(() => {
          response.writeHead(500);
          response.end();
        });
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function answerOf(target: LoadTarget): Promise<unknown> {
  const response = await fetch(target.url, { method: "POST", headers: { ...target.headers }, body: target.body });
  return ((await response.json()) as { data?: unknown }).data;
}

async function main(): Promise<void> {
  const serverUrl = new URL(envString("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/care_bench"));
  serverUrl.pathname = "/care_bench_child";
  const databaseUrl = serverUrl.toString();
  const seconds = envWholeNumber("BENCH_SECONDS", 5, 1);
  const warmupSeconds = envWholeNumber("BENCH_WARMUP_SECONDS", 2, 0);
  const connections = envWholeNumber("BENCH_CONNECTIONS", 4, 1);
  await dropDatabase(databaseUrl);
  await createFreshDatabase(databaseUrl);
  const engine = postgresEngine(databaseUrl, 10);
  const platform = await runPlatform({ engine, gatewayPort: 0, subgraphPort: () => 0, jobs: "manual" });
  const pool = new Pool({ connectionString: databaseUrl, max: 10, application_name: "bench-child-floor", options: "-c jit=off" });
  let floor: Server | undefined;
  try {
    const gatewayUrl = platform.gateway.url;
    progress("recording the child's story through the gateway (household → police → social, health, B10)");
    const health = platform.subgraphs.get("health")?.database.dataSource;
    if (health === undefined) {
      throw new Error("no health subgraph");
    }
    const story = await recordChildStory(
      {
        call: async (actor, query, variables) => callGateway(gatewayUrl, await callerFor(actor.role, actor.org, `bench-${actor.role.toLowerCase()}`), query, variables),
        runJob: async (subgraph, job) => platform.subgraphs.get(subgraph)?.jobs.get(job)?.runOnce(),
        health,
      },
      "bench-child",
    );
    const worker = STORY_ACTORS.holdingUnit;
    const { token } = await callerFor(worker.role, worker.org, "bench-social-worker");
    floor = await floorServer(pool, childViewFloorValues(story.childId, worker.org));
    const gatewayTarget: LoadTarget = {
      name: "gateway-child",
      url: gatewayUrl,
      headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-purpose": "benchmark" },
      body: JSON.stringify({ query: UNIFIED_CHILD_QUERY, variables: { id: story.childId } }),
    };
    const floorTarget: LoadTarget = { name: "floor-child", url: `http://127.0.0.1:${(floor.address() as AddressInfo).port}/child`, headers: { "content-type": "application/json" }, body: "{}" };
    const difference = firstDifference(await answerOf(gatewayTarget), await answerOf(floorTarget));
    progress(difference === null ? "floor and gateway answer the same data" : `floor differs at ${difference}`);
    const figures: { target: LoadTarget; single: LoadResult; concurrent: LoadResult }[] = [];
    for (const target of [gatewayTarget, floorTarget]) {
      const single = await runLoad(target, { connections: 1, warmupSeconds, seconds });
      assertAnswered(target, single);
      progress(`  ${target.name} @1: ${describeRun(single)}`);
      const concurrent = await runLoad(target, { connections, warmupSeconds, seconds });
      assertAnswered(target, concurrent);
      progress(`  ${target.name} @${connections}: ${describeRun(concurrent)}`);
      figures.push({ target, single, concurrent });
    }
    const machine = describeMachine((await pool.query<{ server_version: string }>("SHOW server_version")).rows[0].server_version);
    const row = (name: string, result: LoadResult): string =>
      `| ${name} | ${result.connections} | ${result.requestsPerSecond.toFixed(1)} | ${result.p50Ms.toFixed(2)} | ${result.p99Ms.toFixed(2)} | ${result.requests} |`;
    const [gateway, floorFigures] = figures;
    const markdown = [
      "## The unified view of a child against the floor (issue #12)",
      "",
      `Command: \`BENCH_DATABASE_URL=${envString("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/care_bench").replace(/\/\/[^@]*@/, "//…@")} BENCH_SECONDS=${seconds} npm run bench:child\` — ${new Date().toISOString().slice(0, 10)}, ${((Date.now() - started) / 1000).toFixed(0)} s in all.`,
      `Machine: ${machine.nproc} cores (${machine.cpuModel}), ${machine.memoryGb} GB, Node ${machine.node}, PostgreSQL ${machine.postgres}; shared with other work while it ran (load average ${loadavg()[0].toFixed(1)} at the end; short runs: ${warmupSeconds} s warm-up, ${seconds} s measured).`,
      "",
      "`UNIFIED_CHILD_QUERY` (scripts/operations/unified-view.ts) for the child of scripts/demo-data/child-story.ts, as the social worker of the holding unit:",
      "household's identity, registrations and ex-officio record (FORBIDDEN to the worker: the answer carries those errors), social's case with two notices, a merge, the visit, deadlines and a protection report,",
      "health's follow-up with its reminder behind the vaccination notice, the police's search (its key only). Four subgraph fetches (household, then social and police, then health).",
      `The floor is the same answer from one SQL statement over the four schemas behind plain node:http (scripts/bench/child-view-floor.ts): ${difference === null ? "it answers the same data" : `it differs at ${difference}`}.`,
      "The platform, the floor and the load generator share this one Node process (unlike `npm run bench`, whose platform and floor are child processes): the gateway's figures carry the load generator's share of the event loop, and are not comparable with the person view's.",
      "",
      "| target | connections | req/s | p50 ms | p99 ms | requests |",
      "| --- | ---: | ---: | ---: | ---: | ---: |",
      row("gateway", gateway.single),
      row("floor", floorFigures.single),
      row("gateway", gateway.concurrent),
      row("floor", floorFigures.concurrent),
      "",
      `At ${connections} connections the gateway answers ${(gateway.concurrent.requestsPerSecond / floorFigures.concurrent.requestsPerSecond * 100).toFixed(0)}% of the floor's rate; its p50 is ${(gateway.concurrent.p50Ms / floorFigures.concurrent.p50Ms).toFixed(1)}× the floor's.`,
    ].join("\n");
    writeSection(envString("BENCH_REPORT", "BENCHMARKS.md"), "child-view", markdown);
    console.log(markdown);
  } finally {
    floor?.close();
    await pool.end();
    await platform.stop();
    await closeEngine(engine);
    await dropDatabase(databaseUrl);
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error("The benchmark failed:", error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
