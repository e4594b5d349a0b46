import { MigrationInterface, QueryRunner } from "typeorm";
import { SOCIAL_SCHEMA as S } from "../schema-name";

/** Issue #12 (B9): the answers to a unit's requests on a case — the district's follow-up, the police's NOT_FOUND — one per request. */
export class ChildCareReplies1769100000002 implements MigrationInterface {
  name = "ChildCareReplies1769100000002";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "${S}"."child_care_replies" (
        "id" uuid PRIMARY KEY,
        "client_key" varchar(100) NOT NULL UNIQUE,
        "case_id" uuid NOT NULL,
        "request_id" uuid NOT NULL UNIQUE,
        "request_kind" varchar(20) NOT NULL,
        "outcome" varchar(12) NOT NULL,
        "replied_on" date NOT NULL,
        "whereabouts" varchar(200),
        "note" text,
        "received_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "child_care_replies_case" ON "${S}"."child_care_replies" ("case_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${S}"."child_care_replies"`);
  }
}
