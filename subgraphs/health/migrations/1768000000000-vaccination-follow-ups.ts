import { MigrationInterface, QueryRunner } from "typeorm";
import { HEALTH_SCHEMA as S } from "../schema-name";

/**
 * Issue #12 (B4, category 3): the CDC's overdue children as health's follow-ups, and their
 * reminders. One open follow-up per child (the partial unique index: a further overdue dose of the
 * same child joins it, the feed's insert relies on it). The CHECKs keep B4's shape whoever writes:
 * a two-way reminder names whom it reached, and a referral its condition and notice.
 */
export class VaccinationFollowUps1768000000000 implements MigrationInterface {
  name = "VaccinationFollowUps1768000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "${S}"."vaccination_follow_ups" (
      "id" uuid PRIMARY KEY,
      "id_number" varchar(10) NOT NULL,
      "name" varchar(60) NOT NULL,
      "sex" varchar(8) NOT NULL CHECK ("sex" IN ('FEMALE', 'MALE')),
      "birth_date" date NOT NULL,
      "health_centre_code" varchar(8) NOT NULL,
      "household_address" varchar(200) NOT NULL,
      "mother_name" varchar(60) NULL,
      "mother_id_number" varchar(10) NULL,
      "doses" jsonb NOT NULL CHECK (jsonb_typeof("doses") = 'array'),
      "window_start" date NOT NULL,
      "window_end" date NOT NULL,
      "cdc_recorded_on" date NOT NULL,
      "screened_on" date NOT NULL,
      "status" varchar(16) NOT NULL CHECK ("status" IN ('OPEN', 'VACCINATED', 'REFERRED')),
      "outcome" varchar(24) NULL CHECK ("outcome" IN ('VACCINATED', 'REFUSED_SIGNED', 'REFUSED_NOT_SIGNED', 'NOBODY_LIVES_THERE')),
      "outcome_on" date NULL,
      "referral_condition" varchar(32) NULL CHECK ("referral_condition" IN ('A_PROTECTION_CONCERN', 'B_IN_SERVICE_OR_MISSING', 'C_REFUSED_AND_NOT_SIGNED', 'D_NOT_FOUND')),
      "referred_on" date NULL,
      "notice_key" uuid NULL,
      "created_at" timestamptz NOT NULL,
      CHECK (("outcome" IS NULL) = ("outcome_on" IS NULL)),
      CHECK (("status" = 'REFERRED') = ("referral_condition" IS NOT NULL) AND ("referral_condition" IS NULL) = ("referred_on" IS NULL) AND ("referred_on" IS NULL) = ("notice_key" IS NULL))
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "vaccination_follow_ups_open_child" ON "${S}"."vaccination_follow_ups" ("id_number") WHERE "status" = 'OPEN'`);
    await queryRunner.query(`CREATE INDEX "vaccination_follow_ups_centre" ON "${S}"."vaccination_follow_ups" ("health_centre_code", "created_at")`);
    await queryRunner.query(`CREATE TABLE "${S}"."vaccination_reminders" (
      "id" uuid PRIMARY KEY,
      "follow_up_id" uuid NOT NULL REFERENCES "${S}"."vaccination_follow_ups" ("id"),
      "reminded_on" date NOT NULL,
      "mode" varchar(16) NOT NULL CHECK ("mode" IN ('LETTER', 'SMS', 'PHONE', 'HOME_VISIT')),
      "two_way" boolean NOT NULL,
      "reached" varchar(16) NULL CHECK ("reached" IN ('PARENT', 'GRANDPARENT', 'MAIN_CARER')),
      "recorded_by" varchar(100) NOT NULL,
      "created_at" timestamptz NOT NULL,
      CHECK ("two_way" = ("reached" IS NOT NULL))
    )`);
    await queryRunner.query(`CREATE INDEX "vaccination_reminders_follow_up" ON "${S}"."vaccination_reminders" ("follow_up_id", "reminded_on")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${S}"."vaccination_reminders"`);
    await queryRunner.query(`DROP TABLE "${S}"."vaccination_follow_ups"`);
  }
}
