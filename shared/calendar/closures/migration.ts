import type { MigrationInterface, QueryRunner } from "typeorm";
import { quotedSchema } from "../../audit/table";

export const OFFICE_CLOSURES_TABLE = "office_closures";

export function officeClosuresTableOf(schema: string): string {
  return `${quotedSchema(schema)}."${OFFICE_CLOSURES_TABLE}"`;
}

/**
 * A deadline-owning agency's own copy of the city's closures (D1, issue #8): one row per notice
 * received, once per client key (D3). The current state of a date is its notice with the highest
 * owner version, so a withdrawal delivered before its declaration still ends withdrawn.
 */
export function officeClosuresMigrationQueries(schema: string): string[] {
  const table = officeClosuresTableOf(schema);
  return [
    `CREATE TABLE ${table} (
      "id" uuid PRIMARY KEY,
      "client_key" text NOT NULL UNIQUE,
      "date" date NOT NULL,
      "action" text NOT NULL CHECK ("action" IN ('DECLARED', 'WITHDRAWN')),
      "scope" text NOT NULL CHECK ("scope" IN ('CITY')),
      "reason" text NOT NULL,
      "announced_at" timestamptz NOT NULL,
      "owner_version" integer NOT NULL CHECK ("owner_version" >= 1),
      "received_at" timestamptz NOT NULL
    )`,
    `CREATE INDEX "${OFFICE_CLOSURES_TABLE}_date_version" ON ${table} ("date", "owner_version")`,
  ];
}

/** For the agency's migration list: `officeClosuresMigration(SCHEMA)`. */
export function officeClosuresMigration(schema: string): new () => MigrationInterface {
  return class OfficeClosuresMigration implements MigrationInterface {
    name = "OfficeClosures1765000000000";

    async up(queryRunner: QueryRunner): Promise<void> {
      for (const query of officeClosuresMigrationQueries(schema)) {
        await queryRunner.query(query);
      }
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`DROP TABLE ${officeClosuresTableOf(schema)}`);
    }
  };
}
