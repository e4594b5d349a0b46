import { MigrationInterface, QueryRunner } from "typeorm";
import { auditHashChecksDropQueries, auditHashChecksQueries } from "../../shared/audit/hash-checks";
import { auditLogDropQueries, auditLogMigrationQueries } from "../../shared/audit/migration";
import { auditOperationIdDropQueries, auditOperationIdQueries } from "../../shared/audit/operation-id";
import { openSubgraphDatabase, SubgraphDatabase } from "../../shared/db/datasource";
import { DatabaseEngine } from "../../shared/db/engine";

/** The schema the audit tests open their DataSource on, as a subgraph would. */
export const AUDIT_TEST_SCHEMA = "audit_test";

/**
 * A subgraph-style migration that adds the audit log to its own schema and to a few extra ones, so
 * tampering tests each break a chain of their own.
 */
export function auditMigrationFor(schemas: readonly string[]): new () => MigrationInterface {
  return class AuditTest1764100000000 implements MigrationInterface {
    name = "AuditTest1764100000000";

    async up(queryRunner: QueryRunner): Promise<void> {
      for (const schema of schemas) {
        await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
        // The table as the agencies' migrations leave it: created (issue #4), the operation id (issue #11), the cheaper hex checks (issue #13).
        for (const sql of [...auditLogMigrationQueries(schema), ...auditOperationIdQueries(schema), ...auditHashChecksQueries(schema)]) {
          await queryRunner.query(sql);
        }
      }
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      for (const schema of schemas) {
        for (const sql of [...auditHashChecksDropQueries(schema), ...auditOperationIdDropQueries(schema), ...auditLogDropQueries(schema)]) {
          await queryRunner.query(sql);
        }
      }
    }
  };
}

export function openAuditTestDatabase(engine: DatabaseEngine, extraSchemas: readonly string[] = []): Promise<SubgraphDatabase> {
  return openSubgraphDatabase(engine, {
    schema: AUDIT_TEST_SCHEMA,
    entities: [],
    migrations: [auditMigrationFor([AUDIT_TEST_SCHEMA, ...extraSchemas])],
  });
}

/** Runs `change` on the table with its user triggers off, as the database owner could (tamper tests). */
export async function withTriggersDisabled(
  query: (sql: string, parameters?: unknown[]) => Promise<unknown>,
  schema: string,
  change: () => Promise<void>,
): Promise<void> {
  await query(`ALTER TABLE "${schema}"."audit_log" DISABLE TRIGGER USER`);
  try {
    await change();
  } finally {
    await query(`ALTER TABLE "${schema}"."audit_log" ENABLE TRIGGER USER`);
  }
}
