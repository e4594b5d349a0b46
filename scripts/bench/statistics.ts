import "reflect-metadata";
import { randomBytes } from "crypto";
import { join } from "path";
import { envString } from "../../shared/config";
import { closeEngine, DatabaseEngine, openEmbeddedEngine, postgresEngine } from "../../shared/db/engine";
import { generateDemoData } from "../demo-data/generate";
import { loadDemoData } from "../demo-data/load";
import { runPlatform, RunningPlatform } from "../platform/run-platform";
import { createFreshDatabase, dropDatabase } from "./database";
import { describeMachine } from "./machine";
import { writeSection } from "./report-section";
import { measureReport, rebuildPasses, ReportFigures } from "./statistics-measure";
import { populate } from "./statistics-population";
import { statisticsMarkdown } from "./statistics-report";
import { Run } from "./statistics-rows";

/**
 * `npm run bench:statistics` (issue #10, Scale): 民政局's full-period report (seed 001's period)
 * over 100,000 and 1,000,000 cases on PostgreSQL and 100,000 on PGlite — the time of the report's
 * queries and downloads, the peak memory while serving them, the statistics rebuild after the
 * cases arrive, and the growth from 100,000 to 1,000,000. The cases are cloned in SQL
 * (statistics-population.ts); a fresh database of its own, dropped at the end.
 */
const started = Date.now();

/** Cases added after the rebuild, for the pass that follows a day's intake. */
const INCREMENT = 100;

// A pass re-reads rows younger than the overlap window (for transactions still open, README): every
// cloned row is, so with the default window the "idle" pass would rebuild everything again. The
// bench runs single-writer, so no window: the idle and the incremental pass measure what they say.
process.env.STATISTICS_WATERMARK_OVERLAP_SECONDS = "0";

function progress(line: string): void {
  console.log(`[bench:statistics ${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${line}`);
}

function sizes(name: string, fallback: string): number[] {
  return envString(name, fallback)
    .split(",")
    .map((part) => Number(part.trim()))
    .filter((value) => Number.isInteger(value) && value > 0)
    .sort((a, b) => a - b);
}

export interface SizeFigures {
  readonly cases: number;
  readonly rows: number;
  readonly populateSeconds: number;
  /** The pass that finds every month new (the rebuild after the bulk load), ms per agency. */
  readonly rebuildMs: Record<string, number>;
  /** A pass with nothing new: the steady cost of the job. */
  readonly idlePassMs: Record<string, number>;
  /** A pass after 100 more cases (spread over ~4 months, as the clone spreads days): the months they touch rebuilt whole. */
  readonly incrementalMs: Record<string, number>;
  readonly report: ReportFigures;
  /** count(*) of the registrations in SQL, which the report's total must equal. */
  readonly counted: number;
}

export interface EngineFigures {
  readonly engine: string;
  readonly sizes: readonly SizeFigures[];
}

async function measureEngine(label: string, engine: DatabaseEngine, caseCounts: readonly number[], runs: number): Promise<EngineFigures> {
  let platform: RunningPlatform | undefined;
  try {
    platform = await runPlatform({ engine, gatewayPort: 0, subgraphPort: () => 0, jobs: "manual" });
    const dataSources = new Map([...platform.subgraphs].map(([name, subgraph]) => [name, subgraph.database.dataSource]));
    // The templates: rows the services wrote (demo data with its recent work), not measured.
    await loadDemoData(dataSources, generateDemoData({ persons: 300, seed: "bench-statistics" }));
    const run = new Map<string, Run>([...dataSources].map(([name, dataSource]) => [name, (sql: string, parameters?: unknown[]) => dataSource.query(sql, parameters)]));
    await rebuildPasses(platform);
    const figures: SizeFigures[] = [];
    let written = 0;
    for (const cases of caseCounts) {
      progress(`${label}: cases ${written + 1}…${cases} (SQL clone)`);
      const populateStarted = Date.now();
      const rows = await populate(run, written + 1, cases);
      written = cases;
      for (const dataSource of dataSources.values()) {
        await dataSource.query("ANALYZE");
      }
      const populateSeconds = (Date.now() - populateStarted) / 1000;
      progress(`${label}:   ${Object.values(rows).reduce((sum, count) => sum + count, 0).toLocaleString("en-US")} rows in ${populateSeconds.toFixed(0)} s; rebuild`);
      const rebuildMs = await rebuildPasses(platform);
      const idlePassMs = await rebuildPasses(platform);
      await populate(run, cases + 1, cases + INCREMENT);
      written = cases + INCREMENT;
      const incrementalMs = await rebuildPasses(platform);
      progress(`${label}:   rebuild ${JSON.stringify(rebuildMs, (_key, value: unknown) => (typeof value === "number" ? Math.round(value) : value))}; report × ${runs}`);
      const report = await measureReport(platform, runs);
      const [{ count }] = (await dataSources.get("household")?.query(`SELECT count(*)::int AS "count" FROM "household"."registrations" WHERE "registered_on" BETWEEN '2015-06-01' AND '2018-12-31'`)) as { count: number }[];
      if (report.recorded !== count) {
        throw new Error(`the report's total recorded ${report.recorded} is not the ${count} registrations of the period: no figures from a wrong report`);
      }
      progress(`${label}:   table 1 p50 ${report.tableOne.p50Ms.toFixed(1)} ms, xlsx p50 ${report.xlsx.p50Ms.toFixed(1)} ms`);
      figures.push({ cases, rows: Object.values(rows).reduce((sum, value) => sum + value, 0), populateSeconds, rebuildMs, idlePassMs, incrementalMs, report, counted: count });
    }
    return { engine: label, sizes: figures };
  } finally {
    await platform?.stop();
  }
}

async function main(): Promise<void> {
  const runs = Number(envString("BENCH_REPORT_RUNS", "10"));
  const server = new URL(envString("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres"));
  server.pathname = `/care_bench_statistics_${randomBytes(4).toString("hex")}`;
  const databaseUrl = server.toString();
  const results: EngineFigures[] = [];
  await createFreshDatabase(databaseUrl);
  const postgres = postgresEngine(databaseUrl, 10);
  let version: string | undefined;
  try {
    results.push(await measureEngine("PostgreSQL", postgres, sizes("BENCH_STATISTICS_CASES", "100000,1000000"), runs));
  } finally {
    await closeEngine(postgres);
    const { Client } = await import("pg");
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    version = ((await client.query("SELECT version() AS version")).rows[0] as { version: string }).version;
    await client.end();
    await dropDatabase(databaseUrl);
  }
  const embedded = await openEmbeddedEngine();
  try {
    results.push(await measureEngine("PGlite", embedded, sizes("BENCH_STATISTICS_PGLITE_CASES", "100000"), runs));
  } finally {
    await closeEngine(embedded);
  }
  const path = join(__dirname, "..", "..", "BENCHMARKS.md");
  writeSection(
    path,
    "statistics",
    statisticsMarkdown({
      command: "npm run bench:statistics    # BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres; BENCH_STATISTICS_CASES=100000,1000000; BENCH_STATISTICS_PGLITE_CASES=100000",
      date: new Date(),
      totalSeconds: (Date.now() - started) / 1000,
      machine: describeMachine(version ?? "unknown"),
      runs,
      results,
    }),
  );
  progress(`wrote ${path}`);
}

main().catch((error: unknown) => {
  console.error("bench:statistics failed:", error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
