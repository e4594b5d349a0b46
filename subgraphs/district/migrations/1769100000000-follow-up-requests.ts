import { MigrationInterface, QueryRunner } from "typeorm";
import { DISTRICT_SCHEMA as S } from "../schema-name";

/**
 * Issue #12 (B2, B9): the requests to the district office to follow a child up (村里長或村里幹事追蹤),
 * with the district's own copy of the child and whom to contact (D3), the assignment and the follow-up.
 */
export class FollowUpRequests1769100000000 implements MigrationInterface {
  name = "FollowUpRequests1769100000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "${S}"."follow_up_requests" (
        "id" uuid PRIMARY KEY,
        "client_key" varchar(100) NOT NULL,
        "reason" varchar(32),
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
        "requested_on" date NOT NULL,
        "received_at" timestamptz NOT NULL,
        "status" varchar(12) NOT NULL,
        "assigned_officer_id" varchar(64),
        "assigned_officer_name" varchar(60),
        "met" boolean,
        "followed_up_on" date,
        "whereabouts" varchar(200),
        "note" text,
        "recorded_by" varchar(60),
        "replied_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "follow_up_requests_client_key" ON "${S}"."follow_up_requests" ("client_key")`);
    // The row scopes: 人文課 by its district, the 里幹事 by the district and their assignment.
    await queryRunner.query(`CREATE INDEX "follow_up_requests_district" ON "${S}"."follow_up_requests" ("household_district_code", "assigned_officer_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${S}"."follow_up_requests"`);
  }
}
