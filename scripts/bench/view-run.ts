import { join } from "path";
import { readAuthConfig } from "../../shared/auth/config";
import { Role } from "../../shared/auth/roles";
import { signDevToken } from "../../shared/auth/token";
import { envString } from "../../shared/config";
import { Child, spawnTypeScript, waitForHealth } from "./children";
import { positiveNumber } from "./config";
import { dropDatabase, pickBenchPerson, prepareBenchDatabase } from "./database";
import { n } from "./figures";
import { BENCH_JWT_SECRET, writeBenchManifest } from "./production";

/** A run of one person's unified view through a deployed set-up (bench:replicas, bench:cores): its settings from the environment. */
export interface ViewRunSettings {
  readonly databaseUrl: string;
  readonly persons: number;
  readonly rounds: number;
  readonly connections: number;
  readonly seconds: number;
  readonly warmup: number;
}

/** The caller's district: a DISTRICT_CASE_OFFICER of 中正區, whose row scope holds the bench person. */
export const VIEW_RUN_DISTRICT = "63000050";

export function readViewRunSettings(defaults: { readonly rounds: string; readonly connections: string }): ViewRunSettings {
  return {
    databaseUrl: envString("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/care_bench"),
    persons: positiveNumber("BENCH_PERSONS", "100000"),
    rounds: positiveNumber("BENCH_ROUNDS", defaults.rounds),
    connections: positiveNumber("BENCH_CONNECTIONS", defaults.connections),
    seconds: positiveNumber("BENCH_SECONDS", "8"),
    warmup: positiveNumber("BENCH_WARMUP_SECONDS", "5"),
  };
}

/** The bench database brought to size, the person to read, the caller's token and the trusted-documents manifest. */
export async function prepareViewRun(repoRoot: string, settings: ViewRunSettings, progress: (line: string) => void): Promise<{ personId: string; token: string; manifest: string }> {
  await prepareBenchDatabase(settings.databaseUrl, settings.persons, progress);
  const personId = await pickBenchPerson(settings.databaseUrl, VIEW_RUN_DISTRICT);
  const token = await signDevToken({ ...readAuthConfig(), sharedSecret: BENCH_JWT_SECRET }, { subject: "bench-district-officer", role: Role.DISTRICT_CASE_OFFICER, org: VIEW_RUN_DISTRICT });
  return { personId, token, manifest: writeBenchManifest(join(repoRoot, ".bench")) };
}

/** One load window of a view run: how many requests in how long, and its latencies. */
export interface RunWindow {
  readonly requests: number;
  readonly seconds: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly busyCores: number;
}

/** A set-up's windows pooled: requests over all of them, and a figure summed over them per request. */
function pooledWindows<W extends RunWindow>(all: readonly W[]): { requests: number; perSecond: number; perRequest: (pick: (window: W) => number) => number; rounds: readonly W[] } {
  const requests = all.reduce((sum, window) => sum + window.requests, 0);
  const time = all.reduce((sum, window) => sum + window.seconds, 0);
  return { requests, perSecond: requests / time, perRequest: (pick) => all.reduce((total, window) => total + pick(window), 0) / requests, rounds: all };
}

/** The per-round columns every view-run table prints: req/s, p50 / p99, and the machine's busy cores. */
function roundColumns(rounds: readonly RunWindow[]): { perSecond: string; latency: string; busy: string } {
  return {
    perSecond: rounds.map((w) => (w.requests / w.seconds).toFixed(1)).join(" / "),
    latency: rounds.map((w) => `${w.p50Ms.toFixed(0)} / ${w.p99Ms.toFixed(0)}`).join(", "),
    busy: rounds.map((w) => w.busyCores.toFixed(2)).join(" / "),
  };
}

type Pooled<W extends RunWindow> = ReturnType<typeof pooledWindows<W>>;

/**
 * Each set-up's table row, as bench:replicas and bench:cores print them: label, requests, pooled
 * req/s, the ratio to the first set-up, the per-round req/s and latencies, the set-up's own CPU
 * figures (`own`), and the machine's busy cores per round.
 */
export function runRows<W extends RunWindow>(labels: readonly string[], windows: readonly W[][], own: (figures: Pooled<W>) => readonly string[]): string[] {
  const pooled = windows.map((all) => pooledWindows(all));
  const base = pooled[0].perSecond;
  return labels.map((label, index) => {
    const figures = pooled[index];
    const columns = roundColumns(figures.rounds);
    return `| ${[label, n(figures.requests), `**${figures.perSecond.toFixed(1)}**`, `${(figures.perSecond / base).toFixed(2)}×`, columns.perSecond, columns.latency, ...own(figures), columns.busy].join(" | ")} |`;
  });
}

/** The command line that reproduces a run, the database's credentials left out. */
export function runCommand(settings: Omit<ViewRunSettings, "databaseUrl">, script: string): string {
  const url = envString("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/care_bench").replace(/\/\/[^@]*@/, "//…@");
  return `BENCH_DATABASE_URL=${url} BENCH_PERSONS=${settings.persons} BENCH_ROUNDS=${settings.rounds} BENCH_CONNECTIONS=${settings.connections} BENCH_SECONDS=${settings.seconds} BENCH_WARMUP_SECONDS=${settings.warmup} npm run ${script}`;
}

/**
 * One agency's subgraph as deployed (scripts/serve-subgraph.ts, `env` its production settings) on
 * `port`, over `databaseUrl`, handing off through `gatewayUrl`. The child is returned at once, so
 * the caller tracks it (and stops it) even when it never gets ready.
 */
export function spawnSubgraph(
  repoRoot: string,
  spec: { readonly name: string; readonly agency: string; readonly port: number; readonly databaseUrl: string; readonly gatewayUrl: string },
  env: NodeJS.ProcessEnv,
): { child: Child; ready: Promise<number> } {
  const child = spawnTypeScript({
    name: spec.name,
    cwd: repoRoot,
    script: "scripts/serve-subgraph.ts",
    env: { ...env, SUBGRAPH: spec.agency, PORT: String(spec.port), HOST: "127.0.0.1", DATABASE_URL: spec.databaseUrl, GATEWAY_URL: spec.gatewayUrl },
  });
  return { child, ready: waitForHealth(`http://127.0.0.1:${spec.port}/health`, child, Date.now(), 300_000) };
}

/** The end of a run: its processes stopped, newest first, then its copy of the bench database dropped. */
export async function endRun(children: readonly Child[], copy: string): Promise<void> {
  for (const child of [...children].reverse()) {
    await child.stop();
  }
  await dropDatabase(copy);
}
