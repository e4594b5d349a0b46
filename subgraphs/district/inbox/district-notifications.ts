import type { EntityManager } from "typeorm";
import { CITY_ORG, Role } from "../../../shared/auth/roles";
import { DeadlineState } from "../../../shared/deadlines/state";
import { notificationTypeOf } from "../../../shared/notifications/notification.type";
import { notify } from "../../../shared/notifications/notify";
import { notificationsTableOf } from "../../../shared/notifications/table";
import type { CareCase } from "../care-case/care-case.entity";
import { CARE_CASE_SUBJECT } from "../deadlines";
import { DISTRICT_SCHEMA as S } from "../schema-name";
import { DISTRICT_INBOX } from "./district-inbox.source";

export const DistrictNotification = notificationTypeOf("District");

/** What a district notification says happened (issue #8); the kind and the case reference only. */
export enum DistrictNotificationKind {
  /** A4: a household office handed a case over to the district (to 人文課 of the visit district). */
  CASE_ARRIVED = "CASE_ARRIVED",
  /** A6 (issue #8): a case returned for correction came back corrected from the office (to 人文課 of the visit district). */
  CASE_CORRECTED = "CASE_CORRECTED",
  /** A6 (issue #9): the office withdrew a case returned for correction, which is closed (to 人文課 of the visit district). */
  CASE_WITHDRAWN = "CASE_WITHDRAWN",
  /** A6: 人文課 assigned the case to a 里幹事 (to that officer). */
  CASE_ASSIGNED = "CASE_ASSIGNED",
  /** B2, B9 (issue #12): a household office or a social unit asked the household district to follow a child up (to its 人文課). */
  FOLLOW_UP_ARRIVED = "FOLLOW_UP_ARRIVED",
  /** B2, B9: 人文課 assigned the follow-up to a 里幹事 (to that officer). */
  FOLLOW_UP_ASSIGNED = "FOLLOW_UP_ASSIGNED",
  /** D9: a step of the case went past its due time (to 人文課, the assigned 里幹事 for their steps, and 民政局). */
  STEP_OVERDUE = "STEP_OVERDUE",
}

/**
 * In the intake's own transaction: the visit district's 人文課 has a case to acknowledge, arrived
 * (`event` the case: once) or back corrected (`event` the correction's key: once per correction).
 */
export function notifyCaseArrived(
  manager: EntityManager,
  careCase: CareCase,
  at: Date,
  arrival: { kind: DistrictNotificationKind; event: string } = { kind: DistrictNotificationKind.CASE_ARRIVED, event: careCase.id },
): Promise<void> {
  return notify(manager, S, at, [
    {
      recipient: { org: careCase.visitDistrictCode, role: Role.DISTRICT_CASE_OFFICER },
      kind: arrival.kind,
      subjectType: CARE_CASE_SUBJECT,
      subjectId: careCase.id,
      event: arrival.event,
    },
  ]);
}

/** Issue #10: `notifyCaseArrived` for every case of a ledger, in one statement. */
export function notifyCasesArrived(manager: EntityManager, cases: readonly CareCase[], at: Date): Promise<void> {
  return notify(
    manager,
    S,
    at,
    cases.map((careCase) => ({
      recipient: { org: careCase.visitDistrictCode, role: Role.DISTRICT_CASE_OFFICER },
      kind: DistrictNotificationKind.CASE_ARRIVED,
      subjectType: CARE_CASE_SUBJECT,
      subjectId: careCase.id,
      event: careCase.id,
    })),
  );
}

/** In the assignment's transaction: the assigned 里幹事 (the token subject, A6) has a visit to make. */
export function notifyCaseAssigned(manager: EntityManager, careCase: CareCase, at: Date): Promise<void> {
  if (careCase.assignedOfficerId === null) {
    return Promise.resolve();
  }
  return notify(manager, S, at, [
    {
      recipient: { subject: careCase.assignedOfficerId },
      kind: DistrictNotificationKind.CASE_ASSIGNED,
      subjectType: CARE_CASE_SUBJECT,
      subjectId: careCase.id,
      event: careCase.id,
    },
  ]);
}

/**
 * The deadline pass's hook (issue #8: "goes overdue"), in the pass's transaction: every breach this
 * pass detected (detected_at is the pass's instant) of a deadline still open becomes one
 * notification per recipient, set-based in one statement. A breach written when a late step was
 * met is not "going overdue" (the step is done), so only OVERDUE deadlines count. Idempotent by the
 * dedupe key (deadline and recipient).
 */
export async function notifyNewBreaches(manager: Pick<EntityManager, "query">, passInstant: Date): Promise<void> {
  const villageSteps = DISTRICT_INBOX[Role.VILLAGE_OFFICER]?.steps ?? [];
  await notifyBreachesOf(
    manager,
    passInstant,
    { type: CARE_CASE_SUBJECT, table: "care_cases" },
    `(CAST(NULL AS text), "c"."visit_district_code", '${Role.DISTRICT_CASE_OFFICER}', 'unit:' || "c"."visit_district_code" || ':${Role.DISTRICT_CASE_OFFICER}'),
     (CAST(NULL AS text), '${CITY_ORG}', '${Role.CIVIL_AFFAIRS_OFFICER}', 'unit:${CITY_ORG}:${Role.CIVIL_AFFAIRS_OFFICER}'),
     (CASE WHEN "b"."step" = ANY($2::text[]) THEN "c"."assigned_officer_id" END, CAST(NULL AS text), CAST(NULL AS text), 'user:' || coalesce("c"."assigned_officer_id", ''))`,
    [[...villageSteps]],
  );
}

/**
 * The one statement of the pass's overdue notifications for breaches of one subject type's
 * deadlines: `subject.table` is joined as "c"; `recipients` are VALUES rows (subject, org, role,
 * dedupe key part) over "c" and the breach "b"; `params` continue from $2.
 */
export async function notifyBreachesOf(
  manager: Pick<EntityManager, "query">,
  passInstant: Date,
  subject: { readonly type: string; readonly table: string },
  recipients: string,
  params: readonly unknown[] = [],
): Promise<void> {
  await manager.query(
    `INSERT INTO ${notificationsTableOf(S)}
       ("recipient_subject", "recipient_org", "recipient_role", "kind", "subject_type", "subject_id", "step", "dedupe_key", "created_at")
     SELECT "r"."subject", "r"."org", "r"."role", '${DistrictNotificationKind.STEP_OVERDUE}', "b"."subject_type", "b"."subject_id", "b"."step",
            '${DistrictNotificationKind.STEP_OVERDUE}:' || "b"."deadline_id" || ':' || "r"."key", $1::timestamptz
       FROM "${S}"."deadline_breaches" "b"
       JOIN "${S}"."deadlines" "d" ON "d"."id" = "b"."deadline_id" AND "d"."state" = '${DeadlineState.OVERDUE}'
       JOIN "${S}"."${subject.table}" "c" ON "b"."subject_type" = '${subject.type}' AND "c"."id"::text = "b"."subject_id"
      CROSS JOIN LATERAL (VALUES ${recipients}) AS "r" ("subject", "org", "role", "key")
      WHERE "b"."detected_at" = $1::timestamptz AND ("r"."subject" IS NOT NULL OR "r"."org" IS NOT NULL)
     ON CONFLICT ("dedupe_key") DO NOTHING`,
    [passInstant.toISOString(), ...params],
  );
}
