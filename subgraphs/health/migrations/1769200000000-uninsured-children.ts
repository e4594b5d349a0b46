import { MigrationInterface, QueryRunner } from "typeorm";
import { HEALTH_SCHEMA as S } from "../schema-name";

/**
 * Issue #12 (B5, category 4): the children the NHIA lists as uninsured for over a year, with the
 * start date as the NHIA gave it. One row per child and start date (the unique index: the NHIA
 * lists a child on each list until insured, and only the first listing notices social); a new
 * period of being uninsured is a new row, and a new notice.
 */
export class UninsuredChildren1769200000000 implements MigrationInterface {
  name = "UninsuredChildren1769200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "${S}"."uninsured_children" (
      "id" uuid PRIMARY KEY,
      "id_number" varchar(10) NOT NULL,
      "name" varchar(60) NOT NULL,
      "sex" varchar(8) NOT NULL CHECK ("sex" IN ('FEMALE', 'MALE')),
      "birth_date" date NOT NULL,
      "health_centre_code" varchar(8) NOT NULL,
      "mother_name" varchar(60) NULL,
      "mother_id_number" varchar(10) NULL,
      "uninsured_since" date NOT NULL,
      "nhia_row_id" varchar(40) NOT NULL,
      "nhia_listed_on" date NOT NULL,
      "last_listed_on" date NOT NULL,
      "notice_key" uuid NOT NULL,
      "created_at" timestamptz NOT NULL,
      CHECK ("uninsured_since" >= "birth_date" AND "nhia_listed_on" >= "uninsured_since" AND "last_listed_on" >= "nhia_listed_on")
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uninsured_children_child_since" ON "${S}"."uninsured_children" ("id_number", "uninsured_since")`);
    await queryRunner.query(`CREATE INDEX "uninsured_children_centre" ON "${S}"."uninsured_children" ("health_centre_code", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${S}"."uninsured_children"`);
  }
}
