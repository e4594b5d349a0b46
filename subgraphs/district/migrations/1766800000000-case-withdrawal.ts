import { MigrationInterface, QueryRunner } from "typeorm";
import { DISTRICT_SCHEMA as S } from "../schema-name";

/**
 * Issue #9, A6: a case the office withdrew after a return closes as RETURNED_TO_OFFICE (the closure
 * column holds it already) with the office's reason, when it arrived, and the delivery's key (D3).
 */
export class CaseWithdrawal1766800000000 implements MigrationInterface {
  name = "CaseWithdrawal1766800000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${S}"."care_cases"
      ADD COLUMN "withdrawal_reason" varchar(500) NULL,
      ADD COLUMN "withdrawn_at" timestamptz NULL,
      ADD COLUMN "withdrawal_key" varchar(100) NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${S}"."care_cases" DROP COLUMN "withdrawal_key", DROP COLUMN "withdrawn_at", DROP COLUMN "withdrawal_reason"`);
  }
}
