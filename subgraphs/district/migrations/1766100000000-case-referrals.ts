import { MigrationInterface, QueryRunner } from "typeorm";
import { DISTRICT_SCHEMA as S } from "../schema-name";

/** A9, D3 (issue #8): the district's outgoing referrals; their outbox is migrated with them (index.ts). */
export class CaseReferrals1766100000000 implements MigrationInterface {
  name = "CaseReferrals1766100000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "${S}"."case_referrals" (
        "id" uuid PRIMARY KEY,
        "care_case_id" uuid NOT NULL,
        "person_id" uuid NOT NULL,
        "target" varchar(32) NOT NULL,
        "needs" text[] NOT NULL,
        "description" text,
        "sent_by" varchar(64) NOT NULL,
        "sent_at" timestamptz NOT NULL,
        "referred_on" date NOT NULL,
        "outbox_id" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    // One referral per case and agency (referCase: a second one is a CONFLICT); also CareCase.referrals' lookup.
    await queryRunner.query(`CREATE UNIQUE INDEX "case_referrals_one_per_target" ON "${S}"."case_referrals" ("care_case_id", "target")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${S}"."case_referrals"`);
  }
}
