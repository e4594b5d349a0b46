import type { DataSource } from "typeorm";
import { outboxNow } from "./dispatcher";
import { outboxTableOf, schemaOf } from "./table";

/** The operator's view of one agency's outbox (issue #8): is anything stuck, and since when. */
export interface OutboxStatus {
  /** Waiting for their next attempt (new, or after a retryable failure). */
  readonly pending: number;
  /** Claimed by a dispatcher whose lease has not run out. */
  readonly inFlight: number;
  readonly delivered: number;
  /** Parked after a coded refusal; they wait for an operator (requeueParked). */
  readonly failed: number;
  /** Parked rows per refusal code, e.g. { BAD_USER_INPUT: 2 }. */
  readonly failedByCode: Readonly<Record<string, number>>;
  /** When the oldest undelivered, unparked hand-off was written; null when none waits. */
  readonly oldestPendingSince: Date | null;
}

interface CountsRow {
  pending: string | number;
  in_flight: string | number;
  delivered: string | number;
  failed: string | number;
  oldest_pending: Date | string | null;
}

export async function outboxStatus(dataSource: DataSource, now: Date = outboxNow()): Promise<OutboxStatus> {
  const table = outboxTableOf(schemaOf(dataSource));
  const [counts] = (await dataSource.query(
    `SELECT
       count(*) FILTER (WHERE "delivered_at" IS NULL AND "failed_at" IS NULL AND ("claim_token" IS NULL OR "next_attempt_at" <= $1::timestamptz)) AS "pending",
       count(*) FILTER (WHERE "delivered_at" IS NULL AND "failed_at" IS NULL AND "claim_token" IS NOT NULL AND "next_attempt_at" > $1::timestamptz) AS "in_flight",
       count(*) FILTER (WHERE "delivered_at" IS NOT NULL) AS "delivered",
       count(*) FILTER (WHERE "failed_at" IS NOT NULL) AS "failed",
       min("created_at") FILTER (WHERE "delivered_at" IS NULL AND "failed_at" IS NULL) AS "oldest_pending"
     FROM ${table}`,
    [now.toISOString()],
  )) as CountsRow[];
  const byCode = (await dataSource.query(
    `SELECT "last_error_code" AS "code", count(*) AS "count" FROM ${table} WHERE "failed_at" IS NOT NULL GROUP BY "last_error_code" ORDER BY "last_error_code"`,
  )) as { code: string; count: string | number }[];
  const oldest = counts.oldest_pending;
  return {
    pending: Number(counts.pending),
    inFlight: Number(counts.in_flight),
    delivered: Number(counts.delivered),
    failed: Number(counts.failed),
    failedByCode: Object.fromEntries(byCode.map((row) => [row.code, Number(row.count)])),
    oldestPendingSince: oldest === null ? null : new Date(oldest),
  };
}
