import { MigrationInterface, QueryRunner } from "typeorm";
import { CIVIL_AFFAIRS_SCHEMA as S } from "../schema-name";

/**
 * Issue #12, B7: the surveys (附表4) household relays monthly, as 民政局 holds them until they are
 * forwarded to social; the month is the batch (its counts are read by month).
 */
export class TeenParentSurveys1768300000001 implements MigrationInterface {
  name = "TeenParentSurveys1768300000001";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "${S}"."teen_parent_surveys" (
      "id" uuid PRIMARY KEY,
      "client_key" varchar(100) NOT NULL UNIQUE,
      "month" varchar(7) NOT NULL,
      "office_code" varchar(8) NOT NULL,
      "survey_id" uuid NOT NULL UNIQUE,
      "baby_count" int NOT NULL,
      "notice_count" int NOT NULL,
      "referred_on" date NOT NULL,
      "answers" jsonb NOT NULL,
      "received_at" timestamptz NOT NULL DEFAULT now()
    )`);
    await queryRunner.query(`CREATE INDEX "teen_parent_surveys_month" ON "${S}"."teen_parent_surveys" ("month", "office_code")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${S}"."teen_parent_surveys"`);
  }
}
