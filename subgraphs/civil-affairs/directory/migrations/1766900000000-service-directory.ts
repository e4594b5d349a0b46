import { MigrationInterface, QueryRunner } from "typeorm";
import { now } from "../../../../shared/clock";
import { CIVIL_AFFAIRS_SCHEMA } from "../../schema-name";
import { SHIPPED_DIRECTORIES } from "../data/shipped";
import { insertVersion, SYSTEM_PUBLISHER } from "../directory.store";
import { directoryTablesOf } from "../directory.tables";

const T = directoryTablesOf(CIVIL_AFFAIRS_SCHEMA);

/**
 * 民政局's service directory (C1, issue #9): one row per city and version date, each version a whole
 * directory (agencies, their units, categories, duties, the visit form's boxes) keyed by the version,
 * so an old version stays as it was. Loads the shipped directories (Taipei: seeds 000/001; Keelung:
 * seed 002) as not yet distributed: the distribution job hands Taipei's to the district through the
 * outbox (D3), as a publication does in its own transaction.
 */
export class ServiceDirectory1766900000000 implements MigrationInterface {
  name = "ServiceDirectory1766900000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE ${T.versions} (
      "id" uuid PRIMARY KEY,
      "city" text NOT NULL,
      "version_date" date NOT NULL,
      "printed_version" text NULL,
      "published_at" timestamptz NOT NULL,
      "published_by" text NOT NULL,
      "distributed_at" timestamptz NULL,
      UNIQUE ("city", "version_date")
    )`);
    await queryRunner.query(`CREATE TABLE ${T.agencies} (
      "version_id" uuid NOT NULL REFERENCES ${T.versions} ("id"),
      "code" text NOT NULL,
      "position" integer NOT NULL,
      "name" text NOT NULL,
      "level" text NOT NULL CHECK ("level" IN ('LOCAL', 'CENTRAL', 'NGO')),
      "phone" text NULL,
      PRIMARY KEY ("version_id", "code")
    )`);
    await queryRunner.query(`CREATE TABLE ${T.units} (
      "version_id" uuid NOT NULL,
      "code" text NOT NULL,
      "agency_code" text NOT NULL,
      "position" integer NOT NULL,
      "name" text NOT NULL,
      "phone" text NULL,
      "count" integer NULL,
      "tasks" jsonb NOT NULL,
      PRIMARY KEY ("version_id", "code"),
      FOREIGN KEY ("version_id", "agency_code") REFERENCES ${T.agencies} ("version_id", "code")
    )`);
    await queryRunner.query(`CREATE TABLE ${T.categories} (
      "version_id" uuid NOT NULL REFERENCES ${T.versions} ("id"),
      "code" text NOT NULL,
      "position" integer NOT NULL,
      "name" text NOT NULL,
      PRIMARY KEY ("version_id", "code")
    )`);
    await queryRunner.query(`CREATE TABLE ${T.duties} (
      "version_id" uuid NOT NULL,
      "position" integer NOT NULL,
      "agency_code" text NOT NULL,
      "category_code" text NOT NULL,
      "item_number" integer NULL,
      "text" text NOT NULL,
      PRIMARY KEY ("version_id", "position"),
      FOREIGN KEY ("version_id", "agency_code") REFERENCES ${T.agencies} ("version_id", "code"),
      FOREIGN KEY ("version_id", "category_code") REFERENCES ${T.categories} ("version_id", "code")
    )`);
    await queryRunner.query(`CREATE TABLE ${T.boxes} (
      "version_id" uuid NOT NULL REFERENCES ${T.versions} ("id"),
      "code" text NOT NULL,
      "box_order" integer NOT NULL,
      "label" text NOT NULL,
      "kind" text NOT NULL CHECK ("kind" IN ('REFERRAL', 'INTERNAL', 'OTHER')),
      "agency_code" text NULL,
      "unit_code" text NULL,
      "description" text NOT NULL,
      "printed_on_form" boolean NOT NULL,
      PRIMARY KEY ("version_id", "code"),
      UNIQUE ("version_id", "box_order"),
      FOREIGN KEY ("version_id", "agency_code") REFERENCES ${T.agencies} ("version_id", "code"),
      FOREIGN KEY ("version_id", "unit_code") REFERENCES ${T.units} ("version_id", "code")
    )`);
    const at = now();
    for (const directory of SHIPPED_DIRECTORIES) {
      await insertVersion(queryRunner.manager, CIVIL_AFFAIRS_SCHEMA, directory, { publishedBy: SYSTEM_PUBLISHER.subject, at, distributed: false, withoutBoxNeeds: true });
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [T.boxes, T.duties, T.categories, T.units, T.agencies, T.versions]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
