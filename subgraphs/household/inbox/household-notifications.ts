import type { EntityManager } from "typeorm";
import { Role } from "../../../shared/auth/roles";
import { DeadlineState } from "../../../shared/deadlines/state";
import { notificationTypeOf } from "../../../shared/notifications/notification.type";
import { notify } from "../../../shared/notifications/notify";
import { notificationsTableOf } from "../../../shared/notifications/table";
import type { ConsentInquiry } from "../consent-inquiry/consent-inquiry.entity";
import { CONSENT_INQUIRY_SUBJECT } from "../deadlines";
import { HOUSEHOLD_SCHEMA as S } from "../schema-name";

export const HouseholdNotification = notificationTypeOf("Household");

/** What a household notification says happened (issue #8); the kind and the form's reference only. */
export enum HouseholdNotificationKind {
  /** A6: a district returned a handed-over form for correction (to the clerks of the office). */
  CORRECTION_REQUESTED = "CORRECTION_REQUESTED",
  /** D9: a step of the office (handover, correction) went past its due time (to the clerks of the office). */
  STEP_OVERDUE = "STEP_OVERDUE",
}

/** In the return's intake transaction: the office that recorded the form has a correction to make; once per return (`event`). */
export function notifyCorrectionRequested(manager: EntityManager, inquiry: ConsentInquiry, event: string, at: Date): Promise<void> {
  return notify(manager, S, at, [
    {
      recipient: { org: inquiry.officeCode, role: Role.HOUSEHOLD_CLERK },
      kind: HouseholdNotificationKind.CORRECTION_REQUESTED,
      subjectType: CONSENT_INQUIRY_SUBJECT,
      subjectId: inquiry.id,
      event,
    },
  ]);
}

/**
 * The deadline pass's hook (issue #8: "goes overdue"), in the pass's transaction, like the
 * district's: each breach this pass detected of a deadline still open notifies the clerks of the
 * form's office, set-based in one statement; idempotent by the dedupe key (deadline and unit).
 * 民政局 sees the same steps in its inbox (overdue only) and is not notified per form.
 */
export async function notifyNewBreaches(manager: Pick<EntityManager, "query">, passInstant: Date): Promise<void> {
  await manager.query(
    `INSERT INTO ${notificationsTableOf(S)}
       ("recipient_subject", "recipient_org", "recipient_role", "kind", "subject_type", "subject_id", "step", "dedupe_key", "created_at")
     SELECT NULL, "i"."office_code", '${Role.HOUSEHOLD_CLERK}', '${HouseholdNotificationKind.STEP_OVERDUE}', "b"."subject_type", "b"."subject_id", "b"."step",
            '${HouseholdNotificationKind.STEP_OVERDUE}:' || "b"."deadline_id" || ':unit:' || "i"."office_code" || ':${Role.HOUSEHOLD_CLERK}', $1::timestamptz
       FROM "${S}"."deadline_breaches" "b"
       JOIN "${S}"."deadlines" "d" ON "d"."id" = "b"."deadline_id" AND "d"."state" = '${DeadlineState.OVERDUE}'
       JOIN "${S}"."consent_inquiries" "i" ON "b"."subject_type" = '${CONSENT_INQUIRY_SUBJECT}' AND "i"."id"::text = "b"."subject_id"
      WHERE "b"."detected_at" = $1::timestamptz
     ON CONFLICT ("dedupe_key") DO NOTHING`,
    [passInstant.toISOString()],
  );
}
