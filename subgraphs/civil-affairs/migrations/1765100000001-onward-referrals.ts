import { MigrationInterface, QueryRunner } from "typeorm";
import { CIVIL_AFFAIRS_SCHEMA as S } from "../schema-name";

/** A11 (issue #9): 民政局's onward referrals of its cases, with target, date and outcome. */
export class OnwardReferrals1765100000001 implements MigrationInterface {
  name = "OnwardReferrals1765100000001";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "${S}"."onward_referrals" (
        "id" uuid PRIMARY KEY,
        "referral_id" uuid NOT NULL REFERENCES "${S}"."referrals" ("id"),
        "target" varchar(60) NOT NULL,
        "target_name" varchar(100) NOT NULL,
        "target_kind" varchar(16) NOT NULL,
        "referred_on" date NOT NULL,
        "note" text,
        "outcome" text,
        "outcome_on" date,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "onward_referrals_referral" ON "${S}"."onward_referrals" ("referral_id", "referred_on")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${S}"."onward_referrals"`);
  }
}
