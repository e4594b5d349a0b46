import { MigrationInterface, QueryRunner } from "typeorm";
import { HOUSEHOLD_SCHEMA as S } from "../schema-name";

/**
 * Issue #12, B7: 附表4, one per birth registration, and the index the monthly relay reads by (the
 * surveys not yet relayed: a pass costs what is waiting, not the table).
 */
export class TeenParentSurveys1768300000000 implements MigrationInterface {
  name = "TeenParentSurveys1768300000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "${S}"."teen_parent_surveys" (
      "id" uuid PRIMARY KEY,
      "registration_id" uuid NOT NULL UNIQUE REFERENCES "${S}"."registrations" ("id"),
      "office_code" varchar(8) NOT NULL,
      "declined" boolean NOT NULL,
      "babies" jsonb NOT NULL,
      "father" jsonb NULL,
      "mother" jsonb NULL,
      "carer" jsonb NULL,
      "household_address" jsonb NULL,
      "residence_same_as_household" boolean NULL,
      "residence_address" jsonb NULL,
      "facebook" varchar(100) NULL,
      "line_id" varchar(100) NULL,
      "other_contact" varchar(200) NULL,
      "needs" jsonb NOT NULL,
      "need_other" varchar(200) NULL,
      "services_received" jsonb NOT NULL,
      "service_other" varchar(200) NULL,
      "clerk_name" varchar(60) NOT NULL,
      "clerk_phone" varchar(40) NOT NULL,
      "referred_on" date NOT NULL,
      "relayed_at" timestamptz NULL,
      "created_at" timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX "teen_parent_surveys_office" ON "${S}"."teen_parent_surveys" ("office_code")`);
    await queryRunner.query(`CREATE INDEX "teen_parent_surveys_to_relay" ON "${S}"."teen_parent_surveys" ("referred_on") WHERE "relayed_at" IS NULL AND NOT "declined"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${S}"."teen_parent_surveys"`);
  }
}
