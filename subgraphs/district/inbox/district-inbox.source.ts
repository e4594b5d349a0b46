import { Principal } from "../../../shared/auth/principal";
import { Role } from "../../../shared/auth/roles";
import { ScopeCondition } from "../../../shared/authz/row-scope";
import { UNMET_STATES } from "../../../shared/deadlines/state";
import { stateList } from "../../../shared/deadlines/table";
import { CareCaseStatus } from "../../../shared/graphql/enums";
import { deadlineItems } from "../../../shared/inbox/deadline-items";
import { InboxSource } from "../../../shared/inbox/inbox-query";
import { CARE_CASE_SUBJECT, FOLLOW_UP_SUBJECT } from "../deadlines";
import { DISTRICT_SCHEMA as S } from "../schema-name";

/** Work of the district that comes from a case's status, not from a deadline (issue #8). */
export enum DistrictWork {
  /** A4: 人文課 acknowledges a hand-over (附件3 returned). */
  ACKNOWLEDGE_HANDOVER = "ACKNOWLEDGE_HANDOVER",
  /** A6: 人文課 registers the case and assigns the 里幹事 of its 里. */
  ASSIGN_VILLAGE_OFFICER = "ASSIGN_VILLAGE_OFFICER",
  /** A6–A7: the assigned 里幹事 visits (no attempt that met the family yet). */
  VISIT = "VISIT",
}

/**
 * What each role's district inbox holds (issue #8), one table (STYLE 9):
 * - 人文課: every open step of its district's cases (it follows them, 列管: acknowledgement, the
 *   records to file, the referrals to send, A4, A6, A9) and the cases to acknowledge and to assign;
 * - 里幹事: the visits and visit records of their villages' cases (A2, A6);
 * - 民政局's case officer: overdue steps across districts (oversight), nothing else.
 * Issue #12 (B2, B9): 人文課 and the 里幹事 also hold the open follow-up requests (村里追蹤) in their
 * FollowUpRequest row scope — 人文課 its district's, the 里幹事 those assigned to them — each as its
 * FOLLOW_UP_REPLY deadline (1 month), gone once replied. 民政局's oversight of the follow-ups is
 * their statistics (followUpReplyTimeliness): FollowUpRequest has no row scope of 民政局's, so none here.
 * `steps` null: every step. A status item gives way to the deadline of the same work
 * (`supersededBy`) once the deadline exists, so the item is never listed twice.
 */
interface RoleInbox {
  readonly steps: readonly string[] | null;
  readonly overdueOnly: boolean;
  readonly work: readonly DistrictWork[];
  /** B2, B9 (issue #12): the follow-up requests' FOLLOW_UP_REPLY deadlines, under FollowUpRequest's row scope. */
  readonly followUps: boolean;
}

export const DISTRICT_INBOX: Partial<Readonly<Record<Role, RoleInbox>>> = {
  [Role.DISTRICT_CASE_OFFICER]: { steps: null, overdueOnly: false, work: [DistrictWork.ACKNOWLEDGE_HANDOVER, DistrictWork.ASSIGN_VILLAGE_OFFICER], followUps: true },
  [Role.VILLAGE_OFFICER]: { steps: ["HOME_VISIT", "VISIT_RECORD"], overdueOnly: false, work: [DistrictWork.VISIT], followUps: true },
  [Role.CIVIL_AFFAIRS_OFFICER]: { steps: null, overdueOnly: true, work: [], followUps: false },
};

/**
 * The deadline step that takes over from a status item once a rule opens it (the hand-over ledger
 * adds ACKNOWLEDGEMENT and HOME_VISIT deadlines, issue #8); assignment has no deadline of its own.
 */
const SUPERSEDED_BY: Partial<Readonly<Record<DistrictWork, string>>> = {
  [DistrictWork.ACKNOWLEDGE_HANDOVER]: "ACKNOWLEDGEMENT",
  [DistrictWork.VISIT]: "HOME_VISIT",
};

const UNMET = stateList(UNMET_STATES);

function noOpenDeadline(alias: string, work: DistrictWork): string {
  const step = SUPERSEDED_BY[work];
  if (step === undefined) {
    return "TRUE";
  }
  return `NOT EXISTS (SELECT 1 FROM "${S}"."deadlines" "open" WHERE "open"."subject_type" = '${CARE_CASE_SUBJECT}'
    AND "open"."subject_id" = "${alias}"."id"::text AND "open"."step" = '${step}' AND "open"."state" IN (${UNMET}))`;
}

/** Each status item as SQL over a care case alias; the caller's own subject is a parameter. */
const WORK_SQL: Readonly<Record<DistrictWork, (alias: string) => { where: string; since: string }>> = {
  [DistrictWork.ACKNOWLEDGE_HANDOVER]: (alias) => ({ where: `"${alias}"."status" = '${CareCaseStatus.HANDED_OVER}'`, since: `"${alias}"."handed_over_at"` }),
  [DistrictWork.ASSIGN_VILLAGE_OFFICER]: (alias) => ({
    where: `"${alias}"."status" = '${CareCaseStatus.OPEN}' AND "${alias}"."assigned_officer_id" IS NULL`,
    since: `coalesce("${alias}"."acknowledged_at", "${alias}"."handed_over_at")`,
  }),
  [DistrictWork.VISIT]: (alias) => ({
    where: `"${alias}"."status" = '${CareCaseStatus.OPEN}' AND "${alias}"."assigned_officer_id" = :inboxSubject
      AND NOT EXISTS (SELECT 1 FROM "${S}"."visit_attempts" "met" WHERE "met"."care_case_id" = "${alias}"."id" AND "met"."met")`,
    since: `coalesce("${alias}"."acknowledged_at", "${alias}"."handed_over_at")`,
  }),
};

/**
 * The caller's district inbox rows (issue #8): the open deadlines of care cases in the caller's
 * inbox scope, plus the status work of those cases. `scope` is the row scope the policy names for
 * DistrictInboxItem and the caller's role (scope.ts), over the alias "careCase"; `followUpScope` is
 * FollowUpRequest's row scope for the caller, over the alias "followUp" (issue #12).
 *
 * Indexes: the scope picks the cases (care_cases_visit_district, care_cases_status for the status
 * work); each case's deadlines come by the unique (subject_type, subject_id, step) index
 * (deadlines_one_per_step) in a nested loop; the attempts by visit_attempts_case_number. The
 * follow-ups come by follow_up_requests_district (household district, assigned officer), their
 * deadlines by the same unique index. A role without an inbox gets no rows.
 */
export function districtInboxSource(principal: Principal, scope: ScopeCondition, followUpScope: ScopeCondition): InboxSource | null {
  const inbox = DISTRICT_INBOX[principal.role];
  if (inbox === undefined) {
    return null;
  }
  const deadlines = deadlineItems({
    schema: S,
    table: "care_cases",
    alias: "careCase",
    subjectType: CARE_CASE_SUBJECT,
    steps: inbox.steps,
    overdueOnly: inbox.overdueOnly,
    scope,
  });
  const followUps = inbox.followUps
    ? deadlineItems({ schema: S, table: "follow_up_requests", alias: "followUp", subjectType: FOLLOW_UP_SUBJECT, steps: ["FOLLOW_UP_REPLY"], overdueOnly: false, scope: followUpScope })
    : null;
  const parts = [
    deadlines.sql,
    ...(followUps === null ? [] : [followUps.sql]),
    ...inbox.work.map((work) => {
      const { where, since } = WORK_SQL[work]("careCase");
      return `SELECT '${work}' AS "kind", CAST(NULL AS text) AS "step", '${CARE_CASE_SUBJECT}' AS "subject_type", "careCase"."id"::text AS "subject_id",
                     CAST(NULL AS timestamptz) AS "due_at", ${since} AS "since_at"
                FROM "${S}"."care_cases" "careCase"
               WHERE ${where} AND ${noOpenDeadline("careCase", work)} AND (${scope.sql})`;
    }),
  ];
  return {
    sql: parts.join("\n UNION ALL \n"),
    // The two scopes name the same parameters (scopeOrg, scopeSubject) with the same values: both are the caller's.
    params: { ...deadlines.params, ...followUps?.params, inboxSubject: principal.subject },
  };
}
