import { MigrationInterface, QueryRunner } from "typeorm";
import { HEALTH_SCHEMA as S } from "../schema-name";

/** 衛生局: referrals from districts (A9, D3) and the nurses' or counsellors' contacts on them (A10). */
export class CreateHealth1764200000000 implements MigrationInterface {
  name = "CreateHealth1764200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    // Keys of the district's CareCase and household's Person carry no foreign key: their rows live
    // in other agencies' databases (D1).
    await queryRunner.query(`
      CREATE TABLE "${S}"."referrals" (
        "id" uuid PRIMARY KEY,
        "health_centre_code" varchar(8) NOT NULL,
        "client_key" varchar(100) NOT NULL,
        "care_case_id" uuid NOT NULL,
        "person_id" uuid NOT NULL,
        "service_unit" varchar(32) NOT NULL,
        "needs" text[] NOT NULL,
        "description" text,
        "referring_district_code" varchar(8) NOT NULL,
        "referred_on" date NOT NULL,
        "received_at" timestamptz NOT NULL,
        "status" varchar(12) NOT NULL,
        "closed_on" date,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    // A nurse's list is her centre's (D4 row scope), then by unit and status.
    await queryRunner.query(`CREATE INDEX "referrals_centre_unit_status" ON "${S}"."referrals" ("health_centre_code", "service_unit", "status")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "referrals_client_key" ON "${S}"."referrals" ("client_key")`);
    await queryRunner.query(`CREATE INDEX "referrals_care_case" ON "${S}"."referrals" ("care_case_id")`);
    await queryRunner.query(`CREATE INDEX "referrals_person" ON "${S}"."referrals" ("person_id")`);
    await queryRunner.query(`
      CREATE TABLE "${S}"."service_contacts" (
        "id" uuid PRIMARY KEY,
        "referral_id" uuid NOT NULL REFERENCES "${S}"."referrals" ("id"),
        "served_on" date NOT NULL,
        "mode" varchar(12) NOT NULL,
        "summary" text NOT NULL,
        "nurse_name" varchar(60) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "service_contacts_referral" ON "${S}"."service_contacts" ("referral_id", "served_on")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${S}"."service_contacts"`);
    await queryRunner.query(`DROP TABLE "${S}"."referrals"`);
  }
}
