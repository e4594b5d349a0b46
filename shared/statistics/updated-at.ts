import type { MigrationInterface } from "typeorm";
import { quotedSchema } from "../audit/table";
import { queryMigration } from "../db/query-migration";

/**
 * Issue #10's gap: the statistics pass finds the months to rebuild by a change timestamp after its
 * watermark (rebuild.ts), and a row corrected after insert (A6: a form's case type or decision, a
 * care case's fields from the corrected line) kept only its created_at, so its month was never
 * recounted. This gives a table an `updated_at` that the database itself keeps: the insert's
 * instant by default, and a trigger sets it on every UPDATE, whichever service or statement writes
 * it, so no writer can forget it. Existing rows start at their created_at.
 * `clock_timestamp()`, not `now()`: the row's change is stamped as late in its transaction as the
 * update, nearer its commit than the transaction's start (the pass's overlap covers the rest).
 * The database's clock, not the platform's (D9): this is change bookkeeping, not a domain date; the
 * pass's watermark is the max of these stamps themselves, so only one clock is ever compared.
 */
export function updatedAtMigration(name: string, schema: string, table: string): new () => MigrationInterface {
  const queries = updatedAtQueries(schema, table);
  return queryMigration(name, () => queries.up, () => queries.down);
}

/** The statements of updatedAtMigration, for a migration that does more (referral-outcomes.ts). */
export function updatedAtQueries(schema: string, table: string): { up: string[]; down: string[] } {
  const s = quotedSchema(schema);
  const target = `${s}."${table}"`;
  const touch = `${s}."${table}_touch_updated_at"`;
  return {
    up: [
      `ALTER TABLE ${target} ADD COLUMN "updated_at" timestamptz NULL`,
      `UPDATE ${target} SET "updated_at" = "created_at"`,
      `ALTER TABLE ${target} ALTER COLUMN "updated_at" SET NOT NULL, ALTER COLUMN "updated_at" SET DEFAULT now()`,
      `CREATE FUNCTION ${touch}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW."updated_at" := clock_timestamp(); RETURN NEW; END $$`,
      `CREATE TRIGGER "${table}_updated_at" BEFORE UPDATE ON ${target} FOR EACH ROW EXECUTE FUNCTION ${touch}()`,
      // The pass's `changed` query reads rows after its watermark by this column.
      `CREATE INDEX "${table}_updated_at" ON ${target} ("updated_at")`,
    ],
    down: [`DROP TRIGGER "${table}_updated_at" ON ${target}`, `DROP FUNCTION ${touch}()`, `ALTER TABLE ${target} DROP COLUMN "updated_at"`],
  };
}
