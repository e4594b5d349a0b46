import "reflect-metadata";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, relative } from "path";
import { envPrefixOf } from "../../shared/agencies";
import { readAuthConfig } from "../../shared/auth/config";
import { Role } from "../../shared/auth/roles";
import { signDevToken } from "../../shared/auth/token";
import { Child, cpuMillisOf, postgresCpuBetween, postgresCpuSnapshot, spawnTypeScript, StopOutcome, waitForHealth, waitForIdle } from "./children";
import { BenchConfig, readBenchConfig } from "./config";
import { pickBenchPerson, prepareBenchDatabase } from "./database";
import { assertClean, LoadResult, LoadTarget, runLoad } from "./load";
import { describeMachine } from "./machine";
import { runPeers } from "./peers";
import { BENCH_JWT_SECRET, developmentEnvironment, productionEnvironment, writeBenchManifest } from "./production";
import { readCpuProfile, summariseCpuProfile } from "./profile";
import { BenchReport, PolicyFigures, ProfileFigures, renderConsole, StartupFigures, TargetFigures, ViewFigures, writeReport } from "./report";
import { buildTargets, checkOnce, compareShapes } from "./targets";

/**
 * `npm run bench` (issue #3): the unified case view through the gateway against the floor (one SQL
 * statement behind plain node:http), on PostgreSQL with at least BENCH_PERSONS demo persons; then
 * a CPU profile of the platform and `npm start`'s readiness. Writes BENCHMARKS.md.
 */
const started = Date.now();
const TOP_FUNCTIONS = 15;
const HEALTH_TIMEOUT_MS = 120_000;
const running = new Set<Child>();
/** Things seen on the way that a reader of the figures should know. */
const notes: string[] = [];

function progress(line: string): void {
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
}

function track(child: Child): Child {
  running.add(child);
  return child;
}

/** Children that ignored SIGINT, and how the bench ended them: reported once, with the cause. */
const ignoredInterrupt: string[] = [];

async function stop(child: Child): Promise<StopOutcome> {
  const outcome = await child.stop();
  running.delete(child);
  if (outcome.signal !== "SIGINT" && outcome.signal !== "none") {
    ignoredInterrupt.push(`${child.name} (ended with ${outcome.signal})`);
    progress(`${child.name} ignored SIGINT for 5 s: ended with ${outcome.signal}`);
  }
  return outcome;
}

function interruptNote(): string | undefined {
  if (ignoredInterrupt.length === 0) {
    return undefined;
  }
  return (
    `\`npm start\` does not exit on SIGINT (Ctrl-C): ${ignoredInterrupt.join(", ")} did not exit within 5 s of SIGINT (SIGTERM goes through the same handlers). Cause, as traced while writing the bench: ` +
    "outside tests every ApolloServer installs its own SIGINT/SIGTERM handlers (`stopOnTerminationSignals` defaults to on) and starts `stop()` first; " +
    "start.ts's handler then calls `stop()` on the gateway's server again, and @apollo/server 5.5.1 never resolves the barrier a concurrent `stop()` waits on " +
    "when the first one succeeds, so start.ts never reaches `process.exit(0)`. `stopOnTerminationSignals: false` in gateway/index.ts and shared/subgraph/run.ts would fix it."
  );
}

/** Ports of the platforms of the #4 comparison (development mode), so they run beside the measured one. */
const BARE_PORT_OFFSET = 10;
const DEVELOPMENT_PORT_OFFSET = 20;

/**
 * How a bench platform runs. The measured one as a deployment runs it (issue #13: NODE_ENV=production);
 * the #4 comparison's pair in development mode, since switching the policy off is refused in production.
 */
type PlatformMode = "production" | "development" | "development-policy-off";

/** `npm start` as a child, on the bench database, with the bench's ports. */
function startPlatform(config: BenchConfig, profiled: boolean, mode: PlatformMode = "production"): Child {
  const offset = mode === "production" ? 0 : mode === "development" ? DEVELOPMENT_PORT_OFFSET : BARE_PORT_OFFSET;
  const ports = Object.fromEntries(Object.entries(config.subgraphPorts).map(([name, port]) => [`${envPrefixOf(name)}_PORT`, String(port + offset)]));
  const settings = {
    ...config.childEnvironment,
    DATABASE_URL: config.databaseUrl,
    DEMO_PERSONS: "0",
    GATEWAY_PORT: String(config.gatewayPort + offset),
    CONSOLE_PORT: String(config.gatewayPort + offset + 9),
    ...ports,
    LOG_LEVEL: "warn",
    UNSAFE_DISABLE_POLICY: mode === "development-policy-off" ? "1" : "0",
  };
  const names: Record<PlatformMode, string> = { production: "the platform", development: "the platform in development mode", "development-policy-off": "the platform without policy and audit" };
  return track(
    spawnTypeScript({
      name: profiled ? "the profiled platform" : names[mode],
      cwd: config.repoRoot,
      nodeFlags: profiled ? ["--cpu-prof", `--cpu-prof-dir=${config.profileDir}`] : [],
      exitHook: profiled,
      script: "scripts/start.ts",
      env: mode === "production" ? { ...settings, ...productionEnvironment(config.repoRoot, writeBenchManifest(join(config.repoRoot, ".bench"))) } : developmentEnvironment(settings),
    }),
  );
}

function startFloor(config: BenchConfig): Child {
  return track(
    spawnTypeScript({
      name: "the floor",
      cwd: config.repoRoot,
      script: "scripts/bench/floor-server.ts",
      env: {
        ...config.childEnvironment,
        BENCH_DATABASE_URL: config.databaseUrl,
        FLOOR_PORT: String(config.floorPort),
        FLOOR_ROLE: Role.DISTRICT_CASE_OFFICER,
        FLOOR_ORG: config.callerDistrict,
      },
    }),
  );
}

function describe(result: LoadResult): string {
  return `${result.requestsPerSecond.toFixed(1)} req/s, p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms (${result.requests} requests in ${result.seconds.toFixed(1)} s)`;
}

/** Alternating on/off rounds per view in the policy comparison. */
const POLICY_ROUNDS = 2;

/** The rounds pooled: all requests over all windows, CPU over all requests. */
function pooled(windows: readonly CpuWindow[]): { result: LoadResult; cpuMsPerRequest: number } {
  const requests = windows.reduce((sum, window) => sum + window.result.requests, 0);
  const seconds = windows.reduce((sum, window) => sum + window.result.seconds, 0);
  const cpu = windows.reduce((sum, window) => sum + window.serverCpuMs, 0);
  const first = windows[0].result;
  return { result: { ...first, requests, seconds, requestsPerSecond: requests / seconds }, cpuMsPerRequest: cpu / requests };
}

function policyFigures(label: string, on: readonly CpuWindow[], off: readonly CpuWindow[]): PolicyFigures {
  const withPolicy = pooled(on);
  const without = pooled(off);
  return { label, on: withPolicy.result, off: without.result, onCpuMsPerRequest: withPolicy.cpuMsPerRequest, offCpuMsPerRequest: without.cpuMsPerRequest };
}

interface CpuWindow {
  readonly result: LoadResult;
  readonly serverCpuMs: number;
  readonly postgresCpuMs: number;
}

/** One run with the server's and PostgreSQL's CPU read at the window's edges, then a wait for the server to go idle. */
async function runMeasured(config: BenchConfig, target: LoadTarget, server: Child, connections: number): Promise<CpuWindow> {
  await checkOnce(target);
  let serverStart = 0;
  let serverEnd = 0;
  let postgresStart = new Map<number, number>();
  let postgresEnd = new Map<number, number>();
  const result = await runLoad(target, {
    connections,
    warmupSeconds: config.warmupSeconds,
    seconds: config.runSeconds,
    onWindowStart: () => {
      serverStart = cpuMillisOf(server.pid);
      postgresStart = postgresCpuSnapshot();
    },
    onWindowEnd: () => {
      serverEnd = cpuMillisOf(server.pid);
      postgresEnd = postgresCpuSnapshot();
    },
  });
  assertClean(target, result);
  await waitForIdle(server.pid);
  return { result, serverCpuMs: serverEnd - serverStart, postgresCpuMs: postgresCpuBetween(postgresStart, postgresEnd) };
}

/** 1 connection (service time), then N connections (throughput, CPU per request), each after its own warm-up. */
async function measure(config: BenchConfig, target: LoadTarget, server: Child): Promise<TargetFigures> {
  const checked = await checkOnce(target);
  const single = await runMeasured(config, target, server, 1);
  progress(`  ${target.name} @1: ${describe(single.result)}`);
  const concurrent = await runMeasured(config, target, server, config.connections);
  const serverCpu = concurrent.serverCpuMs / concurrent.result.requests;
  const postgresCpu = concurrent.postgresCpuMs / concurrent.result.requests;
  progress(`  ${target.name} @${config.connections}: ${describe(concurrent.result)}, CPU ${serverCpu.toFixed(2)} ms/req + PostgreSQL ${postgresCpu.toFixed(2)} ms/req`);
  return {
    target: target.name,
    single: single.result,
    concurrent: concurrent.result,
    serverCpuMsPerRequest: serverCpu,
    postgresCpuMsPerRequest: postgresCpu,
    responseBytes: checked.bytes,
  };
}

/** The gateway-person run again, under --cpu-prof, and where its CPU time went. */
async function profileGateway(config: BenchConfig, target: LoadTarget): Promise<ProfileFigures> {
  mkdirSync(config.profileDir, { recursive: true });
  for (const file of readdirSync(config.profileDir)) {
    if (file.endsWith(".cpuprofile")) {
      rmSync(join(config.profileDir, file));
    }
  }
  const spawnedAt = Date.now();
  const platform = startPlatform(config, true);
  await waitForHealth(`http://localhost:${config.gatewayPort}/health`, platform, spawnedAt, HEALTH_TIMEOUT_MS);
  const measured = await runMeasured(config, target, platform, config.connections);
  progress(`  profiled ${target.name} @${config.connections}: ${describe(measured.result)}`);
  // SIGINT as a user would; the exit hook's SIGUSR2 if the platform does not exit (see stop()).
  const outcome = await stop(platform);
  const file = readdirSync(config.profileDir).find((name) => name.endsWith(".cpuprofile") && name.includes(`.${platform.pid}.`));
  if (file === undefined) {
    throw new Error(`The profiled platform (ended by ${outcome.signal}, exit code ${String(outcome.code)}) wrote no .cpuprofile in ${config.profileDir}`);
  }
  const path = join(config.profileDir, file);
  const summary = summariseCpuProfile(readCpuProfile(path), config.repoRoot, TOP_FUNCTIONS, { startUs: measured.result.startedUs, endUs: measured.result.endedUs });
  return { file: relative(config.repoRoot, path), run: measured.result, serverCpuMsPerRequest: measured.serverCpuMs / measured.result.requests, summary, endedBy: outcome.signal };
}

/** `npm start` exactly as a new developer first runs it: no DATABASE_URL, an empty PGlite folder. */
async function freshPgliteStart(config: BenchConfig): Promise<{ ms: number; demoPersons: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), "care-bench-pglite-"));
  const env: NodeJS.ProcessEnv = { ...config.childEnvironment, PGLITE_DATA_DIR: dataDir, GATEWAY_PORT: String(config.pgliteGatewayPort), LOG_LEVEL: "warn" };
  delete env.DATABASE_URL;
  delete env.DEMO_PERSONS;
  for (const [name, port] of Object.entries(config.pgliteSubgraphPorts)) {
    env[`${envPrefixOf(name)}_PORT`] = String(port);
  }
  try {
    const spawnedAt = Date.now();
    const platform = track(spawnTypeScript({ name: "the fresh-PGlite platform", cwd: config.repoRoot, script: "scripts/start.ts", env }));
    const ms = await waitForHealth(`http://localhost:${config.pgliteGatewayPort}/health`, platform, spawnedAt, HEALTH_TIMEOUT_MS);
    // start.ts prints its banner after seeding, just after /health answers: give it a moment.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const loaded = /(\d+) demo persons loaded/.exec(platform.output());
    await stop(platform);
    return { ms, demoPersons: loaded === null ? "the default (DEMO_PERSONS unset)" : Number(loaded[1]).toLocaleString("en-US") };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const config = readBenchConfig();
  progress(`database ${config.databaseUrl.replace(/\/\/[^@]*@/, "//…@")}, at least ${config.persons} persons`);
  const data = await prepareBenchDatabase(config.databaseUrl, config.persons, progress);
  const personId = await pickBenchPerson(config.databaseUrl, config.callerDistrict);
  const token = await signDevToken({ ...readAuthConfig(), sharedSecret: BENCH_JWT_SECRET }, { subject: "bench-district-officer", role: Role.DISTRICT_CASE_OFFICER, org: config.callerDistrict });

  progress("starting the floor and the platform (npm start) as child processes");
  const floorSpawned = Date.now();
  const floor = startFloor(config);
  await waitForHealth(`http://127.0.0.1:${config.floorPort}/health`, floor, floorSpawned, HEALTH_TIMEOUT_MS);
  const platformSpawned = Date.now();
  const platform = startPlatform(config, false);
  const benchDatabaseMs = await waitForHealth(`http://localhost:${config.gatewayPort}/health`, platform, platformSpawned, HEALTH_TIMEOUT_MS);
  progress(`platform ready in ${(benchDatabaseMs / 1000).toFixed(1)} s (spawn → /health 200)`);

  const targets = buildTargets({ gatewayPort: config.gatewayPort, floorPort: config.floorPort, token, personId, pageSize: config.pageSize, district: config.callerDistrict });
  const views: ViewFigures[] = [];
  for (const view of targets) {
    const shape = await compareShapes(view);
    progress(`${view.label}: ${shape.difference === null ? "floor and gateway answer the same data" : `floor differs at ${shape.difference}`}`);
    const gateway = await measure(config, view.gateway, platform);
    const floorFigures = await measure(config, view.floor, floor);
    views.push({ label: view.label, gateway, floor: floorFigures, shape });
  }
  // Issue #4: the same gateway targets with the access policy (shield, masking) and the audit
  // log switched off. Both platforms run side by side (only the one under load is busy) and the
  // runs alternate on, off, on, off, so drift on this shared machine falls on both alike.
  // Both in development mode: the policy cannot be switched off in production. The measured
  // platform stops first: three platforms' pools would pass PostgreSQL's 100 connections.
  await stop(platform);
  progress("the platform in development mode, and again with UNSAFE_DISABLE_POLICY=1 (no policy, no audit), beside the first");
  const developmentSpawned = Date.now();
  const development = startPlatform(config, false, "development");
  await waitForHealth(`http://localhost:${config.gatewayPort + DEVELOPMENT_PORT_OFFSET}/health`, development, developmentSpawned, HEALTH_TIMEOUT_MS);
  const developmentTargets = buildTargets({ gatewayPort: config.gatewayPort + DEVELOPMENT_PORT_OFFSET, floorPort: config.floorPort, token, personId, pageSize: config.pageSize, district: config.callerDistrict });
  const bareSpawned = Date.now();
  const bare = startPlatform(config, false, "development-policy-off");
  await waitForHealth(`http://localhost:${config.gatewayPort + BARE_PORT_OFFSET}/health`, bare, bareSpawned, HEALTH_TIMEOUT_MS);
  const bareTargets = buildTargets({ gatewayPort: config.gatewayPort + BARE_PORT_OFFSET, floorPort: config.floorPort, token, personId, pageSize: config.pageSize, district: config.callerDistrict });
  const policy: PolicyFigures[] = [];
  for (const [index, view] of developmentTargets.entries()) {
    const on: CpuWindow[] = [];
    const off: CpuWindow[] = [];
    for (let round = 0; round < POLICY_ROUNDS; round += 1) {
      on.push(await runMeasured(config, view.gateway, development, config.connections));
      off.push(await runMeasured(config, bareTargets[index].gateway, bare, config.connections));
    }
    const figures = policyFigures(view.label, on, off);
    progress(`  ${view.gateway.name}: with policy ${figures.on.requestsPerSecond.toFixed(1)} req/s, without ${figures.off.requestsPerSecond.toFixed(1)} req/s (${POLICY_ROUNDS} alternating rounds each)`);
    policy.push(figures);
  }
  await stop(bare);
  await stop(development);

  progress("profiling the platform (--cpu-prof) under gateway-person load");
  const profile = await profileGateway(config, targets[0].gateway);
  const sourceMaps = profile.summary.groups.find((group) => group.name === "@cspotcode/source-map-support");
  if (sourceMaps !== undefined && sourceMaps.percent >= 1) {
    notes.push(
      `${sourceMaps.percent.toFixed(1)}% of the profiled platform's busy time is in @cspotcode/source-map-support (ts-node's source-mapped stack traces, as \`npm start\` runs): ` +
        "whatever builds an Error's stack on the request path pays it (before issue #13, agent-base under the gateway's default fetcher did so on every subgraph request). " +
        "A compiled build (`npm run build`) would not pay it.",
    );
  }
  await stop(floor);

  progress("first start on a fresh embedded PGlite (npm start, default demo data)");
  const fresh = await freshPgliteStart(config);
  progress(`fresh PGlite ready in ${(fresh.ms / 1000).toFixed(1)} s with ${fresh.demoPersons} demo persons`);
  const startup: StartupFigures = { benchDatabaseMs, freshPgliteMs: fresh.ms, freshPgliteDemoPersons: fresh.demoPersons };

  const report: BenchReport = {
    command: `npm run bench    # BENCH_DATABASE_URL=${config.databaseUrl} BENCH_PERSONS=${config.persons} (the defaults)`,
    date: new Date(),
    totalSeconds: (Date.now() - started) / 1000,
    machine: describeMachine(data.postgresVersion),
    data,
    personId,
    warmupSeconds: config.warmupSeconds,
    runSeconds: config.runSeconds,
    connections: config.connections,
    views,
    policy,
    startup,
    profile,
    notes: [...notes, interruptNote()].filter((note): note is string => note !== undefined),
  };
  writeReport(config.reportPath, report);
  console.log(renderConsole(report));
  progress(`wrote ${relative(process.cwd(), config.reportPath) || config.reportPath}`);
}

async function stopAll(): Promise<void> {
  await Promise.all([...running].map((child) => child.stop(2_000)));
  running.clear();
}

process.once("SIGINT", () => {
  console.error("Interrupted: stopping the child processes");
  void stopAll().finally(() => process.exit(130));
});

// `npm run bench -- --peers` (issue #13): the gateway beside its peers over the same subgraphs (peers.ts).
(process.argv.includes("--peers") ? runPeers() : main())
  .catch((error: unknown) => {
    console.error("The benchmark failed:", error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
