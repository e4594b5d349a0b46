import { MigrationInterface, QueryRunner } from "typeorm";
import { DISTRICT_SCHEMA as S } from "../schema-name";

/** The printed form's referral boxes and their agencies when this migration was written (frozen here: a migration never reads live tables of code). */
const PRINTED_AGENCIES: readonly (readonly [string, string])[] = [
  ["SOCIAL_WELFARE_BUREAU", "taipei.social-bureau"],
  ["HEALTH_BUREAU", "taipei.health-bureau"],
  ["CIVIL_AFFAIRS_BUREAU", "taipei.civil-affairs-bureau"],
  ["LABOUR_BUREAU", "taipei.labour-bureau"],
  ["EDUCATION_BUREAU", "taipei.education-bureau"],
];

/** The partner boxes' needs the shipped Taipei directory gives them (civil-affairs' 1767050000000), for copies delivered before. */
const PARTNER_BOX_NEEDS: Readonly<Record<string, readonly string[]>> = { LABOUR_BUREAU: ["JOBS", "TRAINING"], EDUCATION_BUREAU: ["SCHOOLING"] };

interface StoredBox {
  code: string;
  needs?: string[];
  [field: string]: unknown;
}

/**
 * Issue #9 (C1): referrals are routed by the directory. A referral keeps the directory agency its
 * box reached (a partner agency's officers are scoped by it) and its target is any box code (the
 * directory's, up to 64 characters); the rows sent before name the printed boxes' agencies. The
 * district's copies of directory versions delivered before the boxes had needs get the shipped
 * partner boxes' needs, so 勞動局's and 教育局's referrals keep being refused or sent as before.
 */
export class ReferralAgencies1767000000001 implements MigrationInterface {
  name = "ReferralAgencies1767000000001";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${S}"."case_referrals" ALTER COLUMN "target" TYPE varchar(64), ADD COLUMN "agency_code" varchar(100) NULL`);
    for (const [target, agency] of PRINTED_AGENCIES) {
      await queryRunner.query(`UPDATE "${S}"."case_referrals" SET "agency_code" = $2 WHERE "target" = $1`, [target, agency]);
    }
    await queryRunner.query(`ALTER TABLE "${S}"."case_referrals" ALTER COLUMN "agency_code" SET NOT NULL`);
    const versions = (await queryRunner.query(`SELECT "id", "boxes" FROM "${S}"."service_directory_versions"`)) as { id: string; boxes: StoredBox[] | string }[];
    for (const version of versions) {
      const boxes = typeof version.boxes === "string" ? (JSON.parse(version.boxes) as StoredBox[]) : version.boxes;
      const withNeeds = boxes.map((box) => ({ ...box, needs: box.needs ?? [...(PARTNER_BOX_NEEDS[box.code] ?? [])] }));
      await queryRunner.query(`UPDATE "${S}"."service_directory_versions" SET "boxes" = $2::jsonb WHERE "id" = $1`, [version.id, JSON.stringify(withNeeds)]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${S}"."case_referrals" DROP COLUMN "agency_code", ALTER COLUMN "target" TYPE varchar(32)`);
  }
}
