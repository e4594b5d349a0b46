import { MigrationInterface, QueryRunner } from "typeorm";
import { outboxTableOf } from "../../../../shared/outbox/table";
import { HOUSEHOLD_SCHEMA as S } from "../../schema-name";

/**
 * Issue #12 (B2): an ex-officio record saved before 1769100000001 sent its follow-up request to
 * the district (its outbox row, whose id is the request's key at the district, D3) but kept no
 * key, so the district's reply to it was refused (BAD_USER_INPUT). Each such record takes the key
 * of the request it sent, found by the request's `requesterReference` (the record's id): the
 * district's reply names that key, so it is the only right one. Deterministic (the earliest such
 * row, should there be several) and idempotent (only records still without a key). A record whose
 * request was never sent (whereabouts known, or abroad) has no key to take and keeps none.
 * Nothing to undo: the keys are the requests' own, as a record saved today would hold them.
 */
export class ExOfficioFollowUpKeys1769705000000 implements MigrationInterface {
  name = "ExOfficioFollowUpKeys1769705000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE "${S}"."ex_officio_records" AS "record" SET "follow_up_request_key" = "sent"."id"
        FROM (
          SELECT DISTINCT ON ("o"."payload" -> 'input' ->> 'requesterReference') "o"."payload" -> 'input' ->> 'requesterReference' AS "record_id", "o"."id"
            FROM ${outboxTableOf(S)} "o"
           WHERE "o"."kind" = 'follow-up-request' AND "o"."payload" -> 'input' ->> 'requesterAgency' = 'HOUSEHOLD'
           ORDER BY "o"."payload" -> 'input' ->> 'requesterReference', "o"."created_at", "o"."id"
        ) AS "sent"
       WHERE "sent"."record_id" = "record"."id"::text AND "record"."follow_up_request_key" IS NULL`);
  }

  async down(): Promise<void> {
    // The keys are the requests' own: leaving them is what the code before this migration would hold for a new record.
  }
}
