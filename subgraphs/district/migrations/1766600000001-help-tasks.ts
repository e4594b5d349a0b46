import { MigrationInterface, QueryRunner } from "typeorm";
import { DISTRICT_SCHEMA as S } from "../schema-name";

/**
 * Issue #9 (A9, A5): the district's own help ticked on 附件4 (社會課, 人文課) as tasks of the
 * district that must give it; listed by that district and state, and by case.
 */
export class HelpTasks1766600000001 implements MigrationInterface {
  name = "HelpTasks1766600000001";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "${S}"."help_tasks" (
        "id" uuid PRIMARY KEY,
        "care_case_id" uuid NOT NULL,
        "person_id" uuid NOT NULL,
        "kind" varchar(24) NOT NULL,
        "assigned_district_code" varchar(8) NOT NULL,
        "state" varchar(8) NOT NULL,
        "done_on" date,
        "note" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        UNIQUE ("care_case_id", "kind")
      )`);
    await queryRunner.query(`CREATE INDEX "help_tasks_district_state" ON "${S}"."help_tasks" ("assigned_district_code", "state")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${S}"."help_tasks"`);
  }
}
