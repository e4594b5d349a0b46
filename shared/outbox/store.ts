import { randomUUID } from "crypto";
import type { DataSource } from "typeorm";
import { ClaimedOutboxRow, ERROR_CODE, outboxTableOf, schemaOf } from "./table";

/**
 * The dispatcher's statements on the outbox. Each is one statement, none is held open across the
 * HTTP call: on PGlite the engine has one session, which a receiver subgraph in the same process
 * needs to answer.
 */

/**
 * Claims the next due row for `leaseMs`: `FOR UPDATE SKIP LOCKED` lets replicas claim at once
 * without waiting on each other or taking the same row, and the new `next_attempt_at` (the lease)
 * keeps it from the others until this dispatcher reports or dies.
 */
export async function claimNext(dataSource: DataSource, now: Date, leaseMs: number): Promise<ClaimedOutboxRow | undefined> {
  const table = outboxTableOf(schemaOf(dataSource));
  const rows = (await dataSource.query(
    `WITH "claimed" AS (
       UPDATE ${table} SET "attempts" = "attempts" + 1, "claim_token" = $2, "next_attempt_at" = $3::timestamptz
       WHERE "id" = (
         SELECT "id" FROM ${table}
         WHERE "delivered_at" IS NULL AND "failed_at" IS NULL AND "next_attempt_at" <= $1::timestamptz
         ORDER BY "next_attempt_at", "created_at" LIMIT 1
         FOR UPDATE SKIP LOCKED
       )
       RETURNING "id", "kind", "target", "payload", "actor", "attempts", "claim_token"
     )
     SELECT * FROM "claimed"`,
    [now.toISOString(), randomUUID(), new Date(now.getTime() + leaseMs).toISOString()],
  )) as ClaimedOutboxRow[];
  return rows[0];
}

/**
 * The three ends of an attempt. Each only applies while the row is still this claim's (its token):
 * a dispatcher that outlived its lease cannot overwrite the next one's result. Returns whether it did.
 */
export function markDelivered(dataSource: DataSource, row: ClaimedOutboxRow, now: Date, acknowledgedId: string): Promise<boolean> {
  return finish(dataSource, row, `"delivered_at" = $3::timestamptz, "acknowledged_id" = $4, "last_error_code" = NULL`, [now.toISOString(), acknowledgedId]);
}

export function scheduleRetry(dataSource: DataSource, row: ClaimedOutboxRow, at: Date, code: string): Promise<boolean> {
  return finish(dataSource, row, `"next_attempt_at" = $3::timestamptz, "last_error_code" = $4`, [at.toISOString(), checkedCode(code)]);
}

export function park(dataSource: DataSource, row: ClaimedOutboxRow, now: Date, code: string): Promise<boolean> {
  return finish(dataSource, row, `"failed_at" = $3::timestamptz, "last_error_code" = $4`, [now.toISOString(), checkedCode(code)]);
}

async function finish(dataSource: DataSource, row: ClaimedOutboxRow, assignments: string, values: unknown[]): Promise<boolean> {
  const table = outboxTableOf(schemaOf(dataSource));
  const rows = (await dataSource.query(
    `WITH "finished" AS (
       UPDATE ${table} SET ${assignments}, "claim_token" = NULL
       WHERE "id" = $1 AND "claim_token" = $2 AND "delivered_at" IS NULL AND "failed_at" IS NULL
       RETURNING "id"
     )
     SELECT * FROM "finished"`,
    [row.id, row.claim_token, ...values],
  )) as unknown[];
  return rows.length === 1;
}

/**
 * An operator's decision after fixing the cause of a refusal (a receiver's data, its schema): the
 * parked row is due again at `now`, under the same client key. Returns whether a parked row moved.
 */
export async function requeueParked(dataSource: DataSource, id: string, now: Date): Promise<boolean> {
  const table = outboxTableOf(schemaOf(dataSource));
  const rows = (await dataSource.query(
    `WITH "requeued" AS (
       UPDATE ${table} SET "failed_at" = NULL, "next_attempt_at" = $2::timestamptz
       WHERE "id" = $1 AND "failed_at" IS NOT NULL
       RETURNING "id"
     )
     SELECT * FROM "requeued"`,
    [id, now.toISOString()],
  )) as unknown[];
  return rows.length === 1;
}

function checkedCode(code: string): string {
  return ERROR_CODE.test(code) ? code : "UNKNOWN_ERROR";
}
