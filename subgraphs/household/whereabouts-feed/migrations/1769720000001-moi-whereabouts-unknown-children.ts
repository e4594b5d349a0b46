import { MigrationInterface, QueryRunner } from "typeorm";
import { HOUSEHOLD_SCHEMA as S } from "../../schema-name";

/**
 * Issue #12 (B2, B3, B8): the children 戶政司's list of whereabouts unknown brought to social, with
 * the dates as the list gave them. One row per child, category and registration (the unique
 * index: the list carries a child until found, and only the first listing notices social); the
 * list's row id is the feed's row key (feed_rows), kept here to trace a notice to its line.
 */
export class MoiWhereaboutsUnknownChildren1769720000001 implements MigrationInterface {
  name = "MoiWhereaboutsUnknownChildren1769720000001";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "${S}"."moi_whereabouts_unknown_children" (
      "id" uuid PRIMARY KEY,
      "moi_row_id" varchar(40) NOT NULL,
      "id_number" varchar(10) NOT NULL,
      "name" varchar(60) NOT NULL,
      "sex" varchar(8) NOT NULL CHECK ("sex" IN ('FEMALE', 'MALE')),
      "birth_date" date NOT NULL,
      "household_district_code" varchar(8) NOT NULL,
      "village" varchar(20) NOT NULL,
      "category" smallint NOT NULL CHECK ("category" IN (1, 2)),
      "registering_office_code" varchar(8) NOT NULL,
      "registered_on" date NOT NULL,
      "moi_listed_on" date NOT NULL,
      "person_id" uuid NULL REFERENCES "${S}"."persons" ("id"),
      "notice_key" uuid NOT NULL,
      "feed_run_id" uuid NOT NULL,
      "created_at" timestamptz NOT NULL,
      CHECK ("registered_on" >= "birth_date" AND "moi_listed_on" >= "registered_on")
    )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "moi_whereabouts_unknown_children_once" ON "${S}"."moi_whereabouts_unknown_children" ("id_number", "category", "registered_on")`,
    );
    await queryRunner.query(`CREATE INDEX "moi_whereabouts_unknown_children_district" ON "${S}"."moi_whereabouts_unknown_children" ("household_district_code", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${S}"."moi_whereabouts_unknown_children"`);
  }
}
