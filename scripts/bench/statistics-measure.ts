import { readAuthConfig } from "../../shared/auth/config";
import { CITY_ORG, Role } from "../../shared/auth/roles";
import { signDevToken } from "../../shared/auth/token";
import { STATISTICS_JOB } from "../../shared/statistics/rebuild";
import { RunningPlatform } from "../platform/run-platform";

export interface Timed {
  readonly p50Ms: number;
  readonly maxMs: number;
}

export interface ReportFigures {
  readonly tableOne: Timed;
  readonly fineGrid: Timed;
  readonly csv: Timed;
  readonly xlsx: Timed;
  readonly html: Timed;
  /** Peak resident memory of the process serving the platform during the report runs, above the level before them. */
  readonly peakRssGrowthMb: number;
  readonly peakHeapMb: number;
  /** The report's own total recorded, against the rows counted in SQL: a figure of a broken report is no figure. */
  readonly recorded: number;
}

const RECEIVERS = ["household", "district", "social", "health"] as const;
const PERIOD = { from: "2015-06-01", to: "2018-12-31" };

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timed(runs: number, task: () => Promise<void>): Promise<Timed> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  return { p50Ms: median(times), maxMs: Math.max(...times) };
}

/** One pass of every agency's statistics job: ms per agency. */
export async function rebuildPasses(platform: RunningPlatform): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  for (const name of RECEIVERS) {
    const job = platform.subgraphs.get(name)?.jobs.get(STATISTICS_JOB);
    if (job === undefined) {
      throw new Error(`No ${STATISTICS_JOB} job in ${name}`);
    }
    const started = performance.now();
    await job.runOnce();
    figures[name] = performance.now() - started;
  }
  return figures;
}

async function analystToken(): Promise<string> {
  return signDevToken(readAuthConfig(), { subject: "bench-statistics", role: Role.CIVIL_AFFAIRS_ANALYST, org: CITY_ORG, expiresIn: "1h" });
}

export const TABLE_ONE = `query($from: LocalDate!, $to: LocalDate!) { careStatistics(from: $from, to: $to, groupBy: [CASE_TYPE]) {
  casesRecorded { cells { caseType count suppressed } total { count } }
  consentDecisions { totals { decision count } }
  casesVisited { total { count } }
  socialReferralsReceived { total { count } }
  healthReferralsReceived { total { count } }
} }`;

const FINE_GRID = `query($from: LocalDate!, $to: LocalDate!) { careStatistics(from: $from, to: $to, groupBy: [MONTH, DISTRICT, CASE_TYPE]) {
  casesRecorded { cells { month area caseType count suppressed } totals { month area caseType count suppressed } }
  casesVisited { cells { month area caseType count suppressed } }
  acknowledgementTimeliness { cells { month area outcome count suppressed } }
} }`;

/** The report over the whole seed period through the gateway, `runs` times each: the GraphQL queries and the three downloads. */
export async function measureReport(platform: RunningPlatform, runs: number): Promise<ReportFigures> {
  const token = await analystToken();
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json", "x-purpose": "bench" };
  let recorded = -1;
  const query = async (document: string): Promise<void> => {
    const response = await fetch(platform.gateway.url, { method: "POST", headers, body: JSON.stringify({ query: document, variables: PERIOD }) });
    const body = (await response.json()) as { errors?: unknown[]; data?: { careStatistics?: { casesRecorded?: { total?: { count: number } } } } };
    if (body.errors !== undefined) {
      throw new Error(`the report failed: ${JSON.stringify(body.errors).slice(0, 300)}`);
    }
    recorded = body.data?.careStatistics?.casesRecorded?.total?.count ?? recorded;
  };
  const download = (format: string) => async (): Promise<void> => {
    const url = new URL("/reports/care-statistics", platform.gateway.url);
    url.search = new URLSearchParams({ ...PERIOD, format }).toString();
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (response.status !== 200) {
      throw new Error(`the ${format} download failed: ${response.status} ${await response.text()}`);
    }
    await response.arrayBuffer();
  };
  // Unmeasured: the first requests plan the queries and fill the pools.
  await query(TABLE_ONE);
  await download("html")();
  global.gc?.();
  const baseline = process.memoryUsage();
  let peakRss = baseline.rss;
  let peakHeap = baseline.heapUsed;
  const sampler = setInterval(() => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  }, 5);
  try {
    const tableOne = await timed(runs, () => query(TABLE_ONE));
    const fineGrid = await timed(runs, () => query(FINE_GRID));
    const csv = await timed(runs, download("csv"));
    const xlsx = await timed(runs, download("xlsx"));
    const html = await timed(runs, download("html"));
    return { tableOne, fineGrid, csv, xlsx, html, peakRssGrowthMb: (peakRss - baseline.rss) / 1024 ** 2, peakHeapMb: peakHeap / 1024 ** 2, recorded };
  } finally {
    clearInterval(sampler);
  }
}
