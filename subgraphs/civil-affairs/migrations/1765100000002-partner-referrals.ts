import { MigrationInterface, QueryRunner } from "typeorm";
import { CIVIL_AFFAIRS_SCHEMA as S } from "../schema-name";

/** Issue #9: the referrals to partner agencies (勞動局, 教育局) 民政局 hosts, and their officers' handling (A9, A10). */
export class PartnerReferrals1765100000002 implements MigrationInterface {
  name = "PartnerReferrals1765100000002";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "${S}"."partner_referrals" (
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
        "service_unit" varchar(60) NOT NULL,
        "status" varchar(12) NOT NULL,
        "closed_on" date,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "partner_referrals_client_key" ON "${S}"."partner_referrals" ("client_key")`);
    await queryRunner.query(`CREATE INDEX "partner_referrals_care_case" ON "${S}"."partner_referrals" ("care_case_id")`);
    await queryRunner.query(`CREATE INDEX "partner_referrals_person" ON "${S}"."partner_referrals" ("person_id")`);
    await queryRunner.query(`CREATE INDEX "partner_referrals_agency_status" ON "${S}"."partner_referrals" ("service_unit", "status")`);
    await queryRunner.query(`
      CREATE TABLE "${S}"."partner_service_records" (
        "id" uuid PRIMARY KEY,
        "referral_id" uuid NOT NULL REFERENCES "${S}"."partner_referrals" ("id"),
        "served_on" date NOT NULL,
        "mode" varchar(12) NOT NULL,
        "summary" text NOT NULL,
        "officer_name" varchar(60) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "partner_service_records_referral" ON "${S}"."partner_service_records" ("referral_id", "served_on")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ["partner_service_records", "partner_referrals"]) {
      await queryRunner.query(`DROP TABLE "${S}"."${table}"`);
    }
  }
}
