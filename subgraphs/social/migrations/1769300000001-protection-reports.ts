import { MigrationInterface, QueryRunner } from "typeorm";
import { SOCIAL_SCHEMA as S } from "../schema-name";

/**
 * Issue #12 (B10): social's copy (D3) of each child-protection report (兒少權法 art. 53/54) the
 * district's outbox delivers: the child, its child-care case when it has one, the unit that
 * received it, who filed it and what was found.
 */
export class ProtectionReports1769300000001 implements MigrationInterface {
  name = "ProtectionReports1769300000001";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "${S}"."child_protection_reports" (
        "id" uuid PRIMARY KEY,
        "client_key" varchar(100) NOT NULL,
        "urgent_report_id" uuid NOT NULL,
        "person_id" uuid NOT NULL,
        "case_id" uuid REFERENCES "${S}"."child_care_cases" ("id"),
        "receiving_unit" varchar(24) NOT NULL,
        "article" varchar(8) NOT NULL,
        "reported_at" timestamptz NOT NULL,
        "reporter_name" varchar(60) NOT NULL,
        "reporter_role" varchar(40) NOT NULL,
        "reporter_org" varchar(40) NOT NULL,
        "summary" text,
        "received_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "child_protection_reports_client_key" ON "${S}"."child_protection_reports" ("client_key")`);
    await queryRunner.query(`CREATE INDEX "child_protection_reports_person" ON "${S}"."child_protection_reports" ("person_id", "reported_at")`);
    await queryRunner.query(`CREATE INDEX "child_protection_reports_case" ON "${S}"."child_protection_reports" ("case_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${S}"."child_protection_reports"`);
  }
}
