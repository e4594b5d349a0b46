import "reflect-metadata";
import { execFileSync } from "child_process";
import { createHash } from "crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { AGENCIES, envPrefixOf } from "../../shared/agencies";
import { readAuthConfig } from "../../shared/auth/config";
import { CITY_ORG, Role } from "../../shared/auth/roles";
import { signDevToken } from "../../shared/auth/token";
import { envOptional } from "../../shared/config";
import { UNIFIED_PERSON_QUERY, UNIFIED_PERSONS_QUERY } from "../operations/unified-view";
import { Child, cpuMillisOf, machineBusyMs, postgresCpuBetween, postgresCpuSnapshot, spawnTypeScript, treeCpuMillisOf, waitForHealth, waitForIdle } from "./children";
import { positiveNumber } from "./config";
import { pickBenchPerson, prepareBenchDatabase } from "./database";
import { INBOX } from "./deadlines-inbox";
import { ms, n } from "./figures";
import { assertClean, LoadTarget, runLoad } from "./load";
import { BENCH_JWT_SECRET } from "./production";
import { writeSection } from "./report-section";
import { TABLE_ONE } from "./statistics-measure";
import { checkOnce, firstDifference } from "./targets";

/**
 * `npm run bench -- --peers` (issue #13): the platform's gateway beside stock @apollo/gateway, Hive
 * Gateway (request deduplication off) with and without its Rust query planner, and the floor, all
 * over the SAME subgraph processes (scripts/serve-subgraph.ts, NODE_ENV=production) and data.
 * Rounds alternate forward and reverse order and are pooled; every window records the CPU of every
 * process (/proc/<pid>/stat), PostgreSQL's, and the rest of the machine's busy CPU ("other load"),
 * and is flagged when that exceeds 0.2 core. Every gateway gets the same token and must answer the
 * same data (person and page also equal to the floor's), else the bench fails.
 */
const repoRoot = join(__dirname, "..", "..");
const started = Date.now();
const OTHER_LOAD_LIMIT_CORES = 0.2;
const SUBGRAPH_BASE_PORT = 4500;
const DISTRICT = "63000050";
const PURPOSE = "benchmark";
const PERIOD = { from: "2015-06-01", to: "2018-12-31" };
const PAGE = 50;

function progress(line: string): void {
  console.log(`[bench --peers ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
}

interface Query {
  readonly key: string;
  readonly label: string;
  readonly document: string;
  readonly variables: Record<string, unknown>;
  readonly token: string;
  /** The floor's endpoint and body, for the two views it serves. */
  readonly floor?: { readonly path: string; readonly body: Record<string, unknown> };
}

interface Peer {
  readonly label: string;
  readonly port: number;
  readonly script: string;
  readonly env: Record<string, string>;
  readonly floor?: boolean;
}

interface Window {
  readonly requests: number;
  readonly seconds: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly gatewayCpuMs: number;
  readonly subgraphsCpuMs: number;
  readonly postgresCpuMs: number;
  readonly otherCores: number;
}

function production(env: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: "production", JWT_SECRET: BENCH_JWT_SECRET, LOG_LEVEL: "warn", ...env };
}

function targetOf(peer: Peer, query: Query): LoadTarget | undefined {
  if (peer.floor === true) {
    return query.floor === undefined ? undefined : { name: `${peer.label} ${query.key}`, url: `http://127.0.0.1:${peer.port}${query.floor.path}`, headers: { "content-type": "application/json" }, body: JSON.stringify(query.floor.body) };
  }
  return {
    name: `${peer.label} ${query.key}`,
    url: `http://127.0.0.1:${peer.port}/graphql`,
    headers: { "content-type": "application/json", authorization: `Bearer ${query.token}`, "x-purpose": PURPOSE },
    body: JSON.stringify({ query: query.document, variables: query.variables }),
  };
}

/**
 * Hive Gateway and its Rust planner are what the bench measures, not part of the platform: they are
 * pinned in scripts/bench/peers/modules (package.json and its lock, ~580 packages) and installed
 * there on the first --peers run, so that CI's and every developer's `npm ci` do not carry them.
 */
function installedPeerModules(): string {
  const folder = join(__dirname, "peers", "modules");
  if (!existsSync(join(folder, "node_modules", "@graphql-hive", "gateway"))) {
    progress(`installing the peer gateways (pinned) into ${folder}`);
    execFileSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: folder, stdio: "inherit" });
  }
  return folder;
}

export async function runPeers(): Promise<void> {
  const databaseUrl = envOptional("BENCH_DATABASE_URL") ?? "postgres://postgres@127.0.0.1:5432/care_bench";
  const persons = positiveNumber("BENCH_PERSONS", "100000");
  const rounds = positiveNumber("BENCH_ROUNDS", "2");
  const connections = positiveNumber("BENCH_CONNECTIONS", "50");
  const seconds = positiveNumber("BENCH_SECONDS", "4");
  const warmup = positiveNumber("BENCH_WARMUP_SECONDS", "1");
  const hiveModules = envOptional("HIVE_MODULES") ?? installedPeerModules();
  await prepareBenchDatabase(databaseUrl, persons, progress);
  const personId = await pickBenchPerson(databaseUrl, DISTRICT);
  const auth = { ...readAuthConfig(), sharedSecret: BENCH_JWT_SECRET };
  const officer = await signDevToken(auth, { subject: "bench-district-officer", role: Role.DISTRICT_CASE_OFFICER, org: DISTRICT });
  const analyst = await signDevToken(auth, { subject: "bench-statistics", role: Role.CIVIL_AFFAIRS_ANALYST, org: CITY_ORG });
  const queries: Query[] = [
    { key: "person", label: "one person's unified view", document: UNIFIED_PERSON_QUERY, variables: { id: personId }, token: officer, floor: { path: "/person", body: { id: personId } } },
    { key: "page50", label: "a page of 50", document: UNIFIED_PERSONS_QUERY, variables: { first: PAGE, filter: { district: DISTRICT, newImmigrant: true } }, token: officer, floor: { path: "/persons", body: { first: PAGE } } },
    { key: "inbox", label: "a district inbox", document: INBOX, variables: { first: 50 }, token: officer },
    { key: "statistics", label: "民政局 report (careStatistics)", document: TABLE_ONE, variables: PERIOD, token: analyst },
  ];

  // The peers read the supergraph with the bench's subgraph URLs written in (the platform's gateway takes <NAME>_URL).
  const benchDir = join(repoRoot, ".bench");
  mkdirSync(benchDir, { recursive: true });
  const urls = Object.fromEntries(AGENCIES.map((agency, index) => [agency.name, `http://127.0.0.1:${SUBGRAPH_BASE_PORT + index}/graphql`]));
  let supergraph = readFileSync(join(repoRoot, "supergraph.graphql"), "utf8");
  for (const agency of AGENCIES) {
    supergraph = supergraph.replace(new RegExp(`url: "http://localhost:${agency.port}/graphql"`, "g"), `url: "${urls[agency.name]}"`);
  }
  const supergraphPath = join(benchDir, "peers-supergraph.graphql");
  writeFileSync(supergraphPath, supergraph);
  const manifest = join(benchDir, "peers-trusted-documents.json");
  writeFileSync(manifest, JSON.stringify(Object.fromEntries(queries.map((query) => [`sha256:${createHash("sha256").update(query.document).digest("hex")}`, query.document]))));

  const children: Child[] = [];
  const start = async (name: string, script: string, env: NodeJS.ProcessEnv, health: string): Promise<Child> => {
    const spawned = Date.now();
    const child = spawnTypeScript({ name, cwd: repoRoot, script, env });
    children.push(child);
    await waitForHealth(health, child, spawned, 180_000);
    progress(`${name} ready`);
    return child;
  };
  try {
    const subgraphs: Child[] = [];
    for (const [index, agency] of AGENCIES.entries()) {
      subgraphs.push(
        await start(`subgraph ${agency.name}`, "scripts/serve-subgraph.ts", production({ SUBGRAPH: agency.name, PORT: String(SUBGRAPH_BASE_PORT + index), HOST: "127.0.0.1", DATABASE_URL: databaseUrl, GATEWAY_URL: "http://127.0.0.1:4600/graphql" }), `http://127.0.0.1:${SUBGRAPH_BASE_PORT + index}/health`),
      );
    }
    const ours = Object.fromEntries(AGENCIES.map((agency) => [`${envPrefixOf(agency.name)}_URL`, urls[agency.name]]));
    const ourGateway = { ...ours, GATEWAY_HOST: "127.0.0.1", GATEWAY_PERSONS_SEARCH_BURST: "0", TRUSTED_DOCUMENTS: "only", TRUSTED_DOCUMENTS_MANIFESTS: manifest };
    const peers: Peer[] = [
      { label: "the platform's gateway (cluster, a worker per core)", port: 4600, script: "gateway/main.ts", env: { ...ourGateway, GATEWAY_PORT: "4600" } },
      // Like for like with the peers, each one process: the same gateway with one worker and no primary.
      { label: "the platform's gateway, one process", port: 4650, script: "gateway/main.ts", env: { ...ourGateway, GATEWAY_PORT: "4650", GATEWAY_WORKERS: "1" } },
      { label: "stock @apollo/gateway 2.14 + @apollo/server 5", port: 4610, script: "scripts/bench/peers/stock-gateway.ts", env: { PEER_PORT: "4610", SUPERGRAPH_PATH: supergraphPath } },
      { label: "Hive Gateway 2.15 (dedup off)", port: 4620, script: "scripts/bench/peers/hive-gateway.ts", env: { PEER_PORT: "4620", SUPERGRAPH_PATH: supergraphPath, ...(hiveModules === undefined ? {} : { HIVE_MODULES: hiveModules }) } },
      { label: "Hive Gateway + Rust query planner (dedup off)", port: 4630, script: "scripts/bench/peers/hive-gateway.ts", env: { PEER_PORT: "4630", SUPERGRAPH_PATH: supergraphPath, HIVE_ROUTER_RUNTIME: "1", ...(hiveModules === undefined ? {} : { HIVE_MODULES: hiveModules }) } },
      { label: "floor: one SQL statement, plain http", port: 4640, script: "scripts/bench/floor-server.ts", env: { BENCH_DATABASE_URL: databaseUrl, FLOOR_PORT: "4640", FLOOR_ROLE: Role.DISTRICT_CASE_OFFICER, FLOOR_ORG: DISTRICT }, floor: true },
    ];
    const skipped = new Map<string, string>();
    const running: (Child | undefined)[] = [];
    for (const peer of peers) {
      const health = peer.floor === true || peer.script === "gateway/main.ts" ? `http://127.0.0.1:${peer.port}/health` : `http://127.0.0.1:${peer.port + 1}/`;
      try {
        running.push(await start(peer.label, peer.script, production(peer.env), health));
      } catch (error) {
        // A peer that cannot start here (the Rust planner's native addon) is reported, not hidden.
        skipped.set(peer.label, error instanceof Error ? error.message.split("\n")[0] : String(error));
        progress(`${peer.label} did not start: ${skipped.get(peer.label)}`);
        running.push(undefined);
      }
    }
    // Same answers: every gateway's data equal to the platform's, and person and page equal to the floor's.
    for (const query of queries) {
      const reference = await checkOnce(targetOf(peers[0], query) as LoadTarget);
      for (const [index, peer] of peers.entries()) {
        const target = targetOf(peer, query);
        if (index === 0 || running[index] === undefined || target === undefined || peer.floor === true) {
          continue;
        }
        const difference = firstDifference(reference.data, (await checkOnce(target)).data);
        if (difference !== null) {
          throw new Error(`${peer.label} answers ${query.key} differently from the platform's gateway at ${difference}`);
        }
      }
      progress(`${query.key}: every gateway answers the same data`);
    }
    // Every process settled first: a gateway still planning or compiling in the background is "other load" in another's window.
    for (const child of [...running, ...subgraphs]) {
      if (child !== undefined) {
        await waitForIdle(child.pid);
      }
    }
    const windows = new Map<string, Window[]>();
    for (let round = 0; round < rounds; round += 1) {
      const order = round % 2 === 0 ? [...peers.keys()] : [...peers.keys()].reverse();
      for (const index of order) {
        const child = running[index];
        if (child === undefined) {
          continue;
        }
        for (const query of queries) {
          const target = targetOf(peers[index], query);
          if (target === undefined) {
            continue;
          }
          for (const conns of [1, connections]) {
            type Snapshot = { gateway: number; subgraphs: number; postgres: Map<number, number>; busy: number; self: number };
            const snapshot = (): Snapshot => ({ gateway: treeCpuMillisOf(child.pid), subgraphs: subgraphs.reduce((sum, subgraph) => sum + cpuMillisOf(subgraph.pid), 0), postgres: postgresCpuSnapshot(), busy: machineBusyMs(), self: cpuMillisOf(process.pid) });
            let at: Snapshot | undefined;
            let until: Snapshot | undefined;
            const result = await runLoad(target, { connections: conns, warmupSeconds: warmup, seconds, onWindowStart: () => (at = snapshot()), onWindowEnd: () => (until = snapshot()) });
            assertClean(target, result);
            if (at === undefined || until === undefined) {
              throw new Error(`${target.name}: the load ran no window`);
            }
            const gatewayCpuMs = until.gateway - at.gateway;
            const subgraphsCpuMs = until.subgraphs - at.subgraphs;
            const postgresCpuMs = postgresCpuBetween(at.postgres, until.postgres);
            const otherMs = until.busy - at.busy - gatewayCpuMs - subgraphsCpuMs - postgresCpuMs - (until.self - at.self);
            const window = { requests: result.requests, seconds: result.seconds, p50Ms: result.p50Ms, p99Ms: result.p99Ms, gatewayCpuMs, subgraphsCpuMs, postgresCpuMs, otherCores: Math.max(0, otherMs) / (result.seconds * 1000) };
            const key = `${index}|${query.key}|${conns}`;
            windows.set(key, [...(windows.get(key) ?? []), window]);
            progress(`round ${round + 1} ${target.name} @${conns}: ${result.requestsPerSecond.toFixed(1)} req/s, p50 ${result.p50Ms.toFixed(2)} ms, other load ${window.otherCores.toFixed(2)} cores${window.otherCores > OTHER_LOAD_LIMIT_CORES ? " (flagged)" : ""}`);
            await waitForIdle(child.pid);
          }
        }
      }
    }
    const markdown = render(peers, queries, windows, skipped, { rounds, connections, seconds, warmup, persons });
    console.log(markdown);
    writeSection(join(repoRoot, "BENCHMARKS.md"), "peers", markdown);
  } finally {
    for (const child of children.reverse()) {
      await child.stop();
    }
  }
}

function pool(all: readonly Window[] | undefined): { rps: number; p50: number; p99: number; gateway: number; subgraphs: number; postgres: number; flagged: number; other: number[] } | undefined {
  if (all === undefined || all.length === 0) {
    return undefined;
  }
  const requests = all.reduce((sum, window) => sum + window.requests, 0);
  const sum = (pick: (window: Window) => number): number => all.reduce((total, window) => total + pick(window), 0);
  const p50s = all.map((window) => window.p50Ms).sort((a, b) => a - b);
  return {
    rps: requests / sum((window) => window.seconds),
    p50: p50s[Math.floor(p50s.length / 2)],
    // The issue's p99 target holds only if it holds in every window: the worst one's.
    p99: Math.max(...all.map((window) => window.p99Ms)),
    gateway: sum((window) => window.gatewayCpuMs) / requests,
    subgraphs: sum((window) => window.subgraphsCpuMs) / requests,
    postgres: sum((window) => window.postgresCpuMs) / requests,
    flagged: all.filter((window) => window.otherCores > OTHER_LOAD_LIMIT_CORES).length,
    other: all.map((window) => window.otherCores),
  };
}

function render(peers: readonly Peer[], queries: readonly Query[], windows: ReadonlyMap<string, Window[]>, skipped: ReadonlyMap<string, string>, run: { rounds: number; connections: number; seconds: number; warmup: number; persons: number }): string {
  const sections = queries.map((query) => {
    const rows = peers.flatMap((peer, index) => {
      if (skipped.has(peer.label)) {
        return [`| ${peer.label} | did not start here: ${skipped.get(peer.label) ?? ""} | | | | | | | |`];
      }
      const single = pool(windows.get(`${index}|${query.key}|1`));
      const many = pool(windows.get(`${index}|${query.key}|${run.connections}`));
      if (single === undefined || many === undefined) {
        return [];
      }
      const floor = peer.floor === true;
      const flagged = single.flagged + many.flagged;
      return [
        `| ${peer.label} | ${many.rps.toFixed(1)} | ${ms(single.p50)} | ${ms(many.p99)} | ${ms(many.gateway)}${floor ? " (floor process)" : ""} | ${floor ? "–" : ms(many.subgraphs)} | ${ms(many.postgres)} | ${[...single.other, ...many.other].map((cores) => cores.toFixed(2)).join(" / ")} | ${flagged === 0 ? "no" : `**${flagged} of ${run.rounds * 2}**`} |`,
      ];
    });
    return [`### ${query.label} (\`${query.key}\`)`, "", `| target | req/s @${run.connections} | p50 @1 | p99 @${run.connections} (worst window) | gateway CPU ms/req | subgraphs CPU ms/req | PostgreSQL CPU ms/req | other load per window (cores) | windows > ${OTHER_LOAD_LIMIT_CORES} core |`, "|---|---:|---:|---:|---:|---:|---:|---|---|", ...rows].join("\n");
  });
  return [
    "# Issue #13: the platform's gateway beside its peers, in one run",
    "",
    "```sh",
    `BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/care_bench BENCH_PERSONS=${run.persons} BENCH_ROUNDS=${run.rounds} BENCH_SECONDS=${run.seconds} BENCH_WARMUP_SECONDS=${run.warmup} BENCH_CONNECTIONS=${run.connections}${envOptional("HIVE_MODULES") === undefined ? "" : ` HIVE_MODULES=${envOptional("HIVE_MODULES") ?? ""}`} npm run bench -- --peers`,
    "```",
    "",
    `- Date: ${new Date().toISOString()}; ${n(run.persons)} persons or more on PostgreSQL; ${run.rounds} rounds, targets alternating forward then reverse, pooled; per target and query a ${run.seconds} s window at 1 connection and one at ${run.connections}, each after ${run.warmup} s warm-up.`,
    `- The same ${AGENCIES.length} subgraph processes (scripts/serve-subgraph.ts, ts-node transpile-only, NODE_ENV=production) behind every gateway; every gateway in its own process (the platform's as shipped is a cluster: a primary and a worker per core, its CPU all of theirs; the one-process row is the same gateway with GATEWAY_WORKERS=1, like for like with the peers), NODE_ENV=production, the same tokens; Authorization and x-purpose forwarded to the subgraphs (D4), so authorization, masking and audit run on every figure. Hive's in-flight deduplication is off (merging different callers' reads is not allowed here). Before the rounds the bench checks that every gateway answers each query with the same data as the platform's gateway (person and page are also checked against the floor by \`npm run bench\`).`,
    "- CPU per request: utime + stime from /proc/<pid>/stat over the 50-connection window (gateway = the target's process; subgraphs = every subgraph process; PostgreSQL = every `postgres` process, other sessions on the shared server included). Other load = the machine's busy CPU in the window minus all of these and the load generator, in cores (2 cores here). Windows above 0.2 core are flagged, not dropped: other engineers share this machine during the run, so absolute figures are noisy; compare targets within one table (ratios in one run).",
    "",
    ...sections.flatMap((section) => [section, ""]),
  ].join("\n");
}
