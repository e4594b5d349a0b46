import { MigrationInterface, QueryRunner } from "typeorm";
import { HOUSEHOLD_SCHEMA as S } from "../../schema-name";

/** Issue #12 (B2): the key of the office's follow-up request to the district, and the district's reply on the record. */
export class ExOfficioFollowUp1769100000001 implements MigrationInterface {
  name = "ExOfficioFollowUp1769100000001";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "${S}"."ex_officio_records" ADD COLUMN "follow_up_request_key" uuid`);
    await queryRunner.query(`
      CREATE TABLE "${S}"."ex_officio_follow_up_replies" (
        "id" uuid PRIMARY KEY,
        "client_key" varchar(100) NOT NULL,
        "record_id" uuid NOT NULL UNIQUE,
        "follow_up_request_id" uuid NOT NULL,
        "met" boolean NOT NULL,
        "followed_up_on" date NOT NULL,
        "whereabouts" varchar(200),
        "note" text,
        "received_at" timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${S}"."ex_officio_follow_up_replies"`);
    await queryRunner.query(`ALTER TABLE "${S}"."ex_officio_records" DROP COLUMN "follow_up_request_key"`);
  }
}
