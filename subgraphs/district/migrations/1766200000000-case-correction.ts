import { MigrationInterface, QueryRunner } from "typeorm";
import { DISTRICT_SCHEMA as S } from "../schema-name";

/**
 * Issue #8, A6: a case handed over wrongly recorded goes back to the office and comes back
 * corrected. The status grows to hold RETURNED_FOR_CORRECTION; the case keeps the last return (why,
 * when, by whom) and the last correction received (its sender's key, for a retried delivery, D3).
 */
export class CaseCorrection1766200000000 implements MigrationInterface {
  name = "CaseCorrection1766200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${S}"."care_cases" ALTER COLUMN "status" TYPE varchar(24)`);
    await queryRunner.query(`ALTER TABLE "${S}"."care_cases"
      ADD COLUMN "return_reason" varchar(500) NULL,
      ADD COLUMN "returned_at" timestamptz NULL,
      ADD COLUMN "returned_by" varchar(64) NULL,
      ADD COLUMN "correction_key" varchar(100) NULL,
      ADD COLUMN "corrected_at" timestamptz NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${S}"."care_cases"
      DROP COLUMN "corrected_at", DROP COLUMN "correction_key", DROP COLUMN "returned_by", DROP COLUMN "returned_at", DROP COLUMN "return_reason"`);
    await queryRunner.query(`ALTER TABLE "${S}"."care_cases" ALTER COLUMN "status" TYPE varchar(16)`);
  }
}
