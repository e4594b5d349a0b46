import { MigrationInterface, QueryRunner } from "typeorm";
import { DISTRICT_SCHEMA as S } from "../schema-name";

/**
 * Issue #9, A10: a referral the district sent closes when the receiving agency reports it closed
 * (its date, when the report arrived, and the report's key for a retried delivery, D3). The case's
 * closure column already holds every reason (varchar(24), INTERNAL_HELP_DONE included).
 */
export class CaseClosing1766500000000 implements MigrationInterface {
  name = "CaseClosing1766500000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${S}"."case_referrals"
      ADD COLUMN "closed_on" date NULL,
      ADD COLUMN "closed_reported_at" timestamptz NULL,
      ADD COLUMN "closed_key" varchar(100) NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${S}"."case_referrals" DROP COLUMN "closed_key", DROP COLUMN "closed_reported_at", DROP COLUMN "closed_on"`);
  }
}
