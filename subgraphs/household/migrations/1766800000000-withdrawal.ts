import { MigrationInterface, QueryRunner } from "typeorm";
import { HOUSEHOLD_SCHEMA as S } from "../schema-name";

/** Issue #9, A6: the office's withdrawal of a returned case, kept on the form (附件1): why, when, by which clerk. */
export class Withdrawal1766800000000 implements MigrationInterface {
  name = "Withdrawal1766800000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${S}"."consent_inquiries"
      ADD COLUMN "withdrawal_reason" varchar(500) NULL,
      ADD COLUMN "withdrawn_at" timestamptz NULL,
      ADD COLUMN "withdrawn_by" varchar(64) NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${S}"."consent_inquiries" DROP COLUMN "withdrawn_by", DROP COLUMN "withdrawn_at", DROP COLUMN "withdrawal_reason"`);
  }
}
