import { MigrationInterface, QueryRunner } from "typeorm";
import { HEALTH_SCHEMA as S } from "../schema-name";

/**
 * Issue #7: every receiving agency keeps its service contacts in `service_records` (the receiving
 * kit's name, already social's), so one kit, one report query and one reset list serve them all.
 */
export class ServiceRecords1765000000000 implements MigrationInterface {
  name = "ServiceRecords1765000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${S}"."service_contacts" RENAME TO "service_records"`);
    await queryRunner.query(`ALTER INDEX "${S}"."service_contacts_referral" RENAME TO "service_records_referral"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER INDEX "${S}"."service_records_referral" RENAME TO "service_contacts_referral"`);
    await queryRunner.query(`ALTER TABLE "${S}"."service_records" RENAME TO "service_contacts"`);
  }
}
