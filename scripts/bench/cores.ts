import "reflect-metadata";
import { join } from "path";
import { AGENCIES, envPrefixOf } from "../../shared/agencies";
import { allCpus, pinAll, releaseAll, requireTaskset } from "./affinity";
import { Child, machineBusyMs, postgresCpuBetween, postgresCpuSnapshot, spawnTypeScript, treeCpuMillisOf, waitForHealth } from "./children";
import { copyDatabase } from "./database";
import { n } from "./figures";
import { assertClean, runLoad } from "./load";
import { productionEnvironment } from "./production";
import { writeSection } from "./report-section";
import { buildTargets } from "./targets";
import { endRun, prepareViewRun, readViewRunSettings, runCommand, runRows, RunWindow, spawnSubgraph, VIEW_RUN_DISTRICT } from "./view-run";

/**
 * `npm run bench:cores` (issue #13: "every core used … with the scaling from 1 to 2 cores
 * reported"): the deployed set-up — every subgraph its own process, the gateway in cluster mode
 * with one worker per core (production's default), PostgreSQL — loaded with one person's unified
 * view, once with all of it (load generator included) held on CPU 0 and once on every CPU,
 * alternating per round over the SAME processes, so the only difference is the cores they may use.
 */
interface Window extends RunWindow {
  readonly platformCpuMs: number;
  readonly postgresCpuMs: number;
}

interface Mode {
  readonly label: string;
  readonly cpus: string;
}

const repoRoot = join(__dirname, "..", "..");
const started = Date.now();
const SUBGRAPH_PORT_BASE = 4800;
const GATEWAY_PORT = 4850;

function progress(line: string): void {
  console.log(`[bench:cores ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
}

async function main(): Promise<void> {
  requireTaskset();
  const settings = readViewRunSettings({ rounds: "3", connections: "50" });
  const { databaseUrl, persons, rounds, connections, seconds, warmup } = settings;
  const district = VIEW_RUN_DISTRICT;
  const { personId, token, manifest } = await prepareViewRun(repoRoot, settings, progress);
  const copy = databaseUrl.replace(/\/([a-z0-9_]+)$/, "/$1_cores");
  const production = { ...process.env, ...productionEnvironment(repoRoot, manifest), LOG_LEVEL: "warn", UNSAFE_DISABLE_POLICY: "0" };
  const modes: Mode[] = [
    { label: "1 core (CPU 0)", cpus: "0" },
    { label: `every core (CPUs ${allCpus()})`, cpus: allCpus() },
  ];
  const children: Child[] = [];
  process.once("exit", releaseAll);
  try {
    await copyDatabase(databaseUrl, copy);
    const urls: Record<string, string> = {};
    await Promise.all(
      AGENCIES.map((agency, index) => {
        const port = SUBGRAPH_PORT_BASE + index;
        urls[`${envPrefixOf(agency.name)}_URL`] = `http://127.0.0.1:${port}/graphql`;
        const { child, ready } = spawnSubgraph(repoRoot, { name: agency.name, agency: agency.name, port, databaseUrl: copy, gatewayUrl: `http://127.0.0.1:${GATEWAY_PORT}/graphql` }, production);
        children.push(child);
        return ready;
      }),
    );
    // GATEWAY_WORKERS unset: production's one worker per core, as a deployment on this machine runs it.
    const gateway = spawnTypeScript({ name: "gateway", cwd: repoRoot, script: "gateway/main.ts", env: { ...production, ...urls, GATEWAY_PERSONS_SEARCH_BURST: "0", GATEWAY_PORT: String(GATEWAY_PORT), GATEWAY_HOST: "127.0.0.1" } });
    children.push(gateway);
    await waitForHealth(`http://127.0.0.1:${GATEWAY_PORT}/health`, gateway, Date.now(), 300_000);
    progress(`${AGENCIES.length} subgraph processes and the gateway ready`);
    const target = buildTargets({ gatewayPort: GATEWAY_PORT, floorPort: 0, token, personId, pageSize: 50, district })[0].gateway;
    const roots = children.map((child) => child.pid);
    const windows = modes.map((): Window[] => []);
    for (let round = 0; round < rounds; round += 1) {
      const order = round % 2 === 0 ? [...modes.keys()] : [...modes.keys()].reverse();
      for (const index of order) {
        const pinned = pinAll(roots, modes[index].cpus);
        const snapshot = () => ({ platform: roots.reduce((sum, pid) => sum + treeCpuMillisOf(pid), 0), postgres: postgresCpuSnapshot(), busy: machineBusyMs() });
        let at = snapshot();
        let until = at;
        // The warm-up also lets pool connections opened on the other mask be pinned: re-pin at the window's start.
        const result = await runLoad(target, {
          connections,
          warmupSeconds: warmup,
          seconds,
          onWindowStart: () => {
            pinAll(roots, modes[index].cpus);
            at = snapshot();
          },
          onWindowEnd: () => (until = snapshot()),
        });
        assertClean(target, result);
        windows[index].push({
          requests: result.requests,
          seconds: result.seconds,
          p50Ms: result.p50Ms,
          p99Ms: result.p99Ms,
          platformCpuMs: until.platform - at.platform,
          postgresCpuMs: postgresCpuBetween(at.postgres, until.postgres),
          busyCores: (until.busy - at.busy) / (result.seconds * 1000),
        });
        progress(`round ${round + 1} ${modes[index].label} (${pinned} processes pinned): ${result.requestsPerSecond.toFixed(1)} req/s, machine busy ${((until.busy - at.busy) / (result.seconds * 1000)).toFixed(2)} cores`);
      }
    }
    releaseAll();
    const markdown = render(modes, windows, { rounds, connections, seconds, warmup, persons });
    console.log(markdown);
    writeSection(join(repoRoot, "BENCHMARKS.md"), "cores", markdown);
  } finally {
    releaseAll();
    await endRun(children, copy);
  }
}

function render(modes: readonly Mode[], windows: readonly Window[][], run: { rounds: number; connections: number; seconds: number; warmup: number; persons: number }): string {
  const rows = runRows(
    modes.map((mode) => mode.label),
    windows,
    (figures) => [figures.perRequest((w) => w.platformCpuMs).toFixed(2), figures.perRequest((w) => w.postgresCpuMs).toFixed(2)],
  );
  return [
    "## Issue #13: one core vs every core, the same processes (one run)",
    "",
    "```sh",
    runCommand(run, "bench:cores"),
    "```",
    "",
    `- Date: ${new Date().toISOString()}; one person's unified view at ${run.connections} connections, ${run.rounds} rounds of ${run.seconds} s windows (after ${run.warmup} s warm-up each), the two masks alternating forward then reverse; ${n(run.persons)} persons or more. Every subgraph its own process, the gateway in cluster mode with one worker per core (production's default), all in production mode.`,
    "- \"1 core\": every process of the platform, PostgreSQL's postmaster and backends, and this bench's load generator held on CPU 0 with `taskset -a`; \"every core\": the same processes on every CPU. Platform CPU: the gateway's tree and every subgraph process; PostgreSQL's: every `postgres` process. Machine busy: the whole machine's busy CPU in the window, in cores.",
    "",
    "| CPUs | requests | req/s (pooled) | vs 1 core | req/s per round | p50 / p99 ms per round | platform CPU ms/req | PostgreSQL CPU ms/req | machine busy per round (cores) |",
    "|---|---:|---:|---:|---|---|---:|---:|---|",
    ...rows,
  ].join("\n");
}

main().catch((error: unknown) => {
  console.error("bench:cores failed:", error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
