import { MigrationInterface, QueryRunner } from "typeorm";
import { HOUSEHOLD_SCHEMA as S } from "../schema-name";

/**
 * Issue #13: a person's household district, on the person's row. A district's list of persons and
 * its `totalCount` (the row scope "residents of the district", the filter "in district X") joined
 * every person to their household: for 中正區's 3,835 households a nested loop of ~19 ms per page,
 * the largest part of a page's PostgreSQL time. Kept by triggers, not by the code that writes, so
 * every way a person or a household is written — a registration, an ex-officio record, the demo
 * loader's bulk insert — keeps it: a person takes their household's district when written, and a
 * household's persons follow when its district changes. The index serves the count and the page
 * (keyset by id) of a district's persons without reading the table.
 */
export class PersonHouseholdDistrict1770100000000 implements MigrationInterface {
  name = "PersonHouseholdDistrict1770100000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${S}"."persons" ADD COLUMN "household_district_code" varchar(8) NULL`);
    await queryRunner.query(`UPDATE "${S}"."persons" AS p SET "household_district_code" = h."address_district_code" FROM "${S}"."households" AS h WHERE h."id" = p."household_id"`);
    await queryRunner.query(`CREATE FUNCTION "${S}"."person_household_district"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW."household_district_code" := (SELECT h."address_district_code" FROM "${S}"."households" AS h WHERE h."id" = NEW."household_id");
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "persons_household_district" BEFORE INSERT OR UPDATE OF "household_id" ON "${S}"."persons"
      FOR EACH ROW EXECUTE FUNCTION "${S}"."person_household_district"()`);
    await queryRunner.query(`CREATE FUNCTION "${S}"."household_district_to_persons"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE "${S}"."persons" SET "household_district_code" = NEW."address_district_code" WHERE "household_id" = NEW."id";
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "households_district_to_persons" AFTER UPDATE OF "address_district_code" ON "${S}"."households"
      FOR EACH ROW WHEN (OLD."address_district_code" IS DISTINCT FROM NEW."address_district_code") EXECUTE FUNCTION "${S}"."household_district_to_persons"()`);
    await queryRunner.query(`CREATE INDEX "persons_household_district" ON "${S}"."persons" ("household_district_code", "id") INCLUDE ("origin_country")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "${S}"."persons_household_district"`);
    await queryRunner.query(`DROP TRIGGER "households_district_to_persons" ON "${S}"."households"`);
    await queryRunner.query(`DROP FUNCTION "${S}"."household_district_to_persons"()`);
    await queryRunner.query(`DROP TRIGGER "persons_household_district" ON "${S}"."persons"`);
    await queryRunner.query(`DROP FUNCTION "${S}"."person_household_district"()`);
    await queryRunner.query(`ALTER TABLE "${S}"."persons" DROP COLUMN "household_district_code"`);
  }
}
