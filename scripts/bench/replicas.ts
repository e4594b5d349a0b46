import "reflect-metadata";
import { join } from "path";
import { AGENCIES, envPrefixOf } from "../../shared/agencies";
import { Child, cpuMillisOf, machineBusyMs, spawnTypeScript, treeCpuMillisOf, waitForHealth } from "./children";
import { copyDatabase } from "./database";
import { n } from "./figures";
import { assertClean, runLoad } from "./load";
import { productionEnvironment } from "./production";
import { writeSection } from "./report-section";
import { buildTargets } from "./targets";
import { endRun, prepareViewRun, readViewRunSettings, runCommand, runRows, RunWindow, spawnSubgraph, VIEW_RUN_DISTRICT } from "./view-run";

/**
 * `npm run bench:replicas` (issue #13, "Beyond one machine", D7): the unified view's throughput
 * with 1 and 2 processes of the busiest subgraph (district: TypeORM and the most fetches of the
 * view), and with the gateway in 1 and 2 workers (gateway/cluster.ts), as deployed: every subgraph
 * its own process (scripts/serve-subgraph.ts), the gateway its own (gateway/main.ts), compiled by
 * ts-node in production mode. The four set-ups run side by side over the SAME subgraph processes
 * (a gateway given `DISTRICT_URL=a,b` takes the two district processes in turn) and are loaded one
 * after the other, forward then reverse, so the machine's drift falls on all alike. CPU is each
 * process's, the gateway's summed over its workers.
 */
interface Setup {
  readonly label: string;
  readonly workers: number;
  readonly districtReplicas: number;
  readonly port: number;
}

interface Window extends RunWindow {
  readonly gatewayCpuMs: number;
  readonly subgraphCpuMs: number;
  readonly busiestCpuMs: number;
}

const repoRoot = join(__dirname, "..", "..");
const started = Date.now();
const BUSIEST = "district";
const SUBGRAPH_PORT_BASE = 4600;
/** Where the subgraphs hand off (their outbox jobs need a gateway): the first set-up's. */
const FIRST_GATEWAY_PORT = 4650;

function progress(line: string): void {
  console.log(`[bench:replicas ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
}

async function main(): Promise<void> {
  const settings = readViewRunSettings({ rounds: "2", connections: "20" });
  const { databaseUrl, persons, rounds, connections, seconds, warmup } = settings;
  const district = VIEW_RUN_DISTRICT;
  const { personId, token, manifest } = await prepareViewRun(repoRoot, settings, progress);
  const copy = databaseUrl.replace(/\/([a-z0-9_]+)$/, "/$1_replicas");
  const production = { ...process.env, ...productionEnvironment(repoRoot, manifest), LOG_LEVEL: "warn", UNSAFE_DISABLE_POLICY: "0" };
  const children: Child[] = [];
  try {
    await copyDatabase(databaseUrl, copy);
    const subgraphs = new Map<string, Child[]>();
    const urls = new Map<string, string[]>();
    // Every agency's first process at once (their schemas are their own), then district's second:
    // each runs its migrations (a no-op on the copy), and two of one agency must not race.
    const start = (agencyName: string, replica: number, subgraphPort: number) => {
      const { child, ready } = spawnSubgraph(
        repoRoot,
        { name: `${agencyName} #${replica + 1}`, agency: agencyName, port: subgraphPort, databaseUrl: copy, gatewayUrl: `http://127.0.0.1:${FIRST_GATEWAY_PORT}/graphql` },
        production,
      );
      children.push(child);
      subgraphs.set(agencyName, [...(subgraphs.get(agencyName) ?? []), child]);
      urls.set(agencyName, [...(urls.get(agencyName) ?? []), `http://127.0.0.1:${subgraphPort}/graphql`]);
      return ready;
    };
    await Promise.all(AGENCIES.map((agency, index) => start(agency.name, 0, SUBGRAPH_PORT_BASE + index)));
    await start(BUSIEST, 1, SUBGRAPH_PORT_BASE + AGENCIES.length);
    progress(`${AGENCIES.length + 1} subgraph processes ready`);
    const setups: Setup[] = [
      { label: "gateway ×1, district ×1", workers: 1, districtReplicas: 1, port: FIRST_GATEWAY_PORT },
      { label: "gateway ×1, district ×2", workers: 1, districtReplicas: 2, port: 4651 },
      { label: "gateway ×2, district ×1", workers: 2, districtReplicas: 1, port: 4652 },
      { label: "gateway ×2, district ×2", workers: 2, districtReplicas: 2, port: 4653 },
    ];
    const gateways = setups.map((setup) => {
      const subgraphUrls = Object.fromEntries(
        AGENCIES.map((agency) => [`${envPrefixOf(agency.name)}_URL`, (urls.get(agency.name) ?? []).slice(0, agency.name === BUSIEST ? setup.districtReplicas : 1).join(",")]),
      );
      const gateway = spawnTypeScript({
        name: setup.label,
        cwd: repoRoot,
        script: "gateway/main.ts",
        env: { ...production, ...subgraphUrls, GATEWAY_PERSONS_SEARCH_BURST: "0", GATEWAY_WORKERS: String(setup.workers), GATEWAY_PORT: String(setup.port), GATEWAY_HOST: "127.0.0.1" },
      });
      children.push(gateway);
      return gateway;
    });
    await Promise.all(setups.map((setup, index) => waitForHealth(`http://127.0.0.1:${setup.port}/health`, gateways[index], Date.now(), 300_000)));
    progress("gateways ready");
    const allSubgraphs = [...subgraphs.values()].flat();
    const busiest = subgraphs.get(BUSIEST) ?? [];
    const windows = setups.map((): Window[] => []);
    for (let round = 0; round < rounds; round += 1) {
      const order = round % 2 === 0 ? [...setups.keys()] : [...setups.keys()].reverse();
      for (const index of order) {
        const target = buildTargets({ gatewayPort: setups[index].port, floorPort: 0, token, personId, pageSize: 50, district })[0].gateway;
        const snapshot = () => ({
          gateway: treeCpuMillisOf(gateways[index].pid),
          subgraphs: allSubgraphs.reduce((sum, child) => sum + cpuMillisOf(child.pid), 0),
          busiest: busiest.reduce((sum, child) => sum + cpuMillisOf(child.pid), 0),
          busy: machineBusyMs(),
        });
        let at = snapshot();
        let until = at;
        const result = await runLoad(target, { connections, warmupSeconds: warmup, seconds, onWindowStart: () => (at = snapshot()), onWindowEnd: () => (until = snapshot()) });
        assertClean(target, result);
        windows[index].push({
          requests: result.requests,
          seconds: result.seconds,
          p50Ms: result.p50Ms,
          p99Ms: result.p99Ms,
          gatewayCpuMs: until.gateway - at.gateway,
          subgraphCpuMs: until.subgraphs - at.subgraphs,
          busiestCpuMs: until.busiest - at.busiest,
          busyCores: (until.busy - at.busy) / (result.seconds * 1000),
        });
        progress(`round ${round + 1} ${setups[index].label}: ${result.requestsPerSecond.toFixed(1)} req/s, machine busy ${((until.busy - at.busy) / (result.seconds * 1000)).toFixed(2)} cores`);
      }
    }
    const markdown = render(setups, windows, { rounds, connections, seconds, warmup, persons });
    console.log(markdown);
    writeSection(join(repoRoot, "BENCHMARKS.md"), "replicas", markdown);
  } finally {
    await endRun(children, copy);
  }
}

function render(setups: readonly Setup[], windows: readonly Window[][], run: { rounds: number; connections: number; seconds: number; warmup: number; persons: number }): string {
  const rows = runRows(
    setups.map((setup) => setup.label),
    windows,
    (figures) => [figures.perRequest((w) => w.gatewayCpuMs).toFixed(2), `${figures.perRequest((w) => w.subgraphCpuMs).toFixed(2)} (${BUSIEST} ${figures.perRequest((w) => w.busiestCpuMs).toFixed(2)})`],
  );
  return [
    "## Issue #13: 1 vs 2 replicas of the busiest subgraph, 1 vs 2 gateway workers (one run)",
    "",
    "```sh",
    runCommand(run, "bench:replicas"),
    "```",
    "",
    `- Date: ${new Date().toISOString()}; one person's unified view at ${run.connections} connections, ${run.rounds} rounds of ${run.seconds} s windows (after ${run.warmup} s warm-up each), set-ups alternating forward then reverse; ${n(run.persons)} persons or more. Every subgraph is its own process (production mode), ${BUSIEST} twice; the four gateways run side by side over those same processes.`,
    "- CPU per request: the gateway's summed over its workers; the subgraphs' over all their processes. Machine busy: the whole machine's busy CPU in the window in cores (2 cores), this bench and everything else together — the other helpers' tests included.",
    "",
    "| set-up | requests | req/s (pooled) | vs first | req/s per round | p50 / p99 ms per round | gateway CPU ms/req | subgraphs CPU ms/req | machine busy per round (cores) |",
    "|---|---:|---:|---:|---|---|---:|---:|---|",
    ...rows,
  ].join("\n");
}

main().catch((error: unknown) => {
  console.error("bench:replicas failed:", error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
