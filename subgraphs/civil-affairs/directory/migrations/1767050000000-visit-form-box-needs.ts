import { MigrationInterface, QueryRunner } from "typeorm";
import { CIVIL_AFFAIRS_SCHEMA } from "../../schema-name";
import { SHIPPED_DIRECTORIES } from "../data/shipped";
import { directoryTablesOf } from "../directory.tables";

const T = directoryTablesOf(CIVIL_AFFAIRS_SCHEMA);

/**
 * Issue #9 (C1): a visit-form box names the needs a referral carries to an agency without a
 * subgraph of its own (勞動局: JOBS, TRAINING), so routes are read from the directory and an agency
 * the city adds is referable with no code change. The shipped versions get their boxes' needs from
 * the shipped data; published versions had none to give.
 */
export class VisitFormBoxNeeds1767050000000 implements MigrationInterface {
  name = "VisitFormBoxNeeds1767050000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ${T.boxes} ADD COLUMN "needs" jsonb NOT NULL DEFAULT '[]'::jsonb`);
    for (const directory of SHIPPED_DIRECTORIES) {
      for (const box of directory.visitFormBoxes.filter((candidate) => candidate.needs.length > 0)) {
        await queryRunner.query(
          `UPDATE ${T.boxes} SET "needs" = $1::jsonb WHERE "code" = $2
             AND "version_id" IN (SELECT "id" FROM ${T.versions} WHERE "city" = $3 AND "version_date" = $4::date)`,
          [JSON.stringify(box.needs), box.code, directory.version.city, directory.version.versionDate],
        );
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ${T.boxes} DROP COLUMN "needs"`);
  }
}
