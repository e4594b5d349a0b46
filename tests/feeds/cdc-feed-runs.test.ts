import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { DataSource } from "typeorm";
import { countKinds, generateCdcFile } from "../../scripts/feeds/cdc-rows";
import { setFakeNow } from "../../shared/clock";
import { ConfigError } from "../../shared/config";
import { feedJob, FeedRunReport, readFeedConfig, runFeed } from "../../shared/feeds";
import { cdcFeed, cdcFeedJob } from "../../subgraphs/health/vaccination/cdc-feed";
import { crashingOnce } from "../support/crashing-feed";
import { withEnv } from "../support/env";
import { startTestPlatform, TestPlatform } from "../support/platform";

jest.setTimeout(300_000);

const log = { info: () => undefined, warn: () => undefined };
const ROWS = 1_200;
const PAGE = 100;

describe("Feeds (issue #12, D3, B8): a run killed mid-way and run again takes every row once", () => {
  let platform: TestPlatform;
  let health: DataSource;
  let directory: string;
  const file = generateCdcFile({ rows: ROWS, seed: "crash-test", deliveredOn: "2026-12-01" });
  const kinds = countKinds(file.kinds);
  const count = async (sql: string): Promise<number> => ((await health.query(sql)) as { count: number }[])[0].count;

  beforeAll(async () => {
    setFakeNow(new Date("2026-12-01T02:00:00Z"));
    directory = mkdtempSync(join(tmpdir(), "cdc-crash-"));
    writeFileSync(join(directory, "cdc-overdue-20261201.csv"), file.text, "utf8");
    platform = await startTestPlatform({ persons: 4 });
    const subgraph = platform.platform.subgraphs.get("health");
    if (subgraph === undefined) {
      throw new Error("no health subgraph");
    }
    health = subgraph.database.dataSource;
  });

  afterAll(async () => {
    await platform?.stop();
    setFakeNow(null);
    rmSync(directory, { recursive: true, force: true });
  });

  const options = { schema: "health", pageSize: PAGE, leaseMs: 600_000, log };

  it("should keep the pages written before the crash, go on from the watermark, and count every row once", async () => {
    // The generator's own labels (by construction: birth dates 7–11 years back are over age, R7).
    expect(kinds["over-age"]).toBeGreaterThan(0);
    expect(kinds.malformed).toBeGreaterThan(0);

    const first = await runFeed(health, crashingOnce(cdcFeed(directory), 550), options);
    // Pages of 100: five written, the sixth rolled back whole.
    expect(first).toMatchObject({ status: "FAILED", errorCode: "HANDLER_FAILED", rowsDone: 500, watermarkAfter: { file: "cdc-overdue-20261201.csv", row: 500 } });
    expect(await count(`SELECT count(*)::int AS "count" FROM "health"."feed_rows"`)).toBe(500);

    const second = await runFeed(health, cdcFeed(directory), options);
    expect(second).toMatchObject({ status: "SUCCEEDED", rowsDone: 700, rowsTotal: 700, watermarkBefore: { row: 500 }, watermarkAfter: { row: ROWS } });

    const sum = (reason: string, reports: FeedRunReport[]): number => reports.reduce((total, report) => total + (report.skipped[reason] ?? 0), 0);
    const runs = [first, second];
    expect(first.taken + second.taken).toBe(kinds.child + kinds["second-dose"]);
    expect(sum("OVER_AGE", runs)).toBe(kinds["over-age"]);
    const malformed = runs.flatMap((report) => Object.entries(report.skipped)).filter(([reason]) => reason.startsWith("MALFORMED") || reason === "UNKNOWN_DISTRICT");
    expect(malformed.reduce((total, [, n]) => total + n, 0)).toBe(kinds.malformed);
    expect(await count(`SELECT count(*)::int AS "count" FROM "health"."feed_rows"`)).toBe(ROWS);
    // Each child once: a second dose joins its child's follow-up.
    expect(await count(`SELECT count(*)::int AS "count" FROM "health"."vaccination_follow_ups"`)).toBe(file.children);
    expect(await count(`SELECT coalesce(sum(jsonb_array_length("doses")), 0)::int AS "count" FROM "health"."vaccination_follow_ups"`)).toBe(kinds.child + kinds["second-dose"]);
    // Each exclusion recorded with its reason.
    expect(await count(`SELECT count(*)::int AS "count" FROM "health"."feed_rows" WHERE "reason" = 'OVER_AGE'`)).toBe(kinds["over-age"]);
  });

  it("should take nothing twice when the same rows come again (a watermark set back, a file delivered twice)", async () => {
    // A line cut short has no row id: keyed by its place, so in the copy it is skipped again, for its own reason.
    expect(file.truncated).toBeGreaterThan(0);
    await health.query(`UPDATE "health"."feed_watermarks" SET "watermark" = NULL WHERE "feed" = 'cdc-overdue-vaccination'`);
    writeFileSync(join(directory, "cdc-overdue-20261201-again.csv"), file.text, "utf8");
    const replay = await runFeed(health, cdcFeed(directory), options);
    expect(replay).toMatchObject({ status: "SUCCEEDED", taken: 0, skipped: { ALREADY_TAKEN: 2 * ROWS - file.truncated, MALFORMED_LINE: file.truncated }, rowsDone: 2 * ROWS });
    expect(await count(`SELECT count(*)::int AS "count" FROM "health"."vaccination_follow_ups"`)).toBe(file.children);
  });

  it("should leave a live run alone and take over one whose replica died once its lease ran out", async () => {
    const [dead] = (await health.query(
      `INSERT INTO "health"."feed_runs" ("id", "feed", "status", "started_at", "progress_at") VALUES (gen_random_uuid(), 'cdc-overdue-vaccination', 'RUNNING', $1, $1) RETURNING "id"::text AS "id"`,
      ["2026-12-01T02:00:00Z"],
    )) as { id: string }[];
    expect(await runFeed(health, cdcFeed(directory), options)).toMatchObject({ status: "BUSY", runId: null });
    setFakeNow(new Date("2026-12-01T02:10:01Z"));
    expect(await runFeed(health, cdcFeed(directory), options)).toMatchObject({ status: "SUCCEEDED", rowsDone: 0 });
    expect(await health.query(`SELECT "status", "error_code" FROM "health"."feed_runs" WHERE "id" = $1`, [dead.id])).toEqual([{ status: "FAILED", error_code: "INTERRUPTED" }]);
  });

  it("should run on its schedule's days only (R1: the 10th and 25th), once a day, and again after a failed run", async () => {
    const job = withEnv({ FEED_CDC_OVERDUE_VACCINATION_SCHEDULE: "days-of-month:10,25", FEED_CDC_OVERDUE_VACCINATION_DIRECTORY: directory }, () => cdcFeedJob({ dataSource: health, log }));
    setFakeNow(new Date("2026-12-11T02:00:00Z"));
    expect(await job.runOnce()).toEqual({ feed: "cdc-overdue-vaccination", status: "NOT_SCHEDULED", date: "2026-12-11" });
    setFakeNow(new Date("2026-12-25T02:00:00Z"));
    expect(await job.runOnce()).toMatchObject({ status: "SUCCEEDED" });
    expect(await job.runOnce()).toEqual({ feed: "cdc-overdue-vaccination", status: "ALREADY_RAN", date: "2026-12-25" });

    const missing = feedJob({ dataSource: health, log }, "health", { ...cdcFeed(join(directory, "not-there")), name: "cdc-missing" }, readFeedConfig("cdc-missing", { schedule: "daily", directory: "unused" }));
    expect(await missing.runOnce()).toMatchObject({ status: "FAILED", errorCode: "SOURCE_UNAVAILABLE" });
    expect(await missing.runOnce()).toMatchObject({ status: "FAILED", errorCode: "SOURCE_UNAVAILABLE" });
  });

  it("should refuse a bad schedule with a ConfigError naming the setting", () => {
    for (const bad of ["weekly", "days-of-month:0", "days-of-month:10,32", "monthly:1,2", "days-of-month:", "days-of-month:10,10"]) {
      expect(() => withEnv({ FEED_CDC_OVERDUE_VACCINATION_SCHEDULE: bad }, () => cdcFeedJob({ dataSource: health, log }))).toThrow(ConfigError);
      expect(() => withEnv({ FEED_CDC_OVERDUE_VACCINATION_SCHEDULE: bad }, () => cdcFeedJob({ dataSource: health, log }))).toThrow(/FEED_CDC_OVERDUE_VACCINATION_SCHEDULE/);
    }
  });
});
