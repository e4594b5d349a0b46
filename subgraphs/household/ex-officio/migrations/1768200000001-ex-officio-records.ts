import { MigrationInterface, QueryRunner } from "typeorm";
import { HOUSEHOLD_SCHEMA as S } from "../../schema-name";

/** Issue #12 (B2, B3): the office's ex-officio births and moves, with the investigation and the police's reply. */
export class ExOfficioRecords1768200000001 implements MigrationInterface {
  name = "ExOfficioRecords1768200000001";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "${S}"."ex_officio_records" (
        "id" uuid PRIMARY KEY,
        "kind" varchar(8) NOT NULL,
        "person_id" uuid NOT NULL REFERENCES "${S}"."persons" ("id"),
        "office_code" varchar(8) NOT NULL,
        "household_district_code" varchar(8) NOT NULL,
        "recorded_on" date NOT NULL,
        "investigation" text,
        "whereabouts" varchar(8) NOT NULL,
        "left_country" boolean NOT NULL,
        "nhia_contact_address" varchar(200),
        "relatives_queried" text[] NOT NULL,
        "mother_name" varchar(60),
        "mother_id_number" varchar(10),
        "contacts" jsonb NOT NULL,
        "search_request_key" uuid,
        "search_reply_key" varchar(100),
        "search_request_id" uuid,
        "search_outcome" varchar(12),
        "search_result_on" date,
        "found_address" varchar(200),
        "found_contact_name" varchar(60),
        "found_contact_phone" varchar(20),
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "ex_officio_records_person" ON "${S}"."ex_officio_records" ("person_id")`);
    await queryRunner.query(`CREATE INDEX "ex_officio_records_office" ON "${S}"."ex_officio_records" ("office_code")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${S}"."ex_officio_records"`);
  }
}
