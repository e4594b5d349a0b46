import { MigrationInterface, QueryRunner } from "typeorm";
import { notificationsMigrationQueries, notificationsTableOf } from "../../../shared/notifications/table";
import { HOUSEHOLD_SCHEMA as S } from "../schema-name";

/**
 * Issue #8, A6: a district's return of a handed-over form for correction, kept on the form (附件1):
 * why, when, which district and case, the sender's key (a retried delivery, D3) and when the office
 * corrected it. And the office's notifications (a return arrived, a step went overdue) with the
 * index the pass's overdue hook reads the breaches it just detected by.
 */
export class Corrections1766200000001 implements MigrationInterface {
  name = "Corrections1766200000001";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${S}"."consent_inquiries"
      ADD COLUMN "correction_reason" varchar(500) NULL,
      ADD COLUMN "correction_requested_at" timestamptz NULL,
      ADD COLUMN "correction_requested_by" varchar(8) NULL,
      ADD COLUMN "correction_care_case_id" uuid NULL,
      ADD COLUMN "correction_request_key" varchar(100) NULL,
      ADD COLUMN "corrected_at" timestamptz NULL`);
    for (const query of notificationsMigrationQueries(S)) {
      await queryRunner.query(query);
    }
    await queryRunner.query(`CREATE INDEX "deadline_breaches_detected_at" ON "${S}"."deadline_breaches" ("detected_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "${S}"."deadline_breaches_detected_at"`);
    await queryRunner.query(`DROP TABLE ${notificationsTableOf(S)}`);
    await queryRunner.query(`ALTER TABLE "${S}"."consent_inquiries"
      DROP COLUMN "corrected_at", DROP COLUMN "correction_request_key", DROP COLUMN "correction_care_case_id",
      DROP COLUMN "correction_requested_by", DROP COLUMN "correction_requested_at", DROP COLUMN "correction_reason"`);
  }
}
