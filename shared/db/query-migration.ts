import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A TypeORM migration class from its statements, for the tables every agency has of its own (audit
 * log, outbox, deadlines): each agency lists e.g. `auditLogMigration(SCHEMA)` among its migrations,
 * and its own migrations table keeps the name apart from the other agencies'.
 */
export function queryMigration(name: string, up: () => readonly string[], down: () => readonly string[]): new () => MigrationInterface {
  return class QueryMigration implements MigrationInterface {
    name = name;

    async up(queryRunner: QueryRunner): Promise<void> {
      for (const query of up()) {
        await queryRunner.query(query);
      }
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      for (const query of down()) {
        await queryRunner.query(query);
      }
    }
  };
}
