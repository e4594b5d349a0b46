import { MigrationInterface, QueryRunner } from "typeorm";
import { HOUSEHOLD_SCHEMA as S } from "../schema-name";

const ADDRESS_COLUMNS = (prefix: string): string => `
  "${prefix}district_code" varchar(8) NOT NULL,
  "${prefix}village" varchar(20) NOT NULL,
  "${prefix}neighbourhood" int,
  "${prefix}road" varchar(40) NOT NULL,
  "${prefix}section" int,
  "${prefix}lane" int,
  "${prefix}alley" int,
  "${prefix}number" varchar(20) NOT NULL,
  "${prefix}floor" int`;

/** Persons, households, registrations and consent inquiries (附件1). */
export class CreateHousehold1764000000000 implements MigrationInterface {
  name = "CreateHousehold1764000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "${S}"."households" (
        "id" uuid PRIMARY KEY,
        "household_number" varchar(12) NOT NULL UNIQUE,
        ${ADDRESS_COLUMNS("address_")},
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "households_district" ON "${S}"."households" ("address_district_code")`);
    await queryRunner.query(`
      CREATE TABLE "${S}"."persons" (
        "id" uuid PRIMARY KEY,
        "name" varchar(60) NOT NULL,
        "sex" varchar(6) NOT NULL,
        "birth_date" date NOT NULL,
        "id_number" varchar(10) NOT NULL,
        "id_document" varchar(24) NOT NULL,
        "origin_country" varchar(24),
        "origin_country_other" varchar(40),
        "mobile_phone" varchar(20),
        "household_id" uuid REFERENCES "${S}"."households" ("id"),
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "persons_id_number" ON "${S}"."persons" ("id_number")`);
    await queryRunner.query(`CREATE INDEX "persons_household" ON "${S}"."persons" ("household_id")`);
    await queryRunner.query(`
      CREATE TABLE "${S}"."registrations" (
        "id" uuid PRIMARY KEY,
        "case_type" varchar(24) NOT NULL,
        "registered_on" date NOT NULL,
        "office_code" varchar(8) NOT NULL,
        "registrant_id" uuid NOT NULL REFERENCES "${S}"."persons" ("id"),
        "new_immigrant_id" uuid NOT NULL REFERENCES "${S}"."persons" ("id"),
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "registrations_office" ON "${S}"."registrations" ("office_code")`);
    await queryRunner.query(`CREATE INDEX "registrations_registrant" ON "${S}"."registrations" ("registrant_id")`);
    await queryRunner.query(`CREATE INDEX "registrations_new_immigrant" ON "${S}"."registrations" ("new_immigrant_id")`);
    await queryRunner.query(`
      CREATE TABLE "${S}"."consent_inquiries" (
        "id" uuid PRIMARY KEY,
        "registration_id" uuid NOT NULL REFERENCES "${S}"."registrations" ("id"),
        "case_type" varchar(24) NOT NULL,
        "respondent_name" varchar(60) NOT NULL,
        "respondent_honorific" varchar(4) NOT NULL,
        "home_phone" varchar(20),
        "mobile_phone" varchar(20),
        "work_phone" varchar(20),
        "fax" varchar(20),
        "email" varchar(120),
        "decision" varchar(12) NOT NULL,
        "decision_other" varchar(200),
        "preferred_from" date,
        "preferred_to" date,
        "time_slot" varchar(10),
        "visit_address_is_household" boolean NOT NULL,
        ${ADDRESS_COLUMNS("visit_")},
        ${ADDRESS_COLUMNS("household_")},
        "new_immigrant_id" uuid NOT NULL REFERENCES "${S}"."persons" ("id"),
        "new_immigrant_phone" varchar(20),
        "origin_country" varchar(24) NOT NULL,
        "origin_country_other" varchar(40),
        "immigrant_consents" boolean NOT NULL,
        "immigrant_accepts_materials" boolean NOT NULL,
        "applied_on" date NOT NULL,
        "office_code" varchar(8) NOT NULL,
        "clerk_name" varchar(60) NOT NULL,
        "clerk_phone" varchar(20) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "consent_inquiries_registration" ON "${S}"."consent_inquiries" ("registration_id")`);
    await queryRunner.query(`CREATE INDEX "consent_inquiries_new_immigrant" ON "${S}"."consent_inquiries" ("new_immigrant_id")`);
    await queryRunner.query(`CREATE INDEX "consent_inquiries_office" ON "${S}"."consent_inquiries" ("office_code")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ["consent_inquiries", "registrations", "persons", "households"]) {
      await queryRunner.query(`DROP TABLE "${S}"."${table}"`);
    }
  }
}
