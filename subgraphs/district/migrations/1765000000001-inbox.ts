import { MigrationInterface, QueryRunner } from "typeorm";
import { notificationsMigrationQueries, notificationsTableOf } from "../../../shared/notifications/table";
import { DISTRICT_SCHEMA as S } from "../schema-name";

/**
 * Issue #8: the district's notifications, and the indexes its inbox and the overdue hook read by:
 * - care_cases_household_district: 人文課's inbox scope is "visit OR household district" (A5), so
 *   the OR of two index scans (care_cases_visit_district being the other);
 * - deadline_breaches_detected_at: the pass's hook takes the breaches it just detected.
 */
export class DistrictInbox1765000000001 implements MigrationInterface {
  name = "DistrictInbox1765000000001";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const query of notificationsMigrationQueries(S)) {
      await queryRunner.query(query);
    }
    await queryRunner.query(`CREATE INDEX "care_cases_household_district" ON "${S}"."care_cases" ("household_district_code", "id")`);
    await queryRunner.query(`CREATE INDEX "deadline_breaches_detected_at" ON "${S}"."deadline_breaches" ("detected_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "${S}"."deadline_breaches_detected_at"`);
    await queryRunner.query(`DROP INDEX "${S}"."care_cases_household_district"`);
    await queryRunner.query(`DROP TABLE ${notificationsTableOf(S)}`);
  }
}
