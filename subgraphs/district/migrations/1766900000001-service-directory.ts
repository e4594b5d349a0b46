import { MigrationInterface, QueryRunner } from "typeorm";
import { DISTRICT_SCHEMA as S } from "../schema-name";

/**
 * Issue #9, C1 (D1, D3): the district's own copy of each version of its city's directory that 民政局
 * delivered — the visit form's boxes (附件4) with whom a tick reaches — once per delivery key. The
 * version in force on a day is the latest received with a version date on or before it.
 */
export class ServiceDirectory1766900000001 implements MigrationInterface {
  name = "ServiceDirectory1766900000001";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "${S}"."service_directory_versions" (
      "id" uuid PRIMARY KEY,
      "client_key" varchar(100) NOT NULL UNIQUE,
      "city" text NOT NULL,
      "version_date" date NOT NULL,
      "boxes" jsonb NOT NULL,
      "received_at" timestamptz NOT NULL,
      UNIQUE ("city", "version_date")
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${S}"."service_directory_versions"`);
  }
}
