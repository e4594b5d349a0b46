import type { DataSource } from "typeorm";
import { badUserInput } from "../errors";
import { FeedRun } from "./feed-run.type";
import { FEED_RUNS_TABLE, feedTableOf, FeedRunStatus } from "./table";

export const DEFAULT_FEED_RUNS = 20;
export const MAX_FEED_RUNS = 200;

interface RunRow {
  id: string;
  feed: string;
  status: FeedRunStatus;
  scheduled_for: string | null;
  watermark_before: unknown;
  watermark_after: unknown;
  taken: number;
  skipped: Record<string, number> | string;
  rows_done: number;
  rows_total: number | null;
  started_at: Date | string;
  progress_at: Date | string;
  finished_at: Date | string | null;
  error_code: string | null;
}

const instant = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));
const json = (value: unknown): string | null => (value === null || value === undefined ? null : typeof value === "string" ? value : JSON.stringify(value));

function runOf(row: RunRow): FeedRun {
  const skipped = typeof row.skipped === "string" ? (JSON.parse(row.skipped) as Record<string, number>) : row.skipped;
  return {
    id: row.id,
    feed: row.feed,
    status: row.status,
    scheduledFor: row.scheduled_for,
    watermarkBefore: json(row.watermark_before),
    watermarkAfter: json(row.watermark_after),
    taken: row.taken,
    skipped: Object.entries(skipped)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([reason, count]) => ({ reason, count })),
    rowsDone: row.rows_done,
    rowsTotal: row.rows_total,
    startedAt: instant(row.started_at),
    progressAt: instant(row.progress_at),
    finishedAt: row.finished_at === null ? null : instant(row.finished_at),
    errorCode: row.error_code,
  };
}

/** A subgraph's feed runs, newest first (optionally one feed's). */
export async function queryFeedRuns(dataSource: DataSource, schema: string, filter: { feed?: string | null; first?: number | null }): Promise<FeedRun[]> {
  const first = filter.first ?? DEFAULT_FEED_RUNS;
  if (!Number.isInteger(first) || first < 1 || first > MAX_FEED_RUNS) {
    throw badUserInput(`first must be 1–${MAX_FEED_RUNS}`, "first");
  }
  const rows = (await dataSource.query(
    `SELECT "id"::text AS "id", "feed", "status", "scheduled_for"::text AS "scheduled_for", "watermark_before", "watermark_after", "taken", "skipped",
            "rows_done", "rows_total", "started_at", "progress_at", "finished_at", "error_code"
       FROM ${feedTableOf(schema, FEED_RUNS_TABLE)}
      WHERE ($1::text IS NULL OR "feed" = $1)
      ORDER BY "started_at" DESC, "id" DESC
      LIMIT $2`,
    [filter.feed ?? null, first],
  )) as RunRow[];
  return rows.map(runOf);
}
