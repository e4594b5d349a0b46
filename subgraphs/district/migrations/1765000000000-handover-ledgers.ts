import { MigrationInterface, QueryRunner } from "typeorm";
import { DISTRICT_SCHEMA as S } from "../schema-name";

/**
 * Issue #8, A4: the district's side of 附件3: the ledger as received (keyed by household's ledger id,
 * stored once per client key: D3) with the district's seal, and the cases it opened.
 */
export class HandoverLedgers1765000000000 implements MigrationInterface {
  name = "HandoverLedgers1765000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "${S}"."handover_ledgers" (
        "id" uuid PRIMARY KEY,
        "client_key" varchar(100) NOT NULL UNIQUE,
        "office_code" varchar(8) NOT NULL,
        "receiving_district_code" varchar(8) NOT NULL,
        "ledger_date" date NOT NULL,
        "form_count" integer NOT NULL CHECK ("form_count" > 0),
        "handed_over_at" timestamptz NOT NULL,
        "received_at" timestamptz NOT NULL,
        "acknowledged_by" varchar(64),
        "acknowledged_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CHECK (("acknowledged_by" IS NULL) = ("acknowledged_at" IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX "handover_ledgers_district" ON "${S}"."handover_ledgers" ("receiving_district_code", "ledger_date")`);
    await queryRunner.query(`ALTER TABLE "${S}"."care_cases" ADD COLUMN "handover_ledger_id" uuid NULL REFERENCES "${S}"."handover_ledgers" ("id")`);
    await queryRunner.query(`CREATE INDEX "care_cases_handover_ledger" ON "${S}"."care_cases" ("handover_ledger_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "${S}"."care_cases_handover_ledger"`);
    await queryRunner.query(`ALTER TABLE "${S}"."care_cases" DROP COLUMN "handover_ledger_id"`);
    await queryRunner.query(`DROP TABLE "${S}"."handover_ledgers"`);
  }
}
