import { join } from "path";
import { readAuthConfig } from "../../shared/auth/config";
import { Role } from "../../shared/auth/roles";
import { signDevToken } from "../../shared/auth/token";
import { envString } from "../../shared/config";
import { positiveNumber } from "./config";
import { pickBenchPerson, prepareBenchDatabase } from "./database";
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
export function pooledWindows<W extends RunWindow>(all: readonly W[]): { requests: number; perSecond: number; perRequest: (pick: (window: W) => number) => number; rounds: readonly W[] } {
  const requests = all.reduce((sum, window) => sum + window.requests, 0);
  const time = all.reduce((sum, window) => sum + window.seconds, 0);
  return { requests, perSecond: requests / time, perRequest: (pick) => all.reduce((total, window) => total + pick(window), 0) / requests, rounds: all };
}

/** The per-round columns both tables print: req/s, p50 / p99, and the machine's busy cores. */
export function roundColumns(rounds: readonly RunWindow[]): { perSecond: string; latency: string; busy: string } {
  return {
    perSecond: rounds.map((w) => (w.requests / w.seconds).toFixed(1)).join(" / "),
    latency: rounds.map((w) => `${w.p50Ms.toFixed(0)} / ${w.p99Ms.toFixed(0)}`).join(", "),
    busy: rounds.map((w) => w.busyCores.toFixed(2)).join(" / "),
  };
}
