import { MigrationInterface, QueryRunner } from "typeorm";
import { DISTRICT_SCHEMA as S } from "../schema-name";

/** What a moved 服務概況 text starts with in 辦理情形, so down() can move it back. */
const SUMMARY_MARK = "服務概況：";

/**
 * Issue #9 (A8): 附件4 is signed level by level and then filed.
 * - visit_records gets its state (DRAFT, SIGNING, FILED), the levels that must sign (the district's
 *   when handed in) and the referrals to send at filing; filed_on is empty until filed. Existing
 *   records were filed: FILED, and their required levels are the ones that signed.
 * - Their signed_off_by becomes signatures (visit_record_signatures) in the same order, without
 *   the name and time the old column never had.
 * - sign_off_levels: the levels each district uses (none: all six).
 * - 服務概況 is the column over the outcome boxes (DOMAIN.md A8 erratum), not a free field: any
 *   text in service_summary moves into handling (辦理情形, what the district did at and after the
 *   visit, which is what those texts say), marked, after what handling held.
 * No foreign keys to visit_records, as for case_referrals: the demo reset empties the tables itself.
 */
export class VisitRecordSignOff1766600000000 implements MigrationInterface {
  name = "VisitRecordSignOff1766600000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${S}"."visit_records"
      ADD COLUMN "state" varchar(8) NOT NULL DEFAULT 'FILED',
      ADD COLUMN "required_levels" text[] NOT NULL DEFAULT '{}',
      ADD COLUMN "planned_referrals" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`UPDATE "${S}"."visit_records" SET "required_levels" = "signed_off_by"`);
    await queryRunner.query(`ALTER TABLE "${S}"."visit_records"
      ALTER COLUMN "state" DROP DEFAULT, ALTER COLUMN "required_levels" DROP DEFAULT, ALTER COLUMN "planned_referrals" DROP DEFAULT,
      ALTER COLUMN "filed_on" DROP NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE "${S}"."visit_record_signatures" (
        "visit_record_id" uuid NOT NULL,
        "level" varchar(24) NOT NULL,
        "position" int NOT NULL,
        "signer_name" varchar(60),
        "signed_at" timestamptz,
        PRIMARY KEY ("visit_record_id", "level")
      )`);
    await queryRunner.query(`
      INSERT INTO "${S}"."visit_record_signatures" ("visit_record_id", "level", "position")
      SELECT vr."id", signed."level", signed."ordinal" - 1
      FROM "${S}"."visit_records" vr, unnest(vr."signed_off_by") WITH ORDINALITY AS signed("level", "ordinal")`);
    await queryRunner.query(`ALTER TABLE "${S}"."visit_records" DROP COLUMN "signed_off_by"`);
    await queryRunner.query(
      `UPDATE "${S}"."visit_records"
       SET "handling" = CASE WHEN "handling" IS NULL THEN $1 || "service_summary" ELSE "handling" || E'\\n' || $1 || "service_summary" END
       WHERE "service_summary" IS NOT NULL`,
      [SUMMARY_MARK],
    );
    await queryRunner.query(`ALTER TABLE "${S}"."visit_records" DROP COLUMN "service_summary"`);
    await queryRunner.query(`
      CREATE TABLE "${S}"."sign_off_levels" (
        "district_code" varchar(8) PRIMARY KEY,
        "levels" text[] NOT NULL,
        "updated_by" varchar(64) NOT NULL,
        "updated_at" timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const [{ count }] = (await queryRunner.query(`SELECT count(*)::int AS "count" FROM "${S}"."visit_records" WHERE "state" <> 'FILED'`)) as { count: number }[];
    if (count > 0) {
      // The old table has no place for a record not yet filed: refuse rather than lose it.
      throw new Error(`${count} visit records are not filed yet: file them before reverting issue #9's sign-off`);
    }
    await queryRunner.query(`DROP TABLE "${S}"."sign_off_levels"`);
    await queryRunner.query(`ALTER TABLE "${S}"."visit_records" ADD COLUMN "service_summary" text`);
    await queryRunner.query(
      `UPDATE "${S}"."visit_records"
       SET "service_summary" = substring("handling" FROM position($1 IN "handling") + char_length($1)),
           "handling" = NULLIF(rtrim(substring("handling" FROM 1 FOR position($1 IN "handling") - 1), E'\\n'), '')
       WHERE position($1 IN "handling") > 0`,
      [SUMMARY_MARK],
    );
    await queryRunner.query(`ALTER TABLE "${S}"."visit_records" ADD COLUMN "signed_off_by" text[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`
      UPDATE "${S}"."visit_records" vr
      SET "signed_off_by" = (SELECT array_agg(s."level" ORDER BY s."position") FROM "${S}"."visit_record_signatures" s WHERE s."visit_record_id" = vr."id")
      WHERE EXISTS (SELECT 1 FROM "${S}"."visit_record_signatures" s WHERE s."visit_record_id" = vr."id")`);
    await queryRunner.query(`DROP TABLE "${S}"."visit_record_signatures"`);
    await queryRunner.query(`ALTER TABLE "${S}"."visit_records"
      DROP COLUMN "planned_referrals", DROP COLUMN "required_levels", DROP COLUMN "state",
      ALTER COLUMN "filed_on" SET NOT NULL`);
  }
}
