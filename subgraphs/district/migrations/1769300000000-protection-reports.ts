import { MigrationInterface, QueryRunner } from "typeorm";
import { DISTRICT_SCHEMA as S } from "../schema-name";

/**
 * B10 (issue #12): a child-protection report (兒少權法 art. 53/54) is an urgent report that any
 * role may file on a child, with or without a district care case: the case becomes optional, and
 * the report keeps who filed it (role and organisation, no personal data) and the child-care case
 * the filer named, for social's copy.
 */
export class ProtectionReports1769300000000 implements MigrationInterface {
  name = "ProtectionReports1769300000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${S}"."urgent_reports" ALTER COLUMN "care_case_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "${S}"."urgent_reports" ADD COLUMN "filed_by_role" varchar(40), ADD COLUMN "filed_by_org" varchar(40), ADD COLUMN "child_care_case_id" uuid`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "${S}"."urgent_reports" WHERE "care_case_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "${S}"."urgent_reports" DROP COLUMN "filed_by_role", DROP COLUMN "filed_by_org", DROP COLUMN "child_care_case_id"`);
    await queryRunner.query(`ALTER TABLE "${S}"."urgent_reports" ALTER COLUMN "care_case_id" SET NOT NULL`);
  }
}
