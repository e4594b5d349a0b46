import { MigrationInterface, QueryRunner } from "typeorm";
import { auditLogDropQueries, auditLogMigrationQueries } from "../../../shared/audit/migration";
import { SOCIAL_SCHEMA } from "../schema-name";

/** Issue #4: social's append-only, hash-chained records of use (PDPA). */
export class AuditLog1764500000000 implements MigrationInterface {
  name = "AuditLog1764500000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const query of auditLogMigrationQueries(SOCIAL_SCHEMA)) {
      await queryRunner.query(query);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const query of auditLogDropQueries(SOCIAL_SCHEMA)) {
      await queryRunner.query(query);
    }
  }
}
