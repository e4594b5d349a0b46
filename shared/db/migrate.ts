import { createHash } from "crypto";
import { DataSource, MigrationExecutor } from "typeorm";

/** The advisory-lock key of a schema's migrations (like shared/deadlines/lock.ts: the same in every replica and release). */
export function migrationLockKey(schema: string): string {
  return createHash("sha256").update(`care-platform:migrations:${schema}`).digest().readBigInt64BE(0).toString();
}

/**
 * Creates the schema and applies its pending migrations (D5), one replica at a time (issue #13,
 * D7): a Deployment starts its pods together, and two of them creating the same schema or table at
 * once would both fail but one. The lock is the session's, on the connection that migrates, so a
 * replica that dies mid-way releases it as its connection closes; the next finds what committed.
 */
export async function migrateSchema(dataSource: DataSource, schema: string): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock($1::bigint)`, [migrationLockKey(schema)]);
    try {
      await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = "each";
      await executor.executePendingMigrations();
    } finally {
      await runner.query(`SELECT pg_advisory_unlock($1::bigint)`, [migrationLockKey(schema)]);
    }
  } finally {
    await runner.release();
  }
}
