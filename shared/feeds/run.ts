import { randomUUID } from "crypto";
import type { DataSource, EntityManager } from "typeorm";
import { now } from "../clock";
import type { Logger } from "../logger";
import { ALREADY_TAKEN, FeedDefinition, FeedRowContext, RowOutcome, Watermark } from "./definition";
import { lockFeed } from "./lock";
import { FEED_CODE, FEED_NAME, FEED_ROWS_TABLE, FEED_RUNS_TABLE, FEED_WATERMARKS_TABLE, feedTableOf, FeedRunStatus } from "./table";

export interface RunFeedOptions {
  /** The subgraph's schema (where its feed tables are). */
  readonly schema: string;
  /** Rows per page, i.e. per transaction. */
  readonly pageSize: number;
  /** A RUNNING run whose progress is older than this was left by a replica that died: it is closed INTERRUPTED and taken over. */
  readonly leaseMs: number;
  /** The Taipei date the schedule ran it for (null: run by hand). */
  readonly scheduledFor?: string | null;
  readonly log: Pick<Logger, "info" | "warn">;
}

/** What a run took, skipped and why (the feed_runs row, as the job returns it). */
export interface FeedRunReport {
  readonly runId: string | null;
  readonly feed: string;
  /** BUSY: another replica's run of this feed holds the lease; nothing was done. */
  readonly status: FeedRunStatus | "BUSY";
  readonly taken: number;
  readonly skipped: Readonly<Record<string, number>>;
  readonly rowsDone: number;
  readonly rowsTotal: number | null;
  readonly watermarkBefore: Watermark | null;
  readonly watermarkAfter: Watermark | null;
  readonly errorCode: string | null;
}

/** A code for a failed run, never a message: a handler's error may carry a row's personal data. */
function codeOf(error: unknown): string {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" && FEED_CODE.test(error.code)) {
    return error.code;
  }
  const extensions = typeof error === "object" && error !== null && "extensions" in error ? (error as { extensions?: { code?: unknown } }).extensions : undefined;
  if (typeof extensions?.code === "string" && FEED_CODE.test(extensions.code)) {
    return extensions.code;
  }
  return "HANDLER_FAILED";
}

interface Tables {
  readonly runs: string;
  readonly watermarks: string;
  readonly rows: string;
}

async function readWatermark(manager: EntityManager, tables: Tables, feed: string): Promise<Watermark | null> {
  const rows = (await manager.query(`SELECT "watermark" FROM ${tables.watermarks} WHERE "feed" = $1 FOR UPDATE`, [feed])) as { watermark: Watermark | null }[];
  return rows.length === 0 ? null : rows[0].watermark;
}

/** Opens a run under the feed's lock, closing a dead replica's run first; null when a live run holds the lease. */
async function openRun(dataSource: DataSource, feed: string, tables: Tables, options: RunFeedOptions): Promise<{ id: string; watermark: Watermark | null } | null> {
  return dataSource.transaction(async (manager) => {
    await lockFeed(manager, options.schema, feed);
    const at = now();
    await manager.query(
      `UPDATE ${tables.runs} SET "status" = 'FAILED', "error_code" = 'INTERRUPTED', "finished_at" = $2
        WHERE "feed" = $1 AND "status" = 'RUNNING' AND "progress_at" < $3`,
      [feed, at.toISOString(), new Date(at.getTime() - options.leaseMs).toISOString()],
    );
    const live = (await manager.query(`SELECT 1 FROM ${tables.runs} WHERE "feed" = $1 AND "status" = 'RUNNING'`, [feed])) as unknown[];
    if (live.length > 0) {
      return null;
    }
    await manager.query(`INSERT INTO ${tables.watermarks} ("feed", "watermark", "updated_at") VALUES ($1, NULL, $2) ON CONFLICT ("feed") DO NOTHING`, [feed, at.toISOString()]);
    const watermark = await readWatermark(manager, tables, feed);
    const id = randomUUID();
    await manager.query(
      `INSERT INTO ${tables.runs} ("id", "feed", "status", "scheduled_for", "watermark_before", "watermark_after", "started_at", "progress_at")
       VALUES ($1, $2, 'RUNNING', $3, $4::jsonb, $4::jsonb, $5, $5)`,
      [id, feed, options.scheduledFor ?? null, JSON.stringify(watermark), at.toISOString()],
    );
    return { id, watermark };
  });
}

/**
 * One run of a feed (D3, B8, issue #12): pages after the watermark until the source has no more.
 * Each page's rows, their keys, the new watermark and the run's counters commit in ONE
 * transaction, so a crash mid-run loses nothing and the next run goes on from the last page that
 * committed; a row key seen before is skipped as ALREADY_TAKEN, so a replayed row is taken once.
 * A failing page rolls back whole and the run ends FAILED with a code (never the error's message).
 */
export async function runFeed<Row>(dataSource: DataSource, definition: FeedDefinition<Row>, options: RunFeedOptions): Promise<FeedRunReport> {
  const feed = definition.name;
  if (!FEED_NAME.test(feed)) {
    throw new Error(`A feed's name is lower-case letters, digits and dashes: ${feed}`);
  }
  const tables: Tables = {
    runs: feedTableOf(options.schema, FEED_RUNS_TABLE),
    watermarks: feedTableOf(options.schema, FEED_WATERMARKS_TABLE),
    rows: feedTableOf(options.schema, FEED_ROWS_TABLE),
  };
  const opened = await openRun(dataSource, feed, tables, options);
  if (opened === null) {
    return { runId: null, feed, status: "BUSY", taken: 0, skipped: {}, rowsDone: 0, rowsTotal: null, watermarkBefore: null, watermarkAfter: null, errorCode: null };
  }
  const runId = opened.id;
  const startedAt = now();
  const source = definition.source();
  const skippedCounts: Record<string, number> = {};
  let taken = 0;
  let rowsDone = 0;
  let rowsTotal: number | null = null;
  let watermark = opened.watermark;
  const report = (status: FeedRunStatus, errorCode: string | null): FeedRunReport => ({
    runId,
    feed,
    status,
    taken,
    skipped: { ...skippedCounts },
    rowsDone,
    rowsTotal,
    watermarkBefore: opened.watermark,
    watermarkAfter: watermark,
    errorCode,
  });
  try {
    for (;;) {
      const more = await dataSource.transaction(async (manager) => {
        await lockFeed(manager, options.schema, feed);
        const mine = (await manager.query(`SELECT 1 FROM ${tables.runs} WHERE "id" = $1 AND "status" = 'RUNNING'`, [runId])) as unknown[];
        if (mine.length === 0) {
          // Another replica took the run over (its lease ran out): stop, its run goes on.
          throw Object.assign(new Error("lease lost"), { code: "LEASE_LOST" });
        }
        const after = await readWatermark(manager, tables, feed);
        const page = await source.read(after, options.pageSize);
        if (page.rows.length === 0) {
          rowsTotal = rowsDone;
          await manager.query(
            `UPDATE ${tables.runs} SET "status" = 'SUCCEEDED', "rows_total" = $2, "progress_at" = $3, "finished_at" = $3 WHERE "id" = $1`,
            [runId, rowsTotal, now().toISOString()],
          );
          return false;
        }
        const pageCounts = await takePage(manager, definition, tables, page.rows, { runId, startedAt });
        const last = page.rows[page.rows.length - 1].after;
        await manager.query(`UPDATE ${tables.watermarks} SET "watermark" = $2::jsonb, "updated_at" = $3 WHERE "feed" = $1`, [feed, JSON.stringify(last), now().toISOString()]);
        const nextTaken = taken + pageCounts.taken;
        const nextSkipped = { ...skippedCounts };
        for (const [reason, count] of Object.entries(pageCounts.skipped)) {
          nextSkipped[reason] = (nextSkipped[reason] ?? 0) + count;
        }
        const nextDone = rowsDone + page.rows.length;
        const nextTotal = page.remaining === undefined ? null : rowsDone + page.remaining;
        await manager.query(
          `UPDATE ${tables.runs} SET "taken" = $2, "skipped" = $3::jsonb, "rows_done" = $4, "rows_total" = $5, "watermark_after" = $6::jsonb, "progress_at" = $7 WHERE "id" = $1`,
          [runId, nextTaken, JSON.stringify(nextSkipped), nextDone, nextTotal, JSON.stringify(last), now().toISOString()],
        );
        // The counters move only once the page is written (a rolled-back page counts nothing).
        taken = nextTaken;
        Object.assign(skippedCounts, nextSkipped);
        rowsDone = nextDone;
        rowsTotal = nextTotal;
        watermark = last;
        return true;
      });
      if (!more) {
        options.log.info({ feed, runId, taken, skipped: skippedCounts, rowsDone }, "feed run finished");
        return report(FeedRunStatus.SUCCEEDED, null);
      }
    }
  } catch (error) {
    const code = codeOf(error);
    await dataSource.query(`UPDATE ${tables.runs} SET "status" = 'FAILED', "error_code" = $2, "finished_at" = $3 WHERE "id" = $1 AND "status" = 'RUNNING'`, [
      runId,
      code,
      now().toISOString(),
    ]);
    options.log.warn({ feed, runId, code, rowsDone }, "feed run failed; the next run goes on from the last page written");
    return report(FeedRunStatus.FAILED, code);
  }
}

async function handleEach<Row>(manager: EntityManager, definition: FeedDefinition<Row>, rows: readonly { row: Row }[], context: FeedRowContext): Promise<RowOutcome[]> {
  const outcomes: RowOutcome[] = [];
  for (const { row } of rows) {
    outcomes.push(await definition.handle(manager, row, context));
  }
  return outcomes;
}

async function takePage<Row>(
  manager: EntityManager,
  definition: FeedDefinition<Row>,
  tables: Tables,
  rows: readonly { row: Row }[],
  context: { runId: string; startedAt: Date },
): Promise<{ taken: number; skipped: Record<string, number> }> {
  const keys = rows.map(({ row }) => definition.rowKey(row));
  const seen = new Set(
    ((await manager.query(`SELECT "row_key" FROM ${tables.rows} WHERE "feed" = $1 AND "row_key" = ANY($2::text[])`, [definition.name, keys])) as { row_key: string }[]).map(
      (row) => row.row_key,
    ),
  );
  const counts = { taken: 0, skipped: {} as Record<string, number> };
  const count = (outcome: RowOutcome): void => {
    if (outcome.taken) {
      counts.taken += 1;
    } else {
      counts.skipped[outcome.reason] = (counts.skipped[outcome.reason] ?? 0) + 1;
    }
  };
  // New rows, each key once (a key repeated within the page is taken at its first line).
  const fresh: { key: string; row: Row }[] = [];
  for (let index = 0; index < rows.length; index += 1) {
    const key = keys[index];
    if (seen.has(key)) {
      count({ taken: false, reason: ALREADY_TAKEN });
    } else {
      seen.add(key);
      fresh.push({ key, row: rows[index].row });
    }
  }
  const outcomes: readonly RowOutcome[] =
    definition.handlePage === undefined
      ? await handleEach(manager, definition, fresh, context)
      : await definition.handlePage(manager, fresh.map((entry) => entry.row), context);
  if (outcomes.length !== fresh.length) {
    throw new Error(`A page handler answers once per row: ${definition.name}`);
  }
  const recorded = fresh.map((entry, index) => ({ key: entry.key, outcome: outcomes[index] }));
  for (const { outcome } of recorded) {
    if (!outcome.taken && !FEED_CODE.test(outcome.reason)) {
      throw new Error(`A skip reason is a code: ${definition.name}`);
    }
    count(outcome);
  }
  if (recorded.length > 0) {
    await manager.query(
      `INSERT INTO ${tables.rows} ("feed", "row_key", "run_id", "taken", "reason")
       SELECT $1, "key", $2, "taken", "reason" FROM unnest($3::text[], $4::boolean[], $5::text[]) AS "page" ("key", "taken", "reason")`,
      [
        definition.name,
        context.runId,
        recorded.map((entry) => entry.key),
        recorded.map((entry) => entry.outcome.taken),
        recorded.map((entry) => (entry.outcome.taken ? null : entry.outcome.reason)),
      ],
    );
  }
  return counts;
}
