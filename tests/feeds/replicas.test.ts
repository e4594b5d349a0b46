import type { DataSource, EntityManager } from "typeorm";
import { setFakeNow } from "../../shared/clock";
import { openSubgraphDatabase, SubgraphDatabase } from "../../shared/db/datasource";
import { DatabaseEngine } from "../../shared/db/engine";
import { FeedDefinition, feedJob, FeedRunReport, feedsMigration, parseFeedSchedule, runFeed, TAKEN } from "../../shared/feeds";
import { createTestDatabase, TestDatabase } from "../support/database";

const SCHEMA = "feeds_replicas_test";
const log = { info: () => undefined, warn: () => undefined };
const PAGE = 50;

/** A subgraph's database with only the feed kit's tables and one table the handler writes (no unique key: a row taken twice would show). */
async function openReplica(engine: DatabaseEngine): Promise<SubgraphDatabase> {
  const database = await openSubgraphDatabase(engine, { schema: SCHEMA, entities: [], migrations: [feedsMigration(SCHEMA, "FeedsReplicasTest1765000000001")] });
  await database.dataSource.query(`CREATE TABLE IF NOT EXISTS "${SCHEMA}"."received" ("key" text NOT NULL, "run_id" uuid NOT NULL)`);
  return database;
}

/** A sender's rows as an in-memory source that can grow between runs (the next file delivered). */
function growingFeed(rows: string[]): FeedDefinition<string> {
  return {
    name: "replicas-test",
    source: () => ({
      read: async (after, limit) => {
        const start = after === null ? 0 : Number(after.row);
        const page = rows.slice(start, start + limit).map((row, index) => ({ row, after: { row: start + index + 1 } }));
        return { rows: page, remaining: rows.length - start };
      },
    }),
    rowKey: (row) => row,
    handle: async (manager: EntityManager, row, context) => {
      await manager.query(`INSERT INTO "${SCHEMA}"."received" ("key", "run_id") VALUES ($1, $2)`, [row, context.runId]);
      return TAKEN;
    },
  };
}

const rowsNamed = (from: number, to: number): string[] => Array.from({ length: to - from }, (_, index) => `row-${from + index}`);

/** Issue #13 (D7, B8): two replicas of a subgraph run the same feed job; each row is taken once. */
describe("feed runs on several replicas", () => {
  let database: TestDatabase;
  let first: SubgraphDatabase;
  let second: SubgraphDatabase;
  let one: DataSource;

  const received = async (): Promise<{ total: number; distinct: number }> =>
    ((await one.query(`SELECT count(*)::int AS "total", count(DISTINCT "key")::int AS "distinct" FROM "${SCHEMA}"."received"`)) as { total: number; distinct: number }[])[0];
  const takenBy = (reports: readonly unknown[]): number => reports.reduce<number>((sum, report) => sum + ((report as Partial<FeedRunReport>).taken ?? 0), 0);

  beforeAll(async () => {
    database = await createTestDatabase();
    first = await openReplica(database.engine);
    // On PostgreSQL a second DataSource is a second replica (its own pool); on PGlite it shares the one session.
    second = await openReplica(database.engine);
    one = first.dataSource;
  });

  afterAll(async () => {
    setFakeNow(null);
    await second?.dataSource.destroy();
    await first?.dataSource.destroy();
    await database?.drop();
  });

  beforeEach(async () => {
    for (const table of ["received", "feed_rows", "feed_runs", "feed_watermarks"]) {
      await one.query(`DELETE FROM "${SCHEMA}"."${table}"`);
    }
  });

  it("should take each row once when both replicas' scheduled jobs start the same day's run at once", async () => {
    setFakeNow(new Date("2026-12-10T01:00:00Z"));
    const feed = growingFeed(rowsNamed(0, 1_000));
    const config = { schedule: parseFeedSchedule("FEED_REPLICAS_TEST_SCHEDULE", "daily"), directory: "unused", pageRows: PAGE, leaseMs: 600_000, checkMs: 60_000 };
    const jobs = [first, second].map((replica) => feedJob({ dataSource: replica.dataSource, log }, SCHEMA, feed, config));
    const reports = await Promise.all([jobs[0].runOnce(), jobs[1].runOnce(), jobs[0].runOnce(), jobs[1].runOnce()]);

    expect(await received()).toEqual({ total: 1_000, distinct: 1_000 });
    expect(takenBy(reports)).toBe(1_000);
    // Whichever replica came first ran it; the others found it running (BUSY), done (ALREADY_RAN) or nothing left.
    const working = reports.filter((report) => (report as FeedRunReport).taken > 0);
    expect(working).toHaveLength(1);
    expect(working[0]).toMatchObject({ status: "SUCCEEDED", taken: 1_000, rowsDone: 1_000 });
    for (const report of reports) {
      expect(["SUCCEEDED", "BUSY", "ALREADY_RAN"]).toContain((report as { status: string }).status);
    }
    expect(await one.query(`SELECT count(*)::int AS "count" FROM "${SCHEMA}"."feed_runs" WHERE "status" = 'RUNNING'`)).toEqual([{ count: 0 }]);
  });

  it("should take every row once over many runs of two replicas while the sender's rows keep coming", async () => {
    const rows: string[] = [];
    const feed = growingFeed(rows);
    const reports: FeedRunReport[] = [];
    for (let tick = 0; tick < 6; tick += 1) {
      setFakeNow(new Date(Date.UTC(2026, 11, 10, 2, tick)));
      rows.push(...rowsNamed(tick * 170, (tick + 1) * 170));
      const options = { schema: SCHEMA, pageSize: PAGE, leaseMs: 600_000, log };
      reports.push(...(await Promise.all([runFeed(first.dataSource, feed, options), runFeed(second.dataSource, feed, options)])));
    }

    expect(await received()).toEqual({ total: 1_020, distinct: 1_020 });
    expect(takenBy(reports)).toBe(1_020);
    expect(reports.every((report) => report.status === "SUCCEEDED" || report.status === "BUSY")).toBe(true);
    // The watermark ends after the last row: the next run has nothing to do.
    expect(await runFeed(second.dataSource, feed, { schema: SCHEMA, pageSize: PAGE, leaseMs: 600_000, log })).toMatchObject({ status: "SUCCEEDED", taken: 0, watermarkBefore: { row: 1_020 } });
  });
});
