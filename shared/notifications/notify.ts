import type { EntityManager } from "typeorm";
import type { Recipient } from "./recipient";
import { notificationsTableOf } from "./table";

/** One event for one recipient; `event` names the event (e.g. the case id), for the dedupe key. */
export interface NewNotification {
  readonly recipient: Recipient;
  readonly kind: string;
  readonly subjectType: string;
  readonly subjectId: string;
  readonly step?: string | null;
  readonly event: string;
}

function recipientKey(recipient: Recipient): string {
  return "subject" in recipient ? `user:${recipient.subject}` : `unit:${recipient.org}:${recipient.role}`;
}

/**
 * Writes notifications inside the caller's transaction (`manager`), so they exist exactly when the
 * event that causes them committed (issue #8). Idempotent: the same event for the same recipient is
 * written once (a retried hand-over returns the stored case and notifies nobody again).
 */
export async function notify(manager: Pick<EntityManager, "query">, schema: string, createdAt: Date, notifications: readonly NewNotification[]): Promise<void> {
  if (notifications.length === 0) {
    return;
  }
  const subjects = notifications.map((n) => ("subject" in n.recipient ? n.recipient.subject : null));
  const orgs = notifications.map((n) => ("org" in n.recipient ? n.recipient.org : null));
  const roles = notifications.map((n) => ("role" in n.recipient ? n.recipient.role : null));
  await manager.query(
    `INSERT INTO ${notificationsTableOf(schema)}
       ("recipient_subject", "recipient_org", "recipient_role", "kind", "subject_type", "subject_id", "step", "dedupe_key", "created_at")
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]),
            LATERAL (SELECT $9::timestamptz) AS "at"
     ON CONFLICT ("dedupe_key") DO NOTHING`,
    [
      subjects,
      orgs,
      roles,
      notifications.map((n) => n.kind),
      notifications.map((n) => n.subjectType),
      notifications.map((n) => n.subjectId),
      notifications.map((n) => n.step ?? null),
      notifications.map((n) => `${n.kind}:${n.event}:${recipientKey(n.recipient)}`),
      createdAt.toISOString(),
    ],
  );
}
