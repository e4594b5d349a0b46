import { MigrationInterface, QueryRunner } from "typeorm";
import { HOUSEHOLD_SCHEMA as S } from "../schema-name";

/** Issue #4: a clerk's row scope includes the persons their office registered. */
export class PersonRegisteringOffice1764400000000 implements MigrationInterface {
  name = "PersonRegisteringOffice1764400000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${S}"."persons" ADD COLUMN "registered_by_office" varchar(8)`);
    await queryRunner.query(`CREATE INDEX "persons_registered_by_office" ON "${S}"."persons" ("registered_by_office")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${S}"."persons" DROP COLUMN "registered_by_office"`);
  }
}
