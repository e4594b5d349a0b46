import "reflect-metadata";
import { loadavg } from "os";
import { join } from "path";
import { Client } from "pg";
import { readOverloadConfig } from "../../gateway/config";
import { AGENCIES, envPrefixOf } from "../../shared/agencies";
import { Role } from "../../shared/auth/roles";
import { envString, envWholeNumber } from "../../shared/config";
import { argument } from "../cli-arguments";
import { callerFor } from "../demo-data/gateway-call";
import { cpuMillisOf, spawnTypeScript, waitForHealth } from "./children";
import { createFreshDatabase, dropDatabase } from "./database";
import { assertClean, LoadResult, LoadTarget, runLoad } from "./load";
import { describeMachine } from "./machine";
import { writeSection } from "./report-section";
import { machineCpuTicks } from "./soak-rss";

/**
 * `npm run bench:overload` (issue #14): the gateway at 4× the rate it sustains. First the
 * sustainable rate (a closed loop well inside the admission bound, no errors), then an open loop
 * offering 4× that for `--seconds` (default 60), each request sent on time; it counts what was shed (503 SERVICE_OVERLOADED), the p99 of what was served, what /health
 * answered meanwhile, and how long after the flood a request is served as fast as before. The
 * platform is `npm start` in a child process on a fresh PostgreSQL database (BENCH_DATABASE_URL's
 * server, dropped at the end). Writes its section of BENCHMARKS.md.
 */
const started = Date.now();

/**
 * A page of the persons search, household's fields only: one subgraph fetch, so the flood measures
 * the gateway's admission rather than the cross-agency fan-out (bench:child measures that).
 */
const PERSONS_SEARCH_QUERY = "query PersonsSearch($first: Int) { persons(first: $first) { totalCount edges { node { id name sex birthDate } } } }";

function progress(line: string): void {
  console.log(`[bench:overload ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
}

function wholeArgument(name: string, fallback: number): number {
  const raw = argument(name);
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new Error(`--${name} must be a whole number of 1 or more`);
  }
  return value;
}

function nearestRank(values: readonly number[], fraction: number): number {
  if (values.length === 0) {
    return Number.NaN;
  }
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(fraction * sorted.length)) - 1];
}

interface FloodFigures {
  readonly offered: number;
  readonly served: number;
  readonly shed: number;
  readonly otherStatus: Readonly<Record<string, number>>;
  readonly errors: number;
  readonly timeouts: number;
  readonly servedP50Ms: number;
  readonly servedP99Ms: number;
  readonly shedP99Ms: number;
}

/**
 * The open loop: `rate` requests a second for `seconds`, each sent on time whatever the earlier ones
 * are doing (fetch opens as many connections as it needs), every answer's status and time kept.
 * A closed loop (autocannon's) would slow down with the server and never offer more than it serves.
 */
async function flood(target: LoadTarget, rate: number, seconds: number): Promise<FloodFigures> {
  const served: number[] = [];
  const shed: number[] = [];
  const otherStatus: Record<string, number> = {};
  let errors = 0;
  let timeouts = 0;
  const pending: Promise<void>[] = [];
  const send = async (): Promise<void> => {
    const sent = performance.now();
    try {
      const response = await fetch(target.url, { method: "POST", headers: { ...target.headers }, body: target.body, signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      const ms = performance.now() - sent;
      if (response.status === 200) {
        served.push(ms);
      } else if (response.status === 503) {
        shed.push(ms);
      } else {
        otherStatus[response.status] = (otherStatus[response.status] ?? 0) + 1;
      }
    } catch (error) {
      if (error instanceof DOMException && error.name === "TimeoutError") {
        timeouts += 1;
      } else {
        errors += 1;
      }
    }
  };
  const from = performance.now();
  let offered = 0;
  while (performance.now() - from < seconds * 1000) {
    const due = Math.floor(((performance.now() - from) / 1000) * rate);
    for (; offered < due; offered += 1) {
      pending.push(send());
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await Promise.all(pending);
  return {
    offered,
    served: served.length,
    shed: shed.length,
    otherStatus,
    errors,
    timeouts,
    servedP50Ms: nearestRank(served, 0.5),
    servedP99Ms: nearestRank(served, 0.99),
    shedP99Ms: nearestRank(shed, 0.99),
  };
}

interface HealthFigures {
  readonly probes: number;
  readonly statuses: Readonly<Record<string, number>>;
  readonly maxMs: number;
}

/** /health once a second while `during` runs: it must keep answering (never admitted, serve.ts). */
async function probeHealth<T>(healthUrl: string, during: Promise<T>): Promise<{ result: T; health: HealthFigures }> {
  const statuses: Record<string, number> = {};
  const times: number[] = [];
  let running = true;
  const probing = (async () => {
    while (running) {
      const sent = performance.now();
      let status: string;
      try {
        status = String((await fetch(healthUrl, { signal: AbortSignal.timeout(10_000) })).status);
      } catch {
        status = "no answer";
      }
      times.push(performance.now() - sent);
      statuses[status] = (statuses[status] ?? 0) + 1;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  })();
  const result = await during;
  running = false;
  await probing;
  return { result, health: { probes: times.length, statuses, maxMs: Math.max(...times) } };
}

/** Seconds from now until one request is served (200, no errors) within `withinMs`. */
async function timeToRecover(target: LoadTarget, withinMs: number): Promise<number> {
  const from = performance.now();
  for (;;) {
    const sent = performance.now();
    const response = await fetch(target.url, { method: "POST", headers: { ...target.headers }, body: target.body });
    const body = await response.text();
    if (response.status === 200 && !body.includes('"errors"') && performance.now() - sent <= withinMs) {
      return (performance.now() - from) / 1000;
    }
    if (performance.now() - from > 120_000) {
      throw new Error("the gateway did not recover within 120 s");
    }
  }
}

function describeRun(result: LoadResult): string {
  return `${result.requestsPerSecond.toFixed(1)} req/s, p50 ${result.p50Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms`;
}

/** The gateway's port (BENCH_OVERLOAD_PORT), the subgraphs' and the console's just above it: clear of `npm start`'s (4000…) and `npm run bench`'s (4100…, 4200). */
const PORT_BASE = envWholeNumber("BENCH_OVERLOAD_PORT", 4700, 1);

async function postgresVersionOf(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ server_version: string }>("SHOW server_version")).rows[0].server_version;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const seconds = wholeArgument("seconds", 60);
  const probeSeconds = wholeArgument("probe-seconds", 10);
  const persons = wholeArgument("persons", 400);
  const serverUrl = new URL(envString("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/care_bench"));
  serverUrl.pathname = "/care_bench_overload";
  const databaseUrl = serverUrl.toString();
  await dropDatabase(databaseUrl);
  await createFreshDatabase(databaseUrl);
  // `npm start` as a child, so the load generator does not share the gateway's event loop. The
  // bound is what it reads (GATEWAY_MAX_IN_FLIGHT, GATEWAY_MAX_QUEUED, else the machine's default);
  // the persons-search limit off: one user floods here, and its 429s would hide the shedding.
  const { admission } = readOverloadConfig();
  const ports = Object.fromEntries(AGENCIES.map((agency, index) => [`${envPrefixOf(agency.name)}_PORT`, String(PORT_BASE + 1 + index)]));
  const spawnedAt = Date.now();
  const platform = spawnTypeScript({
    name: "the platform",
    cwd: join(__dirname, "..", ".."),
    script: "scripts/start.ts",
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DEMO_PERSONS: String(persons),
      GATEWAY_PORT: String(PORT_BASE),
      CONSOLE_PORT: String(PORT_BASE + 1 + AGENCIES.length),
      ...ports,
      LOG_LEVEL: "warn",
      GATEWAY_PERSONS_SEARCH_BURST: "0",
    },
  });
  const gatewayUrl = `http://127.0.0.1:${PORT_BASE}/graphql`;
  try {
    await waitForHealth(`http://127.0.0.1:${PORT_BASE}/health`, platform, spawnedAt, 600_000);
    // /health answers before the demo seed (through the gateway) is done: measure only after it.
    while (!platform.output().includes("Care platform ready")) {
      if (platform.exited()) {
        throw new Error(`the platform exited while seeding:\n${platform.output()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    progress(`platform up with ${persons} demo persons; admission bound ${admission.maxInFlight} in flight, ${admission.maxQueued} queued`);
    const { token } = await callerFor(Role.DISTRICT_CASE_OFFICER, "63000050", "bench-overload");
    const target: LoadTarget = {
      name: "persons-search",
      url: gatewayUrl,
      headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-purpose": "benchmark" },
      body: JSON.stringify({ query: PERSONS_SEARCH_QUERY, variables: { first: 20 } }),
    };
    // The machine is shared: its load while the bench ran goes into the section beside the figures.
    const loadBefore = loadavg()[0];
    const cpuBefore = machineCpuTicks();
    const wallBefore = Date.now();
    const ownCpuBefore = process.cpuUsage();
    const platformCpuBefore = cpuMillisOf(platform.pid);
    const probeConnections = Math.min(8, admission.maxInFlight);
    const sustainable = await runLoad(target, { connections: probeConnections, warmupSeconds: 5, seconds: probeSeconds });
    assertClean(target, sustainable);
    progress(`sustainable @${probeConnections}: ${describeRun(sustainable)}`);
    const rate = Math.max(1, Math.round(sustainable.requestsPerSecond * 4));
    progress(`flooding at ${rate} req/s for ${seconds} s`);
    const { result: figures, health } = await probeHealth(`http://127.0.0.1:${PORT_BASE}/health`, flood(target, rate, seconds));
    const recoverWithinMs = sustainable.p99Ms;
    const recovery = await timeToRecover(target, recoverWithinMs);
    progress(`offered ${figures.offered}, served ${figures.served} (p99 ${figures.servedP99Ms.toFixed(0)} ms), shed ${figures.shed}; /health ${JSON.stringify(health.statuses)}; recovered in ${recovery.toFixed(2)} s`);

    const cpuAfter = machineCpuTicks();
    const wallMs = Date.now() - wallBefore;
    const ownCpu = process.cpuUsage(ownCpuBefore);
    const machine = describeMachine(await postgresVersionOf(databaseUrl));
    const busy = (((cpuAfter.busy - cpuBefore.busy) / (cpuAfter.total - cpuBefore.total)) * machine.nproc).toFixed(2);
    const ours = ((cpuMillisOf(platform.pid) - platformCpuBefore + (ownCpu.user + ownCpu.system) / 1000) / wallMs).toFixed(2);
    const other = Object.entries(figures.otherStatus).map(([status, count]) => `${count} × ${status}`);
    const markdown = [
      "## The gateway under overload (issue #14)",
      "",
      `Command: \`npm run bench:overload -- --seconds ${seconds}\` (BENCH_DATABASE_URL's server, a fresh database) — ${new Date().toISOString().slice(0, 10)}, ${((Date.now() - started) / 1000).toFixed(0)} s in all.`,
      `Machine: ${machine.nproc} cores (${machine.cpuModel}), ${machine.memoryGb} GB, Node ${machine.node}, PostgreSQL ${machine.postgres}. Load average ${loadBefore.toFixed(1)} before the measurements, ${loadavg()[0].toFixed(1)} at the end; from the sustainable-rate probe to the recovery the machine's CPUs were busy ${busy} of ${machine.nproc} cores, of which the platform and this load generator used ${ours}; the rest is PostgreSQL${loadBefore > machine.nproc ? " and other engineers' work (**the machine was shared while this ran**: read the ratios, offered to served and shed, not the absolute rates)" : " and whatever else ran (no other work was started during the run)"}.`,
      "",
      `The persons search (\`PersonsSearch\`, first: 20: id, name, sex, birth date; household only) as a district officer, against \`npm start\` (every subgraph and the gateway in one child process) with ${persons} demo persons; the load generator in the bench's own process.`,
      `Admission bound (shared/http/admission.ts, the default for ${machine.nproc} cores unless GATEWAY_MAX_IN_FLIGHT / GATEWAY_MAX_QUEUED say otherwise): ${admission.maxInFlight} in flight, ${admission.maxQueued} queued; the persons-search limit off (one user floods).`,
      "",
      "| figure | value |",
      "| --- | ---: |",
      `| sustainable rate (${probeConnections} connections, closed loop, ${probeSeconds} s after 5 s warm-up, 0 errors) | ${sustainable.requestsPerSecond.toFixed(1)} req/s (p50 ${sustainable.p50Ms.toFixed(1)} ms, p99 ${sustainable.p99Ms.toFixed(1)} ms) |`,
      `| offered: 4× for ${seconds} s, an open loop (each request sent on time) | ${rate} req/s, ${figures.offered} requests |`,
      `| served (200) | ${figures.served} (${(figures.served / seconds).toFixed(1)} req/s) |`,
      `| shed (503 SERVICE_OVERLOADED, Retry-After: 1) | ${figures.shed} (p99 of the refusal ${figures.shedP99Ms.toFixed(0)} ms) |`,
      `| p50 / p99 of the served requests | ${figures.servedP50Ms.toFixed(0)} ms / ${figures.servedP99Ms.toFixed(0)} ms |`,
      `| other answers, errors, timeouts | ${other.length === 0 ? "none" : other.join(", ")}; ${figures.errors} errors, ${figures.timeouts} timeouts |`,
      `| /health during the flood (once a second) | ${Object.entries(health.statuses)
        .map(([status, count]) => `${count} × ${status}`)
        .join(", ")}; slowest ${health.maxMs.toFixed(0)} ms |`,
      `| time to recover: from the flood's end until a request is served within the sustainable p99 (${recoverWithinMs.toFixed(0)} ms) | ${recovery.toFixed(2)} s |`,
    ].join("\n");
    writeSection(envString("BENCH_REPORT", "BENCHMARKS.md"), "overload", markdown);
    console.log(markdown);
  } finally {
    await platform.stop();
    await dropDatabase(databaseUrl);
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error("The benchmark failed:", error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
