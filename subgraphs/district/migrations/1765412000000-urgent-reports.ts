import { MigrationInterface, QueryRunner } from "typeorm";
import { DISTRICT_SCHEMA as S } from "../schema-name";

/** Urgent reports by phone or to outside bodies, each its own record (A9, A13, issue #8). */
export class UrgentReports1765412000000 implements MigrationInterface {
  name = "UrgentReports1765412000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "${S}"."urgent_reports" (
        "id" uuid PRIMARY KEY,
        "client_key" varchar(100) NOT NULL,
        "care_case_id" uuid NOT NULL REFERENCES "${S}"."care_cases" ("id"),
        "subject_person_id" uuid NOT NULL,
        "kind" varchar(24) NOT NULL,
        "target" varchar(32) NOT NULL,
        "target_other" varchar(100),
        "reported_at" timestamptz NOT NULL,
        "reporter_name" varchar(60) NOT NULL,
        "recipient_name" varchar(60),
        "summary" text,
        "outcome" varchar(16) NOT NULL DEFAULT 'PENDING',
        "outcome_recorded_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    // D3: a retry with the same client key finds the report already stored, and a concurrent one loses the insert.
    await queryRunner.query(`CREATE UNIQUE INDEX "urgent_reports_client_key" ON "${S}"."urgent_reports" ("client_key")`);
    await queryRunner.query(`CREATE INDEX "urgent_reports_care_case" ON "${S}"."urgent_reports" ("care_case_id", "reported_at")`);
    await queryRunner.query(`CREATE INDEX "urgent_reports_subject" ON "${S}"."urgent_reports" ("subject_person_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${S}"."urgent_reports"`);
  }
}
