import { MigrationInterface, QueryRunner } from "typeorm";
import { POLICE_SCHEMA as S } from "../schema-name";

/** The police (issue #12; B2, B3, B9): the search requests sent to a precinct, with the police's own copy of the child and whom to contact (D3). */
export class CreatePolice1768200000000 implements MigrationInterface {
  name = "CreatePolice1768200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "${S}"."search_requests" (
        "id" uuid PRIMARY KEY,
        "client_key" varchar(100) NOT NULL,
        "reason" varchar(32) NOT NULL,
        "requester_agency" varchar(12) NOT NULL,
        "requester_reference" varchar(100) NOT NULL,
        "requester_org" varchar(40) NOT NULL,
        "person_id" uuid,
        "child_id_number" varchar(10),
        "child_name" varchar(60),
        "child_birth_date" date,
        "child_sex" varchar(6),
        "mother_name" varchar(60),
        "mother_id_number" varchar(10),
        "contacts" jsonb NOT NULL,
        "household_district_code" varchar(8) NOT NULL,
        "precinct_codes" text[] NOT NULL,
        "requested_on" date NOT NULL,
        "received_at" timestamptz NOT NULL,
        "status" varchar(12) NOT NULL,
        "visited_on" date,
        "visit_note" text,
        "outcome" varchar(12),
        "result_on" date,
        "found_address" varchar(200),
        "found_contact_name" varchar(60),
        "found_contact_phone" varchar(20),
        "officer_name" varchar(60),
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "search_requests_client_key" ON "${S}"."search_requests" ("client_key")`);
    await queryRunner.query(`CREATE INDEX "search_requests_person" ON "${S}"."search_requests" ("person_id")`);
    // The officers' row scope: the requests whose precincts include theirs.
    await queryRunner.query(`CREATE INDEX "search_requests_precincts" ON "${S}"."search_requests" USING gin ("precinct_codes")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${S}"."search_requests"`);
  }
}
