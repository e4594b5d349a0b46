import { MigrationInterface, QueryRunner } from "typeorm";
import { SOCIAL_SCHEMA as S } from "../schema-name";

/** 社會局: referrals received from districts (A9, D3) and the service contacts on them (A10). */
export class CreateSocial1764300000000 implements MigrationInterface {
  name = "CreateSocial1764300000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "${S}"."referrals" (
        "id" uuid PRIMARY KEY,
        "client_key" varchar(100) NOT NULL,
        "care_case_id" uuid NOT NULL,
        "person_id" uuid NOT NULL,
        "needs" text[] NOT NULL,
        "description" text,
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
    await queryRunner.query(`CREATE INDEX "referrals_unit_status" ON "${S}"."referrals" ("service_unit", "status")`);
    await queryRunner.query(`
      CREATE TABLE "${S}"."service_records" (
        "id" uuid PRIMARY KEY,
        "referral_id" uuid NOT NULL REFERENCES "${S}"."referrals" ("id"),
        "served_on" date NOT NULL,
        "mode" varchar(12) NOT NULL,
        "summary" text NOT NULL,
        "social_worker_name" varchar(60) NOT NULL,
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
