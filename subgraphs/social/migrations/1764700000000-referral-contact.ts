import { MigrationInterface, QueryRunner } from "typeorm";
import { SOCIAL_SCHEMA as S } from "../schema-name";

/** Issue #4: the referral carries whom to contact, so the unit serves it without household's records. */
export class ReferralContact1764700000000 implements MigrationInterface {
  name = "ReferralContact1764700000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "${S}"."referrals" ADD COLUMN "contact_name" varchar(60), ADD COLUMN "contact_phone" varchar(20), ADD COLUMN "contact_address" varchar(200)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${S}"."referrals" DROP COLUMN "contact_name", DROP COLUMN "contact_phone", DROP COLUMN "contact_address"`);
  }
}
