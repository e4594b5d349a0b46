import { MigrationInterface, QueryRunner } from "typeorm";
import { CIVIL_AFFAIRS_SCHEMA as S } from "../schema-name";

/** 民政局 (issue #9): the referrals it takes itself (A9, A11, D3) and its officers' handling of them (A10). */
export class CreateCivilAffairs1765100000000 implements MigrationInterface {
  name = "CreateCivilAffairs1765100000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "${S}"."referrals" (
        "id" uuid PRIMARY KEY,
        "client_key" varchar(100) NOT NULL,
        "care_case_id" uuid NOT NULL,
        "person_id" uuid NOT NULL,
        "needs" text[] NOT NULL,
        "description" text,
        "contact_name" varchar(60),
        "contact_phone" varchar(20),
        "contact_address" varchar(200),
        "referring_district_code" varchar(8) NOT NULL,
        "referred_on" date NOT NULL,
        "received_at" timestamptz NOT NULL,
        "service_unit" varchar(24) NOT NULL,
        "status" varchar(12) NOT NULL,
        "closed_on" date,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "referrals_client_key" ON "${S}"."referrals" ("client_key")`);
    await queryRunner.query(`CREATE INDEX "referrals_care_case" ON "${S}"."referrals" ("care_case_id")`);
    await queryRunner.query(`CREATE INDEX "referrals_person" ON "${S}"."referrals" ("person_id")`);
    await queryRunner.query(`CREATE INDEX "referrals_status" ON "${S}"."referrals" ("status")`);
    await queryRunner.query(`
      CREATE TABLE "${S}"."service_records" (
        "id" uuid PRIMARY KEY,
        "referral_id" uuid NOT NULL REFERENCES "${S}"."referrals" ("id"),
        "served_on" date NOT NULL,
        "mode" varchar(12) NOT NULL,
        "summary" text NOT NULL,
        "officer_name" varchar(60) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "service_records_referral" ON "${S}"."service_records" ("referral_id", "served_on")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ["service_records", "referrals"]) {
      await queryRunner.query(`DROP TABLE "${S}"."${table}"`);
    }
  }
}
