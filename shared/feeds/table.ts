import { quotedSchema } from "../audit/table";

/**
 * A receiving programme's feeds (D3, B8, issue #12): three tables in the schema of the subgraph
 * that pulls them (D1). Every module of the kit builds its SQL from here, so the schema name is
 * checked once before it is spliced into SQL.
 * - `feed_runs`: one row per run, with what it took, skipped and why, and its progress (no personal data).
 * - `feed_watermarks`: where each feed stands in its source, moved in the same transaction as the rows it covers.
 * - `feed_rows`: the key of every row a feed took or skipped, so a replayed row is never taken twice.
 */
export const FEED_RUNS_TABLE = "feed_runs";
export const FEED_WATERMARKS_TABLE = "feed_watermarks";
export const FEED_ROWS_TABLE = "feed_rows";

export function feedTableOf(schema: string, table: string): string {
  return `${quotedSchema(schema)}."${table}"`;
}

/** A stored reason or error code: a code, never a message or a value (personal data stays out). */
export const FEED_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

/** A feed's name, as stored and as used in job names (`feed:<name>`). */
export const FEED_NAME = /^[a-z][a-z0-9-]{0,39}$/;

export enum FeedRunStatus {
  RUNNING = "RUNNING",
  SUCCEEDED = "SUCCEEDED",
  FAILED = "FAILED",
}

/** A feed run as stored. */
export interface FeedRunRow {
  readonly id: string;
  readonly feed: string;
  readonly status: FeedRunStatus;
  readonly scheduled_for: string | null;
  readonly watermark_before: unknown;
  readonly watermark_after: unknown;
  readonly taken: number;
  readonly skipped: Record<string, number>;
  readonly rows_done: number;
  readonly rows_total: number | null;
  readonly started_at: Date;
  readonly progress_at: Date;
  readonly finished_at: Date | null;
  readonly error_code: string | null;
}
