import { MigrationInterface, QueryRunner } from "typeorm";
import { SOCIAL_SCHEMA as S } from "../schema-name";

/**
 * Issue #12 (programme B, B1–B11): 社會局's child-care cases. Every notice a sender delivers is kept
 * with its screening (R7, B2–B6: an exclusion and its reason, never silent); a notice that passes
 * joins its child's one case (the merge recorded, and reversible); the case work of B3/B9 (record
 * matching, the district's follow-up, the police search, the visit and its report, the closing
 * review); the immigration agency's entry/exit records that the screening reads.
 */
export class ChildCare1768100000000 implements MigrationInterface {
  name = "ChildCare1768100000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "${S}"."child_care_cases" (
        "id" uuid PRIMARY KEY,
        "holding_unit" varchar(24) NOT NULL,
        "household_district_code" varchar(8) NOT NULL,
        "person_id" uuid,
        "id_number" varchar(10),
        "child_name" varchar(60) NOT NULL,
        "birth_date" date NOT NULL,
        "mother_name" varchar(60),
        "mother_id_number" varchar(10),
        "status" varchar(12) NOT NULL,
        "received_at" timestamptz NOT NULL,
        "visited_on" date,
        "assessment" text,
        "treatment" text,
        "sent_for_review_at" timestamptz,
        "review_note" text,
        "closed_on" date,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "child_care_cases_unit_status" ON "${S}"."child_care_cases" ("holding_unit", "status")`);
    await queryRunner.query(`CREATE INDEX "child_care_cases_id_number" ON "${S}"."child_care_cases" ("id_number")`);
    await queryRunner.query(`CREATE INDEX "child_care_cases_name_birth" ON "${S}"."child_care_cases" ("child_name", "birth_date")`);
    await queryRunner.query(`CREATE INDEX "child_care_cases_person" ON "${S}"."child_care_cases" ("person_id")`);
    await queryRunner.query(`
      CREATE TABLE "${S}"."child_care_notices" (
        "id" uuid PRIMARY KEY,
        "client_key" varchar(100) NOT NULL,
        "category" varchar(24) NOT NULL,
        "sender_service" varchar(40) NOT NULL,
        "person_id" uuid,
        "id_number" varchar(10),
        "child_name" varchar(60) NOT NULL,
        "birth_date" date NOT NULL,
        "sex" varchar(6),
        "mother_name" varchar(60),
        "mother_id_number" varchar(10),
        "household_district_code" varchar(8) NOT NULL,
        "noticed_on" date NOT NULL,
        "details" jsonb NOT NULL,
        "screened_on" date NOT NULL,
        "exclusion_reason" varchar(16),
        "case_id" uuid REFERENCES "${S}"."child_care_cases" ("id"),
        "received_at" timestamptz NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "child_care_notices_excluded_or_in_case" CHECK (("exclusion_reason" IS NULL) = ("case_id" IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "child_care_notices_client_key" ON "${S}"."child_care_notices" ("client_key")`);
    await queryRunner.query(`CREATE INDEX "child_care_notices_case" ON "${S}"."child_care_notices" ("case_id")`);
    await queryRunner.query(`CREATE INDEX "child_care_notices_exclusion" ON "${S}"."child_care_notices" ("exclusion_reason") WHERE "exclusion_reason" IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE "${S}"."child_care_merges" (
        "id" uuid PRIMARY KEY,
        "notice_id" uuid NOT NULL REFERENCES "${S}"."child_care_notices" ("id"),
        "case_id" uuid NOT NULL REFERENCES "${S}"."child_care_cases" ("id"),
        "matched_on" varchar(24) NOT NULL,
        "merged_at" timestamptz NOT NULL,
        "undone_at" timestamptz,
        "undone_by" varchar(100),
        "split_case_id" uuid REFERENCES "${S}"."child_care_cases" ("id"),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "child_care_merges_undone" CHECK (("undone_at" IS NULL) = ("split_case_id" IS NULL) AND ("undone_at" IS NULL) = ("undone_by" IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX "child_care_merges_case" ON "${S}"."child_care_merges" ("case_id", "merged_at")`);
    await queryRunner.query(`
      CREATE TABLE "${S}"."child_care_record_matches" (
        "id" uuid PRIMARY KEY,
        "case_id" uuid NOT NULL REFERENCES "${S}"."child_care_cases" ("id"),
        "source" varchar(32) NOT NULL,
        "found" boolean NOT NULL,
        "note" text,
        "matched_on" date NOT NULL,
        "matched_by_unit" varchar(24) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "child_care_record_matches_once" UNIQUE ("case_id", "source")
      )`);
    await queryRunner.query(`
      CREATE TABLE "${S}"."child_care_requests" (
        "id" uuid PRIMARY KEY,
        "case_id" uuid NOT NULL REFERENCES "${S}"."child_care_cases" ("id"),
        "kind" varchar(20) NOT NULL,
        "search_reason" varchar(32),
        "requested_on" date NOT NULL,
        "outbox_id" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "child_care_requests_case" ON "${S}"."child_care_requests" ("case_id", "requested_on")`);
    await queryRunner.query(`
      CREATE TABLE "${S}"."child_care_found" (
        "id" uuid PRIMARY KEY,
        "client_key" varchar(100) NOT NULL,
        "case_id" uuid NOT NULL REFERENCES "${S}"."child_care_cases" ("id"),
        "search_request_id" varchar(100) NOT NULL,
        "found_on" date NOT NULL,
        "location" varchar(200),
        "received_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "child_care_found_client_key" ON "${S}"."child_care_found" ("client_key")`);
    await queryRunner.query(`CREATE INDEX "child_care_found_case" ON "${S}"."child_care_found" ("case_id")`);
    await queryRunner.query(`
      CREATE TABLE "${S}"."entry_exit_records" (
        "row_key" varchar(100) PRIMARY KEY,
        "id_number" varchar(10) NOT NULL,
        "direction" varchar(5) NOT NULL CHECK ("direction" IN ('EXIT', 'ENTRY')),
        "crossed_on" date NOT NULL,
        "imported_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "entry_exit_records_person" ON "${S}"."entry_exit_records" ("id_number", "crossed_on")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ["entry_exit_records", "child_care_found", "child_care_requests", "child_care_record_matches", "child_care_merges", "child_care_notices", "child_care_cases"]) {
      await queryRunner.query(`DROP TABLE "${S}"."${table}"`);
    }
  }
}
