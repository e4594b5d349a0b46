import type { MigrationInterface } from "typeorm";
import { queryMigration } from "../db/query-migration";
import { AUDIT_TABLE, auditTableOf, quotedSchema } from "./table";

/**
 * SQLSTATE of the refusal the triggers raise (insufficient_privilege): callers and tests can tell
 * "the audit log refused this" from any other failure without reading the message.
 */
export const AUDIT_APPEND_ONLY_SQLSTATE = "42501";

const REFUSE_FUNCTION = "audit_log_refuse_change";

/**
 * The records of use of one agency (PDPA enforcement rules art. 12, D4, issue #4), for a subgraph's
 * own migration class to run in its schema:
 *
 *   for (const sql of auditLogMigrationQueries(S)) { await queryRunner.query(sql); }
 *
 * Append-only is enforced by the database, not by convention: BEFORE UPDATE/DELETE row triggers and
 * a BEFORE TRUNCATE statement trigger raise. Each row carries `hash` = sha256(prev_hash, content),
 * computed by the writer (PGlite has no pgcrypto), so a row changed or removed with the triggers
 * disabled is found by `npm run audit:verify`. Plain plpgsql: runs on PostgreSQL 15 and PGlite.
 */
export function auditLogMigrationQueries(schema: string): string[] {
  const s = quotedSchema(schema);
  const table = auditTableOf(schema);
  return [
    // `id` is an identity so nothing else can pick ids by default; the writer assigns them itself,
    // dense and in chain order, under its lock (see writer.ts), so a gap always means a removed row.
    `CREATE TABLE ${table} (
      "id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      "read_at" timestamptz NOT NULL,
      "subject" text NOT NULL,
      "role" text NOT NULL,
      "org" text NOT NULL,
      "person_id" uuid NULL,
      "entity_type" text NOT NULL,
      "entity_id" text NOT NULL,
      "fields" text[] NOT NULL CHECK (cardinality("fields") > 0),
      "operation_name" text NULL,
      "purpose" text NULL,
      "prev_hash" text NOT NULL CHECK ("prev_hash" ~ '^[0-9a-f]{64}$'),
      "hash" text NOT NULL CHECK ("hash" ~ '^[0-9a-f]{64}$')
    )`,
    // An auditor asks "who read this person" and "what did this user read in a period" (issue #4).
    `CREATE INDEX "${AUDIT_TABLE}_person_read_at" ON ${table} ("person_id", "read_at")`,
    `CREATE INDEX "${AUDIT_TABLE}_subject_read_at" ON ${table} ("subject", "read_at")`,
    `CREATE FUNCTION ${s}."${REFUSE_FUNCTION}"() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '%.% is append-only (PDPA records of use): % refused', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP
        USING ERRCODE = '${AUDIT_APPEND_ONLY_SQLSTATE}', SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME,
              HINT = 'Records of use are never changed or removed; append a new record instead.';
    END
    $$`,
    `CREATE TRIGGER "${AUDIT_TABLE}_no_update_delete" BEFORE UPDATE OR DELETE ON ${table}
      FOR EACH ROW EXECUTE FUNCTION ${s}."${REFUSE_FUNCTION}"()`,
    // TRUNCATE fires no row triggers, so it needs its own statement-level one.
    `CREATE TRIGGER "${AUDIT_TABLE}_no_truncate" BEFORE TRUNCATE ON ${table}
      FOR EACH STATEMENT EXECUTE FUNCTION ${s}."${REFUSE_FUNCTION}"()`,
  ];
}

/** The migration's `down`: dropping the table drops its triggers; the function goes after it. */
export function auditLogDropQueries(schema: string): string[] {
  return [`DROP TABLE ${auditTableOf(schema)}`, `DROP FUNCTION ${quotedSchema(schema)}."${REFUSE_FUNCTION}"()`];
}

/**
 * The audit-log migration of one subgraph, as a TypeORM migration class: each agency lists
 * `auditLogMigration(SCHEMA)` among its migrations (its own migrations table keeps the name apart).
 */
export function auditLogMigration(schema: string): new () => MigrationInterface {
  return queryMigration("AuditLog1764500000000", () => auditLogMigrationQueries(schema), () => auditLogDropQueries(schema));
}
