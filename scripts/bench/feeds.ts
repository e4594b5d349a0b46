import "reflect-metadata";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
import type { DataSource } from "typeorm";
import { setFakeNow } from "../../shared/clock";
import { envOptional, envWholeNumber } from "../../shared/config";
import { openSubgraphDatabase } from "../../shared/db/datasource";
import { closeEngine, DatabaseEngine, openEmbeddedEngine, postgresEngine } from "../../shared/db/engine";
import { runFeed } from "../../shared/feeds/run";
import type { FeedRunReport } from "../../shared/feeds/run";
import { healthSubgraph } from "../../subgraphs/health";
import { cdcFeed } from "../../subgraphs/health/vaccination/cdc-feed";
import { countKinds, generateCdcFile } from "../feeds/cdc-rows";
import { createFreshDatabase, dropDatabase } from "./database";
import { describeMachine } from "./machine";
import { writeSection } from "./report-section";

/**
 * `npm run bench:feeds` (issue #12): health's CDC feed over a generated file of BENCH_FEEDS_ROWS
 * (50,000) lines on PGlite, and on PostgreSQL when DATABASE_URL names a server (a fresh database
 * of its own, dropped at the end): rows per second into follow-ups and exclusions, peak RSS, and a
 * re-run of the same feed — nothing new after the watermark (the daily pass that finds no file),
 * and a replay of every row (the watermark set back: every key already taken).
 */
const started = Date.now();
const DELIVERED_ON = "2026-12-01";
const log = { info: () => undefined, warn: () => undefined };

function progress(line: string): void {
  console.log(`[bench:feeds ${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${line}`);
}

interface EngineFigures {
  readonly engine: string;
  readonly rows: number;
  readonly firstSeconds: number;
  readonly rowsPerSecond: number;
  readonly followUps: number;
  readonly exclusions: number;
  readonly peakRssMb: number;
  readonly rssGrowthMb: number;
  readonly rerunMs: number;
  readonly replaySeconds: number;
  readonly first: FeedRunReport;
}

/** Samples RSS every 50 ms while `work` runs (peak RSS of the process, and its growth over the start). */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number; growthMb: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakMb: peak / 1024 ** 2, growthMb: (peak - before) / 1024 ** 2 };
  } finally {
    clearInterval(timer);
  }
}

async function count(dataSource: DataSource, sql: string): Promise<number> {
  return ((await dataSource.query(sql)) as { count: number }[])[0].count;
}

async function measure(label: string, engine: DatabaseEngine, directory: string, rows: number, pageSize: number): Promise<EngineFigures> {
  const database = await openSubgraphDatabase(engine, healthSubgraph.database);
  const { dataSource } = database;
  try {
    const options = { schema: "health", pageSize, leaseMs: 3_600_000, log };
    progress(`${label}: first run of ${rows.toLocaleString("en-US")} lines`);
    const firstStarted = performance.now();
    const measured = await withPeakRss(() => runFeed(dataSource, cdcFeed(directory), options));
    const firstSeconds = (performance.now() - firstStarted) / 1000;
    const first = measured.result;
    if (first.status !== "SUCCEEDED" || first.rowsDone !== rows) {
      throw new Error(`the first run did not read the file: ${first.status} ${first.rowsDone}`);
    }
    const followUps = await count(dataSource, `SELECT count(*)::int AS "count" FROM "health"."vaccination_follow_ups"`);
    const exclusions = await count(dataSource, `SELECT count(*)::int AS "count" FROM "health"."feed_rows" WHERE NOT "taken"`);
    progress(`${label}:   ${firstSeconds.toFixed(1)} s, ${(rows / firstSeconds).toFixed(0)} rows/s; re-run`);
    const rerunStarted = performance.now();
    const rerun = await runFeed(dataSource, cdcFeed(directory), options);
    const rerunMs = performance.now() - rerunStarted;
    if (rerun.rowsDone !== 0) {
      throw new Error("the re-run read rows again");
    }
    await dataSource.query(`UPDATE "health"."feed_watermarks" SET "watermark" = NULL`);
    const replayStarted = performance.now();
    const replay = await runFeed(dataSource, cdcFeed(directory), options);
    const replaySeconds = (performance.now() - replayStarted) / 1000;
    if (replay.taken !== 0 || (await count(dataSource, `SELECT count(*)::int AS "count" FROM "health"."vaccination_follow_ups"`)) !== followUps) {
      throw new Error("the replay took rows twice");
    }
    progress(`${label}:   re-run ${rerunMs.toFixed(0)} ms, replay ${replaySeconds.toFixed(1)} s`);
    return { engine: label, rows, firstSeconds, rowsPerSecond: rows / firstSeconds, followUps, exclusions, peakRssMb: measured.peakMb, rssGrowthMb: measured.growthMb, rerunMs, replaySeconds, first };
  } finally {
    await dataSource.destroy();
  }
}

function markdown(results: readonly EngineFigures[], command: string, postgres: string, kinds: Record<string, number>): string {
  const machine = describeMachine(postgres);
  const lines = [
    "## Feeds: the CDC's overdue-vaccination file into health (issue #12)",
    "",
    "```",
    command,
    "```",
    "",
    `Run ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${((Date.now() - started) / 1000).toFixed(0)} s in all; ${machine.nproc} cores (${machine.cpuModel}), ${machine.memoryGb} GB, Node ${machine.node}, ${machine.postgres}, ${machine.os}. The feed alone (health's schema, no gateway).`,
    "",
    `What is measured: one generated delivery (scripts/feeds/cdc-rows.ts: ${Object.entries(kinds).map(([kind, n]) => `${n.toLocaleString("en-US")} ${kind}`).join(", ")}) read by health's CDC feed in pages of ${results[0]?.first === undefined ? "" : "the configured size"} — each page's follow-ups, exclusions, row keys, watermark and counters in one transaction, and each new follow-up's 6-month deadline on the working-day calendar. Then the same feed run again: the re-run finds nothing after its watermark (the next day's pass with no new file), the replay reads every line again from an empty watermark and takes none (every row key already taken).`,
    "",
    "| engine | lines | first run s | lines/s | follow-ups | exclusions (skipped) | peak RSS MB (growth) | re-run ms | re-run / first | replay s | replay / first |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
    ...results.map(
      (r) =>
        `| ${r.engine} | ${r.rows.toLocaleString("en-US")} | ${r.firstSeconds.toFixed(1)} | ${r.rowsPerSecond.toFixed(0)} | ${r.followUps.toLocaleString("en-US")} | ${r.exclusions.toLocaleString("en-US")} | ${r.peakRssMb.toFixed(0)} (+${r.rssGrowthMb.toFixed(0)}) | ${r.rerunMs.toFixed(0)} | ${(r.rerunMs / 1000 / r.firstSeconds).toFixed(4)} | ${r.replaySeconds.toFixed(1)} | ${(r.replaySeconds / r.firstSeconds).toFixed(2)} |`,
    ),
    "",
    `Skipped by reason (first run): ${results.map((r) => `${r.engine} ${JSON.stringify(r.first.skipped)}`).join("; ")}.`,
  ];
  return lines.join("\n");
}

async function main(): Promise<void> {
  const rows = envWholeNumber("BENCH_FEEDS_ROWS", 50_000, 1);
  const pageSize = envWholeNumber("FEED_PAGE_ROWS", 500, 1);
  // The screening date is the run's (R7): the file's delivery day.
  setFakeNow(new Date(`${DELIVERED_ON}T02:00:00Z`));
  const directory = mkdtempSync(join(tmpdir(), "bench-feeds-"));
  const file = generateCdcFile({ rows, seed: "bench-feeds", deliveredOn: DELIVERED_ON });
  writeFileSync(join(directory, "cdc-overdue-20261201.csv"), file.text, "utf8");
  const results: EngineFigures[] = [];
  let postgresVersion = "PostgreSQL not measured (no DATABASE_URL)";
  try {
    const embedded = await openEmbeddedEngine();
    try {
      results.push(await measure("PGlite", embedded, directory, rows, pageSize));
    } finally {
      await closeEngine(embedded);
    }
    const url = envOptional("DATABASE_URL");
    if (url !== undefined) {
      const server = new URL(url);
      server.pathname = `/care_bench_feeds_${Date.now().toString(36)}`;
      await createFreshDatabase(server.toString());
      const engine = postgresEngine(server.toString(), 4);
      try {
        results.push(await measure("PostgreSQL", engine, directory, rows, pageSize));
        const { Client } = await import("pg");
        const client = new Client({ connectionString: server.toString() });
        await client.connect();
        postgresVersion = ((await client.query("SELECT version() AS version")).rows[0] as { version: string }).version;
        await client.end();
      } finally {
        await closeEngine(engine);
        await dropDatabase(server.toString());
      }
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  const path = join(__dirname, "..", "..", "BENCHMARKS.md");
  const command = `npm run bench:feeds    # BENCH_FEEDS_ROWS=${rows}; FEED_PAGE_ROWS=${pageSize}; DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres for PostgreSQL too`;
  if (envOptional("BENCH_FEEDS_NO_WRITE") === undefined) {
    writeSection(path, "feeds", markdown(results, command, postgresVersion, countKinds(file.kinds)));
    progress(`wrote ${path}`);
  }
}

main().catch((error: unknown) => {
  console.error("bench:feeds failed:", error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
