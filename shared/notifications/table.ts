import type { MigrationInterface, QueryRunner } from "typeorm";
import { quotedSchema } from "../audit/table";

/**
 * In-platform notifications of one agency (issue #8), in its own schema (D1). A row is addressed to
 * one user (the token subject) or to a unit (an organisation and the role that works there: the
 * 人文課 of a district, not its 里幹事). It names the kind and the entity only, never the entity's
 * data: the text a client shows is built from the kind, the details are read under the entity's policy.
 * `dedupe_key` makes every writer idempotent (a retried intake, a repeated pass): one row per event
 * and recipient.
 */
export const NOTIFICATIONS_TABLE = "notifications";

export function notificationsTableOf(schema: string): string {
  return `${quotedSchema(schema)}."${NOTIFICATIONS_TABLE}"`;
}

export function notificationsMigrationQueries(schema: string): string[] {
  const table = notificationsTableOf(schema);
  return [
    `CREATE TABLE ${table} (
      "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      "recipient_subject" text NULL,
      "recipient_org" text NULL,
      "recipient_role" text NULL,
      "kind" text NOT NULL,
      "subject_type" text NOT NULL,
      "subject_id" text NOT NULL,
      "step" text NULL,
      "dedupe_key" text NOT NULL,
      "created_at" timestamptz NOT NULL,
      "seen_at" timestamptz NULL,
      CONSTRAINT "notifications_one_recipient" CHECK (
        ("recipient_subject" IS NOT NULL AND "recipient_org" IS NULL AND "recipient_role" IS NULL)
        OR ("recipient_subject" IS NULL AND "recipient_org" IS NOT NULL AND "recipient_role" IS NOT NULL)
      ),
      CONSTRAINT "notifications_dedupe" UNIQUE ("dedupe_key")
    )`,
    // The caller's list (newest first): one index per kind of recipient, so the OR of the two is a BitmapOr.
    `CREATE INDEX "notifications_user" ON ${table} ("recipient_subject", "created_at") WHERE "recipient_subject" IS NOT NULL`,
    `CREATE INDEX "notifications_unit" ON ${table} ("recipient_org", "recipient_role", "created_at") WHERE "recipient_org" IS NOT NULL`,
  ];
}

/** The notifications table of one subgraph, as a TypeORM migration class (like `deadlinesMigration`). */
export function notificationsMigration(schema: string): new () => MigrationInterface {
  return class NotificationsMigration implements MigrationInterface {
    name = "Notifications1765000000000";

    async up(queryRunner: QueryRunner): Promise<void> {
      for (const query of notificationsMigrationQueries(schema)) {
        await queryRunner.query(query);
      }
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`DROP TABLE ${notificationsTableOf(schema)}`);
    }
  };
}
