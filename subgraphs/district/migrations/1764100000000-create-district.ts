import { MigrationInterface, QueryRunner } from "typeorm";
import { DISTRICT_SCHEMA as S } from "../schema-name";

/** Care cases (列管), their visit attempts (A6/A7) and visit records (附件4, A8). */
export class CreateDistrict1764100000000 implements MigrationInterface {
  name = "CreateDistrict1764100000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "${S}"."care_cases" (
        "id" uuid PRIMARY KEY,
        "client_key" varchar(100) NOT NULL,
        "consent_inquiry_id" uuid NOT NULL,
        "person_id" uuid NOT NULL,
        "case_type" varchar(24) NOT NULL,
        "receiving_office_code" varchar(8) NOT NULL,
        "visit_district_code" varchar(8) NOT NULL,
        "household_district_code" varchar(8) NOT NULL,
        "village" varchar(20) NOT NULL,
        "neighbourhood" int,
        "requested_mode" varchar(8) NOT NULL,
        "status" varchar(16) NOT NULL,
        "handed_over_at" timestamptz NOT NULL,
        "acknowledged_at" timestamptz,
        "assigned_officer_id" varchar(64),
        "assigned_officer_name" varchar(60),
        "closed_on" date,
        "closure" varchar(24),
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "care_cases_client_key" ON "${S}"."care_cases" ("client_key")`);
    await queryRunner.query(`CREATE INDEX "care_cases_consent_inquiry" ON "${S}"."care_cases" ("consent_inquiry_id")`);
    // D3: one live case per consent inquiry; a case returned to the office (A6) may be handed over again.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "care_cases_live_consent_inquiry" ON "${S}"."care_cases" ("consent_inquiry_id") WHERE "closure" IS DISTINCT FROM 'RETURNED_TO_OFFICE'`,
    );
    await queryRunner.query(`CREATE INDEX "care_cases_person" ON "${S}"."care_cases" ("person_id")`);
    await queryRunner.query(`CREATE INDEX "care_cases_visit_district" ON "${S}"."care_cases" ("visit_district_code", "id")`);
    await queryRunner.query(`CREATE INDEX "care_cases_status" ON "${S}"."care_cases" ("status", "id")`);
    await queryRunner.query(`CREATE INDEX "care_cases_assigned_officer" ON "${S}"."care_cases" ("assigned_officer_id")`);
    await queryRunner.query(`
      CREATE TABLE "${S}"."visit_attempts" (
        "id" uuid PRIMARY KEY,
        "care_case_id" uuid NOT NULL REFERENCES "${S}"."care_cases" ("id"),
        "attempt_number" int NOT NULL,
        "attempted_on" date NOT NULL,
        "mode" varchar(8) NOT NULL,
        "met" boolean NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "visit_attempts_case_number" ON "${S}"."visit_attempts" ("care_case_id", "attempt_number")`);
    await queryRunner.query(`
      CREATE TABLE "${S}"."visit_records" (
        "id" uuid PRIMARY KEY,
        "care_case_id" uuid NOT NULL REFERENCES "${S}"."care_cases" ("id"),
        "district_code" varchar(8) NOT NULL,
        "village" varchar(20) NOT NULL,
        "service_item" varchar(40) NOT NULL DEFAULT '關懷訪視',
        "visited_on" date,
        "visited_person_name" varchar(60) NOT NULL,
        "visited_person_phone" varchar(20),
        "visited_person_address" text NOT NULL,
        "outcome" varchar(12) NOT NULL,
        "first_missed_on" date,
        "second_missed_on" date,
        "needs" text[] NOT NULL DEFAULT '{}',
        "needs_other" text,
        "service_summary" text,
        "matters_raised" text,
        "handling" text,
        "signed_off_by" text[] NOT NULL DEFAULT '{}',
        "filed_on" date NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "visit_records_care_case" ON "${S}"."visit_records" ("care_case_id")`);
    await queryRunner.query(`CREATE INDEX "visit_records_district_filed" ON "${S}"."visit_records" ("district_code", "filed_on")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ["visit_records", "visit_attempts", "care_cases"]) {
      await queryRunner.query(`DROP TABLE "${S}"."${table}"`);
    }
  }
}
