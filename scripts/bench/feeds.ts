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
import type { CsvRow, FeedDefinition } from "../../shared/feeds";
import { runFeed } from "../../shared/feeds/run";
import type { FeedRunReport } from "../../shared/feeds/run";
import { healthSubgraph } from "../../subgraphs/health";
import { nhiaFeed } from "../../subgraphs/health/insurance/nhia-feed";
import { cdcFeed } from "../../subgraphs/health/vaccination/cdc-feed";
import { countKinds, generateCdcFile } from "../feeds/cdc-rows";
import { countNhiaKinds, generateNhiaFile } from "../feeds/nhia-rows";
import { createFreshDatabase, dropDatabase } from "./database";
import { describeMachine } from "./machine";
import { writeSection } from "./report-section";

/**
 * `npm run bench:feeds` (issue #12): health's CDC feed over a generated file of BENCH_FEEDS_ROWS
 * (50,000) lines, and its NHIA feed over one of BENCH_FEEDS_NHIA_ROWS (10,000: the city's
 * uninsured children are far fewer than its overdue doses), on PGlite, and on PostgreSQL when
 * DATABASE_URL names a server (a fresh database of its own, dropped at the end): rows per second
 * into follow-ups (statuses and notices) and exclusions, peak RSS, and a re-run of the same feed —
 * nothing new after the watermark (the next pass that finds no file), and a replay of every row
 * (the watermark set back: every key already taken).
 */
const started = Date.now();
const DELIVERED_ON = "2026-12-01";
/** The NHIA delivers on the 10th and 25th (B8). */
const NHIA_DELIVERED_ON = "2026-12-10";
const log = { info: () => undefined, warn: () => undefined };

function progress(line: string): void {
  console.log(`[bench:feeds ${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${line}`);
}

/** One feed as the benchmark runs it: its definition over the delivery directory, and what it writes per row taken. */
interface BenchedFeed {
  readonly name: string;
  readonly definition: (directory: string) => FeedDefinition<CsvRow>;
  readonly directory: string;
  readonly rows: number;
  /** The screening date is the run's (R7): the file's delivery day, 10:00 Taipei. */
  readonly runAt: Date;
  /** Counts the rows the feed wrote for the lines it took (follow-ups; uninsured children). */
  readonly takenSql: string;
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

async function measure(label: string, engine: DatabaseEngine, feed: BenchedFeed, pageSize: number): Promise<EngineFigures> {
  const database = await openSubgraphDatabase(engine, healthSubgraph.database);
  const { dataSource } = database;
  const rows = feed.rows;
  setFakeNow(feed.runAt);
  try {
    const options = { schema: "health", pageSize, leaseMs: 3_600_000, log };
    progress(`${label} ${feed.name}: first run of ${rows.toLocaleString("en-US")} lines`);
    const firstStarted = performance.now();
    const measured = await withPeakRss(() => runFeed(dataSource, feed.definition(feed.directory), options));
    const firstSeconds = (performance.now() - firstStarted) / 1000;
    const first = measured.result;
    if (first.status !== "SUCCEEDED" || first.rowsDone !== rows) {
      throw new Error(`the first run did not read the file: ${first.status} ${first.rowsDone}`);
    }
    const followUps = await count(dataSource, feed.takenSql);
    const exclusions = await count(dataSource, `SELECT count(*)::int AS "count" FROM "health"."feed_rows" WHERE NOT "taken" AND "feed" = '${feed.name}'`);
    progress(`${label} ${feed.name}:   ${firstSeconds.toFixed(1)} s, ${(rows / firstSeconds).toFixed(0)} rows/s; re-run`);
    const rerunStarted = performance.now();
    const rerun = await runFeed(dataSource, feed.definition(feed.directory), options);
    const rerunMs = performance.now() - rerunStarted;
    if (rerun.rowsDone !== 0) {
      throw new Error("the re-run read rows again");
    }
    await dataSource.query(`UPDATE "health"."feed_watermarks" SET "watermark" = NULL WHERE "feed" = $1`, [feed.name]);
    const replayStarted = performance.now();
    const replay = await runFeed(dataSource, feed.definition(feed.directory), options);
    const replaySeconds = (performance.now() - replayStarted) / 1000;
    if (replay.taken !== 0 || (await count(dataSource, feed.takenSql)) !== followUps) {
      throw new Error("the replay took rows twice");
    }
    progress(`${label} ${feed.name}:   re-run ${rerunMs.toFixed(0)} ms, replay ${replaySeconds.toFixed(1)} s`);
    return { engine: label, rows, firstSeconds, rowsPerSecond: rows / firstSeconds, followUps, exclusions, peakRssMb: measured.peakMb, rssGrowthMb: measured.growthMb, rerunMs, replaySeconds, first };
  } finally {
    await dataSource.destroy();
  }
}

/** Both feeds on one engine, each on a fresh schema of its own (the NHIA's numbers do not carry the CDC's 50,000 follow-ups). */
async function measureBoth(label: string, open: () => Promise<{ engine: DatabaseEngine; close: () => Promise<void> }>, feeds: readonly BenchedFeed[], pageSize: number): Promise<EngineFigures[]> {
  const figures: EngineFigures[] = [];
  for (const feed of feeds) {
    const { engine, close } = await open();
    try {
      figures.push(await measure(label, engine, feed, pageSize));
    } finally {
      await close();
    }
  }
  return figures;
}

function row(r: EngineFigures): string {
  return `| ${r.engine} | ${r.rows.toLocaleString("en-US")} | ${r.firstSeconds.toFixed(1)} | ${r.rowsPerSecond.toFixed(0)} | ${r.followUps.toLocaleString("en-US")} | ${r.exclusions.toLocaleString("en-US")} | ${r.peakRssMb.toFixed(0)} (+${r.rssGrowthMb.toFixed(0)}) | ${r.rerunMs.toFixed(0)} | ${(r.rerunMs / 1000 / r.firstSeconds).toFixed(4)} | ${r.replaySeconds.toFixed(1)} | ${(r.replaySeconds / r.firstSeconds).toFixed(2)} |`;
}

const kindsText = (kinds: Record<string, number>): string => Object.entries(kinds).map(([kind, n]) => `${n.toLocaleString("en-US")} ${kind}`).join(", ");
const skippedText = (results: readonly EngineFigures[]): string => results.map((r) => `${r.engine} ${JSON.stringify(r.first.skipped)}`).join("; ");

function markdown(cdc: readonly EngineFigures[], nhia: readonly EngineFigures[], command: string, postgres: string, kinds: { cdc: Record<string, number>; nhia: Record<string, number> }): string {
  const machine = describeMachine(postgres);
  const lines = [
    "## Feeds: the CDC's overdue-vaccination file and the NHIA's uninsured children into health (issue #12)",
    "",
    "```",
    command,
    "```",
    "",
    `Run ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${((Date.now() - started) / 1000).toFixed(0)} s in all; ${machine.nproc} cores (${machine.cpuModel}), ${machine.memoryGb} GB, Node ${machine.node}, ${machine.postgres}, ${machine.os}. The feeds alone (health's schema, no gateway), each on a fresh schema.`,
    "",
    `What is measured: one generated delivery (scripts/feeds/cdc-rows.ts: ${kindsText(kinds.cdc)}) read by health's CDC feed in pages of the configured size — each page's follow-ups, exclusions, row keys, watermark and counters in one transaction, and each new follow-up's 6-month deadline on the working-day calendar. Then the same feed run again: the re-run finds nothing after its watermark (the next day's pass with no new file), the replay reads every line again from an empty watermark and takes none (every row key already taken).`,
    "",
    "| engine | lines | first run s | lines/s | follow-ups | exclusions (skipped) | peak RSS MB (growth) | re-run ms | re-run / first | replay s | replay / first |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
    ...cdc.map(row),
    "",
    `Skipped by reason (first run): ${skippedText(cdc)}.`,
    "",
    `### The NHIA's list (B5): ${nhia[0]?.rows.toLocaleString("en-US") ?? 0} lines`,
    "",
    `One generated list (scripts/feeds/nhia-rows.ts: ${kindsText(kinds.nhia)}) read by health's NHIA feed: each line taken is a row of \`uninsured_children\` and one outbox row of social's notice, a page's in a few statements (its relisted children, its outbox rows, its statuses) in the page's transaction. Re-run and replay as above; the replay sends no notice twice.`,
    "",
    "| engine | lines | first run s | lines/s | uninsured children (= notices) | exclusions (skipped) | peak RSS MB (growth) | re-run ms | re-run / first | replay s | replay / first |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
    ...nhia.map(row),
    "",
    `Skipped by reason (first run): ${skippedText(nhia)}.`,
  ];
  return lines.join("\n");
}

async function main(): Promise<void> {
  const rows = envWholeNumber("BENCH_FEEDS_ROWS", 50_000, 1);
  const nhiaRows = envWholeNumber("BENCH_FEEDS_NHIA_ROWS", 10_000, 1);
  const pageSize = envWholeNumber("FEED_PAGE_ROWS", 500, 1);
  const cdcDirectory = mkdtempSync(join(tmpdir(), "bench-feeds-"));
  const nhiaDirectory = mkdtempSync(join(tmpdir(), "bench-feeds-nhia-"));
  const file = generateCdcFile({ rows, seed: "bench-feeds", deliveredOn: DELIVERED_ON });
  writeFileSync(join(cdcDirectory, "cdc-overdue-20261201.csv"), file.text, "utf8");
  const nhiaFile = generateNhiaFile({ rows: nhiaRows, seed: "bench-feeds-nhia", deliveredOn: NHIA_DELIVERED_ON });
  writeFileSync(join(nhiaDirectory, "nhia-uninsured-20261210.csv"), nhiaFile.text, "utf8");
  const feeds: BenchedFeed[] = [
    { name: "cdc-overdue-vaccination", definition: cdcFeed, directory: cdcDirectory, rows, runAt: new Date(`${DELIVERED_ON}T02:00:00Z`), takenSql: `SELECT count(*)::int AS "count" FROM "health"."vaccination_follow_ups"` },
    { name: "nhia-uninsured", definition: nhiaFeed, directory: nhiaDirectory, rows: nhiaRows, runAt: new Date(`${NHIA_DELIVERED_ON}T02:00:00Z`), takenSql: `SELECT count(*)::int AS "count" FROM "health"."uninsured_children"` },
  ];
  const results: EngineFigures[] = [];
  let postgresVersion = "PostgreSQL not measured (no DATABASE_URL)";
  try {
    results.push(
      ...(await measureBoth("PGlite", async () => {
        const engine = await openEmbeddedEngine();
        return { engine, close: () => closeEngine(engine) };
      }, feeds, pageSize)),
    );
    const url = envOptional("DATABASE_URL");
    if (url !== undefined) {
      const server = new URL(url);
      results.push(
        ...(await measureBoth("PostgreSQL", async () => {
          server.pathname = `/care_bench_feeds_${Date.now().toString(36)}`;
          const name = server.toString();
          await createFreshDatabase(name);
          const engine = postgresEngine(name, 4);
          return {
            engine,
            close: async () => {
              if (postgresVersion.startsWith("PostgreSQL not")) {
                const { Client } = await import("pg");
                const client = new Client({ connectionString: name });
                await client.connect();
                postgresVersion = ((await client.query("SELECT version() AS version")).rows[0] as { version: string }).version;
                await client.end();
              }
              await closeEngine(engine);
              await dropDatabase(name);
            },
          };
        }, feeds, pageSize)),
      );
    }
  } finally {
    rmSync(cdcDirectory, { recursive: true, force: true });
    rmSync(nhiaDirectory, { recursive: true, force: true });
  }
  const path = join(__dirname, "..", "..", "BENCHMARKS.md");
  const command = `npm run bench:feeds    # BENCH_FEEDS_ROWS=${rows}; BENCH_FEEDS_NHIA_ROWS=${nhiaRows}; FEED_PAGE_ROWS=${pageSize}; DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres for PostgreSQL too`;
  const ofFeed = (feed: string): EngineFigures[] => results.filter((result) => result.first.feed === feed);
  if (envOptional("BENCH_FEEDS_NO_WRITE") === undefined) {
    writeSection(path, "feeds", markdown(ofFeed("cdc-overdue-vaccination"), ofFeed("nhia-uninsured"), command, postgresVersion, { cdc: countKinds(file.kinds), nhia: countNhiaKinds(nhiaFile.kinds) }));
    progress(`wrote ${path}`);
  }
}

main().catch((error: unknown) => {
  console.error("bench:feeds failed:", error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
