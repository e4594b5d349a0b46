import { MigrationInterface, QueryRunner } from "typeorm";
import { HOUSEHOLD_SCHEMA as S } from "../schema-name";

/** The address columns that gain the 之 of a floor (5樓之1, issue #9): every address in parts. */
const FLOOR_UNIT_COLUMNS: readonly (readonly [table: string, prefix: string])[] = [
  ["households", "address_"],
  ["consent_inquiries", "visit_"],
  ["consent_inquiries", "household_"],
];

/**
 * Issue #9, 附件1 as seed 000 prints it (DOMAIN.md A1, A2 and their erratum):
 * - the decision has three boxes; `OTHER` goes. An OTHER row cannot be mapped honestly — its text
 *   might mean a phone visit, a later call or a refusal, and R3 makes the respondent's mark
 *   authoritative — so the migration refuses to run while one exists: the office asks the family
 *   again and corrects the row first. The old free text column becomes the office block's own
 *   "4.其他" line (it is null on every non-OTHER row, so nothing is carried over by mistake).
 * - the new immigrant's own contact address (聯絡地址, one printed line, any city) and, for a phone
 *   visit, the city the family lives in when it is not Taipei (R4);
 * - A1's trigger: who the new immigrant is to the registration, and the welcome handbook given.
 */
export class ConsentFormAsPrinted1766400000000 implements MigrationInterface {
  name = "ConsentFormAsPrinted1766400000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const rows: { count: string | number }[] = await queryRunner.query(
      `SELECT count(*) AS "count" FROM "${S}"."consent_inquiries" WHERE "decision" = 'OTHER'`,
    );
    const others = Number(rows[0]?.count ?? 0);
    if (others > 0) {
      throw new Error(
        `${others} consent inquiries have the decision OTHER, which 附件1 does not have (issue #9). ` +
          "Ask each family again and set the decision to HOME_VISIT, DECLINED or PHONE_VISIT, then run the migration again.",
      );
    }
    await queryRunner.query(`ALTER TABLE "${S}"."consent_inquiries" RENAME COLUMN "decision_other" TO "office_remarks"`);
    await queryRunner.query(`ALTER TABLE "${S}"."consent_inquiries"
      ADD COLUMN "contact_address" varchar(120) NULL,
      ADD COLUMN "residence_city" varchar(8) NULL,
      ADD CONSTRAINT "consent_inquiries_decision" CHECK ("decision" IN ('HOME_VISIT', 'DECLINED', 'PHONE_VISIT'))`);
    for (const [table, prefix] of FLOOR_UNIT_COLUMNS) {
      await queryRunner.query(`ALTER TABLE "${S}"."${table}" ADD COLUMN "${prefix}floor_unit" int NULL`);
    }
    // Rows recorded before issue #9 did not say who the new immigrant was: null, not a guess.
    await queryRunner.query(`ALTER TABLE "${S}"."registrations"
      ADD COLUMN "new_immigrant_relation" varchar(20) NULL,
      ADD COLUMN "welcome_handbook" varchar(4) NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${S}"."registrations" DROP COLUMN "welcome_handbook", DROP COLUMN "new_immigrant_relation"`);
    for (const [table, prefix] of FLOOR_UNIT_COLUMNS) {
      await queryRunner.query(`ALTER TABLE "${S}"."${table}" DROP COLUMN "${prefix}floor_unit"`);
    }
    await queryRunner.query(`ALTER TABLE "${S}"."consent_inquiries"
      DROP CONSTRAINT "consent_inquiries_decision",
      DROP COLUMN "residence_city",
      DROP COLUMN "contact_address"`);
    await queryRunner.query(`ALTER TABLE "${S}"."consent_inquiries" RENAME COLUMN "office_remarks" TO "decision_other"`);
  }
}
