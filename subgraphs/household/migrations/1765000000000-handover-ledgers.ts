import { MigrationInterface, QueryRunner } from "typeorm";
import { HOUSEHOLD_SCHEMA as S } from "../schema-name";

/**
 * Issue #8, A4: 附件3 點交清單, one ledger per office, day and receiving district; each consenting
 * inquiry is in at most one ledger (`handover_ledger_id`), so it is handed over once. A declined
 * inquiry never gets one (A3): the CHECK keeps that true whatever the code does.
 */
export class HandoverLedgers1765000000000 implements MigrationInterface {
  name = "HandoverLedgers1765000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "${S}"."handover_ledgers" (
        "id" uuid PRIMARY KEY,
        "office_code" varchar(8) NOT NULL,
        "receiving_district_code" varchar(8) NOT NULL,
        "ledger_date" date NOT NULL,
        "form_count" integer NOT NULL CHECK ("form_count" > 0),
        "handed_over_by" varchar(64) NOT NULL,
        "handed_over_at" timestamptz NOT NULL,
        "remark" varchar(60),
        "stamp_text" varchar(200) NOT NULL,
        "outbox_id" uuid NOT NULL UNIQUE,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "handover_ledgers_office_date" ON "${S}"."handover_ledgers" ("office_code", "ledger_date")`);
    await queryRunner.query(`ALTER TABLE "${S}"."consent_inquiries" ADD COLUMN "handover_ledger_id" uuid NULL REFERENCES "${S}"."handover_ledgers" ("id")`);
    await queryRunner.query(
      `ALTER TABLE "${S}"."consent_inquiries" ADD CONSTRAINT "consent_inquiries_declined_not_handed_over" CHECK ("handover_ledger_id" IS NULL OR "decision" IN ('HOME_VISIT', 'PHONE_VISIT'))`,
    );
    await queryRunner.query(`CREATE INDEX "consent_inquiries_to_hand_over" ON "${S}"."consent_inquiries" ("office_code", "applied_on") WHERE "handover_ledger_id" IS NULL`);
    await queryRunner.query(`CREATE INDEX "consent_inquiries_ledger" ON "${S}"."consent_inquiries" ("handover_ledger_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "${S}"."consent_inquiries_ledger"`);
    await queryRunner.query(`DROP INDEX "${S}"."consent_inquiries_to_hand_over"`);
    await queryRunner.query(`ALTER TABLE "${S}"."consent_inquiries" DROP CONSTRAINT "consent_inquiries_declined_not_handed_over"`);
    await queryRunner.query(`ALTER TABLE "${S}"."consent_inquiries" DROP COLUMN "handover_ledger_id"`);
    await queryRunner.query(`DROP TABLE "${S}"."handover_ledgers"`);
  }
}
