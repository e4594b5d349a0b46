import { MigrationInterface, QueryRunner } from "typeorm";
import { outboxTableOf } from "../../../shared/outbox/table";
import { caseOfOutboxRow } from "../retention";
import { HOUSEHOLD_SCHEMA as S } from "../schema-name";

/**
 * Issue #9, A9: the district's closing notice kept on the form (附件1) its case came from: the day
 * and the reason it closed, and the notice's key (D3), so household's purge counts a handed-over
 * form's retention from the case's closing. The index lets the purge find the outbox rows of a
 * form's return for correction without a scan (delivered rows pile up).
 */
export class CaseClosed1767300000000 implements MigrationInterface {
  name = "CaseClosed1767300000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${S}"."consent_inquiries"
      ADD COLUMN "case_closed_on" date NULL,
      ADD COLUMN "case_closure" varchar(24) NULL,
      ADD COLUMN "case_closed_key" varchar(100) NULL`);
    await queryRunner.query(`CREATE INDEX "outbox_care_case" ON ${outboxTableOf(S)} (${caseOfOutboxRow("")})`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "${S}"."outbox_care_case"`);
    await queryRunner.query(`ALTER TABLE "${S}"."consent_inquiries" DROP COLUMN "case_closed_key", DROP COLUMN "case_closure", DROP COLUMN "case_closed_on"`);
  }
}
