import { MigrationInterface, QueryRunner } from "typeorm";
import { HOUSEHOLD_SCHEMA as S } from "../schema-name";

/** Issue #4: the row scopes (scope.ts) look consent inquiries up by visit and household district. */
export class ScopeIndexes1764600000000 implements MigrationInterface {
  name = "ScopeIndexes1764600000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "consent_inquiries_visit_area" ON "${S}"."consent_inquiries" ("visit_district_code", "visit_village")`);
    await queryRunner.query(`CREATE INDEX "consent_inquiries_household_district" ON "${S}"."consent_inquiries" ("household_district_code")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "${S}"."consent_inquiries_visit_area"`);
    await queryRunner.query(`DROP INDEX "${S}"."consent_inquiries_household_district"`);
  }
}
