import type { MigrationInterface } from "typeorm";
import { queryMigration } from "../db/query-migration";
import { OUTBOX_TABLE, outboxTableOf } from "./table";

/**
 * The outbox of one sending agency (D3, issue #8), for a subgraph's own migration class to run in
 * its schema:
 *
 *   for (const sql of outboxMigrationQueries(S)) { await queryRunner.query(sql); }
 *
 * A row is pending (neither delivered nor failed), delivered (`acknowledged_id` is the receiver's
 * id for it) or failed (parked for an operator with the receiver's refusal code). `id` doubles as
 * the receiver's client key. `next_attempt_at` is also the lease of a dispatcher that claimed the
 * row (`claim_token` set): if that dispatcher dies, the row is due again when the lease runs out.
 * The CHECK on `last_error_code` keeps messages, payloads and personal data out of it.
 */
export function outboxMigrationQueries(schema: string): string[] {
  const table = outboxTableOf(schema);
  return [
    `CREATE TABLE ${table} (
      "id" uuid PRIMARY KEY,
      "kind" text NOT NULL CHECK ("kind" ~ '^[a-z][a-z0-9._-]{0,63}$'),
      "target" text NOT NULL CHECK ("target" ~ '^[_A-Za-z][_0-9A-Za-z]{0,99}$'),
      "payload" jsonb NOT NULL,
      "actor" jsonb NOT NULL,
      "created_at" timestamptz NOT NULL,
      "attempts" integer NOT NULL DEFAULT 0 CHECK ("attempts" >= 0),
      "next_attempt_at" timestamptz NOT NULL,
      "claim_token" uuid NULL,
      "delivered_at" timestamptz NULL,
      "acknowledged_id" text NULL,
      "failed_at" timestamptz NULL,
      "last_error_code" text NULL CHECK ("last_error_code" ~ '^[A-Z][A-Z0-9_]{0,63}$'),
      CHECK ("delivered_at" IS NULL OR "failed_at" IS NULL),
      CHECK (("delivered_at" IS NULL) = ("acknowledged_id" IS NULL))
    )`,
    // The dispatcher's claim reads only due pending rows; delivered ones pile up outside this index.
    `CREATE INDEX "${OUTBOX_TABLE}_due" ON ${table} ("next_attempt_at", "created_at") WHERE "delivered_at" IS NULL AND "failed_at" IS NULL`,
  ];
}

export function outboxDropQueries(schema: string): string[] {
  return [`DROP TABLE ${outboxTableOf(schema)}`];
}

/** The outbox migration of one subgraph, as a TypeORM migration class (like auditLogMigration). */
export function outboxMigration(schema: string): new () => MigrationInterface {
  return queryMigration("Outbox1764600000000", () => outboxMigrationQueries(schema), () => outboxDropQueries(schema));
}
